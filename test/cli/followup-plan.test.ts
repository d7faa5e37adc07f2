// R-803 planned follow-ups, the 楼长会, and R-805 the archive hand-over, through the binary.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from './helpers.js';

const at = (t: string) => ({ PMDESK_NOW: t });
const BEFORE = at('2026-09-20T10:00:00+08:00');

/** Two officers (areas A and B,C), a director, and households lived in (occupied or leased) or not. */
const staffed = fixture((e) => {
  const csv = path.join(e.dir, 'more.csv');
  fs.writeFileSync(
    csv,
    'code,building,floor,area,status\nA-3-101,A,1,90,occupied\nA-3-102,A,1,90,leased\nA-3-103,A,1,90,vacant\nA-4-101,A,2,90,occupied\nB-3-101,B,1,90,occupied\nB-3-102,B,1,90,occupied\nC-1-101,C,1,90,occupied\n',
  );
  expect(e.run(['unit', 'import', csv], BEFORE).code).toBe(0);
  const staff = (name: string, role: string, areas?: string) =>
    expect(e.run(['--clerk', '张丽', 'staff', 'add', '--name', name, '--role', role, ...(areas ? ['--areas', areas] : [])], BEFORE).code).toBe(0);
  staff('张丽', 'officer', 'A');
  staff('李强', 'officer', 'B,C');
  staff('王主任', 'manager');
  return {};
});
function desk() {
  const e = staffed();
  const run = (args: string[], env = BEFORE) => e.run(['--clerk', '张丽', ...args], env);
  return { ...e, run };
}

