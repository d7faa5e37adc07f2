// report monthly on a hand-built month: every count and rate
// computed by hand below; every format produced and read back.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { estate, fixture } from './helpers.js';

const month = fixture((e) => {
  const { run } = e;
  const at = (t: string, args: string[]) => {
    const r = run(['--json', '--at', t, ...args], { PMDESK_NOW: t });
    if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
    return r.json();
  };
  // Repairs: A on time (same day), B late (small repair finished the next day), C still open.
  const A = at('2026-09-02T09:00', [
    'repair',
    'new',
    '--unit',
    'A-1-101',
    '--reporter',
    '王伟',
    '--phone',
    '13812345678',
    '--desc',
    '漏水',
    '--kind',
    'plumbing',
  ]).no;
  const B = at('2026-09-03T09:00', [
    'repair',
    'new',
    '--unit',
    'A-1-201',
    '--reporter',
    '王伟',
    '--phone',
    '13812345678',
    '--desc',
    '灯坏',
    '--kind',
    'electrical',
  ]).no;
  at('2026-09-04T09:00', [
    'repair',
    'new',
    '--public',
    '南门',
    '--reporter',
    '保安',
    '--phone',
    '13900001111',
    '--desc',
    '门禁坏',
    '--kind',
    'public-facility',
  ]);
  at('2026-09-02T15:00', ['repair', 'complete', A]); // 1st household completion: sampled, follow-up in 24 h
  at('2026-09-04T09:30', ['repair', 'dispatch', B, '--tech', '张师傅']);
  at('2026-09-04T10:00', ['repair', 'quote', B, '--amount', '50']);
  at('2026-09-04T10:05', ['repair', 'quote', B, '--consent']);
  at('2026-09-04T11:00', ['repair', 'complete', B, '--paid', '50', '--receipt', 'SJ-9']); // late: due 09-03 23:59:59
  at('2026-09-03T10:00', ['followup', 'record', A, '--method', 'phone', '--satisfaction', 'satisfied']);
  // Complaints: one important answered in time and resolved; one minor answered late.
  const C1 = at('2026-09-10T09:00', [
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
    '脏',
  ]).no;
  at('2026-09-10T09:30', ['complaint', 'classify', C1, '--class', 'important']);
  at('2026-09-10T12:00', ['complaint', 'respond', C1, '--note', '已致歉']);
  at('2026-09-11T09:00', ['complaint', 'resolve', C1, '--result', '已清扫']);
  at('2026-09-12T09:00', ['followup', 'record', C1, '--method', 'phone', '--satisfaction', 'basic']);
  const C2 = at('2026-09-20T09:00', [
    'complaint',
    'new',
    '--name',
    '李娜',
    '--unit',
    'A-1-101',
    '--channel',
    'visit',
    '--about',
    '保洁',
    '--desc',
    '又脏了',
  ]).no;
  at('2026-09-20T09:30', ['complaint', 'classify', C2, '--class', 'minor']);
  at('2026-09-22T09:00', ['complaint', 'respond', C2, '--note', '迟复']);
  return {};
});

