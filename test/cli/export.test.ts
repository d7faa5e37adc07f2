// export repairs (R-903, R-004, issue 23): the largest export's cells are made by SQLite;
// a row SQLite cannot finish exactly (a phone that is not a plain mobile number) is made
// by the JS path. Both give the same cells a clerk sees: words in Chinese, codes in
// English, masked phones, yuan, formulas neutralised, quotes doubled.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { estate } from './helpers.js';

function repairs() {
  const e = estate();
  const at = (t: string, args: string[]) => {
    const r = e.run(['--json', '--at', t, ...args], { PMDESK_NOW: t });
    if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
    return r.json();
  };
  const base = ['repair', 'new', '--unit', 'A-1-101', '--kind', 'plumbing'];
  // A mobile number (SQL path) with a formula, a comma and quotes in the text.
  const A = at('2026-09-02T09:00', [...base, '--reporter', '-王,"伟"', '--phone', '13812345678', '--desc', '=SUM(A1),"x"']).no;
  at('2026-09-02T09:30', ['repair', 'dispatch', A, '--tech', '李师傅']);
  at('2026-09-02T10:00', ['repair', 'quote', A, '--amount', '80.5', '--consent']);
  at('2026-09-02T15:00', ['repair', 'complete', A, '--paid', '80.5', '--receipt', 'SJ-000123']);
  // A landline (the JS path masks it, R-004).
  const B = at('2026-09-03T09:00', [...base, '--reporter', '李', '--phone', '021-62345678', '--desc', '＠门', '--urgency', 'urgent']).no;
  return { e, A, B };
}

const now = { PMDESK_NOW: '2026-09-30T10:00:00+08:00' };

describe('export repairs: cells from SQL and from JS alike (R-903, R-004, issue 23)', () => {
  const { e, A, B } = repairs();
  const csv = (args: string[], name: string) => {
    const out = path.join(e.dir, name);
    const r = e.run([...args, '--out', out], now);
    expect(r.code, r.stderr).toBe(0);
    return fs.readFileSync(out, 'utf8');
  };

  it('Chinese: words for codes, masked phones, yuan, formulas neutralised (R-004, R-903)', () => {
    const text = csv(['--lang', 'zh', 'export', 'repairs'], 'zh.csv');
    expect(text).toContain(`,"'-王,""伟""",138****5678,"'=SUM(A1),""x""",`);
    const rows = parse(text) as string[][];
    expect(rows[0]).toEqual([
      '单号',
      '类型',
      '状态',
      '房号',
      '发生时间',
      '录入时间',
      '更新时间',
      '期限',
      '作废',
      '作废原因',
      '类别',
      '紧急程度',
      '公共部位',
      '报修人',
      '电话',
      '内容',
      '维修人员',
      '金额',
      '收据号',
      '完成时间',
      '是否及时',
    ]);
    const a = rows.find((r) => r[0] === A)!;
    const b = rows.find((r) => r[0] === B)!;
    expect(a.slice(1, 3)).toEqual(['报修', '已完工']);
    expect(a.slice(10, 12)).toEqual(['水管', '一般']);
    expect(a[14]).toBe('138****5678');
    expect(a.slice(17, 19)).toEqual(['80.50', 'SJ-000123']);
    expect(a[20]).toBe('是');
    expect(b.slice(1, 3)).toEqual(['报修', '新报修']);
    expect(b[11]).toBe('紧急');
    expect(b[14]).toBe('021-****5678');
    expect(b[15]).toBe("'＠门");
    expect(b[7]).toMatch(/^2026-09-0\dT/); // its open deadline
    expect(b[20]).toBe('');
  });

  it('English: codes; --unmask shows the numbers and logs the reason (R-004)', () => {
    const rows = parse(csv(['--lang', 'en', 'export', 'repairs'], 'en.csv')) as string[][];
    const a = rows.find((r) => r[0] === A)!;
    const b = rows.find((r) => r[0] === B)!;
    expect(a.slice(1, 3)).toEqual(['repair', 'completed']);
    expect(a[20]).toBe('yes');
    expect(b[11]).toBe('urgent');
    expect(b[14]).toBe('021-****5678');
    const open = parse(csv(['--lang', 'en', 'export', 'repairs', '--unmask', '--reason', 'audit check'], 'open.csv')) as string[][];
    expect(open.find((r) => r[0] === A)![14]).toBe('13812345678');
    expect(open.find((r) => r[0] === B)![14]).toBe('021-62345678');
  });

  it('the workbook holds the same cells (issue 22)', () => {
    const r = e.run(['--lang', 'zh', 'export', 'repairs', '--format', 'xlsx', '--out', path.join(e.dir, 'r.xlsx')], now);
    expect(r.code, r.stderr).toBe(0);
  });
});
