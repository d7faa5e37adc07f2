// Excel workbooks (issue 22, R-903): exceljs's streaming WorkbookWriter, so a
// 250,000-row export keeps memory flat (rows are committed as they come, no
// shared strings table). Each column has a kind: text cells (numFmt '@') for
// ID numbers, phones, record, receipt and unit numbers, so no digit is lost;
// numbers for amounts (yuan, 2 decimals) and counts; dates as dates. The header
// row is frozen and carries a filter; widths are fitted to the first rows.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';
import { displayWidth } from './width.js';

/** text: kept as typed ('@'); count: whole number; decimal / money: 2 decimals; percent: 0.0%; date: date or date-time. */
export type CellKind = 'text' | 'count' | 'decimal' | 'money' | 'percent' | 'date' | 'general';

export interface XlsxColumn {
  header: string;
  kind: CellKind;
}

export interface XlsxSheet {
  name: string;
  /** Rows above the table (a report's title lines); the table's header row follows them. */
  lead?: string[];
  columns: XlsxColumn[];
  rows: Iterable<unknown[]>;
  /** More tables under the first one (a report section), each with its own header row. */
  more?: Array<{ title?: string; columns: XlsxColumn[]; rows: unknown[][] }>;
}

const FMT: Record<CellKind, string | undefined> = {
  text: '@',
  count: '0',
  decimal: '0.00',
  money: '#,##0.00',
  percent: '0.0%',
  date: 'yyyy-mm-dd hh:mm',
  general: undefined,
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/;

/**
 * A cell value for its kind. Instants carry the estate's offset: the wall-clock
 * time is what a clerk reads, so the local fields become the (zone-less) Excel date.
 */
export function cellValue(kind: CellKind, v: unknown): { value: unknown; dateOnly?: boolean } {
  if (v === null || v === undefined || v === '') return { value: null };
  switch (kind) {
    case 'text':
      return { value: String(v) };
    case 'count':
    case 'decimal':
    case 'money':
    case 'percent': {
      if (typeof v === 'number') return { value: v };
      const n = Number(String(v).replace(/,/g, ''));
      return { value: Number.isFinite(n) && String(v).trim() !== '' ? n : String(v) };
    }
    case 'date': {
      const m = ISO.exec(String(v));
      if (!m) return { value: String(v) };
      const [, y, mo, d, h, mi, s] = m;
      const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0));
      return { value: new Date(ms), dateOnly: h === undefined };
    }
    default:
      return { value: v };
  }
}

/** Excel's sheet names: at most 31 characters, none of []:*?/\, unique. */
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
  let n = base;
  for (let i = 2; taken.has(n); i++) n = `${base.slice(0, 28)} ${i}`;
  taken.add(n);
  return n;
}

function shown(kind: CellKind, v: unknown): number {
  if (v === null || v === undefined) return 0;
  if (kind === 'date') return String(v).length > 10 ? 16 : 10;
  if (kind === 'money' || kind === 'decimal') return String(v).length + 2;
  return displayWidth(String(v));
}

/** Column widths from the header and the first rows (in characters; a Chinese character counts 2). */
function widths(columns: XlsxColumn[], sample: unknown[][]): number[] {
  return columns.map((c, i) => {
    let w = displayWidth(c.header) + 3; // room for the filter button
    for (const r of sample) w = Math.max(w, shown(c.kind, r[i]) + 1);
    return Math.min(Math.max(w, 6), 60);
  });
}

// exceljs is CommonJS and stays in node_modules (build.mjs): loaded only by a command that writes a workbook.
// Only its streaming writer is required: the package's main file also loads the workbook reader
// (unzipper and its polyfills), ~60 % of exceljs's load time (issue 22).
type WorkbookWriterClass = typeof import('exceljs').stream.xlsx.WorkbookWriter;
function workbookWriter(): WorkbookWriterClass {
  return createRequire(import.meta.url)('exceljs/lib/stream/xlsx/workbook-writer') as WorkbookWriterClass;
}

const SAMPLE = 200;

/**
 * One shared style object per number format: exceljs's style registry remembers a style object
 * it has seen (a WeakMap), so shared objects skip its per-cell style serialisation (issue 22:
 * a fresh `cell.numFmt` per cell made the xlsx export several times slower than the CSV).
 */
