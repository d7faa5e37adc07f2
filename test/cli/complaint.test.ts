// Complaints, suggestions and praise through the binary (§4: R-400…R-407, §0a, §0b).
import { describe, expect, it } from 'vitest';
import { complaintNew, estate, fixture, sha } from './helpers.js';

const NEW = complaintNew('楼道三天未清扫');
const at = (t: string) => ({ PMDESK_NOW: t });
const steps = (show: any) => Object.fromEntries(show.deadlines.map((d: any) => [d.step, d]));

// Issue 23: one complaint filed (NEW), once per file; each test gets a copy.
const filed = fixture((e) => ({ no: e.run(['--json', ...NEW]).json().no as string }));

describe('complaint life (R-400, R-402, R-404, R-405)', () => {
  it('an important complaint from intake to closing, each deadline just before and just after (§0a)', () => {
    const { run } = estate();
    // Intake Wed 2026-09-30 10:00: the clerk is reminded to apologise; first feedback within 24 h.
    const c = run(['--json', ...NEW]).json();
    expect(c).toMatchObject({
      no: 'TS-2026-0001',
      type: 'complaint',
      status: 'new',
      kind: 'complaint',
      class: null,
      dueAt: '2026-10-01T10:00:00+08:00',
      escalated: false,
      phone: '138****5678',
    });
    expect(c.reminder).toBe('apologise');

    // Reporting within 1 hour of intake (R-402 important): classifying at 10:59:59 is on time.
    expect(run(['--json', 'complaint', 'classify', c.no, '--class', 'important'], at('2026-09-30T10:59:59+08:00')).json()).toMatchObject({
      status: 'classified',
      class: 'important',
      reportedTo: 'supervisor,project-manager',
    });
    const dl = steps(run(['--json', 'complaint', 'show', c.no]).json());
    expect(dl.report).toMatchObject({
      rule: 'R-402.report.important',
      dueAt: '2026-09-30T11:00:00+08:00',
      doneAt: '2026-09-30T10:59:59+08:00',
      late: false,
    });
    expect(dl.handle).toMatchObject({ rule: 'R-402.handle.important', dueAt: '2026-10-03T23:59:59+08:00' });
    expect(dl.feedback).toMatchObject({ rule: 'R-402.feedback', dueAt: '2026-10-01T10:00:00+08:00' });
    // …and at 11:00:01 it is late.
    const late = estate();
    const c2 = late.run(['--json', ...NEW]).json().no;
    late.run(['complaint', 'classify', c2, '--class', 'important'], at('2026-09-30T11:00:01+08:00'));
    expect(steps(late.run(['--json', 'complaint', 'show', c2]).json()).report.late).toBe(true);

    // First feedback: overdue one second after 24 h.
    expect(run(['--json', 'complaint', 'list', '--overdue'], at('2026-10-01T10:00:00+08:00')).json()).toEqual([]);
    expect(
      run(['--json', 'complaint', 'list', '--overdue'], at('2026-10-01T10:00:01+08:00'))
        .json()
        .map((x: any) => x.no),
    ).toEqual([c.no]);
    run(['complaint', 'respond', c.no, '--note', '已致歉，今日安排清扫'], at('2026-09-30T12:00:00+08:00'));
    expect(steps(run(['--json', 'complaint', 'show', c.no]).json()).feedback).toMatchObject({ doneAt: '2026-09-30T12:00:00+08:00', late: false });

    // assigned with a method and a promised date (end of that day).
    expect(
      run(
        ['--json', 'complaint', 'assign', c.no, '--dept', '保洁部', '--method', '重新清扫并检查', '--promise', '2026-10-03'],
        at('2026-09-30T12:00:00+08:00'),
      ).json(),
    ).toMatchObject({
      status: 'assigned',
      dept: '保洁部',
      promiseAt: '2026-10-03T23:59:59+08:00',
    });
    // Handling within 3 days: not overdue at 23:59:59 on Oct 3, overdue at midnight.
    expect(run(['--json', 'complaint', 'list', '--overdue'], at('2026-10-03T23:59:59+08:00')).json()).toEqual([]);
    expect(
      run(['--json', 'complaint', 'list', '--overdue'], at('2026-10-04T00:00:00+08:00'))
        .json()
        .map((x: any) => x.no),
    ).toEqual([c.no]);

    const res = run(['--json', 'complaint', 'resolve', c.no, '--result', '已清扫'], at('2026-10-03T20:00:00+08:00')).json();
    expect(res).toMatchObject({ status: 'resolved', resolvedAt: '2026-10-03T20:00:00+08:00' });
    expect(steps(run(['--json', 'complaint', 'show', c.no], at('2026-10-03T20:00:00+08:00')).json()).handle).toMatchObject({
      late: false,
      doneAt: '2026-10-03T20:00:00+08:00',
    });

    // a follow-up within 3 days of resolution (end of Oct 6).
    expect(run(['--json', 'followup', 'due'], at('2026-10-06T23:59:59+08:00')).json()).toEqual([
      expect.objectContaining({ source: c.no, reason: 'R-405', dueAt: '2026-10-06T23:59:59+08:00', overdue: false, by: null }),
    ]);
    expect(run(['--json', 'followup', 'due'], at('2026-10-07T00:00:00+08:00')).json()[0].overdue).toBe(true);

    // The desk verifies, then a satisfied follow-up closes it.
    expect(run(['--json', 'complaint', 'verify', c.no], at('2026-10-04T09:00:00+08:00')).json().status).toBe('verified');
    const fu = run(
      ['--json', 'followup', 'record', c.no, '--method', 'phone', '--satisfaction', 'satisfied'],
      at('2026-10-05T09:00:00+08:00'),
    ).json();
    expect(fu).toMatchObject({ source: c.no, sourceStatus: 'closed', reopened: false });
    const done = run(['--json', 'complaint', 'show', c.no], at('2026-10-05T09:00:00+08:00')).json();
    expect(done).toMatchObject({ status: 'closed', dueAt: null, overdue: false, linked: [expect.objectContaining({ no: fu.no })] });
    expect(done.timeline.map((e: any) => e.kind)).toEqual([
      'created',
      'classify',
      'respond',
      'assign',
      'resolve',
      'verify',
      'followup-result',
      'close',
    ]);
  });

  it('a satisfied follow-up before the desk has verified: verify then closes it', () => {
    const { run, no } = filed();
    run(['complaint', 'classify', no, '--class', 'minor']);
    run(['complaint', 'resolve', no, '--result', '已处理']);
    expect(run(['--json', 'followup', 'record', no, '--method', 'phone', '--satisfaction', 'basic']).json().sourceStatus).toBe('resolved');
    expect(run(['--json', 'complaint', 'verify', no]).json().status).toBe('closed');
  });

  it('an unsatisfied follow-up reopens the complaint (R-802), with a new handling deadline; next is assign', () => {
    const { run, no } = filed();
    run(['complaint', 'classify', no, '--class', 'minor']);
    run(['complaint', 'resolve', no, '--result', '已处理']);
    const fu = run(
      ['--json', 'followup', 'record', no, '--method', 'visit', '--satisfaction', 'unsatisfied', '--note', '仍很脏'],
      at('2026-10-01T09:00:00+08:00'),
    ).json();
    expect(fu).toMatchObject({ sourceStatus: 'reopened', reopened: true });
    const show = run(['--json', 'complaint', 'show', no], at('2026-10-01T09:00:00+08:00')).json();
    expect(steps(show).rework).toMatchObject({ rule: 'R-402.handle.minor', dueAt: '2026-10-03T23:59:59+08:00', doneAt: null });
    const refused = run(['--json', 'complaint', 'resolve', no, '--result', 'x']);
    expect(refused.code).toBe(2);
    expect(refused.err()).toMatchObject({ code: 'E_STATE' });
    expect(refused.err().message).toMatch(/reopened.*allowed next: complaint assign/);
    run(['complaint', 'assign', no, '--dept', '保洁部', '--method', '返工', '--promise', '2026-10-02'], at('2026-10-01T10:00:00+08:00'));
    run(['complaint', 'resolve', no, '--result', '返工完毕'], at('2026-10-02T10:00:00+08:00'));
    // Resolved again: followed up again, and the rework deadline is met.
    expect(run(['--json', 'followup', 'due'], at('2026-10-02T10:00:00+08:00')).json()).toEqual([
      expect.objectContaining({ source: no, dueAt: '2026-10-05T23:59:59+08:00' }),
    ]);
    expect(steps(run(['--json', 'complaint', 'show', no], at('2026-10-02T10:00:00+08:00')).json()).rework).toMatchObject({ late: false });
  });

  it('refuses transitions the state does not allow, naming the next commands, writing nothing', () => {
    const { db, run, no } = filed();
    const before = sha(db);
    const r = run(['--json', 'complaint', 'assign', no, '--dept', 'x', '--method', 'y', '--promise', '2026-10-05']);
    expect(r.code).toBe(2);
    expect(r.err().message).toMatch(/new: it cannot go to assigned; allowed next: complaint classify/);
    expect(run(['--json', 'complaint', 'verify', no]).err().message).toMatch(/allowed next: complaint classify/);
    expect(run(['--json', 'complaint', 'classify', no, '--class', 'serious']).err().code).toBe('E_VALUE');
    expect(run(['--json', 'complaint', 'classify', no, '--class', 'minor', '--invalid-kind', 'developer']).err().code).toBe('E_USAGE');
    expect(run(['--json', 'complaint', 'classify', no, '--class', 'invalid']).code).toBe(2); // the kind of invalid is required
    expect(run(['--json', 'complaint', 'new', '--name', '王伟', '--channel', 'fax', '--about', 'x', '--desc', 'y']).err().code).toBe('E_VALUE');
    expect(run(['--json', 'complaint', 'new', '--name', '王伟', '--channel', 'phone', '--about', 'x', '--desc', 'y', '--phone', '12345']).code).toBe(
      2,
    );
    expect(sha(db)).toBe(before);
    run(['complaint', 'classify', no, '--class', 'minor']);
    const past = run(['--json', 'complaint', 'assign', no, '--dept', 'x', '--method', 'y', '--promise', '2026-09-29']);
    expect(past.err()).toMatchObject({ code: 'E_VALUE', message: expect.stringMatching(/past/) });
  });

  it('invalid complaints: developer → after-sales, external → the outside body, both with their reply deadline (R-401)', () => {
    const { run, no } = filed();
    const c = run(['--json', 'complaint', 'classify', no, '--class', 'invalid', '--invalid-kind', 'developer']).json();
    expect(c).toMatchObject({ class: 'invalid', invalidKind: 'developer', forwardTo: 'after-sales', reportedTo: 'project-manager' });
    const dl = steps(run(['--json', 'complaint', 'show', no]).json());
    expect(dl.handle).toMatchObject({ rule: 'R-402.handle.invalid', dueAt: '2026-10-03T23:59:59+08:00' });
    expect(dl.report).toMatchObject({ rule: 'R-402.report.invalid', dueAt: '2026-09-30T23:59:59+08:00' });
    const ext = run(['--json', ...NEW]).json().no;
    expect(run(['--json', 'complaint', 'classify', ext, '--class', 'invalid', '--invalid-kind', 'external']).json()).toMatchObject({
      forwardTo: 'external-body',
    });
    // Invalid complaints never escalate.
    expect(run(['--json', 'complaint', 'show', no], at('2026-11-15T10:00:00+08:00')).json()).toMatchObject({ class: 'invalid', escalated: false });
  });

  it('a major complaint: reported the same day, a clear answer in 2 days, followed up by the project manager (R-402, R-405)', () => {
    const { run, no } = filed();
    run(['complaint', 'classify', no, '--class', 'major']);
    const dl = steps(run(['--json', 'complaint', 'show', no]).json());
    expect(dl.report).toMatchObject({ rule: 'R-402.report.major', dueAt: '2026-09-30T23:59:59+08:00' });
    expect(dl.handle).toMatchObject({ rule: 'R-402.handle.major', dueAt: '2026-10-02T23:59:59+08:00' });
    run(['complaint', 'resolve', no, '--result', '已赔偿']);
    expect(run(['--json', 'followup', 'due']).json()[0]).toMatchObject({ source: no, by: 'project-manager' });
    expect(run(['--json', 'complaint', 'show', no]).json().followupBy).toBe('project-manager');
  });

  it('R-406: the same unit complaining about the same matter twice is flagged', () => {
    const { run } = estate();
    const first = run(['--json', ...NEW]).json();
    expect(first.repeat).toBe(false);
    expect(run(['--json', ...NEW]).json().repeat).toBe(true);
  });
});

