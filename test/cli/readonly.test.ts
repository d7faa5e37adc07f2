// Issue 16 point 8: the R-403 one-month escalation is derived when read and stored by the
// next write — reads run in read transactions only: they change nothing, do not fail "busy"
// behind a writer, and read a database on read-only media.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { type estate, fixture, sha } from './helpers.js';

const NEW = ['complaint', 'new', '--name', '王伟', '--unit', 'A-1-101', '--channel', 'phone', '--about', '保洁', '--desc', '楼道脏'];
const at = (t: string) => ({ PMDESK_NOW: t });
/** Intake 2026-09-30 10:00 (helpers NOW): the month runs out at the end of 2026-10-30. */
const FIRED = '2026-10-30T23:59:59+08:00';
const LATER = at('2026-11-02T10:00:00+08:00');

/** A minor complaint answered within 24 h (its only open duty left is handling) and one unclassified, answered: only the trigger left. */
const twoComplaints = fixture((e) => {
  const minor = e.run(['--json', ...NEW]).json().no;
  e.run(['complaint', 'classify', minor, '--class', 'minor']);
  const quiet = e.run(['--json', ...NEW]).json().no;
  expect(e.run(['complaint', 'respond', quiet, '--note', '已致歉']).code).toBe(0);
  return { minor, quiet };
});

/** Every read of the issue, with what each must show of the derived escalation. */
function readsShowEscalation(run: ReturnType<typeof estate>['run'], minor: string, quiet: string) {
  const show = run(['--json', 'complaint', 'show', minor], LATER);
  expect(show.code, show.stderr).toBe(0);
  expect(show.json()).toMatchObject({ class: 'major', escalated: true, followupBy: 'project-manager' });
  // The trigger is not a duty: the answered, unclassified complaint has nothing due and nothing overdue.
  const q = run(['--json', 'complaint', 'show', quiet], LATER).json();
  expect(q).toMatchObject({ class: 'major', escalated: true, dueAt: null, overdue: false });
  expect(q.deadlines.find((d: any) => d.step === 'escalate')).toMatchObject({ dueAt: FIRED, doneAt: null, overdue: false });

  const major = run(['--json', 'complaint', 'list', '--class', 'major'], LATER);
  expect(major.code, major.stderr).toBe(0);
  expect(major.json().map((r: any) => r.no)).toEqual([minor, quiet]);
  expect(
    run(['--json', 'complaint', 'list', '--overdue'], LATER)
      .json()
      .map((r: any) => r.no),
  ).toEqual([minor]);

  const due = run(['--json', 'report', 'due'], LATER);
  expect(due.code, due.stderr).toBe(0);
  const steps = due.json().overdue.map((d: any) => `${d.no} ${d.step}`);
  expect(steps).toContain(`${minor} handle`);
  expect(steps.filter((x: string) => x.endsWith(' escalate'))).toEqual([]);

  const csv = run(['export', 'complaints'], LATER);
  expect(csv.code, csv.stderr).toBe(0);
  const lines = csv.stdout.trim().split(/\r?\n/);
  const head = lines[0].split(',');
  const rows = lines.slice(1).map((l) => Object.fromEntries(l.split(',').map((v, i) => [head[i], v])));
  expect(rows.map((r) => [r.no, r.class, r.escalated])).toEqual([
    [minor, 'major', 'yes'],
    [quiet, 'major', 'yes'],
  ]);

  const m = run(['--json', 'report', 'monthly', '--month', '2026-09', '--format', 'json'], LATER);
  expect(m.code, m.stderr).toBe(0);
  expect(m.json().complaints).toMatchObject({ total: 2, escalated: 2, byClass: { major: 2, minor: 0, unclassified: 0 } });

  const fu = run(['--json', 'followup', 'due'], LATER);
  expect(fu.code, fu.stderr).toBe(0);
}

