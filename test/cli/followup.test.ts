// Follow-ups 回访 through the binary (§8: R-800…R-802), with complaints as their source.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { BIN, NOW, estate, sha } from './helpers.js';

const at = (t: string) => ({ PMDESK_NOW: t });
const newComplaint = (run: any, extra: string[] = []) =>
  run([
    '--json',
    ...extra,
    'complaint',
    'new',
    '--name',
    '王伟',
    '--unit',
    'A-1-101',
    '--channel',
    'phone',
    '--about',
    '保洁',
    '--desc',
    '楼道未清扫',
  ]).json().no as string;

describe('followup due (R-801)', () => {
  it('lists open follow-ups soonest first: overdue, due today, upcoming; --today keeps the first two', () => {
    const { run } = estate();
    const mk = (day: string) => {
      const no = newComplaint(run, ['--at', `${day}T09:00`]);
      run(['--at', `${day}T09:30`, 'complaint', 'classify', no, '--class', 'minor']);
      run(['--at', `${day}T10:00`, 'complaint', 'resolve', no, '--result', '已处理']);
      return no;
    };
    const upcoming = mk('2026-09-30'); // due end of Oct 3
    const overdue = mk('2026-09-20'); // due end of Sep 23
    const today = mk('2026-09-27'); // due end of Sep 30
    const due = run(['--json', 'followup', 'due']).json();
    expect(due.map((f: any) => f.source)).toEqual([overdue, today, upcoming]);
    expect(due.map((f: any) => [f.overdue, f.dueToday])).toEqual([
      [true, false],
      [false, true],
      [false, false],
    ]);
    expect(due[0]).toMatchObject({ dueAt: '2026-09-23T23:59:59+08:00', reason: 'R-405', unit: 'A-1-101', sourceType: 'complaint' });
    expect(
      run(['--json', 'followup', 'due', '--today'])
        .json()
        .map((f: any) => f.source),
    ).toEqual([overdue, today]);
    const text = run(['followup', 'due']).stdout;
    expect(text.indexOf(overdue)).toBeLessThan(text.indexOf(upcoming));
  });

  it('picks the R-801 sample in order of resolution when an estate lowers complaint coverage to 30 %: the 1st and 4th', () => {
    const { run } = estate();
    expect(run(['profile', 'set', 'coverage.complaint', '0.3']).code).toBe(0);
    const nos = [1, 2, 3, 4, 5].map(() => newComplaint(run));
    for (const no of nos) run(['complaint', 'classify', no, '--class', 'minor']);
    // Resolved in the order 2nd, 1st, 4th, 3rd, 5th: the sample follows resolution, not intake.
    const order = [nos[1], nos[0], nos[3], nos[2], nos[4]];
    for (const [i, no] of order.entries())
      run(['complaint', 'resolve', no, '--result', '已处理'], at(`2026-09-30T11:${String(10 * i).padStart(2, '0')}:00+08:00`));
    expect(
      run(['--json', 'followup', 'due'], at('2026-09-30T12:00:00+08:00'))
        .json()
        .map((f: any) => f.source),
    ).toEqual([order[0], order[3]]);
    // any record may also be followed up by hand.
    const byHand = run(
      ['--json', 'followup', 'record', order[1], '--method', 'phone', '--satisfaction', 'satisfied'],
      at('2026-09-30T12:00:00+08:00'),
    ).json();
    expect(byHand).toMatchObject({ source: order[1], sourceStatus: 'resolved' });
    expect(run(['--json', 'followup', 'show', byHand.no], at('2026-09-30T12:00:00+08:00')).json()).toMatchObject({
      status: 'done',
      source: order[1],
      reason: 'by-hand',
      method: 'phone',
      satisfaction: 'satisfied',
    });
  });
});