describe('R-403 escalation after one month (derived by reads, stored by the next write, idempotent, by the clerk `system`)', () => {
  it('a valid complaint still open a month after intake becomes major: just before and just after', () => {
    const { run, no } = filed();
    run(['complaint', 'classify', no, '--class', 'minor']);
    expect(run(['--json', 'complaint', 'show', no], at('2026-10-30T23:59:59+08:00')).json()).toMatchObject({ class: 'minor', escalated: false });
    // Read just after: derived (major, escalated), nothing stored yet (issue 16.8).
    expect(run(['--json', 'complaint', 'show', no], at('2026-10-31T00:00:01+08:00')).json()).toMatchObject({ class: 'major', escalated: true });
    // The next complaint write stores it, dated when the month ran out.
    expect(run(['complaint', 'respond', no, '--note', '已致歉'], at('2026-10-31T00:00:02+08:00')).code).toBe(0);
    const after = run(['--json', 'complaint', 'show', no], at('2026-10-31T00:00:03+08:00')).json();
    expect(after).toMatchObject({ class: 'major', escalated: true });
    expect(after.timeline.find((e: any) => e.kind === 'escalated')).toMatchObject({ clerk: 'system', at: '2026-10-30T23:59:59+08:00' });
    // Idempotent: reading and writing again does not escalate twice.
    run(['complaint', 'list'], at('2026-11-02T00:00:00+08:00'));
    run(
      ['complaint', 'new', '--name', '李娜', '--unit', 'A-1-102', '--channel', 'phone', '--about', '噪音', '--desc', '吵'],
      at('2026-11-02T00:00:00+08:00'),
    );
    const audit = run(['--json', 'audit', no], at('2026-11-02T00:00:00+08:00'))
      .json()
      .filter((a: any) => a.action === 'escalate');
    expect(audit).toEqual([
      expect.objectContaining({ clerk: 'system', field: 'class', old: 'minor', new: 'major', at: '2026-10-30T23:59:59+08:00' }),
    ]);
    // Graded again later, it stays major.
    expect(run(['--json', 'complaint', 'list', '--status', 'classified'], at('2026-11-02T00:00:00+08:00')).json()[0]).toMatchObject({
      no,
      class: 'major',
    });
  });

  it('stored by every complaint write, not by `followup due` (a read); an unclassified complaint escalates and stays major when graded', () => {
    const { run } = estate();
    const a = run(['--json', ...NEW]).json().no;
    const b = run(['--json', ...NEW]).json().no;
    const escalations = () =>
      run(['--json', 'audit', a], at('2026-10-31T08:00:00+08:00'))
        .json()
        .filter((x: any) => x.action === 'escalate' && x.clerk === 'system');
    expect(run(['followup', 'due'], at('2026-10-31T08:00:00+08:00')).code).toBe(0);
    expect(escalations()).toEqual([]); // a read stores nothing (issue 16.8)
    expect(run(['--json', 'complaint', 'classify', b, '--class', 'minor'], at('2026-10-31T08:00:00+08:00')).json()).toMatchObject({
      class: 'major',
      escalated: true,
    });
    expect(escalations()).toEqual([expect.objectContaining({ at: '2026-10-30T23:59:59+08:00', old: null, new: 'major' })]); // the write stored a's too
  });

  it('a cron job that only runs `report monthly` still counts the escalation (derived by the read, nothing stored)', () => {
    const { run, no } = filed();
    run(['complaint', 'classify', no, '--class', 'minor']);
    // Nothing writes complaints in between: the monthly report alone must count R-403.
    const m = run(['--json', 'report', 'monthly', '--month', '2026-09'], at('2026-11-01T02:00:00+08:00')).json(); // the month it came in
    expect(m.complaints).toMatchObject({ escalated: 1, byClass: { major: 1, minor: 0 } });
    expect(
      run(['--json', 'audit', no], at('2026-11-01T02:00:00+08:00'))
        .json()
        .filter((x: any) => x.action === 'escalate'),
    ).toHaveLength(0);
  });

  it('a complaint resolved within the month does not escalate', () => {
    const { run, no } = filed();
    run(['complaint', 'classify', no, '--class', 'minor']);
    run(['complaint', 'resolve', no, '--result', '已处理'], at('2026-10-20T10:00:00+08:00'));
    expect(run(['--json', 'complaint', 'show', no], at('2026-11-30T10:00:00+08:00')).json()).toMatchObject({ class: 'minor', escalated: false });
  });
});

