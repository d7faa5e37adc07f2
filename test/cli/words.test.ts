// Issue 18 points 1 and 2, end to end: the language (profile `language`, default zh;
// --lang, PMDESK_LANG, LANG override it) and every closed value in the clerk's words —
// lists, show, forms, CSV — while --json keeps the codes; flags take a code or its word.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { estate, fixture, tty, zhDefault } from './helpers.js';

const HAS_SCRIPT = spawnSync('script', ['--version']).status === 0;

/** English code words a Chinese clerk must not see in a cell or a field. */
const CODES =
  /\b(new|classified|assigned|resolved|closed|phone|visit|major|important|minor|normal|urgent|dispatched|completed|plumbing|electrical|refund|feedback|handle)\b/;

describe('issue 18: language', () => {
  it('speaks Chinese with nothing set (a Windows desk PC has no LANG); LANG=C decides nothing', () => {
    const { run } = estate();
    expect(run(['complaint', 'list'], zhDefault).stdout).toBe('没有记录\n');
    expect(run(['complaint', 'list'], { PMDESK_LANG: undefined, LANG: undefined }).stdout).toBe('没有记录\n');
  });

  it('the profile sets the language; LANG, PMDESK_LANG and --lang override it, in that order upwards', () => {
    const { run } = estate();
    expect(run(['profile', 'set', 'language', 'en'], zhDefault).code).toBe(0);
    expect(run(['complaint', 'list'], zhDefault).stdout).toBe('nothing to show\n');
    expect(run(['complaint', 'list'], { PMDESK_LANG: undefined, LANG: 'zh_CN.UTF-8' }).stdout).toBe('没有记录\n');
    expect(run(['complaint', 'list'], { PMDESK_LANG: 'zh', LANG: 'en_US.UTF-8' }).stdout).toBe('没有记录\n');
    expect(run(['--lang', 'zh', 'complaint', 'list'], { PMDESK_LANG: 'en' }).stdout).toBe('没有记录\n');
    // A refusal after the profile was read speaks the profile's language too.
    expect(run(['complaint', 'show', 'TS-2026-0009'], zhDefault).stderr).toMatch(/^pmdesk: no record TS-2026-0009/);
    expect(run(['profile', 'set', 'language', 'fr'], zhDefault).code).toBe(2);
  });
});