const STYLES = new Map<string, Partial<import('exceljs').Style>>();
function styleOf(numFmt: string): Partial<import('exceljs').Style> {
  let st = STYLES.get(numFmt);
  // '' is a cell with no style of its own: one shared empty object too (a fresh {} per cell missed the WeakMap).
  if (!st) STYLES.set(numFmt, (st = Object.freeze(numFmt ? { numFmt } : {}) as Partial<import('exceljs').Style>));
  return st;
}

/**
 * Write the sheets into `out` (created 0600, refused if it exists) or a stream.
 * Returns the data-row count of each sheet's first table.
 */
export async function writeXlsx(out: string | Writable, sheets: XlsxSheet[], opts: { overwrite?: boolean } = {}): Promise<number[]> {
  const WorkbookWriter = workbookWriter();
  const stream: Writable = typeof out === 'string' ? fs.createWriteStream(out, { flags: opts.overwrite ? 'w' : 'wx', mode: 0o600 }) : out;
  const wb = new WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const counts: number[] = [];
  const taken = new Set<string>();
  for (const sh of sheets) {
    const lead = sh.lead ?? [];
    const headRow = lead.length + 1;
    // Setting `views` on a streaming sheet after creation throws: freeze at creation.
    const ws = wb.addWorksheet(sheetName(sh.name, taken), {
      views: [{ state: 'frozen', ySplit: headRow, xSplit: 0 }],
    });
    // The first rows fix the widths; the rest stream through.
    const it = sh.rows[Symbol.iterator]();
    const sample: unknown[][] = [];
    for (let i = 0; i < SAMPLE; i++) {
      const r = it.next();
      if (r.done) break;
      sample.push(r.value);
    }
    const more = sh.more ?? [];
    const allCols = Math.max(sh.columns.length, ...more.map((m) => m.columns.length));
    const w = widths(sh.columns, sample);
    for (const m of more) {
      for (const [i, x] of widths(m.columns, m.rows).entries()) w[i] = Math.max(w[i] ?? 6, x);
    }
    ws.columns = Array.from({ length: allCols }, (_, i) => ({ width: w[i] ?? 10 }));
    for (const l of lead) ws.addRow([l]).commit();
    const head = (cols: XlsxColumn[]) => {
      const row = ws.addRow(cols.map((c) => c.header));
      row.font = { bold: true };
      row.eachCell((cell) => {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
      });
      row.commit();
    };
    const body = (cols: XlsxColumn[], values: unknown[]) => {
      const row = ws.addRow([]);
      cols.forEach((c, i) => {
        const { value, dateOnly } = cellValue(c.kind, values[i]);
        const cell = row.getCell(i + 1);
        cell.value = value as import('exceljs').CellValue;
        const fmt = c.kind === 'date' && dateOnly ? 'yyyy-mm-dd' : FMT[c.kind];
        // A text column is text even when a value is absent (a clerk typing there later keeps digits).
        cell.style = fmt && (value !== null || c.kind === 'text') ? styleOf(fmt) : styleOf('');
      });
      for (let i = cols.length; i < values.length; i++) row.getCell(i + 1).value = values[i] as import('exceljs').CellValue;
      row.commit();
    };
    head(sh.columns);
    ws.autoFilter = { from: { row: headRow, column: 1 }, to: { row: headRow, column: Math.max(sh.columns.length, 1) } };
    let n = 0;
    for (const r of sample) body(sh.columns, r), n++;
    for (let r = it.next(); !r.done; r = it.next()) {
      body(sh.columns, r.value);
      // Rows are compressed as the event loop turns: let it turn, or a big sheet piles up in memory.
      if (++n % 1000 === 0) await new Promise(setImmediate);
    }
    counts.push(n);
    for (const m of more) {
      ws.addRow([]).commit();
      if (m.title) {
        const t = ws.addRow([m.title]);
        t.font = { bold: true };
        t.commit();
      }
      head(m.columns);
      for (const r of m.rows) body(m.columns, r);
    }
    ws.commit();
  }
  await wb.commit();
  return counts;
}
