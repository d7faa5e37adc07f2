// Issue 18 (3, 4): `show` reads like the paper form — money in yuan, times as
// 2026-10-08 12:00, lists as lines, people by name, only the open and missed
// deadlines (the met ones counted), field labels in the clerk's language,
// timeline details wrapped at word / character boundaries — and tables drawn by
// cli-table3 with Chinese-aware widths inside 80 columns. Through the built binary.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { BIN, complaintNew, estate, NOW } from './helpers.js';

const APPLY = ['renovate', 'apply', 'A-1-201', '--contractor', '美家装饰', '--licence', '91350100M000100Y43', '--manager-name', '刘工'];
const APPLY2 = ['--manager-id', '310104201203054565', '--manager-phone', '13700002222', '--start', '2026-10-08', '--end', '2026-10-20'];
const BASE = ['owner-proof', 'drawings', 'contract', 'licence', 'qualification', 'manager-id', 'guarantee'];
const ENGLISH_CODES = /receivedFen|heldFen|\["|\{"|T\d\d:\d\d:\d\d/;

/** Every line of a human output fits 80 columns (a Chinese character is 2). */
function widest(out: string): number {
  let max = 0;
  for (const line of out.split('\n')) {
    let w = 0;
    for (const ch of line) w += /[\u3000-\u303f\u3400-\u9fff\uff01-\uff60]/.test(ch) ? 2 : 1;
    max = Math.max(max, w);
  }
  return max;
}

describe('show reads like the paper form (issue 18)', () => {
  it('renovation with inspections: yuan, minutes, scope as lines, only open and missed inspections, the met ones counted (R-302, R-304)', () => {
    const { run } = estate();
    const no = run(['--json', ...APPLY, ...APPLY2, '--scope', 'plumbing,electrical']).json().no;
    run(['renovate', 'doc', no, ...BASE]);
    run(['renovate', 'approve', no]);
    // The step message says what is next and when (R-304: the first inspection slot, the morning of the start day).
    expect(run(['--lang', 'zh', 'renovate', 'pay', no, '--receipt', 'SJ-1']).stdout).toMatch(
      new RegExp(`${no}：已缴费，施工许可证 ${no}-XK；首次巡查10月8日上午前（2026-10-08 12:00）`),
    );
    // Two inspection slots met on Oct 8, then none until Oct 10 10:00: the Oct 9 slots are missed.
    run(['renovate', 'inspect', no, '--ok'], { PMDESK_NOW: '2026-10-08T10:00:00+08:00' });
    run(['renovate', 'inspect', no, '--ok'], { PMDESK_NOW: '2026-10-08T15:00:00+08:00' });
    const at = { PMDESK_NOW: '2026-10-10T10:00:00+08:00' };
    const zh = run(['--lang', 'zh', 'renovate', 'show', no], at);
    expect(zh.code).toBe(0);
    const out = zh.stdout;
    expect(out).not.toMatch(ENGLISH_CODES);
    expect(out).toMatch(/已收\s+2\d\d\d\.00 元/); // money in yuan, two decimals (R-302 sums)
    expect(out).toMatch(/登记时间\s+2026-09-30 10:00\n/); // minutes, not ISO
    expect(out).toMatch(/施工范围\s+给排水\n\s+强弱电\n/); // a list, one item a line, in words (issue 18.2)
    expect(out).toMatch(/负责人电话\s+137\*\*\*\*2222/); // masked
    // Deadlines: the missed Oct 9 slots and the next open ones, not the met Oct 8 slots.
    expect(out).toMatch(/10月9日上午巡查 .*已逾期/); // deadline names in words (issue 18.2)
    expect(out).toMatch(/10月9日下午巡查 .*已逾期/);
    expect(out).not.toMatch(/10月8日上午巡查/);
    expect(out).toMatch(/另有 \d+ 项已按时完成/);
    expect(out).toMatch(/之后还有 \d+ 项待办/);
    // Payments in yuan with the receipt number.
    expect(out).toMatch(/收付款\n[\s\S]*│ 收 +│ +\d+\.00 元 │ 2026-09-30 10:00 │ SJ-1/);
    expect(widest(out)).toBeLessThanOrEqual(80);
    // English labels in English.
    const en = run(['--lang', 'en', 'renovate', 'show', no], at).stdout;
    expect(en).toMatch(/Received\s+¥2\d\d\d\.00/);
    expect(en).toMatch(/Site manager\s+刘工/);
    // --json keeps the stable fields.
    expect(run(['--json', 'renovate', 'show', no], at).json()).toMatchObject({ receivedFen: expect.any(Number), scope: ['plumbing', 'electrical'] });
  });

  it('a finished record lists no deadline rows, only the count of those met', () => {
    const { run } = estate();
    run(['keys', 'add', 'A-1-201', '--kind', 'door', '--count', '2', '--custody', 'entrusted']);
    const no = run(['--json', 'keys', 'lend', 'A-1-201:door', '--to', '张师傅', '--phone', '13900001111', '--reason', '维修水管']).json().no;
    run(['keys', 'return', no, '--count', '2'], { PMDESK_NOW: '2026-09-30T15:00:00+08:00' });
    const out = run(['--lang', 'zh', 'keys', 'show', no], { PMDESK_NOW: '2026-09-30T16:00:00+08:00' }).stdout;
    expect(out).toMatch(/期限\n均已办结：1 项按时完成/);
    expect(out).toMatch(/借用人\s+张师傅/);
    expect(out).toMatch(/电话\s+139\*\*\*\*1111/);
    expect(out).toMatch(/归还时间\s+2026-09-30 15:00/);
    expect(out).not.toMatch(ENGLISH_CODES);
  });

  it('lend with money: deposit and refund in yuan, in the fields and the payments (R-1300)', () => {
    const { run } = estate();
    const no = run(['--json', 'lend', 'out', '--item', 'umbrella', '--to', '陈女士', '--phone', '13800001234', '--deposit', '20']).json().no;
    run(['lend', 'back', no], { PMDESK_NOW: '2026-09-30T12:00:00+08:00' });
    const out = run(['--lang', 'zh', 'lend', 'show', no], { PMDESK_NOW: '2026-09-30T12:30:00+08:00' }).stdout;
    expect(out).toMatch(/押金\s+20\.00 元/);
    expect(out).toMatch(/已退\s+20\.00 元/);
    expect(out).toMatch(/│ 收 +│ 20\.00 元 │ 2026-09-30 10:00/);
    expect(out).toMatch(/│ 退 +│ 20\.00 元 │ 2026-09-30 12:00/);
    expect(out).not.toMatch(ENGLISH_CODES);
  });

  it('complaint: the timeline wraps long text between words or characters, never inside a word (R-400)', () => {
    const { run } = estate();
    const long = 'the corridor lights on floor twelve have been broken since Monday 楼道灯从周一起一直不亮，晚上老人出入很不方便';
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
      '照明',
      '--desc',
      '灯坏了',
    ]).json().no;
    run(['complaint', 'respond', no, '--note', long]);
    const out = run(['--lang', 'en', 'complaint', 'show', no]).stdout;
    const timeline = out.slice(out.indexOf('Timeline'));
    const details = timeline
      .split('\n')
      .filter((l) => l.startsWith('│'))
      .map((l) => l.split('│')[4].trim())
      .filter(Boolean);
    // Every Latin word of the note stands whole on one line (breaks fall on spaces or between Chinese characters).
    for (const word of long.match(/[A-Za-z]+/g) ?? [])
      expect(details.some((l) => new RegExp(`(^|\\s)${word}(\\s|$|[\u3400-\u9fff])`).test(l))).toBe(true);
    expect(details.join('')).toContain('楼'); // the Chinese text is kept, not dropped (cli-table3's own wordWrap drops it)
    expect(details.join('').replace(/\s/g, '')).toContain('楼道灯从周一起一直不亮，晚上老人出入很不方便');
    expect(widest(out)).toBeLessThanOrEqual(80);
  });
});

