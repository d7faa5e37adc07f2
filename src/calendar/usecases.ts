// `calendar show [YEAR]`, `calendar import <file>`, `calendar recompute` (R-0A1, R-0A2).
import fs from 'node:fs';
import path from 'node:path';
import { refuse } from '../core/errors.js';
import { localDate } from '../core/time.js';
import { legacyCalendar, loadCalendar, yearCalendar } from '../core/calendar-data.js';
import { LAW_YEARS, statutoryDays } from '../core/calendar-law.js';
import { importedYears, saveImportedYear } from '../core/store/calendar.js';
import { countProvisional } from '../core/store/calendar.js';
import { recomputeDeadlines } from '../core/recompute.js';
import { read, write } from '../core/session.js';
import type { Io } from '../core/io.js';
import { parseNotice, validateNotice } from './notice.js';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const dow = (date: string) => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];

function parseYear(raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const y = Number(raw.trim());
  if (!/^\d{4}$/.test(raw.trim()) || y < LAW_YEARS.first || y > LAW_YEARS.last)
    refuse('E_USAGE', 'cal.err.year', { year: raw, first: LAW_YEARS.first, last: LAW_YEARS.last });
  return y;
}

/** R-0A1: a year's holidays and make-up workdays, and whether they are official or provisional. */
export function calendarShow(io: Io, yearArg?: string) {
  return read(io, (s) => {
    const year = parseYear(yearArg, Number(localDate(s.now, s.tz).slice(0, 4)));
    const y = yearCalendar(year, s.profile, importedYears(s.db));
    const closed = (s.profile.calendar.closedDays ?? []).filter((d) => d.startsWith(`${year}-`)).sort();
    // A notice's day without a name is named by the law when it is a statutory day.
    const law = new Map<string, string[]>();
    for (const d of statutoryDays(year)) law.set(d.date, [...(law.get(d.date) ?? []), d.festival]);
    const named = (d: { date: string; name: string }) => d.name || (law.get(d.date) ?? []).join('+');
    return {
      year,
      status: y.official ? 'official' : 'provisional',
      source: y.source,
      law: y.law,
      ...(y.importedBy ? { importedBy: y.importedBy, importedAt: y.importedAt, file: y.file } : {}),
      holidays: y.holidays.map((d) => ({ date: d.date, weekday: dow(d.date), name: named(d) })),
      workdays: y.workdays.map((d) => ({ date: d.date, weekday: dow(d.date), name: d.name })),
      closedDays: closed,
      provisionalDeadlines: countProvisional(s.db),
    };
  });
}

/** R-0A2: import a year's notice, store it with who and when, recompute the open deadlines it touches. */
export function calendarImport(io: Io, file: string) {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    refuse('E_VALUE', 'cal.err.read', { file, cause: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  const notice = parseNotice(text, file); // refused before the database is opened
  return write(io, (s) => {
    const before = s.calendar();
    const had = importedYears(s.db);
    const years = notice.years.map((y) => {
      const prior = yearCalendar(y.year, s.profile, had);
      saveImportedYear(s.db, {
        ...y,
        file: path.basename(file),
        format: notice.format,
        importedBy: io.clerk,
        importedAt: s.now,
      });
      s.audit({
        subject: 'calendar',
        action: 'import',
        field: String(y.year),
        old: `${prior.source}: ${prior.holidays.length} holidays, ${prior.workdays.length} workdays`,
        new: `imported ${path.basename(file)}: ${y.holidays.length} holidays, ${y.workdays.length} workdays`,
        at: s.now,
      });
      const warnings = validateNotice(y).map((w) => ({
        ...w,
        message: io.t(w.key, { date: w.date, festival: w.festival ? io.t(`fest.${w.festival}`) : '' }),
      }));
      return { year: y.year, was: prior.source, holidays: y.holidays.length, workdays: y.workdays.length, warnings };
    });
    const after = loadCalendar(s.profile, importedYears(s.db));
    const changes = recomputeDeadlines(s, before, after, [legacyCalendar(before)]);
    return { file: path.basename(file), format: notice.format, years, changes };
  });
}

/**
 * R-0A2: recompute every open working-day deadline against the calendar in force,
 * e.g. after upgrading from a version that counted a year without its notice as
 * Monday–Friday.
 */
export function calendarRecompute(io: Io) {
  return write(io, (s) => {
    const cal = s.calendar();
    return { changes: recomputeDeadlines(s, cal, cal, [legacyCalendar(cal)]) };
  });
}
