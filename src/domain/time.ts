// Times are ISO 8601 with the estate's offset (domain.md §0a). The program reads
// the clock once (PMDESK_NOW or the system clock) and passes `now` down.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';
import { refuse } from './errors.js';

dayjs.extend(utc);
dayjs.extend(timezone);

export { dayjs };
export type Instant = string; // e.g. 2026-09-30T10:00:00+08:00

const ISO_FMT = 'YYYY-MM-DDTHH:mm:ssZ';
const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const ABS_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function realDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/**
 * Parse a datetime typed by a user or given in PMDESK_NOW: with an offset it is
 * absolute; without, it is local to the estate; a bare date means 00:00 local
 * (or 23:59:59 with `endOfDay`). Impossible dates (2026-02-30) are refused.
 */
export function parseInstant(input: string, tz: string, opts: { flag?: string; endOfDay?: boolean } = {}): Instant {
  const s = String(input).trim();
  const flag = opts.flag ?? 'at';
  const abs = ABS_RE.exec(s);
  const loc = abs ? null : LOCAL_RE.exec(s);
  const m = abs ?? loc;
  if (!m) refuse('E_VALUE', 'err.datetime', { flag, value: s });
  const [y, mo, d, h, mi, se] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) => (x === undefined ? undefined : Number(x)));
  if (!realDate(y!, mo!, d!) || (h ?? 0) > 23 || (mi ?? 0) > 59 || (se ?? 0) > 59) refuse('E_VALUE', 'err.datetime', { flag, value: s });
  if (abs) return dayjs(s).tz(tz).format(ISO_FMT);
  if (h === undefined && opts.endOfDay) return dayjs.tz(`${m[1]}-${m[2]}-${m[3]} 23:59:59`, tz).format(ISO_FMT);
  const local = `${m[1]}-${m[2]}-${m[3]} ${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}`;
  return dayjs.tz(local, tz).format(ISO_FMT);
}

/** Format an instant (Date, epoch ms or ISO) in the estate timezone. */
export function formatInstant(t: Date | number | string, tz: string): Instant {
  return dayjs(t).tz(tz).format(ISO_FMT);
}

/** The local calendar date (YYYY-MM-DD) of an instant in the estate timezone. */
export function localDate(t: Instant, tz: string): string {
  return dayjs(t).tz(tz).format('YYYY-MM-DD');
}

/** Month YYYY-MM → [first instant, first instant of next month) in the estate timezone. */
export function monthRange(month: string, tz: string): { from: Instant; to: Instant } {
  const m = /^(\d{4})-(\d{2})$/.exec(month.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) refuse('E_VALUE', 'err.month', { value: month });
  const start = dayjs.tz(`${m[1]}-${m[2]}-01 00:00:00`, tz);
  return { from: start.format(ISO_FMT), to: start.add(1, 'month').format(ISO_FMT) };
}

/** Compare two instants (they may carry different offsets). */
export function isBefore(a: Instant, b: Instant): boolean {
  return Date.parse(a) < Date.parse(b);
}
