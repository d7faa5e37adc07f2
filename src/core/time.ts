// Times are ISO 8601 with the estate's offset (domain.md §0a). The program reads
// the clock once (PMDESK_NOW or the system clock) and passes `now` down.
//
// dayjs does the calendar arithmetic and formatting; the estate offset comes
// from one cached Intl.DateTimeFormat per zone. (dayjs's timezone plugin calls
// toLocaleString on every conversion, which cost 15–20 ms per command here.)
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import { refuse } from './errors.js';

dayjs.extend(utc);

export { dayjs };
export type Instant = string; // e.g. 2026-09-30T10:00:00+08:00

const ISO_FMT = 'YYYY-MM-DDTHH:mm:ssZ';
const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const ABS_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

// Mainland China has kept UTC+8 without daylight saving since 1991: the common
// estate zones skip ICU's time-zone data (loading it costs ~15 ms per command).
const FIXED: Record<string, number> = {
  'Asia/Shanghai': 480,
  'Asia/Chongqing': 480,
  'Asia/Harbin': 480,
  'Asia/Hong_Kong': 480,
  'Asia/Macau': 480,
  'Asia/Taipei': 480,
  PRC: 480,
};
const FIXED_SINCE = Date.UTC(1992, 0, 1);

/** Minutes east of UTC of zone `tz` at the instant `ms`. */
export function tzOffset(ms: number, tz: string): number {
  if (FIXED[tz] !== undefined && ms >= FIXED_SINCE) return FIXED[tz];
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000);
}

/** The instant at which the wall clock in `tz` shows `local` (YYYY-MM-DD HH:mm:ss). */
function fromLocal(local: string, tz: string): number {
  const guess = Date.parse(`${local.replace(' ', 'T')}Z`);
  let ms = guess - tzOffset(guess, tz) * 60000;
  ms = guess - tzOffset(ms, tz) * 60000; // second pass settles offset changes
  return ms;
}

function zoned(t: Date | number | string, tz: string) {
  const ms = typeof t === 'number' ? t : typeof t === 'string' ? Date.parse(t) : t.getTime();
  return dayjs(ms).utcOffset(tzOffset(ms, tz));
}

function realDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return y >= 1000 && dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  return !!m && realDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The years an estate accepts in a typed date: from the profile's `estate.since` (default 2000) to next year. */
export interface Years {
  from: number;
  to: number;
}

function inYears(y: number, years: Years | undefined, flag: string, value: string): void {
  if (years && (y < years.from || y > years.to)) refuse('E_VALUE', 'err.dateRange', { flag, value, from: years.from, to: years.to });
}

/** ±HH:MM that exists on Earth (−12:00 … +14:00). */
function realOffset(off: string): boolean {
  if (off === 'Z') return true;
  const m = /^[+-](\d{2}):?(\d{2})$/.exec(off);
  return !!m && Number(m[1]) <= 14 && Number(m[2]) <= 59;
}

/**
 * Parse a datetime typed by a user or given in PMDESK_NOW: with an offset it is
 * absolute; without, it is local to the estate; a bare date means 00:00 local
 * (or 23:59:59 with `endOfDay`). Impossible dates (2026-02-30) are refused.
 */
export function parseInstant(input: string, tz: string, opts: { flag?: string; endOfDay?: boolean; years?: Years } = {}): Instant {
  const s = String(input).trim();
  const flag = opts.flag ?? 'at';
  const abs = ABS_RE.exec(s);
  const loc = abs ? null : LOCAL_RE.exec(s);
  const m = abs ?? loc;
  if (!m) refuse('E_VALUE', 'err.datetime', { flag, value: s });
  const [y, mo, d, h, mi, se] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) => (x === undefined ? undefined : Number(x)));
  if (!realDate(y!, mo!, d!) || (h ?? 0) > 23 || (mi ?? 0) > 59 || (se ?? 0) > 59) refuse('E_VALUE', 'err.datetime', { flag, value: s });
  if (abs && !realOffset(abs[7])) refuse('E_VALUE', 'err.datetime', { flag, value: s });
  inYears(y!, opts.years, flag, s);
  if (abs) return formatInstant(Date.parse(s), tz);
  if (h === undefined && opts.endOfDay) return atLocal(`${m[1]}-${m[2]}-${m[3]}`, '23:59:59', tz);
  return atLocal(`${m[1]}-${m[2]}-${m[3]}`, `${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}`, tz);
}

/** The instant of a local date and time (HH:mm:ss) in the estate timezone. */
export function atLocal(date: string, time: string, tz: string): Instant {
  return formatInstant(fromLocal(`${date} ${time}`, tz), tz);
}

const p2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * The local wall clock of `ms` at `off` minutes east of UTC, written directly: what dayjs's
 * `format` gives for these two patterns, without its token parser (every command formats
 * instants dozens of times: issue 23).
 */
function wall(ms: number, off: number, time: boolean): string {
  const d = new Date(ms + off * 60000);
  const y = d.getUTCFullYear();
  const date = `${y < 1000 ? String(y).padStart(4, '0') : y}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;
  if (!time) return date;
  const a = Math.abs(off);
  return `${date}T${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}${off < 0 ? '-' : '+'}${p2(Math.floor(a / 60))}:${p2(a % 60)}`;
}

function epoch(t: Date | number | string): number {
  return typeof t === 'number' ? t : typeof t === 'string' ? Date.parse(t) : t.getTime();
}

/** Format an instant (Date, epoch ms or ISO) in the estate timezone. */
export function formatInstant(t: Date | number | string, tz: string): Instant {
  const ms = epoch(t);
  if (!Number.isFinite(ms) || ms < -62135596800000) return zoned(t, tz).format(ISO_FMT);
  return wall(ms, tzOffset(ms, tz), true);
}

/** The local calendar date (YYYY-MM-DD) of an instant in the estate timezone. */
export function localDate(t: Instant, tz: string): string {
  const ms = epoch(t);
  if (!Number.isFinite(ms) || ms < -62135596800000) return zoned(t, tz).format('YYYY-MM-DD');
  return wall(ms, tzOffset(ms, tz), false);
}

/** A local date plus N months (dayjs clamps: Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: string, n: number): string {
  return dayjs.utc(date).add(n, 'month').format('YYYY-MM-DD');
}

/** Month YYYY-MM → [first instant, first instant of next month) in the estate timezone. */
export function monthRange(month: string, tz: string, years?: Years): { from: Instant; to: Instant } {
  const m = /^(\d{4})-(\d{2})$/.exec(month.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[1]) < 1000) refuse('E_VALUE', 'err.month', { value: month });
  inYears(Number(m[1]), years ?? { from: 1000, to: 9998 }, 'month', month);
  const first = `${m[1]}-${m[2]}-01`;
  return { from: atLocal(first, '00:00:00', tz), to: atLocal(addMonths(first, 1), '00:00:00', tz) };
}

/** The month (YYYY-MM) before the one containing `t`. */
export function previousMonth(t: Instant, tz: string): string {
  return addMonths(`${localDate(t, tz).slice(0, 7)}-01`, -1).slice(0, 7);
}

/** Compare two instants (they may carry different offsets). */
export function isBefore(a: Instant, b: Instant): boolean {
  return Date.parse(a) < Date.parse(b);
}
