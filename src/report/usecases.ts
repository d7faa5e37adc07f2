// report monthly and report units: compute the report
// data, then write it in the asked format to stdout or --out.
import fs from 'node:fs';
import path from 'node:path';
import { refuse } from '../core/errors.js';
import { claimOut, writeFailure, writeOut, type OutFile } from '../core/out.js';
import { monthRange, previousMonth } from '../core/time.js';
import { read, write } from '../core/session.js';
import type { Io } from '../core/io.js';

export const FORMATS = ['table', 'json', 'csv', 'html', 'pdf', 'xlsx'] as const;

export interface ReportOptions {
  month?: string;
  format?: string;
  out?: string;
  force?: boolean;
  bom?: boolean;
}

/** Where a report goes, checked before anything is computed or written: stdout, one file, or a folder of CSVs. */
type Target = { kind: 'stdout' } | { kind: 'file'; out: OutFile } | { kind: 'dir'; dir: string };

function target(io: Io, o: ReportOptions): { format: string; to: Target } {
  const format = o.format ?? (io.json ? 'json' : 'table');
  if (!(FORMATS as readonly string[]).includes(format)) refuse('E_USAGE', 'err.format', { value: format, choices: FORMATS.join(' ') });
  if (format === 'pdf' && !o.out) refuse('E_USAGE', 'err.pdfOut');
  if (format === 'xlsx' && !o.out) refuse('E_USAGE', 'err.xlsxOut');
  if (o.out === undefined) return { format, to: { kind: 'stdout' } };
  const isDir = format === 'csv' && (o.out.endsWith('/') || (fs.existsSync(o.out) && fs.statSync(o.out).isDirectory()));
  if (isDir) return { format, to: { kind: 'dir', dir: o.out } };
  return { format, to: { kind: 'file', out: claimOut(o.out, { force: o.force, db: io.dbFile }) } };
}

export interface ReportOutput {
  month: string;
  format: string;
  files: string[]; // written files (0600)
  text?: string; // what goes to stdout when there is no --out
  data: unknown;
  /** the month's report deadlines this file closed (issue 22). */
  closed?: Array<{ report: string; rule: string; dueAt: string; late: boolean }>;
}

/** A month's report written to a file closes its deadlines; a draft of a running month does not. */
async function close(io: Io, out: ReportOutput, reports: readonly import('./due.js').MonthlyReport[], command: string): Promise<ReportOutput> {
  if (!out.files.length) return out;
  const { closeMonthly } = await import('./due.js');
  return { ...out, closed: write(io, (s) => closeMonthly(s, out.month, reports, command, out.files[0])) };
}

async function emit(
  io: Io,
  o: ReportOptions,
  { format, to }: { format: string; to: Target },
  month: string,
  data: unknown,
  doc: () => Promise<import('../formats/doc.js').Doc>,
): Promise<ReportOutput> {
  const r = await import('../formats/render.js');
  let body: string | Buffer;
  if (format === 'json') body = `${JSON.stringify(data, null, 2)}\n`;
  else if (format === 'table') body = r.docToText(await doc());
  else if (format === 'html') body = r.docToHtml(await withCharts(await doc()), io.lang);
  else if (format === 'xlsx') {
    // A workbook, one sheet per section (issue 22), through the safe writer (target() checked --out).
    if (to.kind !== 'file') refuse('E_USAGE', 'err.xlsxOut');
    const { writeXlsx } = await import('../formats/xlsx.js');
    const { streamOut } = await import('../core/out.js');
    const sheets = r.docToSheets(await doc());
    await streamOut(to.out, (dest) => writeXlsx(dest, sheets));
    return { month, format, files: [to.out.file], data };
  } else if (format === 'pdf') {
    // The PDF draws its charts from their data (formats/pdf.ts): no SVG to render (issue 22 speed).
    body = await (await import('../formats/pdf.js')).docToPdf(await doc(), io);
  } else {
    const d = await doc();
    if (to.kind === 'dir') {
      // Every section's file is checked before the first is written (a re-run needs --force).
      const parts = r.docToCsvFiles(d, month, !!o.bom).map((f) => {
        const file = path.join(to.dir, f.name);
        return { file, text: f.text, out: claimOut(file, { force: o.force, db: io.dbFile }) };
      });
      try {
        fs.mkdirSync(to.dir, { recursive: true, mode: 0o700 });
      } catch (e) {
        throw writeFailure(to.dir, e);
      }
      for (const p of parts) writeOut(p.out, p.text);
      return { month, format, files: parts.map((p) => p.file), data };
    }
    body = r.docToCsv(d, !!o.bom);
  }
  if (to.kind === 'file') {
    writeOut(to.out, body);
    return { month, format, files: [to.out.file], data };
  }
  return { month, format, files: [], text: body.toString(), data };
}