describe('suggestions and praise (R-407)', () => {
  it('a suggestion is adopted or not, then the resident told; praise closed when thanked', () => {
    const { db, run } = estate();
    const s = run([
      '--json',
      'complaint',
      'new',
      '--type',
      'suggestion',
      '--name',
      '李娜',
      '--unit',
      'A-1-101',
      '--channel',
      'visit',
      '--about',
      '绿化',
      '--desc',
      '增加座椅',
    ]).json();
    expect(s).toMatchObject({ no: 'JY-2026-0001', type: 'suggestion', kind: 'suggestion', dueAt: null, reminder: 'thank' });
    // Telling the resident comes after the decision.
    const before = sha(db);
    const early = run(['--json', 'complaint', 'told', s.no]);
    expect(early.code).toBe(2);
    expect(early.err().message).toMatch(/allowed next: complaint adopt --adopted, complaint adopt --not-adopted/);
    expect(run(['--json', 'complaint', 'adopt', s.no, '--adopted', '--not-adopted', '--note', 'x']).err().code).toBe('E_USAGE');
    expect(sha(db)).toBe(before);
    expect(run(['--json', 'complaint', 'adopt', s.no, '--adopted', '--note', '下月安装', '--told']).json()).toMatchObject({
      status: 'closed',
      adopted: true,
    });
    const n = run([
      '--json',
      'complaint',
      'new',
      '--type',
      'suggestion',
      '--name',
      '王伟',
      '--channel',
      'phone',
      '--about',
      '停车',
      '--desc',
      '增加车位',
    ]).json().no;
    expect(run(['--json', 'complaint', 'adopt', n, '--not-adopted', '--note', '场地不足']).json()).toMatchObject({
      status: 'not-adopted',
      adopted: false,
    });
    const p = run([
      '--json',
      'complaint',
      'new',
      '--type',
      'praise',
      '--name',
      '王伟',
      '--channel',
      'letter',
      '--about',
      '保安小张',
      '--desc',
      '帮忙搬运',
    ]).json();
    expect(p.no).toBe('JY-2026-0003');
    expect(run(['--json', 'complaint', 'adopt', p.no, '--adopted', '--note', 'x']).err().code).toBe('E_STATE');
    expect(run(['--json', 'complaint', 'told', p.no]).json().status).toBe('closed');
    expect(run(['--json', 'report', 'monthly', '--month', '2026-09']).json().suggestions).toMatchObject({
      suggestions: 2,
      praise: 1,
      adopted: 1,
      notAdopted: 1,
      told: 2,
    });
  });
});

