// CSV out: streaming, formula injection neutralised (cells starting
// with = + - @ are prefixed), CRLF for Excel, UTF-8 with BOM when asked.
import type { Writable } from 'node:stream';
import { stringify as stringifySync } from 'csv-stringify/sync';

export function toCsv(header: string[], rows: unknown[][], bom = false): string {
  return stringifySync([header, ...rows], { bom, escape_formulas: true, record_delimiter: 'windows' });
}

/**
 * A cell that needs quotes: a comma, a double quote or a CRLF in it (csv-stringify
 * with a record delimiter set quotes a lone CR or LF no more).
 */
const NEEDS_QUOTES = /[",]|\r\n/;

/**
 * One CSV cell exactly as csv-stringify writes it with `escape_formulas` (what
 * `toCsv` and earlier exports wrote — the bytes must not change): null, undefined,
 * false and '' are empty; a number as `'' + n` (a negative number keeps its '-');
 * true is 1; a text starting with = + - @ TAB CR (or their full-width forms) gets a
 * leading apostrophe; a cell with , " or CRLF is quoted with its quotes doubled.
 */
export function csvCell(field: unknown): string {
  let value: string;
  if (typeof field === 'string') value = field;
  else if (field === null || field === undefined) return '';
  else if (typeof field === 'number' || typeof field === 'bigint') value = `${field}`;
  else if (typeof field === 'boolean') return field ? '1' : '';
  else if (field instanceof Date) value = `${field.getTime()}`;
  else value = JSON.stringify(field) ?? '';
  if (value === '') return '';
  const quote = NEEDS_QUOTES.test(value);
  switch (value.charCodeAt(0)) {
    case 0x2d: // -
      if (typeof field !== 'number' && typeof field !== 'bigint') value = `'${value}`;
      break;
    case 0x3d: // =
    case 0x2b: // +
    case 0x40: // @
    case 0x09: // TAB
    case 0x0d: // CR
    case 0xff1d: // ＝
    case 0xff0b: // ＋
    case 0xff0d: // －
    case 0xff20: // ＠
      value = `'${value}`;
      break;
  }
  if (!quote) return value;
  return `"${value.replaceAll('"', '""')}"`;
}

/** Whether csvCell guards a text starting with this character (a formula: = + - @ TAB CR or their full-width forms). */
function guarded(c: number): boolean {
  return (
    c === 0x2d || c === 0x3d || c === 0x2b || c === 0x40 || c === 0x09 || c === 0x0d || c === 0xff1d || c === 0xff0b || c === 0xff0d || c === 0xff20
  );
}

/**
 * Whether `line`, `cells` texts joined by commas, is already the CSV csvLine would
 * write for them: exactly cells − 1 commas (no cell holds one), no double quote,
 * no CRLF and no cell starting with a guarded character.
 */
export function isPlainCsvLine(line: string, cells: number): boolean {
  if (line.includes('"') || line.includes('\r\n') || guarded(line.charCodeAt(0))) return false;
  let commas = 0;
  for (let i = line.indexOf(','); i >= 0; i = line.indexOf(',', i + 1)) {
    if (guarded(line.charCodeAt(i + 1))) return false;
    commas++;
  }
  return commas === cells - 1;
}

/** One CSV record with its CRLF. */
export function csvLine(row: readonly unknown[]): string {
  let s = '';
  for (let i = 0; i < row.length; i++) s += i ? `,${csvCell(row[i])}` : csvCell(row[i]);
  return `${s}\r\n`;
}

/** Output is gathered into pieces of at least this many characters (≥ 1 MB) and written at once (issue 23). */
const CHUNK_CHARS = 1 << 20;

/**
 * Stream rows (cells, or finished lines with their CRLF) into `dest` (a file's writer from core/out.ts) or, when null,
 * stdout; memory stays flat (one chunk of about 1 MB at a time). Returns the
 * row count. A write error (full disk, closed pipe) rejects. `gb18030` is for
 * old Excel/WPS that do not read UTF-8.
 */
export async function streamCsv(
  header: string[],
  rows: Iterable<unknown[] | string>,
  dest: Writable | null,
  bom: boolean,
  encoding: 'utf-8' | 'gb18030' = 'utf-8',
): Promise<number> {
  const to = dest ?? process.stdout;
  let encode: (s: string) => Buffer = (s) => Buffer.from(s, 'utf8');
  if (encoding === 'gb18030') {
    const { default: iconv } = await import('iconv-lite');
    encode = (s) => iconv.encode(s, 'gb18030');
  }
  const put = (b: Buffer) => new Promise<void>((resolve, reject) => to.write(b, (e) => (e ? reject(e) : resolve())));
  // A failed write (full disk) rejects through the write's callback; the stream's 'error' event is heard here.
  const heard = () => undefined;
  to.on('error', heard);
  try {
    if (bom && encoding === 'utf-8') await put(Buffer.from([0xef, 0xbb, 0xbf]));
    let n = 0;
    let chunk = csvLine(header);
    for (const r of rows) {
      n++;
      chunk += typeof r === 'string' ? r : csvLine(r);
      if (chunk.length >= CHUNK_CHARS) {
        await put(encode(chunk));
        chunk = '';
      }
    }
    if (chunk) await put(encode(chunk));
    // stdout is never ended (main.ts flushes it); a file's writer is.
    if (dest) await new Promise<void>((resolve, reject) => dest.end((e?: Error | null) => (e ? reject(e) : resolve())));
    return n;
  } finally {
    to.off('error', heard);
  }
}
