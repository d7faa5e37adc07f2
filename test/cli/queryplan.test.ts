// quality.md: the month's report costs what the month holds, not the history.
// Every SELECT the monthly report runs is checked with EXPLAIN QUERY PLAN: no
// full scan of a table that grows with history.
import { describe, expect, it } from 'vitest';
import { openDb } from '../../src/store/db.js';
import { makeSession } from '../../src/app/session.js';
import { monthly } from '../../src/report/monthly.js';
import { translator } from '../../src/i18n/index.js';
import type { Io } from '../../src/app/io.js';
import { estate } from './helpers.js';

const HISTORY_TABLES = ['records', 'events', 'deadlines', 'ledger', 'audit', 'repairs', 'complaints', 'followups', 'visits', 'key_log', 'key_loans', 'renovation_inspections', 'checkin_defects', 'unit_history'];

describe('EXPLAIN QUERY PLAN of report monthly', () => {
  it('uses an index for every history table', async () => {
    const { db: file, run } = estate();
    run(['repair', 'new', '--unit', 'A-1-101', '--reporter', 'x', '--phone', '13812345678', '--desc', 'x']);
    const db = openDb(file);
    const seen: string[] = [];
    const prepare = db.prepare.bind(db);
    (db as any).prepare = (sql: string) => {
      if (/^\s*(WITH|SELECT)/i.test(sql)) seen.push(sql);
      return prepare(sql);
    };
    const io: Io = { lang: 'en', t: translator('en'), json: true, yes: true, interactive: false, color: false, clerk: 't', dbFile: file, nowEnv: '2026-10-01T08:00:00+08:00', at: undefined, debug: false, stdout: () => undefined, stderr: () => undefined };
    await monthly(makeSession(io, db), '2026-09');
    expect(seen.length).toBeGreaterThan(15);
    const scans: string[] = [];
    // The checker itself must catch a full scan (a test that cannot fail is a defect).
    seen.push(`SELECT * FROM ledger WHERE item = ?`);
    for (const sql of seen) {
      const params = (sql.match(/\?/g) ?? []).map(() => '2026-09-01T00:00:00+08:00');
      const named = Object.fromEntries([...sql.matchAll(/@(\w+)/g)].map((m) => [m[1], '2026-09-01T00:00:00+08:00']));
      const plan = prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(Object.keys(named).length ? [named] : params)) as Array<{ detail: string }>;
      for (const p of plan) {
        const m = /^SCAN (\w+)(?! USING)/.exec(p.detail);
        if (m && HISTORY_TABLES.includes(m[1]) && !/USING (COVERING )?INDEX/.test(p.detail)) scans.push(`${m[1]}: ${sql.replace(/\s+/g, ' ').slice(0, 120)}`);
      }
    }
    db.close();
    expect(scans).toEqual([expect.stringMatching(/^ledger: SELECT \* FROM ledger WHERE item/)]);
  });
});
