// Patrols 巡查 through the binary (§11: R-1100 vacant and unsold units, R-1101 public-area rounds).
// The fixture estate has two units to patrol: A-1-101 (vacant) and A-1-102 (unsold).
// October 2026: 1–7 are the National Day holiday, Saturday 10 a make-up workday, so the
// month's working days are 8, 9, 10, 12–16, 19–23, 26–30 (18 days).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { estate, fixture } from './helpers.js';

const at = (t: string) => ({ PMDESK_NOW: t });
const PLACES = ['大堂', '电梯厅', '地下车库', '消防通道', '园区道路', '设备房'];

// Issue 23: October planned once per file; each test gets a copy.
const planned = fixture((e) => {
  expect(e.run(['patrol', 'plan', '--month', '2026-10']).code).toBe(0);
  return {};
});

describe('patrol plan (R-1100, R-1101)', () => {
  it('plans every vacant and unsold unit once over the working days, two rounds a working day, each with a computed deadline; twice adds nothing', () => {
    const { run } = estate();
    const p = run(['--json', 'patrol', 'plan', '--month', '2026-10']);
    expect(p.code).toBe(0);
    expect(p.json()).toMatchObject({ month: '2026-10', workingDays: 18, from: '2026-10-08', units: 2, rounds: 36, added: 38, already: false });
    const planned = run(['--json', 'patrol', 'list']).json();
    expect(planned).toHaveLength(38);
    const units = planned.filter((r: any) => r.kind === 'unit');
    // Item i of n falls on working day ⌊i·18/n⌋: the 1st and the 10th working day.
    expect(units.map((r: any) => [r.unit, r.plannedFor, r.dueAt])).toEqual([
      ['A-1-101', '2026-10-08', '2026-10-08T23:59:59+08:00'],
      ['A-1-102', '2026-10-20', '2026-10-20T23:59:59+08:00'],
    ]);
    const rounds = planned.filter((r: any) => r.kind === 'round');
    expect(rounds[0]).toMatchObject({ plannedFor: '2026-10-08', half: 'am', dueAt: '2026-10-08T12:00:00+08:00', places: PLACES });
    expect(rounds[1]).toMatchObject({ plannedFor: '2026-10-08', half: 'pm', dueAt: '2026-10-08T18:00:00+08:00' });
    // Saturday 10 is a make-up workday (rounds planned); Sunday 11 is not.
    expect(rounds.some((r: any) => r.plannedFor === '2026-10-10')).toBe(true);
    expect(rounds.some((r: any) => r.plannedFor === '2026-10-11' || r.plannedFor === '2026-10-07')).toBe(false);
    const again = run(['patrol', 'plan', '--month', '2026-10']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already planned: nothing added');
    expect(run(['--json', 'patrol', 'list']).json()).toHaveLength(38);
    expect(run(['--json', '--lang', 'zh', 'patrol', 'plan', '--month', '2026-10']).json()).toMatchObject({ added: 0, already: true });
  });

  it('a plan made mid-month starts today; rounds whose time has passed are not planned; a past month is refused', () => {
    const { run } = estate();
    const p = run(['--json', 'patrol', 'plan'], at('2026-10-20T14:00:00+08:00')).json();
    // 20, 21, 22, 23, 26–30: 9 working days; the morning round of the 20th is already past.
    expect(p).toMatchObject({ month: '2026-10', workingDays: 9, from: '2026-10-20', rounds: 17, units: 2 });
    const r = run(['patrol', 'plan', '--month', '2026-09'], at('2026-10-20T14:00:00+08:00'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2026-09');
    expect(run(['patrol', 'plan', '--month', '2026-13']).code).toBe(2);
  });
});

describe('patrol record (R-1100, R-1101)', () => {
  it('a finding with --repair opens a repair order linked to the patrol; --ok does the planned patrol; a round is done when every place is checked', () => {
    const { run } = planned();
    const f = run(
      ['--json', 'patrol', 'record', '--unit', 'A-1-101', '--finding', '卫生间漏水', '--check', 'no-leak,clean', '--repair'],
      at('2026-10-08T09:30:00+08:00'),
    );
    expect(f.code).toBe(0);
    expect(f.json()).toMatchObject({
      no: 'XC-2026-0001',
      status: 'done',
      result: 'finding',
      findingsOpen: 1,
      recorded: { result: 'finding', finding: '卫生间漏水', repair: 'BX-2026-0001' },
      checks: [expect.objectContaining({ failed: ['no-leak', 'clean'], repair: 'BX-2026-0001', clerk: 'tester' })],
    });
    const bx = run(['--json', 'repair', 'show', 'BX-2026-0001']).json();
    expect(bx).toMatchObject({ status: 'new', source: 'patrol', unit: 'A-1-101' });
    expect(bx.linked).toEqual([expect.objectContaining({ no: 'XC-2026-0001', rel: 'finding' })]);
    const show = run(['--json', 'patrol', 'show', 'XC-2026-0001']).json();
    expect(show.deadlines).toEqual([
      expect.objectContaining({ step: 'patrol', rule: 'R-1100.unit', doneAt: '2026-10-08T09:30:00+08:00', late: false }),
    ]);
    // The unsold unit, patrolled early: its planned item is done.
    expect(run(['--json', 'patrol', 'record', '--unit', 'A-1-102', '--ok'], at('2026-10-09T10:00:00+08:00')).json()).toMatchObject({
      no: 'XC-2026-0002',
      status: 'done',
      result: 'ok',
    });
    // Public places: the morning round of the 9th, place by place.
    const t = at('2026-10-09T09:00:00+08:00');
    const first = run(['--json', 'patrol', 'record', '--public', '大堂', '--ok'], t).json();
    expect(first).toMatchObject({ plannedFor: '2026-10-09', half: 'am', status: 'planned', placesDone: 1 });
    const round = first.no;
    for (const p of PLACES.slice(1, -1)) expect(run(['patrol', 'record', '--public', p, '--ok'], t).code).toBe(0);
    const last = run(['--json', 'patrol', 'record', '--public', '设备房', '--finding', '配电柜门未锁', '--check', 'closed'], t).json();
    expect(last).toMatchObject({ no: round, status: 'done', placesDone: 6, result: 'finding', findingsOpen: 1 });
    // After the morning's due time a check goes to the afternoon round.
    expect(run(['--json', 'patrol', 'record', '--public', '大堂', '--ok'], at('2026-10-09T13:00:00+08:00')).json()).toMatchObject({ half: 'pm' });
    // A finding without a repair order is resolved by hand; one with a repair order closes with its repair.
    const res = run(['--json', 'patrol', 'resolve', round, '--note', '已锁好配电柜门']);
    expect(res.code).toBe(0);
    expect(res.json()).toMatchObject({ resolved: 1, findingsOpen: 0 });
    expect(run(['patrol', 'resolve', round, '--note', '再次']).code).toBe(2);
  });

  it('bad input: exit 2, one line, nothing written', () => {
    const { run } = planned();
    const t = at('2026-10-09T09:00:00+08:00');
    const bad: Array<[string[], string]> = [
      [['patrol', 'record', '--ok'], '--unit'],
      [['patrol', 'record', '--unit', 'A-1-101', '--public', '大堂', '--ok'], '--unit'],
      [['patrol', 'record', '--unit', 'A-1-101'], '--ok'],
      [['patrol', 'record', '--unit', 'A-1-101', '--ok', '--finding', 'x'], '--ok'],
      [['patrol', 'record', '--unit', 'A-1-101', '--ok', '--repair'], '--repair'],
      [['patrol', 'record', '--unit', 'A-1-101', '--finding', '漏水', '--check', 'roof'], 'roof'],
      [['patrol', 'record', '--public', '屋顶', '--ok'], '屋顶'],
      [['patrol', 'record', '--unit', 'B-2-1203', '--ok'], 'B-2-1203'],
      [['patrol', 'record', '--unit', 'Z-9-999', '--ok'], 'Z-9-999'],
    ];
    for (const [args, words] of bad) {
      const r = run(args, t);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(words);
    }
    expect(run(['patrol', 'record', '--public', '大堂', '--ok'], t).code).toBe(0);
    const twice = run(['--lang', 'zh', 'patrol', 'record', '--public', '大堂', '--ok'], t);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('大堂 在上午巡查');
    expect(run(['--json', 'patrol', 'list', '--status', 'done']).json()).toHaveLength(0);
    expect(run(['--json', 'repair', 'list']).json()).toHaveLength(0);
  });
});

describe('patrols in the monthly report, the record sheet and the export (R-1101, R-902, R-903)', () => {
  it('a hand-built October: done vs planned, missed rounds, findings open/closed, by number', () => {
    const { run } = planned();
    // A-1-101 on its day with a finding made a repair order; A-1-102 (due the 20th) done on the 21st: late.
    run(['patrol', 'record', '--unit', 'A-1-101', '--finding', '窗户未关', '--check', 'closed', '--repair'], at('2026-10-08T10:00:00+08:00'));
    run(['patrol', 'record', '--unit', 'A-1-102', '--finding', '墙面霉斑'], at('2026-10-21T10:00:00+08:00'));
    // Two whole rounds done on time (the 8th, morning and afternoon), one half-done (the 9th morning).
    for (const [time, places] of [
      ['2026-10-08T09:00:00+08:00', PLACES],
      ['2026-10-08T15:00:00+08:00', PLACES],
      ['2026-10-09T09:00:00+08:00', PLACES.slice(0, 3)],
    ] as const)
      for (const p of places) expect(run(['patrol', 'record', '--public', p, '--ok'], at(time)).code).toBe(0);
    // A round outside the plan: Sunday the 11th.
    run(['patrol', 'record', '--public', '大堂', '--ok'], at('2026-10-11T09:00:00+08:00'));
    // The repair order of the first finding is completed: that finding is closed.
    expect(run(['repair', 'dispatch', 'BX-2026-0001', '--tech', '刘强'], at('2026-10-08T11:00:00+08:00')).code).toBe(0);
    expect(run(['repair', 'complete', 'BX-2026-0001', '--comment', '已关窗'], at('2026-10-08T16:00:00+08:00')).code).toBe(0);
    const m = run(['--json', 'report', 'monthly', '--month', '2026-10'], at('2026-11-02T09:00:00+08:00')).json();
    expect(m.patrols).toEqual({
      unitsPlanned: 2,
      unitsDone: 2,
      unitsMissed: 1,
      roundsPlanned: 36,
      roundsDone: 2,
      roundsMissed: 34,
      unplanned: 1,
      findings: 2,
      findingsOpen: 1,
      findingsClosed: 1,
      repairs: 1,
    });
    const zh = run(['--lang', 'zh', 'report', 'monthly', '--month', '2026-10'], at('2026-11-02T09:00:00+08:00')).stdout;
    expect(zh).toContain('巡查（§11）');
    expect(zh).toMatch(/公共区域漏巡.*│ 34/);
  });

  it('the vacant-unit patrol record sheet prints for a month (read back from the PDF); the export opens in a CSV parser', () => {
    const { run, dir } = planned();
    run(['patrol', 'record', '--unit', 'A-1-101', '--finding', '厨房水管渗漏', '--check', 'no-leak', '--repair'], at('2026-10-08T10:00:00+08:00'));
    const pdf = path.join(dir, 'sheet.pdf');
    const r = run(['--lang', 'zh', 'patrol', 'sheet', '--month', '2026-10', '--format', 'pdf', '--out', pdf]);
    expect(r.code).toBe(0);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const w of ['空置房巡查记录表', 'A-1-101', 'A-1-102', '厨房水管渗漏', 'BX-2026-0001', '×无渗漏', '巡查人（签名）', 'tester'])
      expect(text).toContain(w);
    expect((fs.statSync(pdf).mode & 0o777).toString(8)).toBe('600');
    const html = run(['patrol', 'print', 'XC-2026-0001']).stdout;
    expect(html).toContain('厨房水管渗漏');
    // A round prints one line per public place, the ones not yet checked blank.
    run(['patrol', 'record', '--public', '地下车库', '--finding', '积水', '--check', 'no-leak'], at('2026-10-08T09:00:00+08:00'));
    const round = run(['--lang', 'zh', 'patrol', 'print', 'XC-2026-0003']).stdout;
    for (const w of ['公共区域巡查记录 2026-10-08 上午', '部位', '大堂', '设备房', '积水', '× 无渗漏']) expect(round).toContain(w);
    const csv = path.join(dir, 'patrols.csv');
    expect(run(['--lang', 'zh', 'export', 'patrols', '--out', csv]).code).toBe(0);
    const rows = parse(fs.readFileSync(csv, 'utf8'), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(38);
    expect(rows[0]).toMatchObject({
      巡查类型: '空置房', // zh cells in words (issue 18.2)
      计划日期: '2026-10-08',
      不合格项: '无渗漏',
      发现问题: '厨房水管渗漏',
      维修单: 'BX-2026-0001',
    });
  });
});
