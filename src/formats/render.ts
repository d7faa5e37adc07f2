// Renderers of a report document (formats/doc.ts): terminal, CSV, HTML — the monthly
// report's and a survey report's (below the workflows, so both may draw with them).
// PDF is render/pdf.ts (docToPdf). JSON is the report data itself.
import path from 'node:path';
import { Eta } from 'eta';
import { packageRoot } from '../core/paths.js';
import type { Doc } from './doc.js';
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
  return toCsv(['section', 'table', 'values'], rows, bom);
}

/** One CSV per section, for `--out <dir>`. */
export function docToCsvFiles(d: Doc, bom = false): Array<{ name: string; text: string }> {
  return d.sections.map((s, i) => {
    const rows: unknown[][] = [];
    for (const l of s.lines ?? []) rows.push([l]);
    for (const t of s.tables) {
      if (t.title) rows.push([t.title]);
      rows.push(t.head);
      rows.push(...t.rows);
    }
    return { name: `${String(i + 1).padStart(2, '0')}-${s.id}.csv`, text: toCsv([s.title], rows, bom) };
  });
}

export function docToHtml(d: Doc, lang: string): string {
  const eta = new Eta({ views: path.join(packageRoot(), 'templates'), autoEscape: true });
  return eta.render('./reports/document', { doc: d, lang });
}
