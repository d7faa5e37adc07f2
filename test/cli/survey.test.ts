// Owners' satisfaction surveys 业主意见调查 through the binary (§12: R-1200; follow-ups R-804).
// The fixture estate: A-1-101 vacant, A-1-102 unsold, A-1-201 handed over, B-2-1203 occupied —
// three households (units sold) to survey.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { estate, fixture } from './helpers.js';

const at = (t: string) => ({ PMDESK_NOW: t });

/** A survey with three returns: cleaning and repair under the 90 % target. */
const surveyed = fixture((e) => {
  const { run } = e;
  expect(run(['--json', 'survey', 'new', '--title', '2026年度业主满意度调查']).json()).toMatchObject({
    no: 'DC-2026-0001',
    status: 'open',
    title: '2026年度业主满意度调查',
    year: 2026,
  });
  const returns: string[][] = [
    ['A-1-101', '供电=5,water=4,卫生=2,维修服务=3,overall=4', '电梯经常坏，维修太慢'],
    ['B-2-1203', 'power=4,water=5,cleaning=3,repair=2,attitude=5', '楼道卫生差，维修太慢'],
    ['A-1-201', 'power=5,cleaning=5'],
  ];
  for (const [unit, scores, comment] of returns) {
    const r = run(['--json', 'survey', 'return', 'DC-2026-0001', '--unit', unit, '--scores', scores, ...(comment ? ['--comment', comment] : [])]);
    expect(r.code, r.stderr).toBe(0);
  }
  return {};
});

describe('survey new, return and report (R-1200)', () => {
  it('response rate, overall and per-area satisfaction (4–5 satisfied), common complaints, action items for areas under target', () => {
    const { run } = surveyed();
    const rep = run(['--json', 'survey', 'report', 'DC-2026-0001']).json();
    expect(rep).toMatchObject({
      returns: 3,
      households: 3,
      responseRate: { num: 3, den: 3, value: 1 },
      satisfiedMeans: '4-5',
      // 12 scores given, 8 of them 4 or 5.
      overall: { num: 8, den: 12, value: 0.6667 },
    });
    const area = (a: string) => rep.byArea.find((x: any) => x.area === a);
    expect(area('power')).toMatchObject({ satisfied: 3, answered: 3, rate: 1, mean: 4.67, under: false });
    expect(area('cleaning')).toMatchObject({ satisfied: 1, answered: 3, rate: 0.3333, under: true });
    expect(area('repair')).toMatchObject({ satisfied: 0, answered: 2, rate: 0, under: true });
    expect(area('landscaping')).toMatchObject({ answered: 0, rate: null, under: false });
    expect(rep.complaints.words.slice(0, 2)).toEqual([
      { word: '维修', comments: 2 },
      { word: '太慢', comments: 2 },
    ]);
    expect(rep.complaints.method).toContain('Intl.Segmenter');
    expect(rep.actions).toEqual([
      expect.objectContaining({ area: 'cleaning', owner: '环境部', target: 0.9, dueAt: null }),
      expect.objectContaining({ area: 'repair', owner: '工程部', dueAt: null }),
    ]);
    const zh = run(['--lang', 'zh', 'survey', 'report', 'DC-2026-0001']).stdout;
    for (const w of ['回收率 = 回收份数 3 / 住户数（已售房屋）3 = 100.0%', '4 分和 5 分计为满意', '卫生管理 ▼', '共性意见', '按词切分', '环境部'])
      expect(zh).toContain(w);
  });

  it('close: action items with owner and deadline that report due tracks; follow-ups of 30 % of the returns within a month (R-804); act closes them', () => {
    const { run } = surveyed();
    const c = run(['--json', 'survey', 'close', 'DC-2026-0001'], at('2026-09-30T16:00:00+08:00'));
    expect(c.code).toBe(0);
    // R-801 order at 30 %: the 1st of three returns.
    expect(c.json()).toMatchObject({ status: 'actions-open', followups: ['HF-2026-0001'] });
    expect(run(['--json', 'followup', 'due']).json()).toEqual([
      expect.objectContaining({ no: 'HF-2026-0001', source: 'DC-2026-0001', unit: 'A-1-101', dueAt: '2026-10-30T23:59:59+08:00' }),
    ]);
    const show = run(['--json', 'survey', 'show', 'DC-2026-0001']).json();
    expect(show.deadlines).toEqual([
      expect.objectContaining({ step: 'action-cleaning', rule: 'R-1200.action', dueAt: '2026-10-30T23:59:59+08:00' }),
      expect.objectContaining({ step: 'action-repair', rule: 'R-1200.action', dueAt: '2026-10-30T23:59:59+08:00' }),
    ]);
    const due = run(['--json', 'report', 'due'], at('2026-11-02T09:00:00+08:00')).json();
    expect(due.overdue.map((d: any) => [d.no, d.step])).toEqual(
      expect.arrayContaining([
        ['DC-2026-0001', 'action-cleaning'],
        ['DC-2026-0001', 'action-repair'],
      ]),
    );
    expect(due.noSurvey).toBeNull();
    // The follow-up of a survey household is recorded by its own number.
    expect(run(['--json', 'followup', 'record', 'HF-2026-0001', '--method', 'phone', '--satisfaction', 'satisfied']).json()).toMatchObject({
      no: 'HF-2026-0001',
      source: 'DC-2026-0001',
    });
    // No more returns once closed.
    expect(run(['survey', 'return', 'DC-2026-0001', '--unit', 'A-1-102', '--scores', 'power=5']).code).toBe(2);
    const t = at('2026-10-20T10:00:00+08:00');
    expect(run(['--json', 'survey', 'act', 'DC-2026-0001', '--area', '卫生', '--note', '增加保洁频次'], t).json()).toMatchObject({
      status: 'actions-open',
    });
    expect(run(['survey', 'act', 'DC-2026-0001', '--area', 'cleaning', '--note', '再次'], t).code).toBe(2);
    expect(run(['--json', 'survey', 'act', 'DC-2026-0001', '--area', 'repair', '--note', '维修两小时内响应'], t).json()).toMatchObject({
      status: 'closed',
    });
  });

  it('doctor and report due say when there is no survey this year', () => {
    const { run } = estate();
    const due = run(['--json', 'report', 'due']).json();
    expect(due.noSurvey).toBe(2026);
    expect(run(['--lang', 'zh', 'report', 'due']).stdout).toContain('2026 年尚未进行业主意见调查');
    const doc = run(['--json', 'doctor']);
    expect(doc.code).toBe(0);
    expect(doc.json().checks).toContainEqual(expect.objectContaining({ name: 'survey', ok: true, warn: true }));
    run(['survey', 'new', '--title', '年度调查']);
    expect(run(['--json', 'report', 'due']).json().noSurvey).toBeNull();
    expect(run(['--json', 'doctor']).json().checks).toContainEqual(expect.objectContaining({ name: 'survey', warn: false }));
    // A survey for next year does not count for this one.
    const other = estate();
    other.run(['survey', 'new', '--title', '明年调查', '--year', '2027']);
    expect(other.run(['--json', 'report', 'due']).json().noSurvey).toBe(2026);
  });

  it('bad input: exit 2, one line, nothing written', () => {
    const { run } = surveyed();
    const bad: Array<[string[], string]> = [
      [['survey', 'return', 'DC-2026-0001', '--unit', 'A-1-101', '--scores', 'power=5'], 'A-1-101'],
      [['survey', 'return', 'DC-2026-0001', '--unit', 'A-1-102', '--scores', 'power=6'], 'power=6'],
      [['survey', 'return', 'DC-2026-0001', '--unit', 'A-1-102', '--scores', 'power=0'], 'power=0'],
      [['survey', 'return', 'DC-2026-0001', '--unit', 'A-1-102', '--scores', 'roof=3'], 'roof'],
      [['survey', 'return', 'DC-2026-0001', '--unit', 'A-1-102', '--scores', 'power=4,供电=5'], '供电'],
      [['survey', 'return', 'DC-2026-0001', '--unit', 'A-1-102', '--scores', 'power'], 'power'],
      [['survey', 'return', 'DC-2026-0001', '--unit', 'Z-9-9', '--scores', 'power=4'], 'Z-9-9'],
      [['survey', 'new', '--title', 'x', '--year', '26'], '26'],
      [['survey', 'act', 'DC-2026-0001', '--area', 'cleaning', '--note', 'x'], 'cleaning'],
    ];
    for (const [args, words] of bad) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(words);
    }
    expect(run(['--json', 'survey', 'report', 'DC-2026-0001']).json().returns).toBe(3);
    const empty = estate();
    empty.run(['survey', 'new', '--title', '空调查']);
    expect(empty.run(['survey', 'close', 'DC-2026-0001']).code).toBe(2);
  });
});

