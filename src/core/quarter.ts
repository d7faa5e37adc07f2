// Quarters `YYYYQn` (R-803 quarterly plans, R-805 archive hand-over): pure date arithmetic on local dates.
import { addDays } from './calendar.js';

export const QUARTER_RE = /^(\d{4})Q([1-4])$/;

/** A quarter `YYYYQn`: its first and last local dates; null when malformed. */
export function quarterRange(q: string): { year: number; n: number; first: string; last: string } | null {
  const m = QUARTER_RE.exec(q.trim().toUpperCase());
  if (!m) return null;
  const year = Number(m[1]);
  const n = Number(m[2]);
  const first = `${year}-${String(3 * n - 2).padStart(2, '0')}-01`;
  const next = n === 4 ? `${year + 1}-01-01` : `${year}-${String(3 * n + 1).padStart(2, '0')}-01`;
  return { year, n, first, last: addDays(next, -1) };
}

/** The quarter `YYYYQn` a local date falls in. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The quarter after `q`. */
export function nextQuarter(q: string): string {
  const r = quarterRange(q)!;
  return quarterOf(addDays(r.last, 1));
}

/** The quarter `n` quarters after `q` (negative: before). */
export function addQuarters(q: string, n: number): string {
  const r = quarterRange(q)!;
  const i = r.year * 4 + (r.n - 1) + n;
  return `${Math.floor(i / 4)}Q${(i % 4) + 1}`;
}
