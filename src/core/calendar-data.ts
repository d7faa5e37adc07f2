// The working-day calendar (domain.md §0a): mainland-China public holidays and
// make-up workdays from the maintained `chinese-days` package (State Council
// notices, 2004–2026 in the installed version), plus the estate's additions in
// the profile: calendar.years."2027" = {holidays:[…], workdays:[…]} for a year
// the package does not know yet, and calendar.closedDays for its own closed days.
import { createRequire } from 'node:module';
import type { CalendarData } from './calendar.js';
import type { Profile } from './profile.js';

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

let cached: ChineseDaysData | undefined;

function packageData(): ChineseDaysData {
  cached ??= createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ChineseDaysData;
  return cached;
}

export function loadCalendar(profile: Profile): CalendarData {
  const data = packageData();
  const holidays = new Set(Object.keys(data.holidays));
  const workdays = new Set(Object.keys(data.workdays));
  const years = new Set<number>([...holidays].map((d) => Number(d.slice(0, 4))));
  for (const [year, y] of Object.entries(profile.calendar.years ?? {})) {
    years.add(Number(year));
    for (const d of y.holidays ?? []) holidays.add(d);
    for (const d of y.workdays ?? []) workdays.add(d);
  }
  for (const d of profile.calendar.closedDays ?? []) {
    holidays.add(d);
    workdays.delete(d);
  }
  return { holidays, workdays, years };
}