describe('issue 16.8: R-403 escalation derived by reads, stored by the next write', () => {
  it('show, list, report due, export and report monthly show it major and escalated; the file is unchanged; the next write stores it dated when the rule fired', () => {
    const { db, run, minor, quiet } = twoComplaints();
    const before = sha(db);
    const mtime = fs.statSync(db).mtimeMs;
    readsShowEscalation(run, minor, quiet);
    expect(sha(db)).toBe(before);
    expect(fs.statSync(db).mtimeMs).toBe(mtime);
    expect(
      run(['--json', 'audit', minor], LATER)
        .json()
        .some((a: any) => a.action === 'escalate'),
    ).toBe(false);

    // The next complaint write (any complaint) stores both escalations, audited by `system` at the moment the month ran out.
    expect(
      run(['complaint', 'new', '--name', '李娜', '--unit', 'A-1-102', '--channel', 'visit', '--about', '噪音', '--desc', '夜间施工'], LATER).code,
    ).toBe(0);
    for (const no of [minor, quiet]) {
      expect(
        run(['--json', 'audit', no], LATER)
          .json()
          .filter((a: any) => a.action === 'escalate'),
      ).toEqual([expect.objectContaining({ clerk: 'system', field: 'class', new: 'major', at: FIRED, enteredAt: '2026-11-02T10:00:00+08:00' })]);
    }
    const shown = run(['--json', 'complaint', 'show', minor], LATER).json();
    expect(shown).toMatchObject({ class: 'major', escalated: true });
    expect(shown.timeline.filter((e: any) => e.kind === 'escalated')).toEqual([expect.objectContaining({ clerk: 'system', at: FIRED })]);
    expect(shown.deadlines.find((d: any) => d.step === 'escalate')).toMatchObject({ doneAt: FIRED });
  });

  it('reads do not fail "busy" behind a writer holding the write lock (BEGIN IMMEDIATE)', () => {
    const { db, run, minor, quiet } = twoComplaints();
    const writer = new Database(db);
    writer.pragma('busy_timeout = 0');
    writer.exec('BEGIN IMMEDIATE');
    try {
      const t0 = Date.now();
      readsShowEscalation(run, minor, quiet);
      // Not waiting out the 5 s busy timeout either: no read asks for the write lock.
      expect(Date.now() - t0).toBeLessThan(30_000);
      // A write does wait, and fails busy: the lock is really held.
      const w = run(['complaint', 'respond', minor, '--note', '再次致歉'], LATER);
      expect(w.code).not.toBe(0);
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
  });
});

describe('issue 16.8: a database on read-only media is read', () => {
  const mounts: string[] = [];
  afterAll(() => {
    for (const m of mounts) spawnSync('umount', [m]);
  });

  it('the same reads succeed on a copy on a read-only bind mount', (ctx) => {
    const { dir, db, run, minor, quiet } = twoComplaints();
    const src = path.join(dir, 'media');
    const ro = path.join(dir, 'ro');
    fs.mkdirSync(src);
    fs.mkdirSync(ro);
    fs.copyFileSync(db, path.join(src, 'desk.db'));
    fs.chmodSync(path.join(src, 'desk.db'), 0o444);
    // root ignores file modes: only a read-only mount makes the file unwritable to it.
    if (spawnSync('mount', ['--bind', src, ro]).status !== 0) return ctx.skip();
    mounts.push(ro);
    if (spawnSync('mount', ['-o', 'remount,ro,bind', ro]).status !== 0) return ctx.skip();
    const file = path.join(ro, 'desk.db');
    expect(() => fs.writeFileSync(path.join(ro, 'probe'), 'x')).toThrow(/EROFS|read-only/i);
    const before = sha(file);
    const runRo = (args: string[], env?: Record<string, string | undefined>) => run(args, { PMDESK_DB: file, ...env });
    readsShowEscalation(runRo, minor, quiet);
    expect(sha(file)).toBe(before);
    expect(fs.readdirSync(ro)).toEqual(['desk.db']);
  });
});