describe('surveys in the report formats, the monthly report and the export (R-1200, R-900, R-903)', () => {
  it('the report as PDF (read back), HTML and CSV; the month counts surveys, returns, closes and open actions; the export parses', () => {
    const { run, dir } = surveyed();
    run(['survey', 'close', 'DC-2026-0001']);
    const pdf = path.join(dir, 'survey.pdf');
    expect(run(['--lang', 'zh', 'survey', 'report', 'DC-2026-0001', '--format', 'pdf', '--out', pdf]).code).toBe(0);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const w of ['2026年度业主满意度调查', '总满意率', '66.7%', '卫生管理', '维修服务', '环境部', '2026-10-30']) expect(text).toContain(w);
    expect(run(['--lang', 'zh', 'survey', 'report', 'DC-2026-0001', '--format', 'html']).stdout).toContain('分项满意率');
    // The printable form of the record: the results for the centre's director.
    const form = run(['--lang', 'zh', 'survey', 'print', 'DC-2026-0001']).stdout;
    for (const w of ['业主意见调查结果报告', '总满意率', '维修服务 ▼', '环境部', '2026-10-30']) expect(form).toContain(w);
    const csv = parse(run(['survey', 'report', 'DC-2026-0001', '--format', 'csv']).stdout, { relax_column_count: true }) as string[][];
    expect(csv.some((r) => r.includes('repair service ▼'))).toBe(true);
    const m = run(['--json', 'report', 'monthly', '--month', '2026-09'], at('2026-10-01T09:00:00+08:00')).json();
    expect(m.surveys).toEqual({ surveys: 1, returns: 3, closed: 1, actionsOpen: 2 });
    expect(m.followups.bySource).toEqual({});
    const out = path.join(dir, 'surveys.csv');
    expect(run(['--lang', 'zh', 'export', 'surveys', '--out', out]).code).toBe(0);
    const rows = parse(fs.readFileSync(out, 'utf8'), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toEqual([
      expect.objectContaining({ 单号: 'DC-2026-0001', 调查名称: '2026年度业主满意度调查', 年度: '2026', 回收份数: '3', 回收率: '1' }),
    ]);
  });
});
