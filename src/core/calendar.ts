// Working days (domain.md §0a): Mon–Fri minus public holidays, plus official
// make-up workdays (调休上班). Pure: the calendar data is an argument.

export interface CalendarData {
  holidays: ReadonlySet<string>; // YYYY-MM-DD days off (incl. estate closed days)
  workdays: ReadonlySet<string>; // YYYY-MM-DD make-up workdays on a weekend
  years: ReadonlySet<number>; // years whose official schedule is known
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

/** Outside the known years a date is treated as Mon–Fri (doctor warns). */
export function isWorkingDay(date: string, cal: CalendarData): boolean {
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
