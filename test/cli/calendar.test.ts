// The working-day calendar through the binary, in December 2026 when the holiday package
// stops at 2026 (R-0A1, R-0A2, cli.md "Calendar").
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { estate, fixture, ROOT } from './helpers.js';

const DEC = '2026-12-01T10:00:00+08:00';
const ACCEPTED = '2026-12-30T16:00:00+08:00';
const APPLY = [
  'renovate',
  'apply',
  'A-1-201',
  '--contractor',
  '美家装饰',
  '--licence',
  '91350100M000100Y43',
  '--manager-name',
  '刘工',
  '--manager-id',
  '310104201203054565',
  '--manager-phone',
  '13700002222',
  '--scope',
  'plumbing',
];
const DOCS = ['owner-proof', 'drawings', 'contract', 'licence', 'qualification', 'manager-id', 'guarantee'];

/** A renovation accepted on 2026-12-30: its deposit refund (R-307, 3 working days) runs into 2027. */
const accepted = fixture((e) => {
  const at = { PMDESK_NOW: DEC };
  const no = e.run(['--json', ...APPLY, '--start', '2026-12-08', '--end', '2026-12-25'], at).json().no as string;
  e.run(['renovate', 'doc', no, ...DOCS], at);
  e.run(['renovate', 'approve', no], at);
  e.run(['renovate', 'pay', no, '--receipt', 'SJ-1'], at);
  expect(e.run(['renovate', 'accept', no, '--pass'], { PMDESK_NOW: ACCEPTED }).code).toBe(0);
  return { no };
});
function acceptedRenovation() {
  const e = accepted();
  const no = e.no;
  const refund = () =>
    e
      .run(['--json', 'renovate', 'show', no], { PMDESK_NOW: ACCEPTED })
      .json()
      .deadlines.find((d: any) => d.step === 'refund');
  return { ...e, no, refund };
}

function notice(dir: string, name: string, body: unknown): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, typeof body === 'string' ? body : JSON.stringify(body));
  return f;
}

describe('R-0A1 provisional deadlines in 2027', () => {
  it('a refund accepted 2026-12-30 is due 2027-01-05 (1 January a holiday by law), marked provisional everywhere', () => {
    const { run, no, refund } = acceptedRenovation();
    expect(refund()).toMatchObject({ dueAt: '2027-01-05T23:59:59+08:00', provisional: true, assumed: ['2027-01-01'] });
    const at = { PMDESK_NOW: ACCEPTED };
    expect(run(['--json', 'renovate', 'show', no], at).json()).toMatchObject({ dueAt: '2027-01-05T23:59:59+08:00', provisional: true });
    // show: the mark and a line saying which days were assumed
    const show = run(['renovate', 'show', no], at).stdout;
    expect(show).toContain('2027-01-05 23:59 *');
    expect(show).toContain('* refund: provisional — assumed holidays 2027-01-01; make-up workdays of 2027 unknown');
    expect(run(['--lang', 'zh', 'renovate', 'show', no], at).stdout).toContain('* 退押金：暂定 —— 假定放假 2027-01-01');
    // list: * and a one-line legend
    const list = run(['renovate', 'list'], at).stdout;
    expect(list).toContain('2027-01-05 23:59 *');
    expect(list).toContain('* computed over provisional days');
    // report due counts them
    expect(run(['--json', 'report', 'due'], at).json().provisional).toBe(1);
    expect(run(['report', 'due'], at).stdout).toContain('* 1 open deadlines were computed over provisional days');
  });

  it('papers complete on 2027-01-29 give a 5-working-day review due after the Spring Festival holiday (2027-02-09)', () => {
    const { run } = estate();
    const no = run(['--json', ...APPLY, '--start', '2027-02-20', '--end', '2027-03-20'], { PMDESK_NOW: '2027-01-20T10:00:00+08:00' }).json().no;
    const r = run(['--json', 'renovate', 'doc', no, ...DOCS], { PMDESK_NOW: '2027-01-29T10:00:00+08:00' }).json();
    expect(r).toMatchObject({ status: 'reviewing', dueAt: '2027-02-09T23:59:59+08:00', provisional: true });
    const review = run(['--json', 'renovate', 'show', no], { PMDESK_NOW: '2027-01-29T10:00:00+08:00' })
      .json()
      .deadlines.find((d: any) => d.step === 'review');
    expect(review.assumed).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
  });

  it('a deadline over official days only is not provisional', () => {
    const { run } = estate();
    const no = run(['--json', ...APPLY, '--start', '2026-12-08', '--end', '2026-12-25'], { PMDESK_NOW: DEC }).json().no;
    const r = run(['--json', 'renovate', 'doc', no, ...DOCS], { PMDESK_NOW: DEC }).json();
    expect(r).toMatchObject({ dueAt: '2026-12-08T23:59:59+08:00', provisional: false });
    expect(run(['--json', 'report', 'due'], { PMDESK_NOW: DEC }).json().provisional).toBe(0);
  });
});

