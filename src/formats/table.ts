// Terminal tables drawn by cli-table3 (the design card's library), 80 columns
// (or the terminal's width). The cells are fitted and padded here with the
// project's East-Asian width (width.ts: a Chinese character is 2 columns) —
// cli-table3 measures with string-width, which the build points at the same
// function — so Chinese lines up and cli-table3 never truncates or wraps (its
// wordWrap drops Chinese text, dependencies.md). cli-table3 costs ~0.1 ms a
// cell: a list at a terminal draws only the rows a screen holds (screenRows).
import Table from 'cli-table3';
import { charWidth, displayWidth as stringWidth } from './width.js';

/** The text cut to `width` columns with … — one pass, each character measured once. */
export function fit(text: string, width: number): string {
  const s = String(text ?? '');
  const full = stringWidth(s);
  if (full <= width) return s;
  let w = 0;
  let end = 0;
  for (const ch of s) {
    const cw = charWidth(ch.codePointAt(0)!);
    if (w + cw > width - 1) break;
    w += cw;
    end += ch.length;
  }
  return `${s.slice(0, end)}…`;
}

/**
 * The text in lines of at most `width` columns, broken after a space or
 * between two Chinese characters — never inside a Latin word or a number
 * (a word longer than a line is cut).
 */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of String(text ?? '').split('\n')) {
    let line = '';
    let lw = 0;
    let word = '';
    let ww = 0;
    const flushWord = () => {
      if (lw + ww > width && line) {
        out.push(line.trimEnd());
        line = word.trimStart();
        lw = stringWidth(line);
      } else {
        line += word;
        lw += ww;
      }
      word = '';
      ww = 0;
    };
    for (const ch of para) {
      const cw = charWidth(ch.codePointAt(0)!);
      if (cw === 2) {
        // A wide character is a word of its own (Chinese breaks between characters).
        flushWord();
        word = ch;
        ww = 2;
        flushWord();
        continue;
      }
      if (ww + cw > width) {
        // A word longer than the line: cut it.
        flushWord();
      }
      word += ch;
      ww += cw;
      if (ch === ' ') flushWord();
    }
    flushWord();
    out.push(line.trimEnd());
  }
  return out;
}

export interface Column {
  head: string;
  max?: number; // display columns at most
  keep?: boolean; // never narrowed to fit (numbers, dates): the text columns give way
  wrap?: boolean; // long text is wrapped onto further lines (at word / character boundaries) instead of cut with …
}

/** The rows of a list a terminal window shows (its height less the frame, count and prompt lines); undefined when not a terminal. */
export function screenRows(): number | undefined {
  if (!process.stdout.isTTY) return undefined;
  return Math.max(5, (process.stdout.rows || 24) - 6);
}

const CHARS = {
  top: '─',
  'top-mid': '┬',
  'top-left': '┌',
  'top-right': '┐',
  bottom: '─',
  'bottom-mid': '┴',
  'bottom-left': '└',
  'bottom-right': '┘',
  left: '│',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '│',
  'right-mid': '',
  middle: '│',
};

