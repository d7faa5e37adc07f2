// The working-day calendar (domain.md §0a, R-0A1, R-0A2), year by year:
//   1. a notice the desk imported (`calendar import`, stored in the database);
//   2. else the maintained `chinese-days` package (State Council notices, 2004–2026
//      in the installed version);
//   3. else, for a year the profile names (calendar.years."2027" = {holidays, workdays}),
//      the profile's days — the older way to add a notice, still honoured;
//   4. else the year is *provisional*: its statutory holidays computed from the law
//      (calendar-law.ts), weekends rest, no make-up workday assumed.
// The profile's additions for a year (3) also add to 1 and 2, and calendar.closedDays
// (the estate's own closed days) come on top of everything.
import { createRequire } from 'node:module';
import type { CalendarData } from './calendar.js';
import { FESTIVALS, LAW_YEARS, lawOf, statutoryDays, type Festival } from './calendar-law.js';
import type { Profile } from './profile.js';
import type { CalendarDay, ImportedYear } from './store/calendar.js';

export type { CalendarDay, ImportedYear };

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

let cached: ChineseDaysData | undefined;

function packageData(): ChineseDaysData {
  cached ??= createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ChineseDaysData;
  return cached;
}

const PACKAGE_NAMES: Record<string, Festival> = {
  "New Year's Day": 'newYear',
  'Spring Festival': 'spring',
  'Tomb-sweeping Day': 'qingming',
  'Labour Day': 'labour',
  'Dragon Boat Festival': 'dragonBoat',
  'Mid-autumn Festival': 'midAutumn',
  'National Day': 'national',
};

let byYear: Map<number, { holidays: CalendarDay[]; workdays: CalendarDay[] }> | undefined;

/** The package's days of one year, with the festival each belongs to (its own name when not one of the seven). */
function packageYear(year: number): { holidays: CalendarDay[]; workdays: CalendarDay[] } | null {
  if (!byYear) {
    const m = new Map<number, { holidays: CalendarDay[]; workdays: CalendarDay[] }>();
    const data = packageData();
    for (const [kind, days] of [
      ['holidays', data.holidays],
      ['workdays', data.workdays],
    ] as const)
      for (const [date, v] of Object.entries(days)) {
        const y = Number(date.slice(0, 4));
        if (!m.has(y)) m.set(y, { holidays: [], workdays: [] });
        const [en, zh] = v.split(',');
        m.get(y)![kind].push({ date, name: PACKAGE_NAMES[en] ?? zh ?? en });
      }
    for (const y of m.values()) for (const xs of [y.holidays, y.workdays]) xs.sort((a, b) => (a.date < b.date ? -1 : 1));
    byYear = m;
  }
  const y = byYear.get(year);
  return y?.holidays.length ? { holidays: [...y.holidays], workdays: [...y.workdays] } : null;
}

