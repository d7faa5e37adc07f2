// PDF without a browser, Chinese text intact (checked with pdftotext).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToPdf, docToPdf } from '../../src/formats/pdf.js';
import { parseHtml, textOf } from '../../src/formats/htmltree.js';

function pdfText(buf: Buffer): string {
  const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pmdesk-pdf-')), 'x.pdf');
  fs.writeFileSync(f, buf);
  return execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' });
}

const FORM = `<!doctype html><html><head><title>x</title><style>h1{}</style></head><body>
<section class="form"><h1>交房验收交接表</h1><div class="estate">虹港家园</div>
<table><tr><th>房号</th><td>A-1-101</td></tr><tr><th>水表底数</th><td>123.4 &amp; 5</td></tr></table>
<table><tr><th>位置</th><th>问题</th></tr><tr><td>厨房</td><td>水龙头漏水</td></tr></table>
<div class="signatures"><div>业主签字</div><div>客服签字</div></div><div class="copies">第一联 存档</div></section>
<section class="form"><h1>钥匙签收书</h1><p>门钥匙 3 把</p></section></body></html>`;

describe('html reader', () => {
  it('reads text and entities, skips head and style', () => {
    const root = parseHtml(FORM);
    expect(textOf(root)).toContain('123.4 & 5');
    expect(textOf(root)).not.toContain('h1{}');
  });
});

describe('PDF', () => {
  it('draws a form with Chinese text, tables, signatures, one page per form', async () => {
    const pdf = await htmlToPdf(FORM, 'test');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const s of ['交房验收交接表', '虹港家园', '水表底数', '水龙头漏水', '业主签字', '第一联', '钥匙签收书']) expect(text).toContain(s);
    expect(text.split('\f').filter((p) => p.trim())).toHaveLength(2);
  });
  it('draws a report document', async () => {
    const pdf = await docToPdf({
      title: '月度报表',
      subtitle: '2026-09',
      sections: [
        {
          id: 'units',
          title: '房屋动态',
          lines: ['及时率 = 按时完成 37 / 完成 40 = 92.5%'],
          tables: [{ head: ['状态', '套数'], rows: [['空置', 12]] }],
        },
      ],
    });
    const text = pdfText(pdf);
    expect(text).toContain('房屋动态');
    expect(text).toContain('按时完成 37 / 完成 40 = 92.5%');
    expect(pdf.length).toBeLessThan(300_000);
  });
  it('numbers every page and heads it with the estate and month; signature lines and the audit head at the end (issue 22)', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`A-1-${100 + i}`, '空置']);
    const pdf = await docToPdf({
      title: '虹港家园 客服中心月度报表',
      subtitle: '月份 2026-09',
      running: '虹港家园 · 2026-09',
      pageLabel: '第 {n} 页，共 {total} 页',
      signatures: ['制表人（签字、日期）', '审核人（签字、日期）'],
      sections: [{ id: 'units', title: '房屋动态', tables: [{ head: ['房号', '状态'], rows }] }],
      foot: '审计日志 12 行，链头 12-0123456789abcdef',
    });
    const pages = pdfText(pdf)
      .split('\f')
      .filter((p) => p.trim());
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((p, i) => {
      expect(p).toContain('虹港家园 · 2026-09');
      expect(p).toContain(`第 ${i + 1} 页，共 ${pages.length} 页`);
    });
    const last = pages[pages.length - 1];
    expect(last).toMatch(/制表人（签字、日期）\s+审核人（签字、日期）/);
    expect(last).toContain('链头 12-0123456789abcdef');
    expect(pages[0]).not.toContain('制表人');
  });
  it('sets a name outside the small font (GB2312 level 1) in the full font, so nothing is lost (issue 22)', async () => {
    const pdf = await docToPdf({
      title: '月度报表',
      subtitle: '2026-09',
      sections: [
        {
          id: 'units',
          title: '房屋动态',
          lines: ['业主 张堃'],
          tables: [
            {
              head: ['业主', '房号'],
              rows: [
                ['王喆', 'A-1-101'],
                ['李四', 'A-1-102'],
              ],
            },
          ],
        },
      ],
    });
    // The small font for the common text, the full one for 堃 and 喆: two embedded subsets.
    expect(pdf.toString('latin1').match(/\/FontFile3/g)?.length).toBe(2);
    expect(pdf.toString('latin1')).toContain('PmdeskHansSubset-Regular');
    const text = pdfText(pdf);
    for (const s of ['业主 张堃', '王喆', 'A-1-101', '李四', '房屋动态']) expect(text).toContain(s);
  });
  it('draws a report with common text in the small font alone (issue 22)', async () => {
    const pdf = await docToPdf({
      title: '月度报表',
      subtitle: '2026-09',
      sections: [{ id: 'units', title: '房屋动态', tables: [{ head: ['业主', '房号'], rows: [['李四', 'A-1-102']] }] }],
    });
    expect(pdf.toString('latin1').match(/\/FontFile3/g)?.length).toBe(1);
    expect(pdf.toString('latin1')).not.toContain('NotoSansHans');
  });
});
