// The core loop (architecture.md) seen through the binary: records created by
// the loop (as every workflow will), then `report due`, the uniform verbs
// list/show/void, record numbers, audit.
import { describe, expect, it } from 'vitest';
import { openDb, inTx } from '../../src/core/store/db.js';
import { makeSession } from '../../src/core/session.js';
import { createRecord, openDeadline, closeDeadline } from '../../src/core/loop.js';
import { translator } from '../../src/i18n/index.js';
import type { Io } from '../../src/core/io.js';
import { estate, NOW } from './helpers.js';

function seed(db: string, at: string, fn: (s: ReturnType<typeof makeSession>) => void) {
  const io: Io = {
    lang: 'en',
    t: translator('en'),
    json: true,
    yes: true,
    interactive: false,
    color: false,
    clerk: 'seed',
    dbFile: db,
    nowEnv: NOW,
    at,
    debug: false,
    stdout: () => undefined,
    stderr: () => undefined,
  };
  const d = openDb(db);
  try {
    const s = makeSession(io, d);
    inTx(d, () => fn(s));
  } finally {
    d.close();
  }
}

describe('record loop', () => {
  it('numbers records per prefix and event year (R-000) and lists them', () => {
    const { db, run } = estate();
    seed(db, '2025-12-31T23:00:00+08:00', (s) => {
      createRecord(s, { type: 'complaint', prefix: 'TS', status: 'new', unitId: 1 });
    });
    seed(db, '2026-09-29T09:00:00+08:00', (s) => {
      createRecord(s, { type: 'complaint', prefix: 'TS', status: 'new', unitId: 1 });
      createRecord(s, { type: 'complaint', prefix: 'TS', status: 'new', unitId: null });
      createRecord(s, { type: 'repair', prefix: 'BX', status: 'new', unitId: 1 });
    });
    const list = run(['--json', 'complaint', 'list']).json();
    expect(list.map((r: any) => r.no)).toEqual(['TS-2025-0001', 'TS-2026-0001', 'TS-2026-0002']);
    expect(list[1]).toMatchObject({
      type: 'complaint',
      status: 'new',
      unit: 'A-1-101',
      createdAt: '2026-09-29T09:00:00+08:00',
      enteredAt: NOW,
      dueAt: null,
      overdue: false,
      voided: false,
    });
    expect(
      run(['--json', 'repair', 'list'])
        .json()
        .map((r: any) => r.no),
    ).toEqual(['BX-2026-0001']);
    expect(run(['--json', 'complaint', 'list', '--unit', 'A-1-101', '--month', '2026-09']).json()).toHaveLength(1);
  });

  it('report due lists overdue and due-today deadlines of every workflow (R-002)', () => {
    const { db, run } = estate();
    seed(db, '2026-09-29T09:00:00+08:00', (s) => {
      const c = createRecord(s, { type: 'complaint', prefix: 'TS', status: 'new', unitId: 1 });
      openDeadline(s, c, 'feedback', 'R-402.feedback', c.event_at); // 2026-09-30 09:00 → overdue at 10:00
      openDeadline(s, c, 'report', 'R-402.report.important', c.event_at);
      closeDeadline(s, c, 'report', '2026-09-29T09:30:00+08:00');
      const r = createRecord(s, { type: 'repair', prefix: 'BX', status: 'new', unitId: 1, eventAt: '2026-09-30T08:00:00+08:00' });
      openDeadline(s, r, 'complete', 'R-502.small', r.event_at); // today 23:59:59
      const k = createRecord(s, { type: 'keyMove', prefix: 'YS', status: 'open', unitId: 1 });
      openDeadline(s, k, 'return', 'R-704.key-return', k.event_at); // 2026-10-02: not yet
      const p = createRecord(s, { type: 'followup', prefix: 'HF', status: 'due', unitId: 1 });
      openDeadline(s, p, 'followup', 'R-503.public', p.event_at); // window opens 10-29: not listed
    });
    const due = run(['--json', 'report', 'due']).json();
    expect(due.date).toBe('2026-09-30');
    expect(due.overdue).toEqual([
      expect.objectContaining({ no: 'TS-2026-0001', step: 'feedback', rule: 'R-402.feedback', dueAt: '2026-09-30T09:00:00+08:00', overdue: true }),
    ]);
    expect(due.dueToday).toEqual([
      expect.objectContaining({ no: 'BX-2026-0001', step: 'complete', dueAt: '2026-09-30T23:59:59+08:00', overdue: false }),
    ]);
    const show = run(['--json', 'complaint', 'show', 'ts-2026-0001']).json();
    expect(show).toMatchObject({ no: 'TS-2026-0001', dueAt: '2026-09-30T09:00:00+08:00', overdue: true });
    expect(show.deadlines).toEqual([
      expect.objectContaining({
        rule: 'R-402.report.important',
        dueAt: '2026-09-29T10:00:00+08:00',
        doneAt: '2026-09-29T09:30:00+08:00',
        late: false,
        overdue: false,
      }),
      expect.objectContaining({ rule: 'R-402.feedback', dueAt: '2026-09-30T09:00:00+08:00', doneAt: null, overdue: true }),
    ]);
    expect(run(['--json', 'complaint', 'list', '--overdue']).json()).toHaveLength(1);
    expect(run(['report', 'due']).stdout).toMatch(/Overdue \(1\)[\s\S]*TS-2026-0001[\s\S]*Due today \(1\)[\s\S]*BX-2026-0001/);
  });

  it('void needs a reason, keeps the record, stops its deadlines, audits old → new (R-001)', () => {
    const { db, run } = estate();
    seed(db, '2026-09-29T09:00:00+08:00', (s) => {
      const c = createRecord(s, { type: 'complaint', prefix: 'TS', status: 'new', unitId: 1 });
      openDeadline(s, c, 'feedback', 'R-402.feedback', c.event_at);
    });
    expect(run(['--json', 'complaint', 'void', 'TS-2026-0001']).err().code).toBe('E_USAGE');
    expect(run(['--json', 'repair', 'void', 'TS-2026-0001', '--reason', 'x']).err().code).toBe('E_NOT_FOUND');
    expect(run(['--json', 'complaint', 'void', 'TS-2026-0099', '--reason', 'x']).err().code).toBe('E_NOT_FOUND');
    const v = run(['--json', '--clerk', '小王', 'complaint', 'void', 'TS-2026-0001', '--reason', '重复登记']);
    expect(v.code).toBe(0);
    expect(v.json()).toMatchObject({ no: 'TS-2026-0001', status: 'voided', voided: true, voidReason: '重复登记', dueAt: null });
    expect(run(['--json', 'complaint', 'void', 'TS-2026-0001', '--reason', 'again']).err()).toMatchObject({ code: 'E_STATE' });
    expect(run(['--json', 'report', 'due']).json().overdue).toEqual([]);
    const audit = run(['--json', 'audit', 'ts-2026-0001']).json();
    expect(audit.map((a: any) => [a.action, a.field, a.old, a.new, a.clerk])).toEqual([
      ['create', 'status', null, 'new', 'seed'],
      ['void', 'status', 'new', 'voided', '小王'],
      ['void', 'reason', null, '重复登记', '小王'],
    ]);
    // the event time and the entry time are both kept.
    expect(audit[0]).toMatchObject({ at: '2026-09-29T09:00:00+08:00', enteredAt: NOW });
    expect(run(['--json', 'complaint', 'list', '--open']).json()).toEqual([]);
  });

  it('refuses a malformed record number', () => {
    const { run } = estate();
    const r = run(['--json', 'complaint', 'show', 'TS2026']);
    expect(r.code).toBe(2);
    expect(r.err()).toMatchObject({ code: 'E_NUMBER' });
  });
});