let packageYears: number[] | undefined;
/** The years the installed package knows, in order. */
export function packageCoverage(): number[] {
  packageYears ??= [...new Set(Object.keys(packageData().holidays).map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);
  return packageYears;
}

export type YearSource = 'imported' | 'package' | 'profile' | 'provisional';

export interface YearCalendar {
  year: number;
  source: YearSource;
  official: boolean;
  law: number; // the version of the law in force (R-0A1)
  holidays: CalendarDay[];
  workdays: CalendarDay[];
  importedBy?: string;
  importedAt?: string;
  file?: string;
}

/** One year as the program uses it (`calendar show`), before the estate's closed days. */
export function yearCalendar(year: number, profile: Profile, imported: ImportedYear[]): YearCalendar {
  const imp = imported.find((y) => y.year === year);
  const pkg = imp ? null : packageYear(year);
  const prof = profile.calendar.years?.[String(year)];
  const law = lawOf(year);
  let out: YearCalendar;
  if (imp)
    out = {
      year,
      source: 'imported',
      official: true,
      law,
      holidays: [...imp.holidays],
      workdays: [...imp.workdays],
      importedBy: imp.importedBy,
      importedAt: imp.importedAt,
      file: imp.file,
    };
  else if (pkg) out = { year, source: 'package', official: true, law, ...pkg };
  else if (prof) out = { year, source: 'profile', official: true, law, holidays: [], workdays: [] };
  else {
    const days = year >= LAW_YEARS.first && year <= LAW_YEARS.last ? statutoryDays(year) : [];
    return { year, source: 'provisional', official: false, law, holidays: days.map((d) => ({ date: d.date, name: d.festival })), workdays: [] };
  }
  const have = new Set(out.holidays.map((d) => d.date));
  for (const date of prof?.holidays ?? []) if (!have.has(date)) out.holidays.push({ date, name: 'profile' });
  const haveW = new Set(out.workdays.map((d) => d.date));
  for (const date of prof?.workdays ?? []) if (!haveW.has(date)) out.workdays.push({ date, name: 'profile' });
  out.holidays.sort((a, b) => (a.date < b.date ? -1 : 1));
  out.workdays.sort((a, b) => (a.date < b.date ? -1 : 1));
  return out;
}

/** The whole calendar for deadline arithmetic (§0a): every year from the package's first to the law's last. */
export function loadCalendar(profile: Profile, imported: ImportedYear[] = []): CalendarData {
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  const years = new Set<number>();
  const provisionalYears = new Set<number>();
  const assumed = new Set<string>();
  const closed = new Set(profile.calendar.closedDays ?? []);
  const first = Math.min(packageCoverage()[0] ?? LAW_YEARS.first, ...imported.map((y) => y.year));
  const named = Object.keys(profile.calendar.years ?? {}).map(Number);
  const last = Math.max(LAW_YEARS.last, ...imported.map((y) => y.year), ...named);
  const known = (year: number) => imported.some((y) => y.year === year) || packageYear(year) !== null || named.includes(year);
  for (let year = first; year <= last; year++) {
    // R-0A1: a year without its notice is provisional; its days are computed when first reached (touch).
    if (!known(year)) {
      if (year >= LAW_YEARS.first && year <= LAW_YEARS.last) provisionalYears.add(year);
      continue;
    }
    const y = yearCalendar(year, profile, imported);
    years.add(year);
    for (const d of y.holidays) holidays.add(d.date);
    for (const d of y.workdays) if (!closed.has(d.date)) workdays.add(d.date);
  }
  for (const d of closed) holidays.add(d);
  const filled = new Set<number>();
  const touch = (year: number) => {
    if (!provisionalYears.has(year) || filled.has(year)) return;
    filled.add(year);
    for (const d of yearCalendar(year, profile, imported).holidays) {
      holidays.add(d.date);
      assumed.add(d.date);
    }
  };
  return { holidays, workdays, years, provisionalYears, assumed, touch };
}

/** The calendar older versions used: no provisional year (its dates counted Mon–Fri). To find what their deadlines counted from. */
export function legacyCalendar(cal: CalendarData): CalendarData {
  const holidays = new Set([...cal.holidays].filter((d) => !cal.assumed?.has(d)));
  return { holidays, workdays: cal.workdays, years: cal.years };
}

/** The festival a name in a notice or feed stands for (元旦, 春节, "National Day", …), or null. */
export function festivalOf(name: string): Festival[] {
  const n = name.toLowerCase();
  const found: Festival[] = [];
  const words: Array<[Festival, RegExp]> = [
    ['newYear', /元旦|new year/],
    ['spring', /春节|spring festival|chinese new year|除夕/],
    ['qingming', /清明|qingming|tomb/],
    ['labour', /劳动|五一|labou?r/],
    ['dragonBoat', /端午|dragon/],
    ['midAutumn', /中秋|mid-?autumn/],
    ['national', /国庆|national day/],
  ];
  for (const [f, re] of words) if (re.test(n) || n === f.toLowerCase()) found.push(f);
  return found.filter((f) => FESTIVALS.includes(f));
}
