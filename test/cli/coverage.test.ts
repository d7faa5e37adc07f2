// R-804 every coverage rule through the binary: each profile key changes the R-801 sample.
// (coverage.firstAid and coverage.checkinDefect: test/cli/repair.test.ts; coverage.complaint: followup.test.ts.)
import { describe, expect, it } from 'vitest';
import { estate } from './helpers.js';

const at = (t: string) => ({ PMDESK_NOW: t });

/** A help request 求助 (not first aid) at a unit, completed: the follow-up numbers it got. */
function helpDone(run: ReturnType<typeof estate>['run'], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = `2026-09-30T1${i}:00:00+08:00`;
    const no = run(
      ['--json', 'repair', 'new', '--unit', 'B-2-1203', '--reporter', '王伟', '--phone', '13812345678', '--desc', '水管爆裂', '--help', 'flood'],
      at(t),
    ).json().no;
    run(['repair', 'complete', no], at(t.replace(':00:00', ':30:00')));
    out.push(
      ...run(['--json', 'followup', 'due'], at('2026-09-30T20:00:00+08:00'))
        .json()
        .filter((f: any) => f.source === no)
        .map((f: any) => f.reason),
    );
  }
  return out;
}

describe('R-804 coverage rules, each its own profile key', () => {
  it('coverage.help (seed 001: 50 %): every other help request is followed up, within a week; at 1 every one', () => {
    const a = estate();
    expect(helpDone(a.run, 4)).toEqual(['R-804', 'R-804']); // the 1st and 3rd of 4
    const due = a.run(['--json', 'followup', 'due'], at('2026-09-30T20:00:00+08:00')).json();
    expect(due[0]).toMatchObject({ reason: 'R-804', dueAt: '2026-10-07T23:59:59+08:00' });
    const b = estate();
    expect(b.run(['profile', 'set', 'coverage.help', '1']).code).toBe(0);
    expect(helpDone(b.run, 4)).toHaveLength(4);
  });

  const special = (run: ReturnType<typeof estate>['run']) =>
    run([
      '--json',
      'visit',
      'log',
      '--category',
      'service',
      '--desc',
      '家政保洁（包季）',
      '--name',
      '李娜',
      '--unit',
      'B-2-1203',
      '--term-from',
      '2026-10-01',
      '--term-to',
      '2026-12-31',
    ]).json();

  it('coverage.specialService (seed 001: 50 %): a special service is followed up at mid-term and again when it ends', () => {
    const { run } = estate();
    const s1 = special(run);
    // Oct 1 – Dec 31: the middle day is Nov 15, followed up within a week of it.
    expect(s1.followups).toHaveLength(1);
    expect(run(['--json', 'followup', 'show', s1.followups[0]]).json()).toMatchObject({ reason: 'R-804.mid', dueAt: '2026-11-22T23:59:59+08:00' });
    expect(special(run).followups).toEqual([]); // the 2nd of the month is not sampled at 50 %
    run(['followup', 'record', s1.followups[0], '--method', 'phone', '--satisfaction', 'satisfied'], at('2026-11-16T10:00:00+08:00'));
    const end = run(['--json', 'visit', 'close', s1.no], at('2026-12-31T18:00:00+08:00')).json();
    expect(end.followups).toHaveLength(1);
    expect(run(['--json', 'followup', 'show', end.followups[0]], at('2026-12-31T18:00:00+08:00')).json()).toMatchObject({
      reason: 'R-804.end',
      dueAt: '2027-01-07T23:59:59+08:00',
    });
    // At 100 % the second one is followed up too.
    const b = estate();
    expect(b.run(['profile', 'set', 'coverage.specialService', '1']).code).toBe(0);
    special(b.run);
    expect(special(b.run).followups).toHaveLength(1);
  });

  it('a contract term on anything but a service entry, or half a term, is refused and nothing is written', () => {
    const { run } = estate();
    expect(run(['visit', 'log', '--category', 'other', '--desc', 'x', '--term-from', '2026-10-01', '--term-to', '2026-10-02']).code).toBe(2);
    expect(run(['visit', 'log', '--category', 'service', '--desc', 'x', '--term-from', '2026-10-01']).code).toBe(2);
    expect(run(['visit', 'log', '--category', 'service', '--desc', 'x', '--term-from', '2026-10-05', '--term-to', '2026-10-01']).code).toBe(2);
    expect(run(['--json', 'visit', 'list']).json()).toEqual([]);
  });

  const other = (run: ReturnType<typeof estate>['run']) =>
    run(['--json', 'visit', 'log', '--category', 'other', '--desc', '失物招领', '--name', '李娜', '--unit', 'B-2-1203', '--solved']).json();

  it('coverage.otherService: other services done are sampled (default 30 %: the 1st and 4th), followed up within a week; at 0 none', () => {
    const { run } = estate();
    const got = [1, 2, 3, 4].map(() => other(run).followups.length);
    expect(got).toEqual([1, 0, 0, 1]);
    const due = run(['--json', 'followup', 'due']).json();
    expect(due[0]).toMatchObject({ reason: 'R-804', dueAt: '2026-10-07T23:59:59+08:00' });
    const b = estate();
    expect(b.run(['profile', 'set', 'coverage.otherService', '0']).code).toBe(0);
    expect([1, 2, 3, 4].map(() => other(b.run).followups.length)).toEqual([0, 0, 0, 0]);
  });

  it('coverage.survey (30–60 %): the households that answered are sampled at close; raised to 0.6, more of them', () => {
    const returns = (rate: string | null) => {
      const { run } = estate();
      if (rate) expect(run(['profile', 'set', 'coverage.survey', rate]).code).toBe(0);
      run(['survey', 'new', '--title', '年度调查']);
      for (const unit of ['A-1-101', 'A-1-102', 'A-1-201', 'B-2-1203'])
        expect(run(['survey', 'return', 'DC-2026-0001', '--unit', unit, '--scores', 'overall=5']).code).toBe(0);
      return run(['--json', 'survey', 'close', 'DC-2026-0001']).json().followups.length;
    };
    expect(returns(null)).toBe(2); // 30 %: the 1st and 4th
    expect(returns('0.6')).toBe(3); // 60 %: the 1st, 2nd, 4th
  });
});
