// quality.md: the month's report costs what the month holds, not the history.
// Every SELECT the monthly report runs is checked with EXPLAIN QUERY PLAN: no
// full scan of a table that grows with history.
import { describe, expect, it } from 'vitest';
import { openDb } from '../../src/core/store/db.js';
import { makeSession } from '../../src/core/session.js';
import { monthly } from '../../src/report/monthly.js';
import { translator } from '../../src/i18n/index.js';
import type { Io } from '../../src/core/io.js';
import { estate } from './helpers.js';

const HISTORY_TABLES = [
  'records',
  'events',
  'deadlines',
  'ledger',
  'audit',
  'repairs',
  'complaints',
  'followups',
  'visits',
  'key_log',
  'key_loans',
  'renovation_inspections',
  'checkin_defects',
  'unit_history',
  'patrols',
  'patrol_checks',
  'surveys',
  'survey_returns',
];

/** The full scans of history tables among these statements (a plan step SCAN without an index). */
function fullScans(prepare: (sql: string) => any, seen: string[], byType = false): string[] {
  const scans: string[] = [];
  for (const sql of seen) {
    const params = (sql.match(/\?/g) ?? []).map(() => '2026-09-01T00:00:00+08:00');
    const named = Object.fromEntries([...sql.matchAll(/@(\w+)/g)].map((m) => [m[1], '2026-09-01T00:00:00+08:00']));
    const plan = prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(Object.keys(named).length ? [named] : params)) as Array<{ detail: string }>;
    for (const p of plan) {
      const m = /^SCAN (\w+)(?! USING)/.exec(p.detail);
      if (m && HISTORY_TABLES.includes(m[1]) && !/USING (COVERING )?INDEX/.test(p.detail))
        scans.push(`${m[1]}: ${sql.replace(/\s+/g, ' ').slice(0, 120)}`);
      // (Report queries) every record of a type ever, by the time index without a time range: a scan in disguise.
      if (byType && /INDEX records_type_event \(type=\?\)$/.test(p.detail)) scans.push(`records by type: ${sql.replace(/\s+/g, ' ').slice(0, 120)}`);
    }
  }
  return scans;
}

describe('EXPLAIN QUERY PLAN of the terminal pages (report due, list)', () => {
  it('read the open deadlines and the newest records through indexes', async () => {
    const { db: file, run } = estate();
    run(['repair', 'new', '--unit', 'A-1-101', '--reporter', 'x', '--phone', '13812345678', '--desc', 'x']);
    const seen: string[] = [];
    const { default: Database } = await import('better-sqlite3');
    const prepare = Database.prototype.prepare;
    Database.prototype.prepare = function (this: any, sql: string) {
      if (/^\s*(WITH|SELECT)/i.test(sql)) seen.push(sql);
      return prepare.call(this, sql);
    } as any;
    try {
      const io: Io = {
        lang: 'en',
        t: translator('en'),
        json: false,
        yes: true,
        interactive: false,
        color: false,
        clerk: 't',
        dbFile: file,
        nowEnv: '2026-10-01T08:00:00+08:00',
        at: undefined,
        debug: false,
        stdout: () => undefined,
        stderr: () => undefined,
      };
      await (await import('../../src/admin/usecases.js')).reportDue(io, 100);
      const kind = await (await import('../../src/workflows/index.js')).loadKind('repair');
      (await import('../../src/records/usecases.js')).listPage(io, kind, { open: true }, 100);
    } finally {
      Database.prototype.prepare = prepare;
    }
    expect(seen.some((s) => /deadlines/.test(s)) && seen.some((s) => /COUNT\(\*\) AS n FROM records/.test(s))).toBe(true);
    const db = openDb(file);
    expect(fullScans(db.prepare.bind(db), seen)).toEqual([]);
    // R-0A1 (issue 23): the count of open deadlines on provisional days reads only those, not every open deadline.
    const provisional = seen.find((s) => /provisional IS NOT NULL/.test(s));
    expect(provisional).toBeDefined();
    expect((db.prepare(`EXPLAIN QUERY PLAN ${provisional}`).all() as Array<{ detail: string }>)[0].detail).toMatch(
      /^SCAN d USING INDEX deadlines_provisional_open/,
    );
    db.close();
  });
});

/** The SELECTs of September's monthly report on a small estate with one repair, and the database to plan them on. */
async function monthlyStatements(): Promise<{ db: ReturnType<typeof openDb>; seen: string[]; prepare: (sql: string) => any }> {
  const { db: file, run } = estate();
  run(['repair', 'new', '--unit', 'A-1-101', '--reporter', 'x', '--phone', '13812345678', '--desc', 'x']);
  const db = openDb(file);
  const seen: string[] = [];
  const prepare = db.prepare.bind(db);
  (db as any).prepare = (sql: string) => {
    if (/^\s*(WITH|SELECT)/i.test(sql)) seen.push(sql);
    return prepare(sql);
  };
  const io: Io = {
    lang: 'en',
    t: translator('en'),
    json: true,
    yes: true,
    interactive: false,
    color: false,
    clerk: 't',
    dbFile: file,
    nowEnv: '2026-10-01T08:00:00+08:00',
    at: undefined,
    debug: false,
    stdout: () => undefined,
    stderr: () => undefined,
  };
  await monthly(makeSession(io, db), '2026-09');
  return { db, seen, prepare };
}

