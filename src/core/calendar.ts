// Working days (domain.md §0a): Mon–Fri minus public holidays, plus official
// make-up workdays (调休上班). Pure: the calendar data is an argument.

export interface CalendarData {
  holidays: ReadonlySet<string>; // YYYY-MM-DD days off (incl. estate closed days and a provisional year's statutory days)
  workdays: ReadonlySet<string>; // YYYY-MM-DD make-up workdays on a weekend
  years: ReadonlySet<number>; // years whose official schedule is known (package, imported notice or profile)
  /** R-0A1: years without their notice, whose statutory days are computed from the law. */
  provisionalYears?: ReadonlySet<number>;
  /** R-0A1: the statutory days assumed in those years (all in `holidays` once the year is touched). */
  assumed?: ReadonlySet<string>;
  /**
   * Called before a date of `year` is looked up: a provisional year's days are
   * computed from the law only when a deadline reaches it (the lunar conversion
   * costs ~25 ms, which a command that stays within known years should not pay).
   */
  touch?: (year: number) => void;
}

function parseDate(d: string): Date {
  return new Date(`${d}T00:00:00Z`);
}

function fmtDate(dt: Date): string {
  return dt.toISOString().slice(0, 10);
}

export function addDays(date: string, n: number): string {
  const dt = parseDate(date);
  dt.setUTCDate(dt.getUTCDate() + n);
  return fmtDate(dt);
}

/** Outside the official and provisional years a date is treated as Mon–Fri (doctor warns). */
export function isWorkingDay(date: string, cal: CalendarData): boolean {
  cal.touch?.(Number(date.slice(0, 4)));
  if (cal.workdays.has(date)) return true;
  if (cal.holidays.has(date)) return false;
  const dow = parseDate(date).getUTCDay();
  return dow !== 0 && dow !== 6;
}

/** The N-th working day after `date` (not counting `date` itself). */
export function addWorkingDays(date: string, n: number, cal: CalendarData): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`working days must be a positive integer: ${n}`);
  let d = date;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(d, cal)) left--;
  }
  return d;
}

export function coversYear(cal: CalendarData, year: number): boolean {
  return cal.years.has(year);
}

/** R-0A1: is `year` one whose holidays are computed from the law, not from its notice? */
export function isProvisionalYear(cal: CalendarData, year: number): boolean {
  return !!cal.provisionalYears?.has(year);
}

/**
 * R-0A1: a working-day count over the days after `from` up to `to` (inclusive)
 * rests on a guess when one of those days is in a provisional year. Returns
 * null when it does not, else the statutory days assumed in that window
 * (possibly none: the year's make-up workdays are unknown all the same).
 */
export function provisionalWindow(from: string, to: string, cal: CalendarData): string[] | null {
  const years = cal.provisionalYears;
  if (!years?.size) return null;
  let touched = false;
  const days: string[] = [];
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    const year = Number(d.slice(0, 4));
    if (!years.has(year)) continue;
    cal.touch?.(year);
    touched = true;
    if (cal.assumed?.has(d)) days.push(d);
  }
  return touched ? days : null;
}