describe('followup record (R-800, R-802)', () => {
  it('records method, satisfaction, shortcomings, suggestions and confirmation; found by the source or its HF number', () => {
    const { run } = estate();
    const no = newComplaint(run);
    run(['complaint', 'classify', no, '--class', 'important']);
    run(['complaint', 'resolve', no, '--result', '已处理']);
    run(['complaint', 'verify', no]);
    const hf = run(['--json', 'followup', 'due']).json()[0].no;
    const r = run([
      '--json',
      'followup',
      'record',
      hf,
      '--method',
      'visit',
      '--satisfaction',
      'basic',
      '--shortcomings',
      '清扫不及时',
      '--suggestions',
      '增加频次',
      '--confirmed',
    ]).json();
    expect(r).toMatchObject({ no: hf, source: no, sourceStatus: 'closed', satisfaction: 'basic', method: 'visit' });
    const show = run(['--json', 'followup', 'show', hf]).json();
    expect(show).toMatchObject({ status: 'done', source: no, method: 'visit', satisfaction: 'basic' });
    expect(show.note).toMatch(/清扫不及时.*增加频次/);
    expect(show.deadlines[0]).toMatchObject({ step: 'followup', rule: 'R-405.followup', late: false });
    expect(show.timeline.at(-1).data).toMatchObject({ confirmed: true, shortcomings: '清扫不及时', suggestions: '增加频次' });
    expect(run(['--json', 'followup', 'due']).json()).toEqual([]);
    expect(run(['--lang', 'zh', 'followup', 'print', hf]).stdout).toMatch(/回访记录表/);
  });

  it('a record of another type (no hook) is followed up by hand and stays as it is', () => {
    const { run } = estate();
    const lf = run(['--json', 'visit', 'log', '--category', 'service', '--desc', '预约家政', '--name', '王伟', '--unit', 'A-1-101']).json().no;
    const r = run(['--json', 'followup', 'record', lf, '--method', 'phone', '--satisfaction', 'unsatisfied']).json();
    expect(r).toMatchObject({ source: lf, sourceStatus: 'open', reopened: false });
    expect(run(['--json', 'visit', 'show', lf]).json().linked).toEqual([expect.objectContaining({ no: r.no })]);
  });

  it('refuses bad input and unknown or voided sources, writing nothing', () => {
    const { db, run } = estate();
    const no = newComplaint(run);
    const before = sha(db);
    expect(run(['--json', 'followup', 'record', no, '--method', 'email', '--satisfaction', 'satisfied']).err().code).toBe('E_VALUE');
    expect(run(['--json', 'followup', 'record', no, '--method', 'phone', '--satisfaction', 'happy']).err().code).toBe('E_VALUE');
    expect(run(['--json', 'followup', 'record', no, '--method', 'phone']).err().code).toBe('E_USAGE');
    const missing = run(['--json', 'followup', 'record', 'TS-2026-0099', '--method', 'phone', '--satisfaction', 'satisfied']);
    expect([missing.code, missing.err().code]).toEqual([2, 'E_NOT_FOUND']);
    expect(missing.err().message).toMatch(/pmdesk complaint list/); // the hint names the source's group (TS: complaints)
    expect(sha(db)).toBe(before);
    run(['complaint', 'void', no, '--reason', '重复登记']);
    const voided = sha(db);
    expect(run(['--json', 'followup', 'record', no, '--method', 'phone', '--satisfaction', 'satisfied']).err().code).toBe('E_STATE');
    expect(sha(db)).toBe(voided);
  });

  it('R-802: an unsatisfied follow-up says once that its source was reopened (issue 18.8); a satisfied one names the state in words', () => {
    const { run } = estate();
    const no = newComplaint(run);
    run(['complaint', 'classify', no, '--class', 'minor']);
    run(['complaint', 'resolve', no, '--result', '已处理']);
    const zh = run(['followup', 'record', no, '--method', 'phone', '--satisfaction', 'unsatisfied'], { PMDESK_LANG: 'zh' });
    expect(zh.code).toBe(0);
    expect(zh.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^已记录回访 HF-2026-\d{4}（TS-2026-0001，不满意）；TS-2026-0001 已重新打开（R-802）$/),
    ]);
    expect(zh.stdout.match(/不满意/g)).toHaveLength(1);
    const again = () => {
      expect(run(['complaint', 'assign', no, '--dept', '保洁部', '--method', '返工', '--promise', '2026-10-02']).code).toBe(0);
      expect(run(['complaint', 'resolve', no, '--result', '已返工']).code).toBe(0);
    };
    again();
    const en = run(['followup', 'record', no, '--method', 'phone', '--satisfaction', 'unsatisfied']);
    expect(en.stdout.trim().split('\n')).toHaveLength(1);
    expect(en.stdout.match(/unsatisfied/g)).toHaveLength(1);
    again();
    const ok = run(['followup', 'record', no, '--method', 'phone', '--satisfaction', 'satisfied'], { PMDESK_LANG: 'zh' }).stdout;
    expect(ok).toMatch(/TS-2026-0001 当前状态 已处理\n$/);
    expect(ok).not.toMatch(/resolved/);
  });

  it('a follow-up is skipped only with a reason, once (§0b)', () => {
    const { run } = estate();
    const no = newComplaint(run);
    run(['complaint', 'classify', no, '--class', 'minor']);
    run(['complaint', 'resolve', no, '--result', '已处理']);
    const hf = run(['--json', 'followup', 'due']).json()[0].no;
    expect(run(['--json', 'followup', 'skip', hf]).err().code).toBe('E_USAGE');
    expect(run(['--json', 'followup', 'skip', hf, '--reason', '住户已搬走，电话停机']).json()).toMatchObject({ no: hf, status: 'skipped' });
    expect(run(['--json', 'followup', 'due']).json()).toEqual([]);
    const again = run(['--json', 'followup', 'skip', hf, '--reason', 'x']);
    expect([again.code, again.err().code]).toEqual([2, 'E_STATE']);
  });
});

