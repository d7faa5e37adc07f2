// R-0A2: a year's State Council notice as the desk receives it — an iCalendar feed
// or a JSON file — read into holidays and make-up workdays, and checked against the
// law (R-0A1). Pure: text in, days and warnings out; a malformed file is refused.
//
// iCalendar: every VEVENT must be an all-day event (DTSTART;VALUE=DATE:YYYYMMDD, or
// an 8-digit date); DTEND is exclusive (one day when absent). An event is a make-up
// workday (调休上班) when it carries X-APPLE-SPECIAL-DAY:ALTERNATE-WORKDAY, or its
// SUMMARY or DESCRIPTION says 班 / 补班 / 上班 / "workday" / "make-up"; every other
// all-day event is a rest day (X-APPLE-SPECIAL-DAY:WORK-HOLIDAY, 休, "holiday" or
// nothing). The festival is read from the SUMMARY (元旦, 春节, 清明, 劳动节, 端午,
// 中秋, 国庆 or the English names).
// JSON: {"year":2027,"holidays":["2027-01-01", …],"workdays":[…]}; a day may also be
// {"date":"2027-01-01","name":"元旦"} (what `calendar show --json` prints).
import { addDays } from '../core/calendar.js';
import { refuse } from '../core/errors.js';
import { FESTIVALS, LAW_YEARS, statutoryDays, type Festival } from '../core/calendar-law.js';
import { festivalOf } from '../core/calendar-data.js';
import type { CalendarDay } from '../core/calendar-data.js';

export interface NoticeYear {
  year: number;
  holidays: CalendarDay[];
  workdays: CalendarDay[];
}

export interface NoticeWarning {
  key: string; // message key, e.g. cal.warn.festival
  date: string;
  festival?: Festival;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date YYYY-MM-DD, or a refusal naming where it came from. */
export function checkDate(value: unknown, where: string): string {
  const s = typeof value === 'string' ? value.trim() : '';
  const m = DATE.exec(s);
  const ok = m && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s && Number(m[1]) >= 1900;
  if (!ok) refuse('E_VALUE', 'cal.err.date', { value: String(value), where });
  return s;
}

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

const isWeekend = (date: string) => weekday(date) === 0 || weekday(date) === 6;

/** The festival name to keep for a day: the festival key when the name says which, else the name itself. */
function nameOf(raw: string): string {
  const f = festivalOf(raw);
  return f.length ? f.join('+') : raw.trim();
}

// ── iCalendar ────────────────────────────────────────────────────────────
function unfold(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .reduce<string[]>((lines, l) => {
      if (/^[ \t]/.test(l) && lines.length) lines[lines.length - 1] += l.slice(1);
      else lines.push(l);
      return lines;
    }, []);
}

function icsDate(value: string, where: string): string {
  const v = value.trim();
  if (/T/.test(v)) refuse('E_VALUE', 'cal.err.notAllDay', { where });
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  return checkDate(m ? `${m[1]}-${m[2]}-${m[3]}` : v, where);
}

const WORK = /补班|上班|[（(]班[)）]|^班$|workday|make-?up/i;
const MARKS = /[（(](休|班|假|holiday|workday)[)）]|补班|上班|放假|调休/gi;

export function parseIcs(text: string): NoticeYear[] {
  const lines = unfold(text);
  if (!lines.some((l) => l.trim() === 'BEGIN:VCALENDAR')) refuse('E_VALUE', 'cal.err.format');
  const days: Array<{ date: string; name: string; work: boolean }> = [];
  let ev: Record<string, string> | null = null;
  let n = 0;
  for (const line of lines) {
    if (line.trim() === 'BEGIN:VEVENT') {
      ev = {};
      n++;
      continue;
    }
    if (line.trim() === 'END:VEVENT' && ev) {
      const where = `VEVENT ${n}${ev.SUMMARY ? ` (${ev.SUMMARY})` : ''}`;
      if (!ev.DTSTART) refuse('E_VALUE', 'cal.err.noStart', { where });
      const start = icsDate(ev.DTSTART, where);
      const end = ev.DTEND ? icsDate(ev.DTEND, where) : addDays(start, 1);
      if (end <= start) refuse('E_VALUE', 'cal.err.range', { where });
      const special = (ev['X-APPLE-SPECIAL-DAY'] ?? '').toUpperCase();
      const summary = ev.SUMMARY ?? '';
      const work = special === 'ALTERNATE-WORKDAY' || (special !== 'WORK-HOLIDAY' && (WORK.test(summary) || WORK.test(ev.DESCRIPTION ?? '')));
      const name = nameOf(summary.replace(MARKS, ''));
      for (let d = start; d < end; d = addDays(d, 1)) days.push({ date: d, name, work });
      ev = null;
      continue;
    }
    if (!ev) continue;
    const i = line.indexOf(':');
    if (i < 0) continue;
    const key = line.slice(0, i).split(';')[0].toUpperCase();
    ev[key] = line.slice(i + 1).replace(/\\([,;\\])/g, '$1');
  }
  if (!days.length) refuse('E_VALUE', 'cal.err.empty');
  return group(days);
}

// ── JSON ─────────────────────────────────────────────────────────────────
export function parseJson(text: string): NoticeYear[] {
  /** One year of the notice as the file gives it; every field is checked below. */
  type Raw = { year?: unknown; holidays?: unknown; workdays?: unknown };
  let data: Raw | Raw[];
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    refuse('E_VALUE', 'cal.err.format');
  }
  const list = Array.isArray(data) ? data : [data];
  const days: Array<{ date: string; name: string; work: boolean }> = [];
  for (const raw of list) {
    if (!raw || typeof raw !== 'object' || !Number.isInteger(raw.year) || !Array.isArray(raw.holidays)) refuse('E_VALUE', 'cal.err.json');
    if (raw.workdays !== undefined && !Array.isArray(raw.workdays)) refuse('E_VALUE', 'cal.err.json');
    const y = raw as { year: number; holidays: unknown[]; workdays?: unknown[] };
    for (const [kind, xs] of [
      ['holidays', y.holidays],
      ['workdays', y.workdays ?? []],
    ] as const)
      for (const [i, d] of (xs as unknown[]).entries()) {
        const where = `${kind}[${i}]`;
        const entry = d && typeof d === 'object' ? (d as { date?: unknown; name?: unknown }) : undefined;
        const date = checkDate(entry ? entry.date : d, where);
        if (Number(date.slice(0, 4)) !== y.year) refuse('E_VALUE', 'cal.err.otherYear', { date, year: y.year, where });
        const name = typeof entry?.name === 'string' ? nameOf(entry.name) : '';
        days.push({ date, name, work: kind === 'workdays' });
      }
    if (!y.holidays.length) refuse('E_VALUE', 'cal.err.noHolidays', { year: y.year });
  }
  return group(days);
}