describe('issue 18: every closed value has its words', () => {
  const desk = fixture((e) => {
    const r = e.run([
      '--json',
      'complaint',
      'new',
      '--name',
      '王伟',
      '--unit',
      'A-1-101',
      '--channel',
      '电话',
      '--about',
      '保洁',
      '--desc',
      '楼道脏',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const no = r.json().no as string;
    expect(e.run(['complaint', 'classify', no, '--class', '重大'], zhDefault).code).toBe(0);
    const rp = e.run([
      '--json',
      'repair',
      'new',
      '--unit',
      'A-1-101',
      '--kind',
      '水管',
      '--urgency',
      '紧急',
      '--desc',
      '水管漏水',
      '--reporter',
      '王伟',
      '--phone',
      '13812345678',
    ]);
    expect(rp.code, rp.stderr).toBe(0);
    return { no, repair: rp.json().no as string };
  });

  it('flags take the code or its Chinese word; --json keeps the codes and adds nothing', () => {
    const { run, no, repair } = desk();
    const c = run(['--json', 'complaint', 'show', no]).json();
    expect(c).toMatchObject({ channel: 'phone', class: 'major', status: 'classified' });
    const r = run(['--json', 'repair', 'show', repair]).json();
    expect(r).toMatchObject({ kind: 'plumbing', urgency: 'urgent', status: 'new' });
    expect(JSON.stringify(c)).not.toMatch(/电话|重大|已定级/);
    // --status in words filters like the code.
    expect(
      run(['--json', 'complaint', 'list', '--status', '已定级'])
        .json()
        .map((x: { no: string }) => x.no),
    ).toEqual([no]);
  });

  it('an unknown value is refused (exit 2) in one line listing the accepted words; nothing written', () => {
    const { run } = desk();
    const bad = run(['complaint', 'new', '--name', '王伟', '--unit', 'A-1-101', '--channel', '微信', '--about', 'x', '--desc', 'y'], zhDefault);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('pmdesk: --channel：“微信”不在可选范围内，可选：来访(visit) 电话(phone) 来信(letter) 其他(other)\n');
    const status = run(['complaint', 'list', '--status', 'bogus']);
    expect(status.code).toBe(2);
    expect(status.stderr).toMatch(/--status: "bogus" is not one of: 新登记\(new\) 已定级\(classified\)/);
    expect(run(['--json', 'complaint', 'list']).json()).toHaveLength(1);
  });

  it('a list, show and the refusal of a step in zh show words, not codes', () => {
    const { run, no, repair } = desk();
    const list = run(['complaint', 'list'], zhDefault).stdout;
    expect(list).toContain('已定级');
    expect(list).not.toMatch(CODES);
    const show = run(['complaint', 'show', no], zhDefault).stdout;
    expect(show).toMatch(/状态\s+已定级/);
    expect(show).toMatch(/受理方式\s+电话/);
    expect(show).toMatch(/反馈/); // the deadline's name
    expect(show.split('经过')[0]).not.toMatch(CODES);
    expect(run(['repair', 'show', repair], zhDefault).stdout).toMatch(/水管 \/ 紧急/);
    expect(run(['complaint', 'verify', no], zhDefault).stderr).toMatch(/当前状态为 已定级，不能转为 已核实/);
    // The same list in English.
    expect(run(['complaint', 'list']).stdout).toContain('classified');
  });

  it('CSV cells in zh hold words; in en the English words', () => {
    const { run } = desk();
    const zh = run(['export', 'complaints'], zhDefault).stdout.split('\r\n');
    expect(zh[0]).toMatch(/^单号,类型,状态/);
    expect(zh[1]).toMatch(/,投诉,已定级,A-1-101,/);
    expect(zh[1]).toMatch(/,电话,王伟,/);
    expect(zh[1]).toMatch(/,重大,/);
    expect(zh[1]).not.toMatch(CODES);
    const repairs = run(['export', 'repairs'], zhDefault).stdout;
    expect(repairs).toMatch(/水管/);
    expect(repairs).toMatch(/紧急/);
    expect(run(['export', 'complaints']).stdout.split('\r\n')[1]).toMatch(/,complaint,classified,.*,phone,.*,major,/);
    expect(run(['--lang', 'zh', 'complaint', 'list', '--csv']).stdout).toMatch(/已定级/);
  });

  it('a printed form in zh names the closed values in words', () => {
    const { run, no, repair } = desk();
    const text = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ');
    const form = text(run(['repair', 'print', repair], zhDefault).stdout);
    expect(form).toMatch(/水管 \/ 紧急/);
    expect(form).not.toMatch(/\bplumbing\b|\burgent\b/);
    const record = text(run(['complaint', 'print', no], zhDefault).stdout);
    expect(record).toContain('电话');
    expect(record).toContain('已定级');
    expect(record).toMatch(/品质部、总经理/); // a major complaint is reported to these
  });
});

describe.skipIf(!HAS_SCRIPT)('issue 18: prompt choices in words', () => {
  it('a closed list offered at a terminal is in the clerk words; the code is what is written', async () => {
    const { db, run } = estate();
    // category: the second choice (报修) · desc · then the summary confirmed; nothing else set: Chinese.
    const { out } = await tty(
      db,
      ['visit', 'log', '--unit', 'A-1-101', '--name', '王伟'],
      ['\u001b[B\r', '水管漏水\r', '\r'],
      'PMDESK_CLERK=tester LANG=C',
    );
    expect(out).toContain('售后');
    expect(out).toContain('报修');
    expect(out).toMatch(/❯ 售后/); // the choices themselves (the question may quote the codes: help texts, 18b)
    expect(run(['--json', 'visit', 'list']).json()[0]).toMatchObject({ category: 'repair' });
  });
});