describe('a list at a terminal draws what the window holds (issue 18, point 4)', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('the newest rows that fit 15 lines, the count of the rest; --all and piped output print every row', () => {
    const { db, run } = estate();
    for (let i = 0; i < 14; i++)
      run([
        'visit',
        'in',
        '--name',
        '赵敏',
        '--id-type',
        'passport',
        '--id-number',
        `E1234${5600 + i}`,
        '--unit',
        'A-1-101',
        '--purpose',
        '探亲',
        '--confirmed',
      ]);
    const env = { ...process.env, PMDESK_DB: db, PMDESK_NOW: NOW, PMDESK_CLERK: 'tester', PMDESK_LANG: 'en', NO_COLOR: '1' };
    const tty = (args: string) =>
      spawnSync('script', ['-qec', `stty rows 15 cols 80; ${process.execPath} ${BIN} ${args}`, '/dev/null'], {
        env,
        encoding: 'utf8',
      }).stdout.replace(/\r/g, '');
    const out = tty('visit list');
    // 15 lines less the frame, the count and the prompt: the 9 newest of 14.
    expect(out).toMatch(/newest 9 of 14, 5 more · all: --all/);
    expect(out).toContain('LF-2026-0014');
    expect(out).not.toContain('LF-2026-0005');
    expect(out.trimEnd().split('\n').length).toBeLessThanOrEqual(14);
    expect(tty('visit list --all')).toContain('LF-2026-0001');
    // Piped: every row.
    const piped = run(['visit', 'list']).stdout;
    expect(piped).toContain('LF-2026-0001');
    expect(piped).toMatch(/14 rows/);
  });

  it.skipIf(!hasScript)('report due at a terminal: each row says what it is about, whom to call (masked phone, R-004) and how late (R-402)', () => {
    const { db, run } = estate();
    run(complaintNew('楼道三天未清扫'));
    const env = { ...process.env, PMDESK_DB: db, PMDESK_NOW: '2026-10-01T12:00:00+08:00', PMDESK_CLERK: 'tester', PMDESK_LANG: 'en', NO_COLOR: '1' };
    const out = spawnSync('script', ['-qec', `stty rows 24 cols 80; ${process.execPath} ${BIN} --lang zh report due`, '/dev/null'], {
      env,
      encoding: 'utf8',
    }).stdout.replace(/\r/g, '');
    expect(out).toMatch(/TS-2026-0001/);
    expect(out).toMatch(/保洁/);
    expect(out).toMatch(/王伟/);
    expect(out).toMatch(/138\*\*\*\*5678/);
    expect(out).not.toMatch(/13812345678/);
    expect(out).toMatch(/逾期 2 小时 0 分/); // the 24-hour feedback was due at 10:00 on Oct 1
    // --json at a terminal keeps the stable fields only (issue 18.2: it adds nothing).
    const json = spawnSync('script', ['-qec', `stty rows 24 cols 80; ${process.execPath} ${BIN} --json report due`, '/dev/null'], {
      env,
      encoding: 'utf8',
    }).stdout.replace(/\r/g, '');
    expect(json).toMatch(/"no": ?"TS-2026-0001"/);
    expect(json).not.toMatch(/"about"|"contact"/);
  });
});
