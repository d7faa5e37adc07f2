// A report is computed as plain data by pure-ish functions that take the month
// and "now" as arguments (hledger's habit), then presented as a document model
// that every renderer (table, csv, html, pdf) draws the same way.

import type { CellKind } from './xlsx.js';

/** A rate with its counts, so every KPI states its formula (issue 8). */
export interface Rate {
  value: number | null; // 0–1, null when there is nothing to count
  num: number;
  den: number;
}

export function rate(num: number, den: number): Rate {
  return { value: den > 0 ? Math.round((num / den) * 10000) / 10000 : null, num, den };
}

export function pct(r: Rate): string {
  return r.value === null ? '–' : `${(r.value * 100).toFixed(1)}%`;
}

export interface DocTable {
  title?: string;
  head: string[];
  rows: Array<Array<string | number | null>>;
  /** How a workbook types each column (default: numbers when every value is one, else text). */
  kinds?: CellKind[];
  /** Per row: the row meets its target or misses it (HTML/PDF colour it; the text says it in a word). */
  marks?: Array<'pass' | 'miss' | null>;
}

/** A chart drawn from the report's data (issue 22): a line per month, or bars per category. */
export interface Chart {
  kind: 'line' | 'bar';
  title: string;
  x: string[];
  series: Array<{ name: string; values: Array<number | null> }>;
  /** 0–1 values shown as percentages. */
  percent?: boolean;
  /** A dashed line at the target (the first series' KPI). */
  target?: number | null;
  targetLabel?: string;
  /** The SVG, filled in by formats/charts.ts for HTML (the PDF draws the chart from the data). */
  svg?: string;
}

export interface DocSection {
  id: string; // json section name, e.g. 'repairs'
  title: string;
  lines?: string[]; // KPI lines: "及时率 = 按时完成 37 / 完成 40 = 92.5%"
  tables: DocTable[];
  /** The section's own CSV file under `--out dir/` when it is not its lines and tables (the KPI rows). */
  csv?: DocTable;
  charts?: Chart[];
}

export interface Doc {
  title: string;
  subtitle: string;
  sections: DocSection[];
  /** A last line under everything (the monthly report: the audit head the signed copy anchors). */
  foot?: string;
  /** Printed at the head of every page (PDF, HTML print): the estate and the month (issue 22). */
  running?: string;
  /** The page number in the clerk's language, with {n} and {total} (PDF, HTML print). */
  pageLabel?: string;
  /** Signature lines above the foot, one label each (prepared by, checked by). */
  signatures?: string[];
}

/** "page {n} of {total}" filled in. */
export function pageText(label: string, n: number, total: number): string {
  return label.replace('{n}', String(n)).replace('{total}', String(total));
}