describe('followup plan (R-803)', () => {
  it("spreads each officer's households evenly over the quarter's working days, plans the director's visit, counts done vs planned", () => {
    const { run } = desk();
    const r = run(['--json', 'followup', 'plan', '--quarter', '2026Q4']);
    expect(r.code, r.stderr).toBe(0);
    const plan = r.json();
    // Q4 2026 by the calendar: Oct 1–7 National Day holiday, Oct 10 (Sat) a make-up workday → 62 working days, Oct 8 the first.
    expect(plan).toMatchObject({ quarter: '2026Q4', workingDays: 62, from: '2026-10-08', to: '2026-12-31' });
    expect(plan.officers).toEqual([
      { officer: '张丽', areas: ['A'], households: 3, added: 3 }, // A-3-101 occupied, A-3-102 leased, A-4-101; not the vacant one
      { officer: '李强', areas: ['B', 'C'], households: 4, added: 4 }, // B-2-1203 (fixture), B-3-101, B-3-102, C-1-101
    ]);
    // 3 households over 62 days: days 0, 20, 41 (⌊i·62/3⌋) — every one a working day.
    const zhang = plan.planned.filter((p: any) => p.officer === '张丽');
    expect(zhang.map((p: any) => [p.unit, p.day])).toEqual([
      ['A-3-101', '2026-10-08'],
      ['A-3-102', '2026-11-04'],
      ['A-4-101', '2026-12-03'],
    ]);
    // Two visits a year (profile default): the second falls in Q4, on a working day.
    expect(plan.director).toMatchObject({ name: '王主任', added: 1 });
    // A planned follow-up is due the end of its day (R-803.planned) and closes like any other.
    const first = zhang[0].no;
    expect(run(['--json', 'followup', 'show', first]).json()).toMatchObject({
      status: 'due',
      plan: '2026Q4',
      officer: '张丽',
      area: 'A',
      plannedFor: '2026-10-08',
      unit: 'A-3-101',
      dueAt: '2026-10-08T23:59:59+08:00',
    });
    const done = run(['--json', 'followup', 'record', first, '--method', 'visit', '--satisfaction', 'satisfied'], at('2026-10-08T15:00:00+08:00'));
    expect(done.code, done.stderr).toBe(0);
    expect(run(['--json', 'followup', 'show', first]).json()).toMatchObject({ status: 'done' });
    // report due: planned vs done by officer and by area, the overdue planned one listed.
    const due = run(['--json', 'report', 'due'], at('2026-10-12T10:00:00+08:00')).json();
    expect(due.plan.byOfficer).toEqual([
      { officer: '张丽', planned: 3, done: 1 },
      { officer: '李强', planned: 4, done: 0 },
    ]);
    expect(due.plan.byArea).toEqual([
      { area: 'A', planned: 3, done: 1 },
      { area: 'B', planned: 3, done: 0 },
      { area: 'C', planned: 1, done: 0 },
    ]);
    expect(due.overdue.map((d: any) => d.rule)).toContain('R-803.planned');
    // The monthly report: the quarter's counts.
    const m = run(['--json', 'report', 'monthly', '--month', '2026-10'], at('2026-11-02T10:00:00+08:00')).json();
    expect(m.planned).toMatchObject({
      quarter: '2026Q4',
      byOfficer: [
        { officer: '张丽', planned: 3, done: 1 },
        { officer: '李强', planned: 4, done: 0 },
      ],
    });
    expect(run(['--lang', 'zh', 'report', 'monthly', '--month', '2026-10'], at('2026-11-02T10:00:00+08:00')).stdout).toMatch(/2026Q4 计划回访/);
  });

  it('a quarter already planned is refused, saying so, and nothing is added; a bad or past quarter is refused', () => {
    const { run, db } = desk();
    expect(run(['followup', 'plan', '--quarter', '2026Q4']).code).toBe(0);
    const size = fs.statSync(db).size;
    const again = run(['followup', 'plan', '--quarter', '2026q4']);
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toMatch(/2026Q4 is already planned \(8 follow-ups\): nothing added/);
    expect(run(['--lang', 'zh', 'followup', 'plan', '--quarter', '2026Q4']).stderr).toMatch(/已制定回访计划/);
    expect(run(['--json', 'followup', 'due']).json()).toHaveLength(8);
    expect(fs.statSync(db).size).toBe(size);
    expect(run(['followup', 'plan', '--quarter', '2026Q5']).code).toBe(2);
    expect(run(['followup', 'plan', '--quarter', '2026Q2']).stderr).toMatch(/2026Q2 is over/);
  });

  it('the director visits 1 or 2 times a year (profile followup.directorVisitsPerYear): one visit falls in Q3, none in Q4', () => {
    const { run } = desk();
    expect(run(['profile', 'set', 'followup.directorVisitsPerYear', '3']).code).toBe(2);
    expect(run(['profile', 'set', 'followup.directorVisitsPerYear', '1']).code).toBe(0);
    const plan = run(['--json', 'followup', 'plan', '--quarter', '2026Q4']).json();
    expect(plan.director).toMatchObject({ added: 0, visits: [] });
  });
});

