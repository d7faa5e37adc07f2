// The monthly reports as deadlines (issue 22 step 5): the house-status table R-103 (by the
// profile's reports.houseStatusDueDay, default the 5th) and the complaint summary R-407
// (reports.complaintSummaryDueDay, the 25th) of a month are due on that day of the month
// after. They are keyed to the month, not to a record: open from the month the desk made its
// first entry, closed when the month's report is produced to a file once the month is over
// (`report monthly --out` closes both, `report units --out` the house-status table).
import { monthlyDue } from '../core/deadline.js';
import { addMonths, localDate } from '../core/time.js';
import { firstEntryAt, markProduced, producedReports } from '../core/store/reports.js';
import type { Session } from '../core/session.js';
import type { Profile } from '../core/profile.js';

export const MONTHLY_REPORTS = [
  { report: 'houseStatus', rule: 'R-103', day: (p: Profile) => p.reports.houseStatusDueDay },
  { report: 'complaintSummary', rule: 'R-407', day: (p: Profile) => p.reports.complaintSummaryDueDay },
] as const;

export type MonthlyReport = (typeof MONTHLY_REPORTS)[number]['report'];

export interface MonthlyDue {
  month: string;
  report: MonthlyReport;
  rule: string;
  dueAt: string;
  overdue: boolean;
}

const month = (date: string) => date.slice(0, 7);
const nextMonth = (m: string) => month(addMonths(`${m}-01`, 1));

/**
 * the monthly reports not yet produced whose due time is before `until`
 * (the end of today): overdue first, oldest month first.
 */
export function openMonthlyDeadlines(s: Session, until: string): MonthlyDue[] {
  const first = firstEntryAt(s.db);
  if (!first) return [];
  const start = month(localDate(first, s.tz));
  const last = month(addMonths(`${month(localDate(s.now, s.tz))}-01`, -1)); // the last month that is over
  if (start > last) return [];
  const done = new Set(producedReports(s.db, start, last).map((p) => `${p.month} ${p.report}`));
  const out: MonthlyDue[] = [];
  for (let m = start; m <= last; m = nextMonth(m))
    for (const r of MONTHLY_REPORTS) {
      if (done.has(`${m} ${r.report}`)) continue;
      const dueAt = monthlyDue(m, r.day(s.profile), s.tz);
      if (Date.parse(dueAt) < Date.parse(until))
        out.push({ month: m, report: r.report, rule: r.rule, dueAt, overdue: Date.parse(dueAt) < Date.parse(s.now) });
    }
  return out.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.month.localeCompare(b.month));
}

/**
 * Close the month's report deadlines a produced file fulfils, once the month is over (a
 * report of a month still running is a draft). Returns the ones closed now.
 */
export function closeMonthly(
  s: Session,
  m: string,
  reports: readonly MonthlyReport[],
  command: string,
  file: string,
): Array<{ report: MonthlyReport; rule: string; dueAt: string; late: boolean }> {
  if (m >= month(localDate(s.now, s.tz))) return [];
  const closed = [];
  for (const r of MONTHLY_REPORTS.filter((x) => reports.includes(x.report))) {
    const dueAt = monthlyDue(m, r.day(s.profile), s.tz);
    const row = { month: m, report: r.report, rule: r.rule, due_at: dueAt, done_at: s.now, command, file, clerk: s.io.clerk };
    if (!markProduced(s.db, row)) continue;
    s.audit({ subject: `report:${m}`, action: 'report.produced', field: r.report, old: null, new: file, at: s.now });
    closed.push({ report: r.report, rule: r.rule, dueAt, late: Date.parse(s.now) > Date.parse(dueAt) });
  }
  return closed;
}