function group(days: Array<{ date: string; name: string; work: boolean }>): NoticeYear[] {
  const years = new Map<number, NoticeYear>();
  const seen = new Map<string, boolean>();
  for (const d of days) {
    const prev = seen.get(d.date);
    if (prev !== undefined && prev !== d.work) refuse('E_VALUE', 'cal.err.both', { date: d.date });
    if (prev !== undefined) continue;
    seen.set(d.date, d.work);
    const year = Number(d.date.slice(0, 4));
    if (year < LAW_YEARS.first || year > LAW_YEARS.last) refuse('E_VALUE', 'cal.err.year', { year, first: LAW_YEARS.first, last: LAW_YEARS.last });
    if (!years.has(year)) years.set(year, { year, holidays: [], workdays: [] });
    years.get(year)![d.work ? 'workdays' : 'holidays'].push({ date: d.date, name: d.name });
  }
  const out = [...years.values()].sort((a, b) => a.year - b.year);
  for (const y of out) {
    if (!y.holidays.length) refuse('E_VALUE', 'cal.err.noHolidays', { year: y.year });
    y.holidays.sort((a, b) => (a.date < b.date ? -1 : 1));
    y.workdays.sort((a, b) => (a.date < b.date ? -1 : 1));
  }
  return out;
}

/** Read a notice file's text by its name (.ics / .json) or its content. */
export function parseNotice(text: string, file: string): { format: 'ics' | 'json'; years: NoticeYear[] } {
  const ics = /\.(ics|ical|ifb)$/i.test(file) || (!/\.json$/i.test(file) && text.trimStart().startsWith('BEGIN:VCALENDAR'));
  return ics ? { format: 'ics', years: parseIcs(text) } : { format: 'json', years: parseJson(text) };
}

// ── validation against the law (R-0A1) ───────────────────────────────────
/**
 * Warnings, not refusals: a notice may do what the law allows in ways no rule
 * foresees. A holiday is expected to lie in a run of rest days (holidays and
 * weekends not worked) that holds a statutory day of its festival — that is how
 * bridging days attach to a festival; a named holiday elsewhere, or an unnamed one
 * in no such run, is a warning. So is a statutory weekday missing from the
 * holidays, and a make-up workday that is not a weekend day.
 */
export function validateNotice(y: NoticeYear): NoticeWarning[] {
  const warnings: NoticeWarning[] = [];
  const law = statutoryDays(y.year);
  const holidays = new Set(y.holidays.map((d) => d.date));
  const workdays = new Set(y.workdays.map((d) => d.date));
  const rest = (d: string) => holidays.has(d) || (isWeekend(d) && !workdays.has(d));
  /** The run of consecutive rest days around `date`. */
  const run = (date: string): Set<string> => {
    const out = new Set<string>([date]);
    for (let d = addDays(date, -1); rest(d); d = addDays(d, -1)) out.add(d);
    for (let d = addDays(date, 1); rest(d); d = addDays(d, 1)) out.add(d);
    return out;
  };
  for (const h of y.holidays) {
    const days = run(h.date);
    const named = h.name.split('+').filter((f): f is Festival => (FESTIVALS as readonly string[]).includes(f));
    const inRun = law.filter((s) => days.has(s.date));
    if (named.length) {
      for (const f of named) if (!inRun.some((s) => s.festival === f)) warnings.push({ key: 'cal.warn.festival', date: h.date, festival: f });
    } else if (!inRun.length) warnings.push({ key: 'cal.warn.unconnected', date: h.date });
  }
  for (const s of law)
    if (!holidays.has(s.date) && !isWeekend(s.date)) warnings.push({ key: 'cal.warn.missing', date: s.date, festival: s.festival });
  for (const w of y.workdays) if (!isWeekend(w.date)) warnings.push({ key: 'cal.warn.weekdayWorkday', date: w.date });
  return warnings;
}
