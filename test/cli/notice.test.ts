// Notices through the binary (R-1000, R-1001; seed 001 §四 通知工作流程): draft, approval
// before posting, the audience resolved at posting, phone calls before 21:00 with their
// outcomes, dead numbers flagged, the completion rate against its target, who is still to
// be reached, expiry, the monthly section, the forms read back from the PDF, the export.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { estate, sha } from './helpers.js';

const HAS_PDFTOTEXT = spawnSync('pdftotext', ['-v']).status === 0;
const at = (t: string) => ({ PMDESK_NOW: t });
const NEW = (kind: string, audience: string, more: string[] = []) => [
  '--json',
  'notice',
  'new',
  '--kind',
  kind,
  '--title',
  '停水通知',
  '--body',
  '10月10日9:00至17:00停水检修，请提前储水。',
  '--audience',
  audience,
  ...more,
];

describe('notice (R-1000, R-1001)', () => {
  it('R-1000/R-1001: a phone notice from draft to expiry — approval first, calls before 21:00, dead number flagged, 95 % reached', () => {
    const { db, run } = estate();
    const n = run(NEW('phone', 'estate')).json();
    expect(n).toMatchObject({ no: 'TZ-2026-0001', status: 'draft', kind: 'phone', audience: 'estate', urgent: false, dueAt: null });
    // R-1001: posting before the project manager's approval is refused, nothing written.
    const before = sha(db);
    const early = run(['notice', 'post', 'TZ-2026-0001']);
    expect(early.code).toBe(2);
    expect(early.stderr).toMatch(/not approved yet: the project manager approves before posting/);
    expect(sha(db)).toBe(before);
    expect(run(['--json', 'notice', 'approve', 'TZ-2026-0001', '--approved-by', '赵经理']).json()).toMatchObject({
      status: 'approved',
      approvedBy: '赵经理',
    });
    // Posted: the estate resolved to its residents now (王伟 holds two units: reached once).
    const posted = run(['--json', 'notice', 'post', 'TZ-2026-0001']).json();
    expect(posted).toMatchObject({
      status: 'posted',
      audienceSize: 3,
      reached: 0,
      units: 3,
      completionRate: 0,
      targetRate: 0.95,
      completionMet: false,
      expiresAt: '2026-10-07T23:59:59+08:00', // posting day + profile notice.keepDays (7)
    });
    const p0 = run(['--json', 'notice', 'pending', 'TZ-2026-0001']).json();
    expect(p0.pending.map((x: any) => [x.unit, x.name, x.phone])).toEqual([
      ['A-1-101', '王伟', '138****5678'], // masked
      ['A-1-101', '李娜', '021-****5678'],
      ['B-2-1203', '上海某某科技有限公司', '139****1111'],
    ]);
    expect(
      run(['--json', 'notice', 'call', 'TZ-2026-0001', '--resident', '王伟', '--outcome', 'reached'], at('2026-09-30T20:30:00+08:00')).json(),
    ).toMatchObject({ outcome: 'reached', reached: 1, audienceSize: 3, completionRate: 0.3333 });
    // R-1001: a call at 21:00 is refused (exit 2, one line, nothing written) …
    const b2 = sha(db);
    const late = run(['notice', 'call', 'TZ-2026-0001', '--resident', '李娜', '--outcome', 'no-answer'], at('2026-09-30T21:00:00+08:00'));
    expect(late.code).toBe(2);
    expect(late.stderr.trim().split('\n')).toHaveLength(1);
    expect(late.stderr).toMatch(/a call at 21:00 is too late: phone notices are made before 21:00 \(R-1001\)/);
    expect(sha(db)).toBe(b2);
    // … but a paper record typed in later, with the time of the call, is accepted.
    const paper = run(
      ['--json', '--at', '2026-09-30 20:50', 'notice', 'call', 'TZ-2026-0001', '--resident', '2', '--outcome', 'no-answer'],
      at('2026-09-30T21:30:00+08:00'),
    );
    expect(paper.json()).toMatchObject({ name: '李娜', outcome: 'no-answer', at: '2026-09-30T20:50:00+08:00', reached: 1 });
    // A resident reached is not called again.
    expect(run(['notice', 'call', 'TZ-2026-0001', '--resident', '王伟', '--outcome', 'reached']).stderr).toMatch(
      /王伟 was already reached for TZ-2026-0001/,
    );
    // A dead number is flagged on the resident (seed 001 §四: 如发现有无效电话…).
    const dead = run(
      ['--json', 'notice', 'call', 'TZ-2026-0001', '--resident', '上海某某科技有限公司', '--outcome', 'dead-number'],
      at('2026-09-30T18:00:00+08:00'),
    );
    expect(dead.json()).toMatchObject({ deadNumberFlagged: true, phone: '139****1111' });
    expect(run(['--json', 'audit']).stdout).toMatch(/dead-number/);
    // Soonest first: never called, then no answer (oldest first), then dead numbers.
    const p1 = run(['--json', 'notice', 'pending', 'TZ-2026-0001']).json();
    expect(p1).toMatchObject({ reached: 1, audienceSize: 3, completionMet: false });
    expect(p1.pending.map((x: any) => [x.name, x.lastOutcome, x.attempts, x.deadNumber])).toEqual([
      ['李娜', 'no-answer', 1, false],
      ['上海某某科技有限公司', 'dead-number', 1, true],
    ]);
    expect(run(['notice', 'pending', 'TZ-2026-0001']).stdout).toMatch(/139\*\*\*\*1111 ✗/);
    run(['notice', 'call', 'TZ-2026-0001', '--resident', '李娜', '--outcome', 'reached'], at('2026-10-01T09:00:00+08:00'));
    // The flag names the number: once the registry holds another phone, it is no longer marked.
    const sql = new Database(db);
    sql.prepare(`UPDATE residents SET phone = '13900002222' WHERE id = 3`).run();
    sql.close();
    expect(run(['--json', 'notice', 'pending', 'TZ-2026-0001']).json().pending[0]).toMatchObject({ deadNumber: false, phone: '139****2222' });
    const last = run(['--json', 'notice', 'call', 'TZ-2026-0001', '--resident', '3', '--outcome', 'reached'], at('2026-10-01T09:10:00+08:00')).json();
    expect(last).toMatchObject({ reached: 3, completionRate: 1, completionMet: true });
    expect(run(['--json', 'notice', 'pending', 'TZ-2026-0001']).json().pending).toEqual([]);
    // R-1000: taken down at expiry; report due shows it once late; expire is idempotent (cron).
    expect(run(['--json', 'notice', 'expire'], at('2026-10-07T23:59:58+08:00')).json().expired).toEqual([]);
    expect(run(['--json', 'report', 'due'], at('2026-10-08T08:00:00+08:00')).json().overdue).toEqual([
      expect.objectContaining({ no: 'TZ-2026-0001', step: 'expire', rule: 'R-1000.takedown' }),
    ]);
    expect(run(['--json', 'notice', 'expire'], at('2026-10-08T08:00:00+08:00')).json().expired).toEqual([
      { no: 'TZ-2026-0001', expiresAt: '2026-10-07T23:59:59+08:00' },
    ]);
    expect(run(['--json', 'notice', 'expire'], at('2026-10-08T08:05:00+08:00')).json().expired).toEqual([]);
    expect(run(['--json', 'report', 'due'], at('2026-10-08T08:10:00+08:00')).json().overdue).toEqual([]);
    expect(run(['--json', 'notice', 'show', 'TZ-2026-0001'], at('2026-10-08T08:10:00+08:00')).json()).toMatchObject({
      status: 'expired',
      expiredAt: '2026-10-08T08:00:00+08:00',
    });
    expect(run(['notice', 'call', 'TZ-2026-0001', '--resident', '王伟', '--outcome', 'reached'], at('2026-10-08T09:00:00+08:00')).code).toBe(2);
  });

  it('R-1001: an urgent notice is due posted within 30 minutes of the news; urgent calls may go past 21:00 (seed 001 §四 二)7)', () => {
    const { run } = estate();
    const n = run(['--at', '2026-09-30 09:40', ...NEW('phone', 'building:A', ['--urgent'])]).json();
    expect(n).toMatchObject({ status: 'draft', urgent: true, dueAt: '2026-09-30T10:10:00+08:00' });
    expect(run(['--json', 'report', 'due'], at('2026-09-30T10:11:00+08:00')).json().overdue).toEqual([
      expect.objectContaining({ no: 'TZ-2026-0001', step: 'post', rule: 'R-1001.urgent-post' }),
    ]);
    run(['notice', 'approve', 'TZ-2026-0001', '--approved-by', '赵经理']);
    const p = run(['--json', 'notice', 'post', 'TZ-2026-0001'], at('2026-09-30T10:05:00+08:00')).json();
    expect(p).toMatchObject({ audienceSize: 2, units: 2 }); // building A: A-1-101 (王伟, 李娜), A-1-201 (王伟); A-1-102 has nobody
    const show = run(['--json', 'notice', 'show', 'TZ-2026-0001'], at('2026-09-30T10:06:00+08:00')).json();
    expect(show.deadlines[0]).toMatchObject({ step: 'post', doneAt: '2026-09-30T10:05:00+08:00', late: false });
    expect(
      run(['--json', 'notice', 'call', 'TZ-2026-0001', '--resident', '李娜', '--outcome', 'reached'], at('2026-09-30T22:30:00+08:00')).code,
    ).toBe(0);
    // A resident outside the audience is refused.
    const out = run(
      ['notice', 'call', 'TZ-2026-0001', '--resident', '上海某某科技有限公司', '--outcome', 'reached'],
      at('2026-09-30T22:31:00+08:00'),
    );
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/上海某某科技有限公司 is not in the audience of TZ-2026-0001 \(building:A\)/);
  });

  it('R-1000: a written notice goes in the mailboxes a day ahead (a deadline) and prints one slip per unit', () => {
    const { dir, run } = estate();
    expect(run(NEW('written', 'units:A-1-101,A-1-201,B-2-1203')).err().message).toMatch(/--event/);
    expect(run(NEW('written', 'estate', ['--event', '2026-09-30'])).err().message).toMatch(/--event 2026-09-30 is not after today/);
    const n = run(NEW('written', 'units:A-1-101,a-1-201,B-2-1203', ['--event', '2026-10-12'])).json();
    expect(n).toMatchObject({ eventDate: '2026-10-12', dueAt: '2026-10-11T23:59:59+08:00' });
    run(['notice', 'approve', n.no, '--approved-by', '赵经理']);
    // Delivered to the mailboxes: every resident of the audience reached as posted.
    expect(run(['--json', 'notice', 'post', n.no], at('2026-10-11T18:00:00+08:00')).json()).toMatchObject({
      audienceSize: 3,
      reached: 3,
      units: 3,
      completionRate: 1,
      completionMet: true,
    });
    if (!HAS_PDFTOTEXT) return;
    const pdf = path.join(dir, 'slips.pdf');
    expect(run(['--lang', 'zh', 'notice', 'print', n.no, '--format', 'pdf', '--out', pdf], at('2026-10-11T18:05:00+08:00')).code).toBe(0);
    const pages = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
      .stdout.split('\f')
      .filter((p) => p.trim());
    expect(pages).toHaveLength(3);
    expect(pages.map((p) => /房号 (\S+)/.exec(p)?.[1])).toEqual(['A-1-101', 'A-1-201', 'B-2-1203']);
    for (const p of pages) for (const w of ['通知', n.no, '停水通知', '请提前储水', '2026-10-12', '虹港家园']) expect(p).toContain(w);
  });

  it('R-1000: the public notice prints as an A4 notice 通知 with number, date, estate and body', () => {
    const { dir, run } = estate();
    const n = run(NEW('public', 'building:A,B', ['--expires', '2026-10-10'])).json();
    run(['notice', 'approve', n.no, '--approved-by', '赵经理']);
    expect(run(['--json', 'notice', 'post', n.no]).json()).toMatchObject({ expiresAt: '2026-10-10T23:59:59+08:00', audienceSize: 3, reached: 3 });
    if (!HAS_PDFTOTEXT) return;
    const pdf = path.join(dir, 'notice.pdf');
    expect(run(['--lang', 'zh', 'notice', 'print', n.no, '--format', 'pdf', '--out', pdf]).code).toBe(0);
    const txt = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
    for (const w of [
      '通知',
      'TZ-2026-0001',
      '2026-09-30',
      '停水通知',
      '尊敬的各位业主/住户',
      '10月10日9:00至17:00停水检修',
      '虹港家园 物业服务中心',
      '2026-10-10',
    ])
      expect(txt).toContain(w);
  });

  it('R-1001: a public notice reached its audience as posted — 100 %, nobody to call, the audience kept at posting without a row per resident', () => {
    const { db, run } = estate();
    const n = run(NEW('public', 'building:A,B')).json();
    run(['notice', 'approve', n.no, '--approved-by', '赵经理']);
    const posted = { audienceSize: 3, reached: 3, completionRate: 1, completionMet: true };
    expect(run(['--json', 'notice', 'post', n.no]).json()).toMatchObject({ ...posted, units: 3 });
    // A resident who moves in afterwards was not in the audience when it was posted.
    run([
      'resident',
      'add',
      '--name',
      '赵六',
      '--role',
      'tenant',
      '--id-number',
      '31010119850505003X',
      '--phone',
      '13900002222',
      '--unit',
      'A-1-102',
    ]);
    expect(run(['--json', 'notice', 'show', n.no]).json()).toMatchObject({ ...posted, units: 3 });
    expect(run(['--json', 'notice', 'pending', n.no]).json()).toMatchObject({ ...posted, pending: [] });
    expect(run(['--json', 'notice', 'call', n.no, '--resident', '王伟', '--outcome', 'reached']).err().message).toMatch(/phone/);
    const conn = new Database(db, { readonly: true });
    expect(conn.prepare(`SELECT COUNT(*) AS n FROM notice_targets`).get()).toEqual({ n: 0 });
    conn.close();
    // The phone notice to the same audience keeps its residents one by one: who is still to be called.
    const p = run(NEW('phone', 'building:A,B')).json();
    run(['notice', 'approve', p.no, '--approved-by', '赵经理']);
    expect(run(['--json', 'notice', 'post', p.no]).json()).toMatchObject({ audienceSize: 4, reached: 0, completionRate: 0 });
    expect(run(['--json', 'notice', 'pending', p.no]).json().pending).toHaveLength(4);
  });

  it('bad input: exit 2, one line, nothing written', () => {
    const { db, run } = estate();
    run(NEW('public', 'units:A-1-102'));
    run(['notice', 'approve', 'TZ-2026-0001', '--approved-by', '赵经理']);
    run(NEW('public', 'estate'));
    const before = sha(db);
    const cases: Array<[string[], RegExp]> = [
      [NEW('fax', 'estate'), /--kind/],
      [NEW('public', 'everyone'), /--audience "everyone" is not an audience/],
      [NEW('public', 'units:X-9-999,A-1-101'), /no unit X-9-999 in the registry/],
      [NEW('public', 'building:Z'), /no unit of building Z/],
      [NEW('public', 'estate', ['--expires', '2026-09-01']), /--expires 2026-09-01 23:59 has already passed/],
      [['--json', 'notice', 'post', 'TZ-2026-0001'], /audience of TZ-2026-0001 \(units:A-1-102\) has no resident/],
      [['--json', 'notice', 'post', 'TZ-2026-0002'], /not approved yet/],
      [['--json', 'notice', 'approve', 'TZ-2026-0002'], /--approved-by/],
      [['--json', 'notice', 'approve', 'TZ-2026-0001', '--approved-by', '赵经理'], /TZ-2026-0001 is approved/],
      [['--json', 'notice', 'call', 'TZ-2026-0002', '--resident', '王伟', '--outcome', 'reached'], /calls are logged on phone notices only/],
      [['--json', 'notice', 'pending', 'TZ-2026-0002'], /post it first/],
      [['--json', 'notice', 'call', 'TZ-2026-0001', '--resident', '王伟', '--outcome', 'reached'], /calls are logged on phone notices only/],
      [['--json', 'notice', 'pending', 'JD-2026-0001'], /JD-2026-0001/],
    ];
    for (const [args, msg] of cases) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err().message, args.join(' ')).toMatch(msg);
    }
    expect(sha(db)).toBe(before);
    run(NEW('phone', 'estate'));
    run(['notice', 'approve', 'TZ-2026-0003', '--approved-by', '赵经理']);
    run(['notice', 'post', 'TZ-2026-0003']);
    const b2 = sha(db);
    for (const [args, msg] of [
      [['notice', 'call', 'TZ-2026-0003', '--resident', '王伟', '--outcome', 'busy'], /--outcome/],
      [['notice', 'call', 'TZ-2026-0003', '--resident', '张三', '--outcome', 'reached'], /张三/],
      [
        ['--at', '2026-09-30 09:00', 'notice', 'call', 'TZ-2026-0003', '--resident', '王伟', '--outcome', 'reached'],
        /before TZ-2026-0003 was posted/,
      ],
    ] as Array<[string[], RegExp]>) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(msg);
    }
    expect(sha(db)).toBe(b2);
    expect(run(['--lang', 'zh', 'notice', 'post', 'TZ-2026-0002']).stderr).toMatch(/尚未审批：通知张贴前须经项目经理审阅/);
  });

  it('R-900: the monthly notices section counted on a hand-built month; the export opens in a CSV parser', () => {
    const { run } = estate();
    const go = (args: string[], t: string) => {
      const r = run(args, at(t));
      if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
      return r;
    };
    // 0001 phone to building A, all reached in September.
    go(NEW('phone', 'building:A'), '2026-09-02T09:00:00+08:00');
    go(['notice', 'approve', 'TZ-2026-0001', '--approved-by', '赵经理'], '2026-09-02T09:30:00+08:00');
    go(['notice', 'post', 'TZ-2026-0001'], '2026-09-02T10:00:00+08:00');
    go(['notice', 'call', 'TZ-2026-0001', '--resident', '王伟', '--outcome', 'no-answer'], '2026-09-02T10:10:00+08:00');
    go(['notice', 'call', 'TZ-2026-0001', '--resident', '王伟', '--outcome', 'reached'], '2026-09-02T11:10:00+08:00');
    go(['notice', 'call', 'TZ-2026-0001', '--resident', '李娜', '--outcome', 'reached'], '2026-09-02T11:20:00+08:00');
    // 0002 urgent public, posted in 20 minutes; 0003 urgent public, posted after 45 minutes.
    go(NEW('public', 'estate', ['--urgent', '--expires', '2026-09-20']), '2026-09-10T08:00:00+08:00');
    go(['notice', 'approve', 'TZ-2026-0002', '--approved-by', '赵经理'], '2026-09-10T08:10:00+08:00');
    go(['notice', 'post', 'TZ-2026-0002'], '2026-09-10T08:20:00+08:00');
    go(NEW('public', 'building:B', ['--urgent']), '2026-09-15T14:00:00+08:00');
    go(['notice', 'approve', 'TZ-2026-0003', '--approved-by', '赵经理'], '2026-09-15T14:30:00+08:00');
    go(['notice', 'post', 'TZ-2026-0003'], '2026-09-15T14:45:00+08:00');
    // 0004 phone to the estate: 1 of 3 reached, one dead number.
    go(NEW('phone', 'estate'), '2026-09-20T09:00:00+08:00');
    go(['notice', 'approve', 'TZ-2026-0004', '--approved-by', '赵经理'], '2026-09-20T09:10:00+08:00');
    go(['notice', 'post', 'TZ-2026-0004'], '2026-09-20T09:20:00+08:00');
    go(['notice', 'call', 'TZ-2026-0004', '--resident', '王伟', '--outcome', 'reached'], '2026-09-20T10:00:00+08:00');
    go(['notice', 'call', 'TZ-2026-0004', '--resident', '李娜', '--outcome', 'dead-number'], '2026-09-20T10:05:00+08:00');
    // 0002 taken down in September; 0005 drafted in September, posted in October: not counted.
    go(['notice', 'expire'], '2026-09-21T08:00:00+08:00');
    go(NEW('public', 'estate'), '2026-09-29T09:00:00+08:00');
    go(['notice', 'approve', 'TZ-2026-0005', '--approved-by', '赵经理'], '2026-09-29T09:10:00+08:00');
    go(['notice', 'post', 'TZ-2026-0005'], '2026-10-02T09:00:00+08:00');
    const m = run(['--json', 'report', 'monthly', '--month', '2026-09'], at('2026-10-05T09:00:00+08:00')).json();
    expect(m.notices).toEqual({
      posted: 4,
      public: 2,
      written: 0,
      phone: 2,
      urgent: 2,
      urgentOnTime: 1,
      urgentLate: 1,
      expired: 2, // taken down on 2026-09-21: 0001 (posted 09-02, kept 7 days) and 0002 (--expires 09-20); 0003 expires on 09-22
      calls: 5,
      deadNumbers: 1,
      audience: 2 + 3 + 1 + 3,
      reached: 2 + 3 + 1 + 1,
      completionRate: 0.7778,
      targetRate: 0.95,
      meetingTarget: 3,
      belowTarget: 1,
    });
    const zh = run(['--lang', 'zh', 'report', 'monthly', '--month', '2026-09'], at('2026-10-05T09:00:00+08:00')).stdout;
    expect(zh).toMatch(/通知（R-1000、R-1001）/);
    expect(zh).toMatch(/紧急通知 30 分钟内发布\s*│\s*1/);
    const rows = parse(run(['export', 'notices'], at('2026-10-05T09:00:00+08:00')).stdout, { columns: true, bom: true }) as Array<
      Record<string, string>
    >;
    expect(rows.map((r) => [r.no, r.kind, r.audience, r.urgent, r.reached, r.audience_size])).toEqual([
      ['TZ-2026-0001', 'phone', 'building:A', '', '2', '2'],
      ['TZ-2026-0002', 'public', 'estate', 'yes', '3', '3'],
      ['TZ-2026-0003', 'public', 'building:B', 'yes', '1', '1'],
      ['TZ-2026-0004', 'phone', 'estate', '', '1', '3'],
      ['TZ-2026-0005', 'public', 'estate', '', '3', '3'],
    ]);
  });
});
