// Deadline arithmetic, exactly the table of domain.md §0a. Rules name their
// deadlines in the profile as short specs, so every due time is computed:
//   "90min" / "1h"   within N minutes / hours      → event + N
//   "same-day"       the same day                  → end of the event's date
//   "2d" / "1w"      within N days / weeks         → end of (event date + N days)
//   "5wd"            within N working days         → end of the N-th working day after
//   "1wd@10:00"      by a time of the N-th working day → that day at 10:00 (R-410: the next working morning)
//   "1mo"            within N months               → end of (event date + N months)
//   "1-2mo"          between 1 and 2 months after  → opens date+1mo, due end of date+2mo
import { addDays, addWorkingDays, provisionalWindow, type CalendarData } from './calendar.js';
import { addMonths, atLocal, formatInstant, localDate, type Instant } from './time.js';

export type DeadlineSpec =
  | { unit: 'minutes'; n: number }
  | { unit: 'sameDay' }
  | { unit: 'days'; n: number }
  | { unit: 'workingDays'; n: number; at?: string }
  | { unit: 'months'; n: number }
  | { unit: 'monthWindow'; from: number; to: number };

export function parseSpec(spec: string): DeadlineSpec {
  const s = spec.trim().toLowerCase();
  let m: RegExpExecArray | null;
  if (s === 'same-day') return { unit: 'sameDay' };
  if ((m = /^(\d+)min$/.exec(s))) return { unit: 'minutes', n: Number(m[1]) };
  if ((m = /^(\d+)h$/.exec(s))) return { unit: 'minutes', n: Number(m[1]) * 60 };
  if ((m = /^(\d+)wd$/.exec(s))) return { unit: 'workingDays', n: Number(m[1]) };
  if ((m = /^(\d+)wd@([01]\d|2[0-3]):([0-5]\d)$/.exec(s))) return { unit: 'workingDays', n: Number(m[1]), at: `${m[2]}:${m[3]}` };
  if ((m = /^(\d+)d$/.exec(s))) return { unit: 'days', n: Number(m[1]) };
  if ((m = /^(\d+)w$/.exec(s))) return { unit: 'days', n: Number(m[1]) * 7 };
  if ((m = /^(\d+)-(\d+)mo$/.exec(s))) return { unit: 'monthWindow', from: Number(m[1]), to: Number(m[2]) };
  if ((m = /^(\d+)mo$/.exec(s))) return { unit: 'months', n: Number(m[1]) };
  throw new Error(`unknown deadline spec "${spec}" (use e.g. 24h, 10min, same-day, 2d, 1w, 5wd, 1wd@10:00, 1mo, 1-2mo)`);
}

export interface Due {
  dueAt: Instant;
  opensAt: Instant | null;
  /** R-0A1: set when the count ran over a provisional year: the statutory days it assumed (maybe none). */
  provisional?: string[] | null;
}

function endOf(date: string, tz: string): Instant {
  return atLocal(date, '23:59:59', tz);
}

/** When a step with this spec is due, for an event at `eventAt` (§0a). */
export function computeDue(eventAt: Instant, spec: string | DeadlineSpec, cal: CalendarData, tz: string): Due {
  const sp = typeof spec === 'string' ? parseSpec(spec) : spec;
  const date = localDate(eventAt, tz);
  switch (sp.unit) {
    case 'minutes':
      return { dueAt: formatInstant(Date.parse(eventAt) + sp.n * 60_000, tz), opensAt: null };
    case 'sameDay':
      return { dueAt: endOf(date, tz), opensAt: null };
    case 'days':
      return { dueAt: endOf(addDays(date, sp.n), tz), opensAt: null };
    case 'workingDays': {
      const due = addWorkingDays(date, sp.n, cal);
      const dueAt = sp.at ? atLocal(due, `${sp.at}:00`, tz) : endOf(due, tz);
      return { dueAt, opensAt: null, provisional: provisionalWindow(date, due, cal) };
    }
    case 'months':
      return { dueAt: endOf(addMonths(date, sp.n), tz), opensAt: null };
    case 'monthWindow': {
      return { dueAt: endOf(addMonths(date, sp.to), tz), opensAt: atLocal(addMonths(date, sp.from), '00:00:00', tz) };
    }
  }
}

/** Tightest of several deadlines for the same step (cli.md: the tightest applies). */
export function tightest(dues: Due[]): Due {
  return dues.reduce((a, b) => (Date.parse(b.dueAt) < Date.parse(a.dueAt) ? b : a));
}

/**
 * A monthly report's deadline (R-103 by the 5th, R-407 by the 25th): the end of day `day`
 * of the month after `month` (YYYY-MM), or of that month's last day when it is shorter.
 */
export function monthlyDue(month: string, day: number, tz: string): Instant {
  const first = addMonths(`${month}-01`, 1); // YYYY-MM-01 of the next month
  const last = addDays(addMonths(first, 1), -1);
  const d = Math.min(Math.max(1, Math.floor(day)), Number(last.slice(8, 10)));
  return endOf(`${first.slice(0, 8)}${String(d).padStart(2, '0')}`, tz);
}
