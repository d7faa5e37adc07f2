// Complaint, further (cli.md): overrun approval, the developer hand-off,
// after-sales entries of the reception log — through the binary.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { estate, fixture } from './helpers.js';

const HAS_PDFTOTEXT = spawnSync('pdftotext', ['-v']).status === 0;

const NEW = [
  'complaint',
  'new',
  '--name',
  '王伟',
  '--unit',
  'A-1-101',
  '--phone',
  '13812345678',
  '--channel',
  'phone',
  '--about',
  '工程部',
  '--desc',
  '电梯门反复夹人',
];
const at = (t: string) => ({ PMDESK_NOW: t });

/** An estate with a roster: the clerk, a GM, a department manager and an officer. */
const staffed = fixture((e) => {
  for (const [name, role] of [
    ['tester', 'reception'],
    ['陈总', 'gm'],
    ['刘经理', 'dept-manager'],
    ['周敏', 'officer'],
  ])
    expect(e.run(['staff', 'add', '--name', name, '--role', role]).code).toBe(0);
  return {};
});

describe('overrun approval (R-408)', () => {
  it('an important complaint extended by the GM before its deadline; report due shows the new one; the rate counts the old as missed', () => {
    const { run } = staffed();
    const no = run(['--json', ...NEW]).json().no;
    run(['complaint', 'classify', no, '--class', 'important']); // handled within 3 days: due 2026-10-03 23:59:59
    // An officer may not approve: refused, naming who may, nothing written.
    const bad = run(['--lang', 'zh', 'complaint', 'extend', no, '--until', '2026-10-10', '--approved-by', '周敏', '--reason', '等待厂家配件']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/周敏/);
    expect(bad.stderr).toMatch(/总经理/);
    expect(bad.stderr).toMatch(/陈总/);
    // Nor the department manager for an important one.
    expect(run(['complaint', 'extend', no, '--until', '2026-10-10', '--approved-by', '刘经理', '--reason', 'x']).code).toBe(2);
    // Not on the roster at all.
    expect(run(['--lang', 'zh', 'complaint', 'extend', no, '--until', '2026-10-10', '--approved-by', '无名氏', '--reason', 'x']).stderr).toMatch(
      /无名氏.*人员名册/,
    );
    // A date before the old deadline.
    expect(run(['complaint', 'extend', no, '--until', '2026-10-02', '--approved-by', '陈总', '--reason', 'x']).code).toBe(2);
    expect(run(['--json', 'complaint', 'show', no]).json().extensions).toEqual([]);

    const ok = run(
      ['--json', 'complaint', 'extend', no, '--until', '2026-10-10', '--approved-by', '陈总', '--reason', '等待厂家配件'],
      at('2026-10-02T09:00:00+08:00'),
    );
    expect(ok.code).toBe(0);
    expect(ok.json()).toMatchObject({ oldDue: '2026-10-03T23:59:59+08:00', newDue: '2026-10-10T23:59:59+08:00', approvedBy: '陈总' });
    const show = run(['--json', 'complaint', 'show', no]).json();
    expect(show.deadlines.find((d: any) => d.step === 'handle')).toMatchObject({ rule: 'R-408', dueAt: '2026-10-10T23:59:59+08:00' });
    expect(show.extensions).toEqual([
      expect.objectContaining({
        from: '2026-10-03T23:59:59+08:00',
        to: '2026-10-10T23:59:59+08:00',
        approvedBy: '陈总',
        role: 'gm',
        reason: '等待厂家配件',
      }),
    ]);
    // report due on 10-05: the old deadline has passed but the new one stands — the handling step is not overdue.
    const handleIn = (list: any[]) => list.filter((d) => d.no === no && d.step === 'handle');
    const due = run(['--json', 'report', 'due'], at('2026-10-05T09:00:00+08:00')).json();
    expect(handleIn(due.overdue)).toEqual([]);
    const after = run(['--json', 'report', 'due'], at('2026-10-11T09:00:00+08:00')).json();
    expect(handleIn(after.overdue)).toEqual([expect.objectContaining({ rule: 'R-408', dueAt: '2026-10-10T23:59:59+08:00', overdue: true })]);
    // Resolved within the new deadline, yet the on-time rate counts the original as missed; the extension is listed.
    run(['complaint', 'resolve', no, '--result', '已更换门机'], at('2026-10-08T10:00:00+08:00'));
    const m = run(['--json', 'report', 'monthly', '--month', '2026-10'], at('2026-11-02T10:00:00+08:00')).json();
    expect(m.complaints.handledOnTime).toMatchObject({ num: 0, den: 1 });
    expect(m.complaints.extensions).toEqual([expect.objectContaining({ no, approvedBy: '陈总', from: '2026-10-03T23:59:59+08:00' })]);
    const table = run(['--lang', 'zh', 'report', 'monthly', '--month', '2026-10'], at('2026-11-02T10:00:00+08:00')).stdout;
    expect(table).toMatch(/处理时限延期/);
    expect(table).toContain(no);
  });

  it('a minor complaint needs a department manager; after the deadline passed, refused', () => {
    const { run } = staffed();
    const no = run(['--json', ...NEW]).json().no;
    run(['complaint', 'classify', no, '--class', 'minor']); // 2 days: due 2026-10-02 23:59:59
    const gm = run(['complaint', 'extend', no, '--until', '2026-10-06', '--approved-by', '陈总', '--reason', '材料未到']);
    expect(gm.code).toBe(2);
    expect(gm.stderr).toMatch(/陈总 is gm: .*classed minor needs the approval of a dept-manager — 刘经理 \(R-408\)/);
    expect(run(['--json', 'complaint', 'extend', no, '--until', '2026-10-06', '--approved-by', '刘经理', '--reason', '材料未到']).json().newDue).toBe(
      '2026-10-06T23:59:59+08:00',
    );
    // A second complaint whose deadline has passed.
    const late = run(['--json', ...NEW]).json().no;
    run(['complaint', 'classify', late, '--class', 'minor']);
    const r = run(
      ['--lang', 'zh', 'complaint', 'extend', late, '--until', '2026-10-09', '--approved-by', '刘经理', '--reason', 'x'],
      at('2026-10-03T08:00:00+08:00'),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/已过/);
    expect(run(['--json', 'complaint', 'show', late]).json().extensions).toEqual([]);
  });
});