describe('R-0A1 calendar show', () => {
  it('2027 before and after its notice is imported; 2026 from the package', () => {
    const { dir, run } = estate();
    const before = run(['--json', 'calendar', 'show', '2027'], { PMDESK_NOW: DEC }).json();
    expect(before).toMatchObject({ year: 2027, status: 'provisional', source: 'provisional', law: 2024, workdays: [] });
    expect(before.holidays.map((d: any) => d.date)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-04-05',
      '2027-05-01',
      '2027-05-02',
      '2027-06-09',
      '2027-09-15',
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
    ]);
    expect(run(['calendar', 'show', '2027'], { PMDESK_NOW: DEC }).stdout).toContain('2027: PROVISIONAL');
    expect(run(['--lang', 'zh', 'calendar', 'show', '2027'], { PMDESK_NOW: DEC }).stdout).toContain('2027 年：暂定');
    const file = notice(dir, '2027.json', { year: 2027, holidays: ['2027-01-01', '2027-02-05', '2027-02-08'], workdays: ['2027-02-20'] });
    expect(run(['calendar', 'import', file], { PMDESK_NOW: DEC, PMDESK_CLERK: '王敏' }).code).toBe(0);
    const after = run(['--json', 'calendar', 'show', '2027'], { PMDESK_NOW: DEC }).json();
    expect(after).toMatchObject({
      status: 'official',
      source: 'imported',
      importedBy: '王敏',
      importedAt: DEC,
      file: '2027.json',
      workdays: [{ date: '2027-02-20', weekday: 'sat' }],
    });
    expect(after.holidays.map((d: any) => d.name)).toEqual(['newYear', 'spring', 'spring']);
    expect(run(['calendar', 'show', '2027'], { PMDESK_NOW: DEC }).stdout).toContain('official — the notice imported from 2027.json by 王敏');
    const y2026 = run(['--json', 'calendar', 'show'], { PMDESK_NOW: DEC }).json();
    expect(y2026).toMatchObject({ year: 2026, status: 'official', source: 'package' });
    expect(y2026.workdays.map((d: any) => d.date)).toContain('2026-10-10');
  });
  it('refuses a year it cannot know', () => {
    const { run } = estate();
    expect(run(['--json', 'calendar', 'show', '27']).code).toBe(2);
  });
});