describe('complaint views', () => {
  it('`complaint show` reads in Chinese: class, forwarding, deadlines', () => {
    const { run } = estate();
    expect(run([...NEW]).stdout).toMatch(/TS-2026-0001.*\n.*apologise/);
    const no = 'TS-2026-0001';
    run(['complaint', 'classify', no, '--class', 'invalid', '--invalid-kind', 'developer']);
    const out = run(['--lang', 'zh', 'complaint', 'show', no]).stdout;
    expect(out).toMatch(/无效/);
    expect(out).toMatch(/转售后/);
    expect(out).toMatch(/R-402\b/); // the rule cited by its id, not the profile key (issue 18)
    expect(out).not.toMatch(/R-402\.handle/);
    expect(out).toMatch(/138\*\*\*\*5678/);
  });
});

describe('show --unmask (R-004)', () => {
  it('shows the phone in full only with a reason, and the audit log says who saw it and why', () => {
    const { db, run } = estate();
    const no = run([
      '--json',
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
      '保洁',
      '--desc',
      '楼道脏',
    ]).json().no;
    expect(run(['--json', 'complaint', 'show', no]).json().phone).toBe('138****5678');
    const before = sha(db);
    expect(run(['--json', 'complaint', 'show', no, '--unmask']).err().code).toBe('E_USAGE');
    expect(sha(db)).toBe(before);
    expect(run(['--json', '--clerk', '小李', 'complaint', 'show', no, '--unmask', '--reason', '回电核实']).json().phone).toBe('13812345678');
    expect(
      run(['--json', 'audit', no])
        .json()
        .find((a: any) => a.action === 'unmask'),
    ).toMatchObject({ clerk: '小李', new: '回电核实' });
  });
});

