// R-805 (seed 000: 每季度10日之前交管理處的檔案保管員存檔保管2年): a quarter's records are handed to
// the archivist 档案员 by the 10th of the quarter after and kept at least two years. `report archive`
// lists, per record type, what the quarter produced, the hand-over deadline, and what passes the
// two-year mark (nothing is deleted: the list is for the paper files). The deadline is keyed to the
// quarter, not to a record: derived on read (like in due.ts), closed by a row written
// when the quarter's list is produced to a file once the quarter is over.
import { monthlyDue } from '../core/deadline.js';
import { addDays } from '../core/calendar.js';
import { addQuarters, quarterOf, quarterRange } from '../core/quarter.js';
import { atLocal, localDate } from '../core/time.js';
import { archiveHandover as handover, firstEntryAt, markArchived, recordsOfTypeIn, type TypeCount } from '../core/store/reports.js';
import { GROUP_OF_TYPE } from '../core/loop.js';
import { refuse } from '../core/errors.js';
import type { Session } from '../core/session.js';
import type { DB } from '../core/store/db.js';

/** the retention mark, in quarters (two years). */
export const RETENTION_QUARTERS = 8;
/** the hand-over is due by this day of the quarter after. */
export const ARCHIVE_DAY = 10;

/** The hand-over due time of quarter `q`: the end of the 10th of the quarter after's first month (§0a). */
export function archiveDue(q: string, tz: string): string {
  const r = quarterRange(q)!;
  return monthlyDue(r.last.slice(0, 7), ARCHIVE_DAY, tz);
}

function instants(q: string, tz: string): { from: string; to: string; first: string; last: string } {
  const r = quarterRange(q)!;
  return { from: atLocal(r.first, '00:00:00', tz), to: atLocal(addDays(r.last, 1), '00:00:00', tz), first: r.first, last: r.last };
}

/** Records of each type with their event time in [from, to). */
function byType(db: DB, from: string, to: string): TypeCount[] {
  return Object.keys(GROUP_OF_TYPE)
    .map((type) => ({ type, ...recordsOfTypeIn(db, type, from, to) }))
    .filter((x) => x.count);
}

/** The quarter asked (`--quarter YYYYQn`), else the last one that is over. */
export function archiveQuarter(s: Session, q: string | undefined): string {
  const quarter = (q ?? addQuarters(quarterOf(localDate(s.now, s.tz)), -1)).trim().toUpperCase();
  if (!quarterRange(quarter)) refuse('E_VALUE', 'err.quarter', { value: q ?? '' });
  return quarter;
}

/** `report archive [--quarter]`: a read. */
export function archiveList(s: Session, quarter: string) {
  const span = instants(quarter, s.tz);
  const old = addQuarters(quarter, -RETENTION_QUARTERS);
  const oldSpan = instants(old, s.tz);
  const dueAt = archiveDue(quarter, s.tz);
  const h = handover(s.db, quarter);
  const over = Date.parse(span.to) <= Date.parse(s.now);
  return {
    quarter,
    from: span.first,
    to: span.last,
    over,
    dueAt,
    overdue: !h && Date.parse(dueAt) < Date.parse(s.now),
    handedOver: h ? { at: h.done_at, file: h.file, clerk: h.clerk, late: h.done_at > h.due_at } : null,
    produced: byType(s.db, span.from, span.to),
    // The records of the quarter two years before reach the two-year mark at the end of this quarter (kept, not deleted).
    retention: { quarter: old, passesOn: addDays(span.last, 1), types: byType(s.db, oldSpan.from, oldSpan.to) },
  };
}

export type ArchiveList = ReturnType<typeof archiveList>;

export interface ArchiveDue {
  month: string; // the quarter YYYYQn (the `report due` reports table's period column)
  report: 'archive';
  rule: 'R-805';
  dueAt: string;
  overdue: boolean;
}

/** the quarters over whose hand-over is not recorded, due before `until`, from the desk's first entry on. */
export function openArchiveDeadlines(s: Session, until: string): ArchiveDue[] {
  const first = firstEntryAt(s.db);
  if (!first) return [];
  const out: ArchiveDue[] = [];
  const current = quarterOf(localDate(s.now, s.tz));
  for (let q = quarterOf(localDate(first, s.tz)); q < current; q = addQuarters(q, 1)) {
    if (handover(s.db, q)) continue;
    const dueAt = archiveDue(q, s.tz);
    if (Date.parse(dueAt) < Date.parse(until))
      out.push({ month: q, report: 'archive', rule: 'R-805', dueAt, overdue: Date.parse(dueAt) < Date.parse(s.now) });
  }
  return out;
}

/** The quarter's list written to a file once the quarter is over closes its hand-over deadline (the first file stays). */
export function closeArchive(s: Session, quarter: string, file: string): { dueAt: string; late: boolean } | null {
  const { to } = instants(quarter, s.tz);
  if (Date.parse(to) > Date.parse(s.now)) return null;
  const dueAt = archiveDue(quarter, s.tz);
  const n = markArchived(s.db, { quarter, due_at: dueAt, done_at: s.now, file, clerk: s.io.clerk });
  if (!n) return null;
  s.audit({ subject: `archive:${quarter}`, action: 'report.produced', field: 'archive', old: null, new: file, at: s.now });
  return { dueAt, late: Date.parse(s.now) > Date.parse(dueAt) };
}