describe('meeting new (R-803)', () => {
  it('records the 楼长会 with attendees, minutes and action items that become deadlines', () => {
    const { run } = desk();
    const now = at('2026-10-15T16:00:00+08:00');
    const r = run(
      [
        '--json',
        'meeting',
        'new',
        '--date',
        '2026-10-15',
        '--attendees',
        '张丽,李强,王建国',
        '--minutes',
        '征求意见：门禁、绿化',
        '--action',
        '修复B栋门禁;工程部;2026-10-30',
        '--action',
        '补种绿化；环境部；2026-11-10',
      ],
      now,
    );
    expect(r.code, r.stderr).toBe(0);
    const m = r.json();
    expect(m).toMatchObject({ no: 'HY-2026-0001', status: 'open', heldOn: '2026-10-15', attendees: ['张丽', '李强', '王建国'] });
    expect(m.actions.map((a: any) => [a.owner, a.dueAt])).toEqual([
      ['工程部', '2026-10-30T23:59:59+08:00'],
      ['环境部', '2026-11-10T23:59:59+08:00'],
    ]);
    const due = run(['--json', 'report', 'due'], at('2026-10-31T10:00:00+08:00')).json();
    expect(due.overdue.find((d: any) => d.no === 'HY-2026-0001')).toMatchObject({ step: 'action-1', dueAt: '2026-10-30T23:59:59+08:00' });
    expect(due.plan.meetings).toEqual([{ no: 'HY-2026-0001', heldOn: '2026-10-15' }]);
    expect(run(['meeting', 'act', 'HY-2026-0001', '--action', '1'], now).code).toBe(0);
    expect(run(['--json', 'meeting', 'act', 'HY-2026-0001', '--action', '2'], now).json()).toMatchObject({ status: 'closed' });
    expect(run(['meeting', 'act', 'HY-2026-0001', '--action', '2'], now).code).toBe(2);
  });

  it('an action without an owner is refused in one line and nothing is written', () => {
    const { run, db } = desk();
    const now = at('2026-10-15T16:00:00+08:00');
    const size = fs.statSync(db).size;
    for (const action of ['修复门禁;;2026-10-30', '修复门禁;2026-10-30']) {
      const r = run(['meeting', 'new', '--date', '2026-10-15', '--attendees', '张丽', '--minutes', 'x', '--action', action], now);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/has no owner/);
    }
    expect(
      run(
        ['--lang', 'zh', 'meeting', 'new', '--date', '2026-10-15', '--attendees', '张丽', '--minutes', 'x', '--action', '修复门禁;;2026-10-30'],
        now,
      ).stderr,
    ).toMatch(/缺少负责人/);
    expect(run(['--json', 'meeting', 'list'], now).json()).toEqual([]);
    expect(fs.statSync(db).size).toBe(size);
  });
});

describe('report archive (R-805)', () => {
  it("lists the quarter's records per type, due to the archivist by the 10th of the next quarter; report due shows it until --out records it", () => {
    const { run, dir } = desk();
    run(['followup', 'plan', '--quarter', '2026Q4']); // 8 HF records made in 2026Q3 (Sep 20)
    const a = run(['--json', 'report', 'archive', '--quarter', '2026Q3'], at('2026-10-12T10:00:00+08:00')).json();
    expect(a).toMatchObject({
      quarter: '2026Q3',
      from: '2026-07-01',
      to: '2026-09-30',
      dueAt: '2026-10-10T23:59:59+08:00',
      overdue: true,
      handedOver: null,
    });
    expect(a.produced).toEqual([{ type: 'followup', count: 8, voided: 0, first: 'HF-2026-0001', last: 'HF-2026-0008' }]);
    expect(a.retention).toMatchObject({ quarter: '2024Q3', passesOn: '2026-10-01', types: [] });
    expect(run(['--lang', 'zh', 'report', 'archive', '--quarter', '2026Q3'], at('2026-10-12T10:00:00+08:00')).stdout).toMatch(
      /2026Q3 档案移交清单[\s\S]*已逾期[\s\S]*回访\s*│\s*8/,
    );
    // Due in report due (derived on read: the read writes nothing).
    const due = () => run(['--json', 'report', 'due'], at('2026-10-12T10:00:00+08:00')).json().reports;
    expect(due()).toContainEqual({ month: '2026Q3', report: 'archive', rule: 'R-805', dueAt: '2026-10-10T23:59:59+08:00', overdue: true });
    const out = path.join(dir, 'archive-2026Q3.txt');
    const w = run(['report', 'archive', '--quarter', '2026Q3', '--out', out], at('2026-10-12T10:00:00+08:00'));
    expect(w.code, w.stderr).toBe(0);
    expect(w.stdout).toMatch(/2026Q3 archive hand-over recorded \(R-805\), late/);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/HF-2026-0001/);
    expect(due().filter((d: any) => d.report === 'archive')).toEqual([]);
    expect(run(['report', 'archive', '--quarter', '2026Q9']).code).toBe(2);
  });
});