describe('an 80-column list with long Chinese text (issue 9)', () => {
  it('complaint list fits 80 columns, Chinese counted as two, long text cut with …; show has it in full', async () => {
    const { displayWidth } = await import('../../src/formats/width.js');
    const { run } = estate();
    const desc = '三号楼二单元楼道连续三天没有人打扫，垃圾堆在电梯口散发异味，住户多次反映仍未处理，要求物业尽快清理并给出说法';
    run([
      'complaint',
      'new',
      '--name',
      '欧阳娜娜',
      '--unit',
      'B-2-1203',
      '--channel',
      'visit',
      '--about',
      '保洁部及其外包的清洁服务公司',
      '--desc',
      desc,
    ]);
    run(['complaint', 'new', '--name', '王伟', '--unit', 'A-1-101', '--channel', 'phone', '--about', '保洁', '--desc', '楼道脏']);
    const list = run(['--lang', 'zh', 'complaint', 'list']);
    const lines = list.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(4);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(80);
    expect(list.stdout).toContain('…');
    expect(list.stdout).not.toContain(desc);
    // The borders line up: every row of the table is as wide as its top border.
    const border = displayWidth(lines.find((l) => l.startsWith('┌'))!);
    for (const l of lines.filter((x) => /^[│├└┌]/.test(x))) expect(displayWidth(l)).toBe(border);
    // In full, wrapped inside 80 columns (issue 18).
    const show = run(['complaint', 'show', 'TS-2026-0001']).stdout;
    for (const l of show.split('\n')) expect(displayWidth(l)).toBeLessThanOrEqual(80);
    expect(show.replace(/\n\s+/g, '')).toContain(desc);
  });
});