/** Render rows as a table at most `total` columns wide (default: the terminal, else 80). */
export function table(columns: Column[], rows: unknown[][], total = process.stdout.columns || 80, direct?: boolean): string {
  // One line a cell, except in a column that wraps (its own line breaks are kept).
  const flat = columns.map((c) => (c.wrap ? /[\r\t]+/g : /[\r\n\t]+/g));
  const cells = rows.map((r) => r.map((c, i) => (c === null || c === undefined ? '' : String(c)).replace(flat[i] ?? /[\r\n\t]+/g, ' ')));
  // Natural width of each column (each cell measured once), then shrink the widest until the table fits.
  // A loop, not Math.max(...rows): a list may have hundreds of thousands of rows.
  const measured = cells.map((r) => r.map((c) => (c.includes('\n') ? Math.max(...c.split('\n').map(stringWidth)) : stringWidth(c))));
  const widths = columns.map((c, i) => {
    let w = stringWidth(c.head);
    for (const r of measured) w = Math.max(w, r[i] ?? 0);
    return Math.min(c.max ?? 40, w);
  });
  // Narrow the widest text column by the excess at once (no column below 6), not one column at a time.
  let excess = widths.reduce((a, w) => a + w + 3, 1) - total;
  while (excess > 0) {
    let i = -1;
    for (let j = 0; j < widths.length; j++) if (!columns[j].keep && widths[j] > 6 && (i < 0 || widths[j] > widths[i])) i = j;
    if (i < 0) break;
    let second = 6;
    for (let j = 0; j < widths.length; j++) if (j !== i && !columns[j].keep) second = Math.max(second, widths[j]);
    const cut = Math.min(excess, widths[i] - 6, Math.max(1, widths[i] - second));
    widths[i] -= cut;
    excess -= cut;
  }
  const pad = (text: string, w: number) => {
    const f = fit(text, w);
    return f + ' '.repeat(Math.max(0, w - stringWidth(f)));
  };
  const cell = (c: string, i: number, m: number) => {
    const w = widths[i];
    if (m <= w && !c.includes('\n')) return c + ' '.repeat(w - m);
    if (!columns[i].wrap) return pad(c, w);
    return wrap(c, w)
      .map((l) => pad(l, w))
      .join('\n');
  };
  // cli-table3 lays out a table by checking each cell against every earlier row (quadratic in the
  // rows): draw the body in chunks of CHUNK rows with the same column widths and join them
  // (each chunk's closing line and the next one's opening line are dropped).
  const options = {
    colWidths: widths.map((w) => w + 2),
    chars: CHARS,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1, compact: true },
    wordWrap: false,
  };
  const body = (r: number) => cells[r].map((c, i) => cell(c, i, measured[r][i] ?? 0));
  // Piped output (issue 23: `report due | cat`): the same frame drawn directly, byte for byte what
  // cli-table3 draws (test/domain/table-draw.test.ts); a terminal keeps cli-table3.
  if (direct ?? !process.stdout.isTTY) return drawn(widths, pad, columns, cells.length, body);
  const out: string[] = [];
  for (let from = 0; from === 0 || from < cells.length; from += CHUNK) {
    const t = new Table({ ...options, head: from === 0 ? columns.map((c, i) => pad(c.head, widths[i])) : [] });
    const to = Math.min(cells.length, from + CHUNK);
    for (let r = from; r < to; r++) t.push(body(r));
    const lines = t.toString().split('\n');
    if (from > 0) lines.shift();
    if (to < cells.length) lines.pop();
    out.push(...lines);
  }
  return out.join('\n');
}

/** The frame cli-table3 draws with CHARS, padding 1 and compact rows, for cells already fitted to `widths`. */
function drawn(widths: number[], pad: (text: string, w: number) => string, columns: Column[], n: number, body: (r: number) => string[]): string {
  const rule = (l: string, m: string, r: string) => l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r;
  const out = [rule('┌', '┬', '┐')];
  const row = (cs: string[]) => {
    const lines = cs.map((c) => c.split('\n'));
    const h = lines.reduce((a, l) => Math.max(a, l.length), 1);
    for (let k = 0; k < h; k++) out.push(`│${lines.map((l, i) => ` ${l[k] ?? ' '.repeat(widths[i])} `).join('│')}│`);
  };
  row(columns.map((c, i) => pad(c.head, widths[i])));
  for (let r = 0; r < n; r++) row(body(r));
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

/** Rows drawn by one cli-table3 table (its layout is quadratic in the rows of a table). */
const CHUNK = 16;

/** "Label: value" lines, labels padded to line up (Chinese-aware); a value of several lines is indented under its first. */
export function fields(pairs: Array<[string, unknown]>): string {
  const w = Math.max(...pairs.map(([k]) => stringWidth(k)));
  const indent = ' '.repeat(w + 2);
  // Issue 18: a long value wraps (at word / character boundaries) so the lines fit 80 columns.
  const room = Math.max(20, 80 - w - 2);
  return pairs.map(([k, v]) => `${k}${' '.repeat(w - stringWidth(k))}  ${wrap(String(v ?? ''), room).join(`\n${indent}`)}`).join('\n');
}
