// Terminal tables with truncation by display width (displayWidth counts a
// Chinese character as 2 columns), so Chinese lines up and a list fits an
// 80-column terminal. Drawn here rather than by cli-table3: its layout pass
// cost ~0.3 ms per cell (40 ms for a 144-unit list, seconds for 20,000 units)
// and its wordWrap drops Chinese text (dependencies.md).
import { displayWidth as stringWidth } from './width.js';

export function fit(text: string, width: number): string {
  const s = String(text ?? '');
  if (stringWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (stringWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

export interface Column {
  head: string;
  max?: number; // display columns at most
  keep?: boolean; // never narrowed to fit (numbers, dates): the text columns give way
}

/** Render rows as a table at most `total` columns wide (default: the terminal, else 80). */
export function table(columns: Column[], rows: unknown[][], total = process.stdout.columns || 80): string {
  const cells = rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c)).replace(/[\r\n\t]+/g, ' ')));
  // Natural width of each column, then shrink the widest until the table fits.
  // A loop, not Math.max(...rows): a list may have hundreds of thousands of rows.
  const widths = columns.map((c, i) => {
    let w = stringWidth(c.head);
    for (const r of cells) w = Math.max(w, stringWidth(r[i] ?? ''));
    return Math.min(c.max ?? 40, w);
  });
  const frame = () => widths.reduce((a, w) => a + w + 3, 1);
  while (frame() > total) {
    const narrowable = widths.map((w, j) => (columns[j].keep ? 0 : w));
    const i = narrowable.indexOf(Math.max(...narrowable));
    if (widths[i] <= 6) break;
    widths[i]--;
  }
  const pad = (text: string, w: number) => text + ' '.repeat(Math.max(0, w - stringWidth(text)));
  const line = (l: string, m: string, r: string) => l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r;
  const row = (r: string[]) => `│ ${r.map((c, i) => pad(fit(c, widths[i]), widths[i])).join(' │ ')} │`;
  const out = [line('┌', '┬', '┐'), row(columns.map((c) => c.head))];
  for (const r of cells) out.push(row(r));
  out.push(line('└', '┴', '┘'));
  return out.join('\n');
}

/** "Label: value" lines, labels padded to line up (Chinese-aware). */
export function fields(pairs: Array<[string, unknown]>): string {
  const w = Math.max(...pairs.map(([k]) => stringWidth(k)));
  return pairs.map(([k, v]) => `${k}${' '.repeat(w - stringWidth(k))}  ${v ?? ''}`).join('\n');
}