/** Draw the document's charts as SVG (echarts SSR, loaded only for HTML). */
async function withCharts(d: import('../formats/doc.js').Doc): Promise<import('../formats/doc.js').Doc> {
  if (!d.sections.some((s) => s.charts?.length)) return d;
  const { chartSvg } = await import('../formats/charts.js');
  for (const s of d.sections) for (const c of s.charts ?? []) c.svg = chartSvg(c);
  return d;
}

export async function reportMonthly(io: Io, o: ReportOptions): Promise<ReportOutput> {
  const { monthly } = await import('./monthly.js');
  const { presentMonthly } = await import('./present.js');
  const t = target(io, o);
  // Every flag is checked before anything is written (a refused command changes nothing).
  const month = read(io, (s) => {
    const m = o.month ?? previousMonth(s.now, s.tz);
    monthRange(m, s.tz, s.years);
    return m;
  });
  // R-403 escalations fired by now count in the month as derived by the read (complaintMonth), nothing stored.
  const data = await readAsync(io, async (s) => monthly(s, month));
  const out = await emit(io, o, t, month, data, async () => presentMonthly(data, io.t));
  return close(io, out, ['houseStatus', 'complaintSummary'], 'report monthly');
}

export async function reportUnits(io: Io, o: ReportOptions): Promise<ReportOutput> {
  const { unitsSection } = await import('./units.js');
  const present = await import('./present.js');
  const t = target(io, o);
  let month = '';
  let estate = '';
  const data = read(io, (s) => {
    month = o.month ?? previousMonth(s.now, s.tz);
    const { from, to } = monthRange(month, s.tz, s.years);
    estate = s.profile.estate.name;
    return { month, ...unitsSection(s.db, from, to) };
  });
  const out = await emit(io, o, t, month, data, async () => {
    return {
      title: io.t('rep.units.title', { estate }),
      subtitle: month,
      ...present.paper(io.t, estate, month),
      sections: [present.unitsSection(data, io.t)],
    };
  });
  return close(io, out, ['houseStatus'], 'report units');
}

/** `read` for a computation that awaits module loads (the database stays open until it settles). */
async function readAsync<T>(io: Io, fn: (s: import('../core/session.js').Session) => Promise<T>): Promise<T> {
  const { beginRead, endRead, openDb } = await import('../core/store/db.js');
  const { makeSession } = await import('../core/session.js');
  const db = openDb(io.dbFile, { readOnly: true });
  try {
    const s = makeSession(io, db);
    beginRead(db); // one read transaction (one snapshot, never the write lock; issue 16.8)
    try {
      return await fn(s);
    } finally {
      endRead(db);
    }
  } finally {
    db.close();
  }
}

/**
 * `report archive [--quarter YYYYQn] [--out FILE]`: the quarter's records per type, the
 * hand-over deadline, what passes the two-year mark. A read; written to a file once the quarter is
 * over, the list closes the quarter's hand-over deadline (`report due`).
 */
export async function reportArchive(io: Io, o: { quarter?: string; out?: string; force?: boolean }) {
  const a = await import('./archive.js');
  const out = o.out === undefined ? null : claimOut(o.out, { force: o.force, db: io.dbFile });
  const data = read(io, (s) => a.archiveList(s, a.archiveQuarter(s, o.quarter)));
  const { archiveText } = await import('./present.js');
  const text = io.json ? `${JSON.stringify(data, null, 2)}\n` : `${archiveText(data, io.t)}\n`;
  if (!out) return { data, text, file: null, closed: null };
  writeOut(out, text);
  const closed = write(io, (s) => a.closeArchive(s, data.quarter, out.file));
  return { data, text: null, file: out.file, closed };
}