describe('developer hand-off (R-409)', () => {
  it('an invalid developer complaint handed over: the form printed with both signatures, the reply overdue in report due, then recorded', () => {
    const { run, dir } = estate();
    const no = run(['--json', ...NEW]).json().no;
    // Not yet classified as housing quality: refused, nothing written.
    const early = run(['complaint', 'developer', no, '--issue', '外墙渗水']);
    expect(early.code).toBe(2);
    expect(early.stderr.trim().split('\n')).toHaveLength(1);
    run(['complaint', 'classify', no, '--class', 'invalid', '--invalid-kind', 'developer', '--cause', '外墙渗水']);
    expect(run(['complaint', 'developer-reply', no, '--reply', '同意维修']).code).toBe(2); // nothing handed over yet
    const h = run(['--json', 'complaint', 'developer', no, '--issue', '外墙渗水，需开发商安排维修']);
    expect(h.code).toBe(0);
    // Seven days (profile R-409.developer-reply) from the hand-off on Wed 2026-09-30 10:00.
    expect(h.json()).toMatchObject({ replyDue: '2026-10-07T23:59:59+08:00', developer: { issue: '外墙渗水，需开发商安排维修', reply: null } });
    expect(run(['complaint', 'developer', no, '--issue', 'again']).code).toBe(2); // once only
    const overdue = run(['--json', 'report', 'due'], at('2026-10-08T09:00:00+08:00')).json().overdue;
    expect(overdue.filter((d: any) => d.no === no && d.step === 'developer-reply')).toEqual([
      expect.objectContaining({ rule: 'R-409.developer-reply', dueAt: '2026-10-07T23:59:59+08:00', overdue: true }),
    ]);
    // The monthly report lists the open hand-off and its age.
    const m = run(['--json', 'report', 'monthly', '--month', '2026-09'], at('2026-10-08T09:00:00+08:00')).json();
    expect(m.complaints.developerOpen).toEqual([expect.objectContaining({ no, ageDays: 0, replyDue: '2026-10-07T23:59:59+08:00' })]);
    const oct = run(['--json', 'report', 'monthly', '--month', '2026-10'], at('2026-10-08T09:00:00+08:00')).json();
    expect(oct.complaints.developerOpen).toEqual([expect.objectContaining({ no, ageDays: 7 })]);
    expect(run(['--lang', 'zh', 'report', 'monthly', '--month', '2026-10'], at('2026-10-08T09:00:00+08:00')).stdout).toMatch(/待开发商答复/);
    // The printed form: title, the issue, both signatures.
    const html = run(['--lang', 'zh', 'complaint', 'print', no]).stdout;
    for (const w of ['需开发商协商处理问题记录表', '外墙渗水，需开发商安排维修', '物业公司（签字）', '开发商（签字）', '2026-10-07'])
      expect(html).toContain(w);
    if (HAS_PDFTOTEXT) {
      const pdf = path.join(dir, 'dev.pdf');
      expect(run(['--lang', 'zh', 'complaint', 'print', no, '--format', 'pdf', '--out', pdf]).code).toBe(0);
      const txt = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
      for (const w of ['需开发商协商处理问题记录表', '物业公司（签字）', '开发商（签字）']) expect(txt).toContain(w);
    }
    // The reply closes the deadline (late) and leaves the open list.
    const r = run(['--lang', 'zh', 'complaint', 'developer-reply', no, '--reply', '开发商同意本周五前维修'], at('2026-10-08T10:00:00+08:00'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/告知投诉人/);
    const show = run(['--json', 'complaint', 'show', no], at('2026-10-08T10:00:00+08:00')).json();
    expect(show.developer).toMatchObject({ reply: '开发商同意本周五前维修', replyAt: '2026-10-08T10:00:00+08:00' });
    expect(show.deadlines.find((d: any) => d.step === 'developer-reply')).toMatchObject({ doneAt: '2026-10-08T10:00:00+08:00', late: true });
    expect(run(['--json', 'report', 'monthly', '--month', '2026-10'], at('2026-10-09T09:00:00+08:00')).json().complaints.developerOpen).toEqual([]);
    expect(run(['complaint', 'developer-reply', no, '--reply', 'again']).code).toBe(2);
  });
});

describe('after-sales entries (R-410)', () => {
  const LOG = ['visit', 'log', '--category', 'after-sales', '--desc', '卫生间墙面渗水（保修期内）', '--name', '张伟', '--unit', 'A-1-101'];
  it('an after-sales entry opens a repair contact slip due 10:00 the next working morning, handed off, failed, then re-accepted', () => {
    const { run } = estate();
    // Wed 2026-09-30 10:00: 1–7 October are the National Day holiday, so the next working morning is Thu 8 October.
    const e = run(['--json', ...LOG]).json();
    expect(e).toMatchObject({ status: 'open', handoffDue: '2026-10-08T10:00:00+08:00', afterSales: { handedAt: null, result: null } });
    // A re-acceptance before the hand-off, or one without --pass/--fail: refused, nothing written.
    expect(run(['visit', 'reaccept', e.no, '--pass']).code).toBe(2);
    const both = run(['visit', 'reaccept', e.no]);
    expect(both.code).toBe(2);
    expect(both.stderr.trim().split('\n')).toHaveLength(1);
    // Not handed over by 10:00 on the 8th: overdue in report due.
    const due = run(['--json', 'report', 'due'], at('2026-10-08T10:00:01+08:00')).json();
    expect(due.overdue.filter((d: any) => d.no === e.no)).toEqual([
      expect.objectContaining({ step: 'handoff', rule: 'R-410.handoff', dueAt: '2026-10-08T10:00:00+08:00' }),
    ]);
    expect(run(['--lang', 'zh', 'visit', 'handoff', e.no, '--to', '售后部李工'], at('2026-10-08T09:30:00+08:00')).stdout).toMatch(/已移交售后/);
    expect(run(['visit', 'handoff', e.no]).code).toBe(2); // once only
    const show = run(['--json', 'visit', 'show', e.no]).json();
    expect(show.deadlines.find((d: any) => d.step === 'handoff')).toMatchObject({ doneAt: '2026-10-08T09:30:00+08:00', late: false });
    // A failed second acceptance stays open; a pass closes it.
    const fail = run(['--json', 'visit', 'reaccept', e.no, '--fail', '--note', '仍有渗水'], at('2026-10-12T15:00:00+08:00')).json();
    expect(fail).toMatchObject({ status: 'open', afterSales: { result: 'fail', fails: 1 } });
    const pass = run(['--json', 'visit', 'reaccept', e.no, '--pass'], at('2026-10-15T15:00:00+08:00')).json();
    expect(pass).toMatchObject({ status: 'closed', afterSales: { result: 'pass', fails: 1, reacceptedAt: '2026-10-15T15:00:00+08:00' } });
    expect(run(['visit', 'reaccept', e.no, '--pass']).code).toBe(2);
  });

  it('Tuesday evening → Wednesday 10:00; over the Mid-Autumn Festival (Fri 25 Sep 2026) → Monday; other entries have no slip', () => {
    const { run } = estate();
    expect(run(['--json', ...LOG], at('2026-09-15T19:00:00+08:00')).json().handoffDue).toBe('2026-09-16T10:00:00+08:00');
    const e = run(['--json', ...LOG], at('2026-09-24T19:00:00+08:00')).json();
    expect(e.handoffDue).toBe('2026-09-28T10:00:00+08:00');
    const other = run(['--json', 'visit', 'log', '--category', 'service', '--desc', '咨询停车'], at('2026-09-24T19:00:00+08:00')).json();
    const r = run(['--lang', 'zh', 'visit', 'handoff', other.no]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/不是售后类/);
  });
});
