// Renderers of a report document (formats/doc.ts): terminal, CSV, HTML, xlsx sheets.
// PDF is formats/pdf.ts (docToPdf). JSON is the report data itself.
import path from 'node:path';
import { Eta } from 'eta';
import { packageRoot } from '../core/paths.js';
import type { Doc, DocTable } from './doc.js';
import type { XlsxColumn, XlsxSheet } from './xlsx.js';
import { table } from './table.js';
import { toCsv } from './csv.js';

export function docToText(d: Doc): string {
  const out = [d.title, d.subtitle, ''];
  for (const s of d.sections) {
    out.push(`■ ${s.title}`);
    for (const l of s.lines ?? []) out.push(`  ${l}`);
    for (const t of s.tables) {
      if (!t.rows.length) continue;
      if (t.title) out.push(`  ${t.title}`);
      out.push(
        table(
          t.head.map((head) => ({ head })),
          t.rows,
        ),
      );
    }
    out.push('');
  }
  if (d.foot) out.push(d.foot);
  return out.join('\n');
}

/** One CSV of every section: section, table, then the table's own columns. */
export function docToCsv(d: Doc, bom = false): string {
  const rows: unknown[][] = [];
  for (const s of d.sections) {
    for (const l of s.lines ?? []) rows.push([s.title, '', l]);
    for (const t of s.tables) {
      rows.push([s.title, t.title ?? '', ...t.head]);
      for (const r of t.rows) rows.push([s.title, t.title ?? '', ...r]);
    }
  }
  if (d.foot) rows.push(['', '', d.foot]);
  return toCsv(['section', 'table', 'values'], rows, bom);
}

/**
 * One CSV per section, for `--out <dir>`: `report-2026-11-units.csv` (a name
 * that does not read as a date, issue 22); a section with its own CSV table
 * (the KPIs: kpi, numerator, denominator, value, target) gets that table alone.
 */
export function docToCsvFiles(d: Doc, month: string, bom = false): Array<{ name: string; text: string }> {
  return d.sections.map((s) => {
    const name = `report-${month}-${s.id}.csv`;
    if (s.csv) return { name, text: toCsv(s.csv.head, s.csv.rows, bom) };
    const rows: unknown[][] = [];
    for (const l of s.lines ?? []) rows.push([l]);
    for (const t of s.tables) {
      if (t.title) rows.push([t.title]);
      rows.push(t.head);
      rows.push(...t.rows);
    }
    return { name, text: toCsv([s.title], rows, bom) };
  });
}

/** The report as a workbook (issue 22): one sheet per section, its lines above its tables; numbers stay numbers, names and codes text. */
export function docToSheets(d: Doc): XlsxSheet[] {
  const cols = (t: DocTable): XlsxColumn[] =>
    t.head.map((header, i) => ({
      header,
      kind: t.kinds?.[i] ?? (t.rows.length && t.rows.every((r) => r[i] === null || typeof r[i] === 'number') ? 'general' : 'text'),
    }));
  return d.sections.map((s) => {
    // A section with its own data table (the KPIs) shows that one: numbers, not words.
    const tables = s.csv ? [s.csv] : s.tables.filter((t) => t.rows.length);
    const [first, ...rest] = tables;
    const lead = [...(s.lines ?? []), ...(first?.title ? [first.title] : [])];
    return {
      name: s.title,
      lead,
      columns: first ? cols(first) : [],
      rows: first?.rows ?? [],
      more: rest.map((t) => ({ title: t.title, columns: cols(t), rows: t.rows })),
    };
  });
}

/** A CSS string literal (for @page margin boxes): quotes, backslashes and `<` escaped. */
function cssString(s: string): string {
  return `"${s
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/</g, '\\3c ')
    .replace(/[\r\n]+/g, ' ')}"`;
}

/** The printed page's head and foot (issue 22): the estate and month, "page n of total" by CSS page counters. */
function pageBoxes(d: Doc): string {
  const boxes: string[] = [];
  if (d.running) boxes.push(`@top-left { content: ${cssString(d.running)}; font-size: 8pt; color: #444; }`);
  if (d.pageLabel) {
    const content = d.pageLabel
      .split(/(\{n\}|\{total\})/)
      .filter(Boolean)
      .map((p) => (p === '{n}' ? 'counter(page)' : p === '{total}' ? 'counter(pages)' : cssString(p)))
      .join(' ');
    boxes.push(`@bottom-center { content: ${content}; font-size: 8pt; color: #444; }`);
  }
  return boxes.join('\n    ');
}

export function docToHtml(d: Doc, lang: string): string {
  const eta = new Eta({ views: path.join(packageRoot(), 'templates'), autoEscape: true });
  return eta.render('./reports/document', { doc: d, lang, pageBoxes: pageBoxes(d) });
}