describe('EXPLAIN QUERY PLAN of report monthly', () => {
  it('uses an index for every history table', async () => {
    const { db, seen, prepare } = await monthlyStatements();
    expect(seen.length).toBeGreaterThan(15);
    // The checker itself must catch a full scan (a test that cannot fail is a defect).
    seen.push(`SELECT * FROM ledger WHERE item = ?`);
    seen.push(
      `SELECT COUNT(*) FROM events e JOIN records r ON r.id = e.record_id WHERE r.type = 'renovation' AND e.kind = 'approve' AND e.event_at >= ?`,
    );
    const scans = fullScans(prepare, seen, true);
    db.close();
    expect(scans).toEqual([
      expect.stringMatching(/^ledger: SELECT \* FROM ledger WHERE item/),
      expect.stringMatching(/^records by type: SELECT COUNT\(\*\) FROM events/),
    ]);
  });
});

describe('EXPLAIN QUERY PLAN of report monthly: no walk of every record (issue 23, growth 10 years / 1 year)', () => {
  it('the loans, the closed surveys and the open developer hand-offs of a month do not walk all records (R-409)', async () => {
    const { db, seen, prepare } = await monthlyStatements();
    /** Statements whose plan walks the records table from end to end (a SCAN of it, even through a covering index). */
    const walks = (sqls: string[]) =>
      sqls.filter((sql) => {
        const params = (sql.match(/\?/g) ?? []).map(() => '2026-09-01T00:00:00+08:00');
        const named = Object.fromEntries([...sql.matchAll(/@(\w+)/g)].map((m) => [m[1], '2026-09-01T00:00:00+08:00']));
        const plan = prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(Object.keys(named).length ? [named] : params)) as Array<{ detail: string }>;
        return plan.some((p) => /^SCAN (r|rp|records)\b/.test(p.detail));
      });
    // R-1000: the month's expired notices by migration 029's notices_expired (the planner walked records before).
    const fixed = seen.filter((s) =>
      /FROM lend_loans l JOIN records r|FROM surveys s|FROM developer_handoffs h|FROM notices n JOIN records r/.test(s),
    );
    expect(fixed.length).toBeGreaterThanOrEqual(4);
    // The checker catches the walks these statements did before (a test that cannot fail is a defect).
    expect(
      walks([
        `SELECT COUNT(*) AS n FROM surveys s JOIN records r ON r.id = s.record_id WHERE r.voided = 0 AND s.closed_at >= ? AND s.closed_at < ?`,
        `SELECT COUNT(*) AS n FROM lend_loans l JOIN records r ON r.id = l.record_id WHERE r.voided = 0 AND r.event_at >= ? AND r.event_at < ?`,
        `SELECT h.*, r.no FROM developer_handoffs h JOIN records r ON r.id = h.record_id WHERE h.opened_at < ? AND (h.reply_at IS NULL OR h.reply_at >= ?) AND r.voided = 0 ORDER BY h.opened_at, r.id`,
      ]),
    ).toHaveLength(3);
    expect(walks(fixed)).toEqual([]);
    // R-201/R-202: the month's check-in defects from the month's repairs, by migration 028's checkin_defects(repair_id).
    const defects = seen.find((s) => /JOIN checkin_defects cd ON cd.repair_id = rp.id/.test(s));
    expect(defects).toBeDefined();
    const plan = (sql: string) =>
      (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(sql.match(/\?/g) ?? []).map(() => '2026-09-01T00:00:00+08:00')) as Array<{ detail: string }>).map(
        (p) => p.detail,
      );
    expect(plan(defects!)).toEqual([
      expect.stringMatching(/^SEARCH rp USING INDEX records_type_event \(type=\? AND event_at>\? AND event_at<\?\)/),
      expect.stringMatching(/^SEARCH cd USING INDEX checkin_defects_repair \(repair_id=\?\)/),
      expect.stringMatching(/^SEARCH r USING INTEGER PRIMARY KEY/),
    ]);
    // R-1000, R-1001: the expired notices and the phone calls of the month through their time indexes (migration 029).
    const expired = seen.find((s) => /FROM notices n JOIN records r .*n\.expired_at >= \?/.test(s));
    expect(plan(expired!)[0]).toMatch(/^SEARCH n USING (COVERING )?INDEX notices_expired \(expired_at>\? AND expired_at<\?\)/);
    const calls = seen.find((s) => /FROM notice_calls WHERE at >= \?/.test(s));
    expect(calls).toBeDefined();
    expect(plan(calls!)[0]).toMatch(/^SEARCH notice_calls USING INDEX notice_calls_at/);
    // R-0A1: the open deadlines on provisional days are counted from their own partial index (migration 028).
    expect(
      plan(
        `SELECT COUNT(*) FROM deadlines d INDEXED BY deadlines_provisional_open WHERE d.done_at IS NULL AND d.cancelled = 0 AND d.provisional IS NOT NULL`,
      )[0],
    ).toMatch(/deadlines_provisional_open/);
    db.close();
  });
});