describe('report monthly on a hand-built month', () => {
  const e = month();
  const now = { PMDESK_NOW: '2026-10-01T08:00:00+08:00' };

  it('counts and rates, each checked by hand (R-506, R-407, KPIs)', () => {
    const m = e.run(['--json', 'report', 'monthly', '--month', '2026-09'], now).json();
    expect(Object.keys(m)).toEqual(
      expect.arrayContaining([
        'month',
        'units',
        'checkins',
        'renovations',
        'complaints',
        'suggestions',
        'repairs',
        'followups',
        'keys',
        'visits',
        'kpis',
      ]),
    );
    expect(m.repairs).toMatchObject({ requests: 3, completed: 2, onTime: 1, late: 1, paidCount: 1, paidRevenueFen: 5000, public: 1 });
    expect(m.complaints).toMatchObject({
      total: 2,
      byClass: { important: 1, minor: 1, major: 0, invalid: 0 },
      repeats: [{ unit: 'A-1-101', about: '保洁', count: 2 }],
    });
    // first feedback: C1 in 3 h (on time), C2 after 48 h (late) → 1/2; handling: C1 resolved in time, C2 minor due 09-22 23:59:59 overdue → 1/2
    expect(m.complaints.answered24h).toMatchObject({ num: 1, den: 2, value: 0.5 });
    expect(m.complaints.handledOnTime).toMatchObject({ num: 1, den: 2, value: 0.5 });
    expect(m.followups).toMatchObject({ done: 2, satisfied: 1, basic: 1, unsatisfied: 0 });
    expect(m.kpis).toMatchObject({
      repairTimelinessRate: 0.5,
      complaintRatePer100Units: 50,
      complaintOnTimeRate: 0.5,
      // Fair (issue 22): C2 is not resolved, so its follow-up is not due; B was not sampled.
      complaintFollowupRate: 1,
      repairFollowupRate: 1,
      satisfactionRate: 1,
    });
    // Each KPI against the profile's targets.* (issue 22): 50% < 95% misses, 100% ≥ 90% passes.
    expect(m.kpis.targets).toMatchObject({ repairTimelinessRate: 0.95, satisfactionRate: 0.9, complaintRatePer100Units: null });
    expect(m.kpis.pass).toMatchObject({
      repairTimelinessRate: false,
      complaintOnTimeRate: false,
      satisfactionRate: true,
      complaintRatePer100Units: null,
    });
    expect(m.units.total).toBe(4);
  });

  it('table, csv, html and pdf show the same numbers; Chinese intact', () => {
    const text = e.run(['--lang', 'zh', 'report', 'monthly', '--month', '2026-09'], now).stdout;
    expect(text).toMatch(/生成于 \d{4}-\d\d-\d\d \d\d:\d\d\n/); // a time as the clerk reads it, not ISO (issue 18.3)
    expect(text).toContain('维修及时率 = 按时完成 1 / 完成 2 = 50.0%');
    const csv = e.run(['--lang', 'zh', 'report', 'monthly', '--month', '2026-09', '--format', 'csv', '--bom'], now).stdout;
    const rows = parse(csv, { bom: true, relax_column_count: true }) as string[][];
    expect(rows.some((r) => r.includes('按时完成') && r.includes('1'))).toBe(true);
    const html = e.run(['--lang', 'zh', 'report', 'monthly', '--month', '2026-09', '--format', 'html'], now).stdout;
    expect(html).toMatch(/<table>[\s\S]*报修[\s\S]*<\/table>/);
    const out = path.join(e.dir, 'm.pdf');
    expect(e.run(['--lang', 'zh', 'report', 'monthly', '--month', '2026-09', '--format', 'pdf', '--out', out], now).code).toBe(0);
    const pdfText = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('维修统计');
    expect(pdfText).toContain('按时完成 1 / 完成 2 = 50.0%');
    const dir = `${path.join(e.dir, 'sections')}/`;
    const r = e.run(['--json', 'report', 'monthly', '--month', '2026-09', '--format', 'csv', '--out', dir], now).json();
    expect(r.files.length).toBe(15); // one file a section, notices, lending, patrols and surveys included, the 12-month trends
    // Names that do not read as dates (issue 22); the KPI file is rows of kpi, numerator, denominator, value, target.
    expect(fs.readdirSync(dir)).toContain('report-2026-09-repairs.csv');
    expect(fs.readdirSync(dir)).toContain('report-2026-09-units.csv');
    const kpis = parse(fs.readFileSync(path.join(dir, 'report-2026-09-kpis.csv'))) as string[][];
    expect(kpis[0]).toEqual(['kpi', 'numerator', 'denominator', 'value', 'target']);
    expect(kpis).toContainEqual(['repair timeliness', '1', '2', '0.5', '0.95']);
    expect(kpis).toContainEqual(['complaints per 100 units', '200', '4', '50', '']);
    expect(fs.readdirSync(dir)).toContain('report-2026-09-lending.csv');
  });

  it('a document: the estate and month and the page number on every page, prepared-by and checked-by lines (issue 22)', () => {
    const out = path.join(e.dir, 'doc.pdf');
    expect(e.run(['--lang', 'zh', 'report', 'monthly', '--month', '2026-09', '--format', 'pdf', '--out', out], now).code).toBe(0);
    const pages = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((p) => p.trim());
    pages.forEach((p, i) => {
      expect(p).toContain('虹港家园 · 2026-09');
      expect(p).toContain(`第 ${i + 1} 页，共 ${pages.length} 页`);
    });
    expect(pages[pages.length - 1]).toMatch(/制表人（签字、日期）\s+审核人（签字、日期）[\s\S]*链头/);
    const html = e.run(['report', 'monthly', '--month', '2026-09', '--format', 'html'], now).stdout;
    expect(html).toContain('@top-left { content: "虹港家园 · 2026-09";');
    expect(html).toContain('@bottom-center { content: "page " counter(page) " of " counter(pages);');
    expect(html).toMatch(
      /<div class="signatures"><div>Prepared by \(signature, date\)<\/div><div>Checked by \(signature, date\)<\/div><\/div>\s*<footer class="foot">audit/,
    );
    const units = e.run(['--lang', 'zh', 'report', 'units', '--month', '2026-09', '--format', 'html'], now).stdout;
    expect(units).toContain('<div>审核人（签字、日期）</div>');
  });

  it('runs from cron: no TTY, exit 0; a bad month exits 2 with one line', () => {
    expect(e.run(['--yes', 'report', 'monthly'], now).code).toBe(0);
    const bad = e.run(['report', 'monthly', '--month', '2026-13'], now);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('report units: status at month end and the changes (R-103)', () => {
    const u = e.run(['--json', 'report', 'units', '--month', '2026-09'], now).json();
    expect(u.byStatus).toMatchObject({ vacant: 1, unsold: 1, 'handed-over': 1, occupied: 1 });
    // The same table for a person and for a spreadsheet (it crashed outside --json once).
    const table = e.run(['--lang', 'zh', 'report', 'units', '--month', '2026-09'], now);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/空置[\s\S]*1/);
    const csv = e.run(['report', 'units', '--month', '2026-09', '--format', 'csv'], now);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toMatch(/vacant.*,1/i);
  });

  it('export repairs: masked, Chinese headers, BOM for Excel (R-903)', () => {
    const out = path.join(e.dir, 'repairs.csv');
    e.run(['--lang', 'zh', 'export', 'repairs', '--bom', '--out', out]);
    const rows = parse(fs.readFileSync(out), { bom: true }) as string[][];
    expect(rows[0].slice(0, 3)).toEqual(['单号', '类型', '状态']);
    expect(rows).toHaveLength(4);
    expect(rows.flat().join(' ')).toContain('138****5678');
    expect(rows.flat().join(' ')).not.toContain('13812345678');
  });
});

describe('12-month trends and charts (issue 22, R-900)', () => {
  it('trends: one grouped query per series, each month as its own report counts it; HTML holds the charts as SVG, the PDF draws them', () => {
    const e = month();
    // One more repair in August, done the same day (on time, R-502): a second month in the window.
    const aug = (t: string, args: string[]) => {
      const r = e.run(['--json', '--at', t, ...args], { PMDESK_NOW: t });
      expect(r.code, r.stderr).toBe(0);
      return r.json();
    };
    const D = aug('2026-08-20T09:00', [
      'repair',
      'new',
      '--unit',
      'A-1-101',
      '--reporter',
      '王伟',
      '--phone',
      '13812345678',
      '--desc',
      '水龙头坏',
      '--kind',
      'plumbing',
    ]).no;
    aug('2026-08-20T15:00', ['repair', 'complete', D]);
    const now = { PMDESK_NOW: '2026-10-01T08:00:00+08:00' };
    const m = e.run(['--json', 'report', 'monthly', '--month', '2026-09'], now).json();
    expect(m.trends).toHaveLength(12);
    expect(m.trends.map((p: { month: string }) => p.month).slice(0, 2)).toEqual(['2025-10', '2025-11']);
    expect(m.trends[11]).toMatchObject({
      month: '2026-09',
      kpis: { repairTimelinessRate: 0.5, satisfactionRate: 1 },
      counts: { complaints: 2, repairs: 3, complaintsByClass: { important: 1, minor: 1, major: 0 }, visits: 0 },
    });
    expect(m.trends[10]).toMatchObject({
      month: '2026-08',
      kpis: { repairTimelinessRate: 1, complaintOnTimeRate: null },
      counts: { complaints: 0, repairs: 1 },
    });
    expect(m.trends[0]).toMatchObject({
      month: '2025-10',
      kpis: { repairTimelinessRate: null },
      counts: { complaints: 0, repairs: 0, renovationsActive: 0 },
    });
    // Each point is what that month's own report says (the grouped queries count as the sections do).
    for (const [i, mon] of [
      [11, '2026-09'],
      [10, '2026-08'],
    ] as const) {
      const own = i === 11 ? m : e.run(['--json', 'report', 'monthly', '--month', mon], now).json();
      const { formulas: _f, targets: _t, pass: _p, ...kpis } = own.kpis;
      expect(m.trends[i].kpis).toEqual(kpis);
      expect(m.trends[i].counts).toMatchObject({ complaints: own.complaints.total, repairs: own.repairs.requests, visits: own.visits.visitors });
      expect(m.trends[i].counts.complaintsByClass).toEqual(own.complaints.byClass);
    }
    const html = e.run(['--lang', 'zh', 'report', 'monthly', '--month', '2026-09', '--format', 'html'], now).stdout;
    // 6 KPI lines, the main counts, complaints by class, by department, house status.
    const svgs = html.match(/<svg [\s\S]*?<\/svg>/g) ?? [];
    expect(svgs.length).toBeGreaterThanOrEqual(9);
    const timeliness = svgs.find((x) => x.includes('>维修及时率<')) ?? '';
    expect(timeliness).toMatch(/<path d="M[^"]*L[^"]*"[^>]*stroke="#2f5fb3"/); // the KPI's 12-month line
    expect(timeliness).toMatch(/<path [^>]*stroke="#c62828" stroke-dasharray/); // its target, dashed red
    expect(svgs.some((x) => x.includes('>投诉分级<'))).toBe(true);
    const out = path.join(e.dir, 'c.pdf');
    const r = e.run(['--lang', 'zh', 'report', 'monthly', '--month', '2026-09', '--format', 'pdf', '--out', out], now);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('parseXml');
    const bytes = fs.readFileSync(out);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // One embedded font (the CJK subset), not two.
    expect(bytes.toString('latin1').match(/\/FontFile3/g)?.length).toBe(1);
    let pdf: string;
    try {
      pdf = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    } catch {
      console.log('report.test: pdftotext not installed: the PDF text check is skipped');
      return;
    }
    expect(pdf).toContain('近 12 个月趋势');
    expect(pdf).toContain('投诉分级'); // a chart's title, drawn from the chart's data in the CJK font
    expect(pdf).toContain('目标 95.0%'); // a KPI chart's dashed target line carries its label
    expect(pdf).toContain('100%'); // a KPI chart's value axis, in percent
    expect(pdf).toContain('2025-10');
    // The KPI table with its targets, on the first page: 维修及时率 50.0% against the default 95.0%.
    expect(pdf).toMatch(/维修及时率\s+50\.0%\s+95\.0%\s+未达标/);
  }, 120_000);
});

describe('KPIs against targets and fair month-to-date (issue 22, R-900)', () => {
  it('a target set in the profile is read: the word in text, the colour in HTML, the table in PDF', () => {
    const e = month();
    const now = { PMDESK_NOW: '2026-10-01T08:00:00+08:00' };
    const text = e.run(['--lang', 'zh', 'report', 'monthly', '--month', '2026-09'], now).stdout;
    expect(text).toMatch(/维修及时率\s*│\s*50\.0%\s*│\s*95\.0%\s*│\s*未达标/);
    expect(text).toMatch(/客户满意率\s*│\s*100\.0%\s*│\s*90\.0%\s*│\s*达标/);
    expect(e.run(['profile', 'set', 'targets.repairTimelinessRate', '0.5']).code).toBe(0);
    const after = e.run(['--json', 'report', 'monthly', '--month', '2026-09'], now).json();
    expect(after.kpis.targets.repairTimelinessRate).toBe(0.5);
    expect(after.kpis.pass.repairTimelinessRate).toBe(true);
    const html = e.run(['--lang', 'zh', 'report', 'monthly', '--month', '2026-09', '--format', 'html'], now).stdout;
    expect(html).toMatch(/<td class="pass">达标<\/td>/);
    expect(html).toMatch(/<td class="miss">未达标<\/td>/);
    const out = path.join(e.dir, 'k.pdf');
    e.run(['--lang', 'zh', 'report', 'monthly', '--month', '2026-09', '--format', 'pdf', '--out', out], now);
    const pdf = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(pdf).toMatch(/维修及时率\s+50\.0%\s+50\.0%\s+达标/);
  });

  it('08:00 on 1 December: a complaint of 20:00 on 30 November is not yet a miss (0 / 0), then is (0 / 1)', () => {
    const { run } = estate();
    const t = '2026-11-30T20:00:00+08:00';
    run(['--at', t, 'complaint', 'new', '--name', '王伟', '--unit', 'A-1-101', '--channel', 'phone', '--about', '保洁', '--desc', '脏'], {
      PMDESK_NOW: t,
    });
    const at = (now: string) => run(['--json', 'report', 'monthly', '--month', '2026-12'], { PMDESK_NOW: now }).json();
    expect(at('2026-12-01T08:00:00+08:00').complaints.answered24h).toMatchObject({ num: 0, den: 0, value: null });
    const text = run(['report', 'monthly', '--month', '2026-12'], { PMDESK_NOW: '2026-12-01T08:00:00+08:00' }).stdout;
    expect(text).toContain('first feedback within 24 h = 0 / 0 = –');
    // Due at 20:00 on 1 December: from then on it is a miss.
    expect(at('2026-12-01T21:00:00+08:00').complaints.answered24h).toMatchObject({ num: 0, den: 1, value: 0 });
  });
});

describe('monthly due days (issue 22 step 5, R-103, R-407)', () => {
  it('the house-status table by the 5th and the complaint summary by the 25th of the month after: in report due, closed by --out', () => {
    const { run, dir } = estate(); // the first entry: 2026-09-30
    // The monthly ones (the quarter's archive hand-over, R-805, is in test/cli/followup-plan.test.ts).
    const due = (now: string) =>
      run(['--json', 'report', 'due'], { PMDESK_NOW: now })
        .json()
        .reports.filter((r: { rule: string }) => r.rule !== 'R-805');
    expect(due('2026-10-04T09:00:00+08:00')).toEqual([]);
    expect(due('2026-10-05T09:00:00+08:00')).toEqual([
      { month: '2026-09', report: 'houseStatus', rule: 'R-103', dueAt: '2026-10-05T23:59:59+08:00', overdue: false },
    ]);
    const oct6 = { PMDESK_NOW: '2026-10-06T09:00:00+08:00' };
    expect(due(oct6.PMDESK_NOW)).toEqual([expect.objectContaining({ month: '2026-09', report: 'houseStatus', overdue: true })]);
    const text = run(['--lang', 'zh', 'report', 'due'], oct6).stdout;
    expect(text).toMatch(/月度报表未出（1[\s\S]*2026-09\s*│\s*房屋动态表\s*│\s*R-103\s*│\s*2026-10-05 23:59 已逾期/);
    // The profile's due day is read (and checked); the complaint summary is due on the 25th.
    expect(run(['--json', 'profile', 'set', 'reports.houseStatusDueDay', '32']).err().code).toBe('E_VALUE');
    expect(run(['profile', 'set', 'reports.houseStatusDueDay', '7']).code).toBe(0);
    expect(due(oct6.PMDESK_NOW)).toEqual([]);
    expect(due('2026-10-07T09:00:00+08:00')[0]).toMatchObject({ report: 'houseStatus', dueAt: '2026-10-07T23:59:59+08:00', overdue: false });
    // A draft of a month still running closes nothing.
    const draft = run(['--json', 'report', 'units', '--month', '2026-10', '--out', path.join(dir, 'draft.csv'), '--format', 'csv'], oct6).json();
    expect(draft.closed).toEqual([]);
    // report units --out closes the house-status table, late after the 7th.
    const units = run(['--json', 'report', 'units', '--month', '2026-09', '--out', path.join(dir, 'u.html'), '--format', 'html'], {
      PMDESK_NOW: '2026-10-08T09:00:00+08:00',
    }).json();
    expect(units.closed).toEqual([{ report: 'houseStatus', rule: 'R-103', dueAt: '2026-10-07T23:59:59+08:00', late: true }]);
    expect(due('2026-10-25T09:00:00+08:00')).toEqual([
      { month: '2026-09', report: 'complaintSummary', rule: 'R-407', dueAt: '2026-10-25T23:59:59+08:00', overdue: false },
    ]);
    // report monthly --out closes the complaint summary (on time); the house-status table stays closed.
    const monthly = run(['report', 'monthly', '--month', '2026-09', '--format', 'html', '--out', path.join(dir, 'm.html')], {
      PMDESK_NOW: '2026-10-25T10:00:00+08:00',
    });
    expect(monthly.stdout).toContain('2026-09 complaint summary (R-407) produced');
    expect(monthly.stdout).not.toContain('late');
    expect(due('2026-10-26T09:00:00+08:00')).toEqual([]);
    // October's come due in November.
    expect(due('2026-11-08T09:00:00+08:00')).toEqual([expect.objectContaining({ month: '2026-10', report: 'houseStatus', overdue: true })]);
    expect(
      run(['--json', 'audit', 'report:2026-09'])
        .json()
        .map((a: { field: string }) => a.field),
    ).toEqual(['houseStatus', 'complaintSummary']);
  });
});

describe('export --encoding gb18030 (old Excel / WPS)', () => {
  it('writes GB18030 that decodes back to the Chinese text', () => {
    const { dir, run } = estate();
    const out = path.join(dir, 'units-gbk.csv');
    expect(run(['--lang', 'zh', 'export', 'units', '--encoding', 'gb18030', '--out', out]).code).toBe(0);
    const buf = fs.readFileSync(out);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(buf)).toThrow();
    expect(new TextDecoder('gb18030').decode(buf).split('\r\n')[0]).toBe('房号,楼栋,楼层,面积,状态');
  });
});