// Issue 18 point 3: a `followup due` row says what it is about, whom to call (masked phone, R-004) and how late.
const HAS_SCRIPT = spawnSync('script', ['--version']).status === 0;

describe('followup due says what, whom and how late (issue 18, R-004, R-405)', () => {
  /** A minor complaint with the complainant's phone, resolved on 2026-09-20: its R-405 follow-up was due by the end of 09-23. */
  const overdueComplaint = () => {
    const e = estate();
    const no = e
      .run([
        '--json',
        '--at',
        '2026-09-20T09:00',
        'complaint',
        'new',
        '--name',
        '王伟',
        '--phone',
        '13812345678',
        '--unit',
        'A-1-101',
        '--channel',
        'phone',
        '--about',
        '保洁',
        '--desc',
        '楼道未清扫',
      ])
      .json().no as string;
    e.run(['--at', '2026-09-20T09:30', 'complaint', 'classify', no, '--class', 'minor']);
    e.run(['--at', '2026-09-20T10:00', 'complaint', 'resolve', no, '--result', '已处理']);
    return { ...e, no };
  };

  it('--json keeps its fields exactly (nothing added); piped, one line a row with how late, in zh', () => {
    const { run, no } = overdueComplaint();
    const due = run(['--json', 'followup', 'due']).json();
    expect(due).toHaveLength(1);
    expect(Object.keys(due[0]).sort()).toEqual(['by', 'dueAt', 'dueToday', 'no', 'opensAt', 'overdue', 'reason', 'source', 'sourceType', 'unit']);
    const text = run(['followup', 'due'], { PMDESK_LANG: 'zh' }).stdout;
    const row = text.split('\n').find((l) => l.includes(no));
    expect(row).toMatch(/2026-09-23 23:59 逾期 6 天/);
    // The phone is never shown piped, masked or not.
    expect(text).not.toContain('13812345678');
  });

  it.skipIf(!HAS_SCRIPT)("at a terminal: the complaint's gist, the complainant's name and masked phone, and 逾期 …", () => {
    const { db, no } = overdueComplaint();
    const cmd = `script -qfec "PMDESK_DB=${db} PMDESK_NOW=${NOW} PMDESK_LANG=zh LANG=C NO_COLOR=1 ${process.execPath} ${BIN} followup due" /dev/null`;
    const out = spawnSync('bash', ['-c', cmd], { encoding: 'utf8', timeout: 30_000 }).stdout;
    expect(out).toContain('已逾期（1）');
    expect(out).toContain(no);
    expect(out).toContain('王伟');
    expect(out).toContain('保洁');
    expect(out).toContain('138****5678'); // masked
    expect(out).not.toContain('13812345678');
    expect(out).toMatch(/逾期 6 天/);
  });

  it.skipIf(!HAS_SCRIPT)("R-803: a planned follow-up is about the household: the unit's owner from the registry is whom to call", () => {
    const { db, run } = estate();
    const before = { PMDESK_NOW: '2026-09-20T10:00:00+08:00' };
    expect(run(['--clerk', '张丽', 'staff', 'add', '--name', '张丽', '--role', 'officer', '--areas', 'B'], before).code).toBe(0);
    expect(run(['--clerk', '张丽', 'followup', 'plan', '--quarter', '2026Q4'], before).code).toBe(0);
    const now = '2026-10-09T10:00:00+08:00';
    const due = run(['--clerk', '张丽', '--json', 'followup', 'due'], { PMDESK_NOW: now }).json();
    expect(due).toEqual([expect.objectContaining({ source: null, unit: 'B-2-1203', reason: 'R-803' })]);
    const cmd = `script -qfec "PMDESK_DB=${db} PMDESK_NOW=${now} PMDESK_CLERK=张丽 PMDESK_LANG=zh LANG=C NO_COLOR=1 ${process.execPath} ${BIN} followup due" /dev/null`;
    const out = spawnSync('bash', ['-c', cmd], { encoding: 'utf8', timeout: 30_000 }).stdout;
    expect(out).toContain('季度住户回访');
    expect(out).toContain('139****1111'); // the company owner's phone, masked
    expect(out).not.toContain('13900001111');
    expect(out).toMatch(/逾期 10 小时 0 分/);
  });
});
