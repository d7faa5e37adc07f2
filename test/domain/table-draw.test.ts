// Issue 23: piped tables are drawn directly; they must be byte for byte what cli-table3 draws
// at a terminal (Chinese widths, cut cells with …, wrapped cells, empty tables, many rows).
import { describe, expect, it } from 'vitest';
import { table, type Column } from '../../src/formats/table.js';
import { displayWidth } from '../../src/formats/width.js';

const cols: Column[] = [
  { head: '编号 / 单元', keep: true, wrap: true },
  { head: 'Status', keep: true },
  { head: '内容', wrap: true },
  { head: 'Note' },
];
const rows: unknown[][] = Array.from({ length: 40 }, (_, i) => [
  i % 3 ? `TS-2026-${String(i).padStart(4, '0')}\nA-1-${100 + i}` : `BX-2026-${i}`,
  i % 2 ? 'open' : '已关闭',
  '业主反映楼道灯不亮，已派工程部维修，预计明天完成 lamp in the stairwell is out '.repeat(1 + (i % 3)),
  i % 5 ? null : `note ${i}\twith tab`,
]);

describe('piped tables drawn directly (issue 23)', () => {
  it.each([80, 60, 120])('equal cli-table3 at %i columns', (total) => {
    expect(table(cols, rows, total, true)).toBe(table(cols, rows, total, false));
  });
  it('equal cli-table3 for an empty table and for one row', () => {
    expect(table(cols, [], 80, true)).toBe(table(cols, [], 80, false));
    expect(table(cols, rows.slice(0, 1), 80, true)).toBe(table(cols, rows.slice(0, 1), 80, false));
  });
  it('the drawn table fits 80 columns', () => {
    for (const line of table(cols, rows, 80, true).split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });
});
