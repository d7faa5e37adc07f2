// Terminal tables: cli-table3 with our own truncation by display width
// (displayWidth counts a Chinese character as 2 columns), so Chinese lines up
// and a list fits an 80-column terminal. cli-table3's wordWrap drops Chinese
// text (dependencies.md), so we never use it.
import Table from 'cli-table3';
import { displayWidth as stringWidth } from './width.js';

export function fit(text: string, width: number): string {
  const s = String(text ?? '');
  if (stringWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (stringWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + '…';
}

export interface Column {
  head: string;
  max?: number; // display columns at most
}

/** Render rows as a table at most `total` columns wide (default: the terminal, else 80). */
export function table(columns: Column[], rows: unknown[][], total = process.stdout.columns || 80): string {
  const cells = rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c)).replace(/[\r\n\t]+/g, ' ')));
  // Natural width of each column, then shrink the widest until the table fits.
  const widths = columns.map((c, i) => Math.min(c.max ?? 40, Math.max(stringWidth(c.head), ...cells.map((r) => stringWidth(r[i] ?? '')))));
  const frame = () => widths.reduce((a, w) => a + w + 3, 1);
  while (frame() > total) {
    const i = widths.indexOf(Math.max(...widths));
    if (widths[i] <= 6) break;
    widths[i]--;
  }
  const t = new Table({
    head: columns.map((c, i) => fit(c.head, widths[i])),
    style: { head: [], border: [], compact: true },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const r of cells) t.push(r.map((c, i) => fit(c, widths[i])));
  return t.toString();
}

/** "Label: value" lines, labels padded to line up (Chinese-aware). */
export function fields(pairs: Array<[string, unknown]>): string {
  const w = Math.max(...pairs.map(([k]) => stringWidth(k)));
  return pairs.map(([k, v]) => `${k}${' '.repeat(w - stringWidth(k))}  ${v ?? ''}`).join('\n');
}
