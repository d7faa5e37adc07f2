// Issue 23: `list` reads its rows' details in one statement per table (Kind.details), not
// five to eight queries per listed row — and shows exactly what the per-record detail shows.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/core/store/db.js';
import { makeSession } from '../../src/core/session.js';
import { listRecords } from '../../src/core/store/records.js';
import { translator } from '../../src/i18n/index.js';
import type { Io } from '../../src/core/io.js';
import { pm, tempDir } from './helpers.js';

const CLERK = { PMDESK_CLERK: '王敏' }; // the demo roster's reception clerk
const GROUPS = ['complaint', 'repair', 'visit', 'keys', 'lend', 'checkin', 'renovate', 'patrol', 'followup'];
let db = '';
const run = (args: string[]) => pm(db, args, CLERK);

beforeAll(() => {
  db = path.join(tempDir(), 'demo.db');
  expect(pm(db, ['--db', db, 'demo', '--month', '2026-09'], CLERK).code).toBe(0);
  // What the demo lacks: an R-408 extension, an R-409 hand-off, a repeat, voided records.
  const NEW = ['--json', 'complaint', 'new', '--name', '王伟', '--unit', 'A-1-101', '--phone', '13812345678', '--channel', 'phone'];
  const a = run([...NEW, '--about', '工程部', '--desc', '电梯门反复夹人']).json().no;
  run([...NEW, '--about', '工程部', '--desc', '电梯又坏了']);
  expect(run(['complaint', 'classify', a, '--class', 'important']).code).toBe(0);
  expect(run(['complaint', 'extend', a, '--until', '2026-10-10', '--approved-by', '孙立平', '--reason', '等待厂家配件']).code).toBe(0);
  const b = run([...NEW, '--about', '外墙', '--desc', '外墙渗水']).json().no;
  expect(run(['complaint', 'classify', b, '--class', 'invalid', '--invalid-kind', 'developer', '--cause', '外墙渗水']).code).toBe(0);
  expect(run(['complaint', 'developer', b, '--issue', '外墙渗水，需开发商安排维修']).code).toBe(0);
  for (const g of ['complaint', 'repair', 'visit']) {
    const [first] = run(['--json', g, 'list']).json();
    expect(run([g, 'void', first.no, '--reason', '录入错误']).code).toBe(0);
  }
});

function io(file: string): Io {
  return {
    lang: 'zh',
    t: translator('zh'),
    json: true,
    yes: true,
    interactive: false,
    color: false,
    clerk: '王敏',
    dbFile: file,
    nowEnv: '2026-09-30T10:00:00+08:00',
    at: undefined,
    debug: false,
    stdout: () => undefined,
    stderr: () => undefined,
  };
}

describe('list details in one statement per table (issue 23)', () => {
  it.each(GROUPS)('%s: details() of all records equals detail() of each, masked and unmasked (R-004)', async (group) => {
    const kind = await (await import('../../src/workflows/index.js')).loadKind(group);
    expect(kind.details).toBeTypeOf('function');
    const handle = openDb(db);
    try {
      const s = makeSession(io(db), handle);
      const rows = kind.types.flatMap((type) => listRecords(handle, { type }));
      expect(rows.length).toBeGreaterThan(0);
      for (const unmask of [false, true]) {
        const one = rows.map((r) => kind.detail!(s, r, unmask));
        // Byte-identical JSON: the same fields in the same order with the same values.
        expect(JSON.stringify(kind.details!(s, rows, unmask))).toBe(JSON.stringify(one));
      }
      expect(kind.details!(s, [], false)).toEqual([]);
    } finally {
      handle.close();
    }
  });

  it('the demo now holds what the complaint batch reads: an extension, a hand-off, a repeat, a voided record', () => {
    const list = run(['--json', 'complaint', 'list']).json();
    expect(list.some((c: any) => c.extensions.length === 1 && c.extensions[0].approvedBy === '孙立平')).toBe(true);
    expect(list.some((c: any) => c.developer?.issue === '外墙渗水，需开发商安排维修')).toBe(true);
    expect(list.filter((c: any) => c.unit === 'A-1-101' && c.about === '工程部').every((c: any) => c.repeat === true)).toBe(true);
    expect(list.some((c: any) => c.voided)).toBe(true);
  });

  it.each(GROUPS)('%s list runs a fixed number of statements, not a few per row', (group) => {
    const trace = path.join(tempDir(), 'trace.sql');
    const r = pm(db, ['--json', group, 'list'], { ...CLERK, PMDESK_TRACE_SQL: trace });
    expect(r.code).toBe(0);
    const rows = r.json().length;
    const statements = fs.readFileSync(trace, 'utf8').trim().split('\n').length;
    expect(rows).toBeGreaterThanOrEqual(4); // 4 rows read one by one: 10 + 4 × 4 statements or more
    expect(statements).toBeLessThan(25); // was 2–8 per listed row
  });
});