describe('R-0A2 calendar import recomputes open deadlines', () => {
  it('an extra make-up workday (Sat 2027-01-02) moves the open refund to 2027-01-04, listed and audit-logged', () => {
    const { dir, run, no, refund } = acceptedRenovation();
    const file = notice(dir, 'notice-2027.json', { year: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-02'] });
    const r = run(['--json', 'calendar', 'import', file], { PMDESK_NOW: ACCEPTED });
    expect(r.code).toBe(0);
    expect(r.json().changes).toEqual([
      {
        no,
        step: 'refund',
        rule: 'R-307.refund',
        old: '2027-01-05T23:59:59+08:00',
        new: '2027-01-04T23:59:59+08:00',
        provisional: false,
        wasProvisional: true,
      },
    ]);
    expect(refund()).toMatchObject({ dueAt: '2027-01-04T23:59:59+08:00', provisional: false });
    const audit = run(['--json', 'audit', no], { PMDESK_NOW: ACCEPTED }).json();
    expect(audit.at(-1)).toMatchObject({
      action: 'recompute',
      field: 'deadline.refund',
      old: '2027-01-05T23:59:59+08:00',
      new: '2027-01-04T23:59:59+08:00',
    });
    expect(run(['--json', 'audit', 'calendar'], { PMDESK_NOW: ACCEPTED }).json()[0]).toMatchObject({
      action: 'import',
      field: '2027',
      clerk: 'tester',
    });
    // importing the same notice again changes nothing
    expect(run(['calendar', 'import', file], { PMDESK_NOW: ACCEPTED }).stdout).toContain('no open deadline changed');
  });
  it('the clerk sees each change in one line', () => {
    const { dir, run, no } = acceptedRenovation();
    const file = notice(dir, '2027.json', { year: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-02'] });
    expect(run(['calendar', 'import', file], { PMDESK_NOW: ACCEPTED }).stdout).toContain(`${no} refund 2027-01-05 → 2027-01-04 (now official)`);
  });
  it('profile set calendar.… recomputes too (a closed day moves the refund a day later)', () => {
    const { run, no, refund } = acceptedRenovation();
    const r = run(['--json', 'profile', 'set', 'calendar.closedDays', '["2027-01-04"]'], { PMDESK_NOW: ACCEPTED });
    expect(r.json().changes).toMatchObject([{ no, old: '2027-01-05T23:59:59+08:00', new: '2027-01-06T23:59:59+08:00', provisional: true }]);
    expect(refund().dueAt).toBe('2027-01-06T23:59:59+08:00');
  });
  it('closed deadlines are not rewritten', () => {
    const { dir, run, no, refund } = acceptedRenovation();
    run(['renovate', 'refund', no], { PMDESK_NOW: '2026-12-31T10:00:00+08:00' });
    const done = refund();
    expect(done.doneAt).not.toBeNull();
    const file = notice(dir, '2027.json', { year: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-02'] });
    expect(run(['--json', 'calendar', 'import', file], { PMDESK_NOW: '2026-12-31T10:00:00+08:00' }).json().changes).toEqual([]);
    expect(refund().dueAt).toBe(done.dueAt);
  });
  it('a deadline opened by an older version (no from_at, counted Mon–Fri) is found and recomputed', () => {
    const { db, run, no, refund } = acceptedRenovation();
    const d = new Database(db);
    d.prepare(`UPDATE deadlines SET due_at = '2027-01-04T23:59:59+08:00', from_at = NULL, provisional = NULL WHERE step = 'refund'`).run();
    d.close();
    const r = run(['--json', 'calendar', 'recompute'], { PMDESK_NOW: ACCEPTED }).json();
    expect(r.changes).toMatchObject([{ no, old: '2027-01-04T23:59:59+08:00', new: '2027-01-05T23:59:59+08:00', provisional: true }]);
    expect(refund()).toMatchObject({ dueAt: '2027-01-05T23:59:59+08:00', provisional: true });
  });
});

describe('R-0A2 calendar import: formats and validation', () => {
  it('reads the iCalendar feed the package publishes (2026) into the same days the package has', () => {
    const { run } = estate();
    const pkg = run(['--json', 'calendar', 'show', '2026']).json();
    const ics = path.join(ROOT, 'node_modules/chinese-days/dist/years/2026.ics');
    const r = run(['--json', 'calendar', 'import', ics]);
    expect(r.code).toBe(0);
    expect(r.json().years).toMatchObject([
      { year: 2026, was: 'package', holidays: pkg.holidays.length, workdays: pkg.workdays.length, warnings: [] },
    ]);
    const imported = run(['--json', 'calendar', 'show', '2026']).json();
    expect(imported.source).toBe('imported');
    expect(imported.holidays).toEqual(pkg.holidays);
    expect(imported.workdays.map((d: any) => d.date)).toEqual(pkg.workdays.map((d: any) => d.date));
  });
  it('reads make-up workdays marked 班 in the summary, without the Apple marking', () => {
    const { dir, run } = estate();
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20270101',
      'DTEND;VALUE=DATE:20270102',
      'SUMMARY:元旦（休）',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20270102',
      'SUMMARY:元旦补班',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const r = run(['--json', 'calendar', 'import', notice(dir, '2027.ics', ics)]).json();
    expect(r).toMatchObject({ format: 'ics', years: [{ year: 2027, holidays: 1, workdays: 1 }] });
    expect(run(['--json', 'calendar', 'show', '2027']).json().workdays).toEqual([{ date: '2027-01-02', weekday: 'sat', name: 'newYear' }]);
  });
  it('warns about a holiday the law does not allow for its festival, and a statutory day left out', () => {
    const { dir, run } = estate();
    const file = notice(dir, '2027.json', {
      year: 2027,
      holidays: ['2027-01-01', { date: '2027-03-17', name: '春节' }, '2027-02-05', '2027-02-08'],
      workdays: [],
    });
    const r = run(['--json', 'calendar', 'import', file]);
    expect(r.code).toBe(0);
    const w = r.json().years[0].warnings;
    expect(w).toContainEqual(expect.objectContaining({ key: 'cal.warn.festival', date: '2027-03-17', festival: 'spring' }));
    expect(w).toContainEqual(expect.objectContaining({ key: 'cal.warn.missing', date: '2027-04-05', festival: 'qingming' }));
    expect(run(['calendar', 'import', file]).stdout).toContain('warning: 2027-03-17 is given as Spring Festival');
  });
  it('refuses a malformed date and changes nothing', () => {
    const { dir, run } = estate();
    const bad = run(['--json', 'calendar', 'import', notice(dir, 'bad.json', { year: 2027, holidays: ['2027-02-30'], workdays: [] })]);
    expect(bad.code).toBe(2);
    expect(bad.err()).toMatchObject({ code: 'E_VALUE' });
    expect(bad.err().message).toContain('"2027-02-30" is not a date');
    expect(run(['--json', 'calendar', 'show', '2027']).json().status).toBe('provisional');
    expect(run(['calendar', 'import', notice(dir, 'x.json', { year: 2027, holidays: ['2028-01-01'] })]).code).toBe(2);
    expect(run(['calendar', 'import', notice(dir, 'x.json', { year: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-01'] })]).code).toBe(2);
    expect(run(['calendar', 'import', notice(dir, 'x.txt', 'hello')]).code).toBe(2);
    const timed = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART:20270101T090000', 'SUMMARY:元旦', 'END:VEVENT', 'END:VCALENDAR'].join('\n');
    expect(run(['calendar', 'import', notice(dir, 't.ics', timed)]).code).toBe(2);
    expect(run(['calendar', 'import', path.join(dir, 'missing.json')]).code).toBe(2);
  });
});

describe('R-0A2 doctor and the calendar', () => {
  it('no warning in October; a warning from 1 November 2026 that 2027 is provisional, naming the command', () => {
    const { run } = estate();
    const oct = run(['--json', 'doctor'], { PMDESK_NOW: '2026-10-31T09:00:00+08:00' });
    expect(oct.json().checks.find((c: any) => c.name === 'calendar')).toMatchObject({ ok: true, warn: false });
    const nov = run(['--json', 'doctor'], { PMDESK_NOW: '2026-11-01T09:00:00+08:00' });
    expect(nov.code).toBe(0);
    const cal = nov.json().checks.find((c: any) => c.name === 'calendar');
    expect(cal).toMatchObject({ ok: true, warn: true });
    expect(cal.detail).toContain('pmdesk calendar import');
  });
  it('fails in January 2027 while 2027 is provisional; passes once its notice is imported', () => {
    const { dir, run } = estate();
    const jan = run(['--json', 'doctor'], { PMDESK_NOW: '2027-01-10T09:00:00+08:00' });
    expect(jan.code).toBe(1);
    const cal = jan.json().checks.find((c: any) => c.name === 'calendar');
    expect(cal.ok).toBe(false);
    expect(cal.detail).toContain('2027 is provisional');
    expect(run(['doctor'], { PMDESK_NOW: '2027-01-10T09:00:00+08:00' }).stdout).toContain('pmdesk calendar import <file>');
    run(['calendar', 'import', notice(dir, '2027.json', { year: 2027, holidays: ['2027-01-01'] })], { PMDESK_NOW: '2027-01-10T09:00:00+08:00' });
    const after = run(['--json', 'doctor'], { PMDESK_NOW: '2027-01-10T09:00:00+08:00' });
    expect(after.json().checks.find((c: any) => c.name === 'calendar')).toMatchObject({ ok: true });
  });
});
