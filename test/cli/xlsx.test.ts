// `export … --format xlsx` (issue 22, R-903, R-004): a workbook read back with
// exceljs keeps every digit of an 18-digit ID, a phone and a receipt 0012345 as
// text; amounts are numbers, times dates; the header is Chinese, frozen, filtered.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { estate } from './helpers.js';

type Workbook = import('exceljs').Workbook;
const Excel = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');

async function readBook(file: string): Promise<Workbook> {
  const wb = new Excel.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;

describe('export --format xlsx (R-903)', () => {
  const e = estate();
  const at = (t: string, args: string[]) => {
    const r = e.run(['--json', '--at', t, ...args], { PMDESK_NOW: t });
    if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
    return r.json();
  };
  const no = at('2026-09-03T09:00', [
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
  at('2026-09-04T09:30', ['repair', 'dispatch', no, '--tech', '张师傅']);
  at('2026-09-04T10:00', ['repair', 'quote', no, '--amount', '1234.5']);
  at('2026-09-04T10:05', ['repair', 'quote', no, '--consent']);
  at('2026-09-04T11:00', ['repair', 'complete', no, '--paid', '1234.5', '--receipt', '0012345']);

  it('residents unmasked: the 18-digit ID stays text, every digit kept (R-004 logged)', async () => {
    const out = path.join(e.dir, 'residents.xlsx');
    const r = e.run(['--lang', 'zh', 'export', 'residents', '--unmask', '--reason', '街道核查', '--format', 'xlsx', '--out', out]);
    expect(r.code).toBe(0);
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    const ws = (await readBook(out)).worksheets[0];
    expect(ws.name).toBe('住户');
    expect(ws.getRow(1).values).toEqual([undefined, '编号', '姓名', '身份', '证件类型', '证件号码', '电话', '房号']);
    const id = ws.getRow(2).getCell(5);
    expect(id.value).toBe('11010519491231002X');
    const ids = [2, 3, 4, 5].map((i) => ws.getRow(i).getCell(5));
    for (const c of ids) {
      expect(typeof c.value).toBe('string');
      expect(String(c.value)).toHaveLength(18);
      expect(c.numFmt).toBe('@');
    }
    expect(ws.getRow(2).getCell(6).value).toBe('13812345678');
    expect(ws.getRow(2).getCell(7).value).toBe('A-1-101');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:G1');
    const audit = e.run(['--json', 'audit', 'export:residents']).json();
    expect(audit.some((a: { new: string }) => a.new === '街道核查')).toBe(true);
  });

  it('residents masked by default, as for CSV (R-004)', async () => {
    const out = path.join(e.dir, 'residents-masked.xlsx');
    expect(e.run(['export', 'residents', '--format', 'xlsx', '--out', out]).code).toBe(0);
    const ws = (await readBook(out)).worksheets[0];
    const cells = [2, 3, 4, 5].flatMap((i) => [ws.getRow(i).getCell(5).value, ws.getRow(i).getCell(6).value]).join(' ');
    expect(cells).toContain('138****5678');
    expect(cells).not.toContain('13812345678');
    expect(cells).not.toContain('11010519491231002X');
  });

  it('repairs: record and receipt numbers text, the amount a number in yuan, times dates', async () => {
    const out = path.join(e.dir, 'repairs.xlsx');
    const r = e.run(['--lang', 'zh', '--json', 'export', 'repairs', '--format', 'xlsx', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ what: 'repairs', rows: 1, format: 'xlsx' });
    const ws = (await readBook(out)).worksheets[0];
    const head = ws.getRow(1).values as string[];
    const col = (h: string) => head.indexOf(h);
    expect(head).toContain('单号');
    const row = ws.getRow(2);
    expect(row.getCell(col('单号')).value).toBe(no);
    expect(row.getCell(col('收据号')).value).toBe('0012345');
    expect(row.getCell(col('收据号')).numFmt).toBe('@');
    expect(row.getCell(col('金额')).value).toBe(1234.5);
    expect(row.getCell(col('金额')).numFmt).toBe('#,##0.00');
    const created = row.getCell(col('发生时间')).value as Date;
    expect(created).toBeInstanceOf(Date);
    // The wall-clock time the clerk entered (estate time), not shifted by the offset.
    expect(created.toISOString()).toBe('2026-09-03T09:00:00.000Z');
    expect(row.getCell(col('电话')).value).toBe('138****5678');
  });

  it('refuses a workbook to the terminal and an unknown format (exit 2, one line)', () => {
    const noOut = e.run(['export', 'repairs', '--format', 'xlsx']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr.trim().split('\n')).toHaveLength(1);
    expect(e.run(['export', 'repairs', '--format', 'ods', '--out', path.join(e.dir, 'x.ods')]).code).toBe(2);
  });

  it.skipIf(!hasSoffice)('LibreOffice headless reads the ID back with 18 digits', () => {
    const out = path.join(e.dir, 'lo.xlsx');
    e.run(['export', 'residents', '--unmask', '--reason', 'check', '--format', 'xlsx', '--out', out]);
    execFileSync('soffice', ['--headless', '--convert-to', 'csv', '--outdir', e.dir, out], { timeout: 120_000 });
    expect(fs.readFileSync(path.join(e.dir, 'lo.csv'), 'utf8')).toContain('11010519491231002X');
  });
  if (!hasSoffice) console.log('xlsx.test: LibreOffice (soffice) not installed: the headless conversion check is skipped');
});

describe('report monthly --format xlsx (R-900, R-901)', () => {
  it('one sheet per section; unit codes text, counts numbers', async () => {
    const e = estate();
    const out = path.join(e.dir, 'm.xlsx');
    const r = e.run(['--lang', 'zh', 'report', 'monthly', '--month', '2026-09', '--format', 'xlsx', '--out', out]);
    expect(r.code).toBe(0);
    const wb = await readBook(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toHaveLength(15);
    expect(names.slice(0, 3)).toEqual(['主要指标', '近 12 个月趋势', '房屋动态（R-103）']);
    // The KPI sheet holds numbers: numerator, denominator, value, target.
    const k = wb.worksheets[0];
    const kHead = (k.views[0] as { ySplit: number }).ySplit;
    expect(k.getRow(kHead).values).toEqual([undefined, '指标', '分子', '分母', '数值', '目标']);
    expect(k.getRow(kHead + 1).getCell(5).value).toBe(0.95);
    const units = wb.worksheets[2];
    // The lead line (total), then the status table: header frozen and filtered under it.
    const headRow = (units.views[0] as { ySplit: number }).ySplit;
    expect(units.getRow(headRow).values).toEqual([undefined, '状态', '数量']);
    const counts = [1, 2, 3, 4, 5, 6].map((i) => units.getRow(headRow + i).getCell(2).value);
    expect(counts.every((v) => typeof v === 'number')).toBe(true);
    expect((counts as number[]).reduce((a, b) => a + b, 0)).toBe(4);
    expect(e.run(['report', 'monthly', '--month', '2026-09', '--format', 'xlsx']).code).toBe(2);
  });
});
