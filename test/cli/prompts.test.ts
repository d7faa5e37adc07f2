// Guided prompts at a real pseudo-terminal (util-linux `script`): a walk-through
// answered key by key gives the same record as the flag form; Ctrl-C writes
// nothing; validation messages appear at the prompt (cli.md "Global"). Each key is typed
// when the program has rendered its answer to the previous one (issue 23: no fixed pauses).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { estate, sha, tty } from './helpers.js';

const HAS_SCRIPT = spawnSync('script', ['--version']).status === 0;

describe.skipIf(!HAS_SCRIPT)('guided prompts at a terminal', () => {
  it("complaint new answered key by key equals the flag form; the person is picked from the unit's residents", async () => {
    const a = estate();
    // type: (none) · name: the first resident of A-1-101 (王伟, fills his phone) · channel: phone ·
    // place: skipped · about · desc · request: skipped · the summary, confirmed with Enter.
    const walk = await tty(a.db, ['complaint', 'new', '--unit', 'A-1-101'], ['\r', '\r', '\u001b[B\r', '\r', '保洁\r', '楼道脏\r', '\r', '\r']);
    expect(walk.out).toMatch(/王伟 · owner · 138\*\*\*\*5678/);
    expect(walk.out).toMatch(/complaint new, about to be written:[\s\S]*--phone\s+138\*\*\*\*5678/); // masked in the summary too
    expect(walk.out).toContain('TS-2026-0001');
    // At a terminal: what usually comes next, and what the desk has due soonest (the 24 h feedback, R-402).
    expect(walk.out).toMatch(/next: pmdesk complaint classify TS-2026-0001/);
    expect(walk.out).toMatch(/due soonest: TS-2026-0001 feedback 10-01 10:00/);
    const b = estate();
    b.run([
      'complaint',
      'new',
      '--unit',
      'A-1-101',
      '--name',
      '王伟',
      '--phone',
      '13812345678',
      '--channel',
      'phone',
      '--about',
      '保洁',
      '--desc',
      '楼道脏',
    ]);
    const pick = (r: any) => [r.no, r.name, r.phone, r.channel, r.about, r.description, r.status, r.dueAt];
    expect(pick(a.run(['--json', 'complaint', 'show', 'TS-2026-0001']).json())).toEqual(
      pick(b.run(['--json', 'complaint', 'show', 'TS-2026-0001']).json()),
    );
    expect(a.run(['--json', 'complaint', 'show', 'TS-2026-0001']).json().phone).toBe('138****5678');
  }, 60_000);

  it('answering no at the summary, or Ctrl-C at a prompt, writes nothing', async () => {
    const a = estate();
    const before = sha(a.db);
    const no = await tty(a.db, ['complaint', 'respond', 'TS-2026-0001'], ['已电话答复\r', 'n\r']);
    expect(no.out).toMatch(/cancelled: nothing was written/);
    const r = await tty(a.db, ['complaint', 'new', '--unit', 'A-1-101'], ['\r', '\u0003']);
    expect(r.out).toMatch(/cancelled: nothing was written/);
    expect(sha(a.db)).toBe(before);
  }, 40_000);

  it('shows why an ID number is wrong at the prompt, then takes the right one', async () => {
    const a = estate();
    const r = await tty(
      a.db,
      ['resident', 'add', '--name', '赵六', '--role', 'tenant', '--unit', 'B-2-1203'],
      ['310104201203054566\r', '\u007f\r', '5\r', '\r', '\r'],
    );
    expect(r.out).toMatch(/is not a valid mainland ID number/);
    expect(
      a
        .run(['--json', 'resident', 'list', '--unit', 'B-2-1203'])
        .json()
        .map((x: any) => x.name),
    ).toContain('赵六');
  }, 40_000);

  it('phones and dates are checked at the prompt too, with the reason shown', async () => {
    const a = estate();
    a.run(['keys', 'add', 'A-1-201', '--kind', 'door', '--count', '2', '--custody', 'entrusted']);
    // A wrong phone is refused at the prompt; erased and typed again, the loan is written.
    const r = await tty(a.db, ['keys', 'lend', 'K0001', '--to', '张师傅', '--reason', '维修'], ['123\r', '\u007f\u007f\u007f13900001111\r', '\r']);
    expect(r.out).toMatch(/--phone: "123" is not/);
    expect(a.run(['--json', 'keys', 'out']).json()).toEqual([expect.objectContaining({ hook: 'K0001', borrower: '张师傅' })]);
  }, 40_000);

  it('notice new: the kind picked from its list, the audience offered as the estate (R-1000)', async () => {
    const a = estate();
    // kind: the third (phone) · title · body · audience: the default (estate) · the summary, confirmed.
    const r = await tty(a.db, ['notice', 'new'], ['\u001b[B\u001b[B\r', '停水通知\r', '明日停水\r', '\r', '\r']);
    expect(r.out).toContain('TZ-2026-0001');
    expect(a.run(['--json', 'notice', 'show', 'TZ-2026-0001']).json()).toMatchObject({
      kind: 'phone',
      title: '停水通知',
      audience: 'estate',
      status: 'draft',
    });
  }, 40_000);

  it('lend out: the item is picked from the profile list (R-1300), the deposit left to the profile', async () => {
    const a = estate();
    // item: the second of the list (trolley) · deposit: left empty (the profile's) · the summary, confirmed.
    const r = await tty(a.db, ['lend', 'out', '--to', '陈女士', '--phone', '13800001234'], ['\u001b[B\r', '\r', '\r']);
    expect(r.out).toMatch(/umbrella/);
    expect(r.out).toContain('JD-2026-0001');
    expect(a.run(['--json', 'lend', 'show', 'JD-2026-0001']).json()).toMatchObject({ item: 'trolley', depositFen: 10000, phone: '138****1234' });
  }, 40_000);

  it('the unit is picked by typing part of its code, the owners present from its residents', async () => {
    const a = estate();
    const r = await tty(a.db, ['checkin', 'start'], ['1-101', '\r', ' ', '\r', '\r']);
    expect(r.out).toContain('A-1-101');
    expect(r.out).toMatch(/李娜 · co-owner/);
    expect(a.run(['--json', 'checkin', 'list']).json()).toEqual([expect.objectContaining({ no: 'JF-2026-0001', unit: 'A-1-101' })]);
    expect(JSON.stringify(a.run(['--json', 'checkin', 'show', 'JF-2026-0001']).json())).toContain('王伟');
  }, 40_000);

  it('patrol record with nothing said: the unit searched, the finding, the repair order chosen (R-1100)', async () => {
    const a = estate();
    const r = await tty(a.db, ['patrol', 'record'], ['1-101', '\r', '窗户未关\r', '\r', '\r']);
    expect(r.out).toMatch(/patrol record, about to be written:[\s\S]*--finding\s+窗户未关/);
    expect(r.out).toContain('XC-2026-0001');
    expect(a.run(['--json', 'patrol', 'show', 'XC-2026-0001']).json()).toMatchObject({
      unit: 'A-1-101',
      status: 'done',
      checks: [expect.objectContaining({ finding: '窗户未关', repair: 'BX-2026-0001' })],
    });
  }, 40_000);

  it('survey return with nothing said: the survey picked, the unit searched, the scores checked at the prompt (R-1200)', async () => {
    const a = estate();
    a.run(['survey', 'new', '--title', '年度调查']);
    const r = await tty(a.db, ['survey', 'return'], ['\r', '1-101', '\r', 'power=9\r', '\u0015power=5,卫生=3\r', '\r', '\r']);
    expect(r.out).toContain('a score is a whole number from 1 to 5');
    expect(r.out).toContain('return of A-1-101 entered (1 so far)');
    expect(a.run(['--json', 'survey', 'report', 'DC-2026-0001']).json()).toMatchObject({ returns: 1, overall: { num: 1, den: 2 } });
  }, 40_000);

  it('a command run with no arguments picks its record or key too: keys lend, then complaint verify', async () => {
    const a = estate();
    a.run(['keys', 'add', 'A-1-201', '--kind', 'door', '--count', '2', '--custody', 'entrusted']);
    // The key by typing part of its hook, then who, phone, why; the summary confirmed.
    const lend = await tty(a.db, ['keys', 'lend'], ['K00', '\r', '张师傅\r', '13900001111\r', '维修\r', '\r']);
    expect(lend.out).toMatch(/<key>\s+K0001/);
    expect(a.run(['--json', 'keys', 'out']).json()).toEqual([expect.objectContaining({ no: 'YS-2026-0001', hook: 'K0001', borrower: '张师傅' })]);
    // Without a terminal the missing argument is named.
    expect(a.run(['--json', 'keys', 'return']).err()).toMatchObject({ code: 'E_USAGE', message: expect.stringMatching(/missing <loan>/) });
    // A record picked from the group's open records (newest first).
    a.run(['complaint', 'new', '--name', '王伟', '--unit', 'A-1-101', '--channel', 'phone', '--about', '保洁', '--desc', '楼道脏']);
    const show = await tty(a.db, ['complaint', 'show'], ['\r']);
    expect(show.out).toContain('楼道脏');
    // Nothing open to pick from: said in one line, not an empty list.
    expect((await tty(a.db, ['checkin', 'complete'], [])).out).toMatch(/nothing to pick for <no>/);
  }, 60_000);

  it('--yes never prompts: the missing value is an exit-2 error naming the flag', async () => {
    const a = estate();
    const r = await tty(a.db, ['--yes', 'complaint', 'new', '--unit', 'A-1-101'], []);
    expect(r.out).toMatch(/missing --name/);
  }, 40_000);

  // Issue 18.7: the prompts speak the clerk's language and offer only what can be chosen.
  it("zh: the prompts' own words are Chinese (key tips, yes/no), the question is the help text in Chinese", async () => {
    const a = estate();
    const r = await tty(a.db, ['--lang', 'zh', 'lend', 'out', '--to', '陈女士', '--phone', '13800001234'], ['\r', '\r', '\r']);
    expect(r.out).toContain('上下移动');
    expect(r.out).toContain('选择');
    expect(r.out).not.toMatch(/navigate|\bselect\b/);
    expect(r.out).toContain('即将写入');
    expect(r.out).toMatch(/✔[^\n]*确认写入？[^\n]*是/); // the confirm answered "是", not "Yes"
    expect(r.out).not.toMatch(/\bYes\b/);
    expect(r.out).toContain('JD-2026-0001');
  }, 40_000);

  it('visit in: the ID number is never shown whole on screen, masked as typed and after (R-004)', async () => {
    const a = estate();
    const id = '310104201203054565';
    // the ID type offered as a list (身份证 first, Enter) · the number · phone skipped · the summary confirmed.
    const r = await tty(a.db, ['visit', 'in', '--name', '刘访客', '--unit', 'A-1-101', '--purpose', '探访'], ['\r', `${id}\r`, '\r', '\r']);
    expect(r.out).toMatch(/passport/);
    expect(r.out).toContain('LF-2026-0001');
    expect(r.out).toContain('310104********4565');
    expect(r.out).not.toContain(id);
    // an invalid number's reason at the prompt does not show it whole either
    const bad = await tty(
      a.db,
      ['visit', 'in', '--name', '刘访客', '--unit', 'A-1-101', '--purpose', '探访'],
      ['\r', '310104201203054566\r', '\u0003'],
    );
    expect(bad.out).toMatch(/is not a valid mainland ID number/);
    expect(bad.out).not.toContain('310104201203054566');
  }, 40_000);

  it('complaint assign offers only complaints that can be assigned (classified or reopened, R-404)', async () => {
    const a = estate();
    const c = ['complaint', 'new', '--name', '王伟', '--unit', 'A-1-101', '--channel', 'phone', '--about', '保洁', '--desc'];
    a.run([...c, '楼道脏']);
    a.run([...c, '电梯坏']);
    a.run(['complaint', 'classify', 'TS-2026-0001', '--class', 'minor']);
    // TS-2026-0002 is new (not classified): not offered; TS-2026-0001 is, and is picked with Enter.
    const r = await tty(a.db, ['complaint', 'assign'], ['\r', '\u0003']);
    expect(r.out).toContain('TS-2026-0001');
    expect(r.out).not.toContain('TS-2026-0002');
    // a complaint named on the command line that cannot be assigned: refused before any field is asked
    const named = await tty(a.db, ['complaint', 'assign', 'TS-2026-0002'], ['\u0003']);
    expect(named.out).toMatch(/TS-2026-0002 cannot take this step now: only a record in state classified, reopened can/);
    expect(named.out).not.toMatch(/--dept|department/i);
    // nothing assignable: said at once, before any field is typed
    const b = estate();
    b.run([...c, '楼道脏']);
    expect((await tty(b.db, ['complaint', 'assign'], [])).out).toMatch(/nothing to pick for <no>/);
  }, 60_000);

  it('checkin start offers only units not yet handed over', async () => {
    const a = estate();
    // A-1-201 is handed over, B-2-1203 occupied: typing "-" lists the units; only A-1-101 (vacant) is offered.
    const r = await tty(a.db, ['checkin', 'start'], ['-', '\u0003']);
    expect(r.out).toContain('A-1-101');
    expect(r.out).not.toContain('A-1-201');
    expect(r.out).not.toContain('B-2-1203');
  }, 40_000);

  it('init without --estate at a terminal asks the name of the estate (issue 18.6)', async () => {
    const db = `${estate().dir}/new.db`;
    const r = await tty(db, ['init'], ['虹港家园\r']);
    expect(r.out).toMatch(/created \S+new\.db \(schema \d+\) for 虹港家园/);
    expect(r.out).not.toContain('for -');
  }, 40_000);

  it('repair new can choose a public place instead of a unit (R-500)', async () => {
    const a = estate();
    // where: the first entry (a public place) · the place typed · kind and urgency left · the summary confirmed.
    const r = await tty(
      a.db,
      ['repair', 'new', '--reporter', '张三', '--phone', '13800001234', '--desc', '大堂灯不亮'],
      ['\r', '3栋大堂\r', '\r', '\r', '\r', '\r'],
    );
    expect(r.out).toMatch(/public place/);
    expect(r.out).toContain('BX-2026-0001');
    expect(a.run(['--json', 'repair', 'show', 'BX-2026-0001']).json()).toMatchObject({ public: '3栋大堂', unit: null });
  }, 40_000);
});
