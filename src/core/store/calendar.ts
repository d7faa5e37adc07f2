// R-0A2: imported notices (one row per year) and the open deadlines a calendar change recomputes.
import { stmt, type DB } from './db.js';

export interface CalendarDay {
  date: string; // YYYY-MM-DD
  name: string; // the festival (newYear, spring, …) or the notice's own words
}

export interface ImportedYear {
  year: number;
  holidays: CalendarDay[];
  workdays: CalendarDay[];
  file: string;
  format: string;
  importedBy: string;
  importedAt: string;
}

interface Row {
  year: number;
  holidays: string;
  workdays: string;
  file: string;
  format: string;
  imported_by: string;
  imported_at: string;
}

export function importedYears(db: DB): ImportedYear[] {
  return (stmt(db, `SELECT * FROM calendar_years ORDER BY year`).all() as Row[]).map((r) => ({
    year: r.year,
    holidays: JSON.parse(r.holidays) as CalendarDay[],
    workdays: JSON.parse(r.workdays) as CalendarDay[],
    file: r.file,
    format: r.format,
    importedBy: r.imported_by,
    importedAt: r.imported_at,
  }));
}

export function saveImportedYear(db: DB, y: ImportedYear): void {
  stmt(
    db,
    `INSERT INTO calendar_years(year, holidays, workdays, file, format, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(year) DO UPDATE SET holidays = excluded.holidays, workdays = excluded.workdays, file = excluded.file,
         format = excluded.format, imported_by = excluded.imported_by, imported_at = excluded.imported_at`,
  ).run(y.year, JSON.stringify(y.holidays), JSON.stringify(y.workdays), y.file, y.format, y.importedBy, y.importedAt);
}

export interface OpenComputed {
  id: number;
  record_id: number;
  no: string;
  record_event_at: string;
  step: string;
  rule: string;
  due_at: string;
  from_at: string | null;
  provisional: string | null;
}

/** Every open deadline of a live record (R-0A2: closed ones are never rewritten). */
export function openDeadlines(db: DB): OpenComputed[] {
  return stmt(
    db,
    `SELECT d.id, d.record_id, r.no, r.event_at AS record_event_at, d.step, d.rule, d.due_at, d.from_at, d.provisional
       FROM deadlines d JOIN records r ON r.id = d.record_id
      WHERE d.done_at IS NULL AND d.cancelled = 0 AND r.voided = 0
      ORDER BY r.no, d.step`,
  ).all() as OpenComputed[];
}

/** The event times of a record, newest first (to find what a deadline of an older version was computed from). */
export function eventTimes(db: DB, recordId: number): string[] {
  return (
    stmt(db, `SELECT DISTINCT event_at FROM events WHERE record_id = ? ORDER BY event_at DESC`).all(recordId) as Array<{ event_at: string }>
  ).map((r) => r.event_at);
}

export function moveDeadline(db: DB, id: number, d: { dueAt: string; fromAt: string; provisional: string[] | null }): void {
  stmt(db, `UPDATE deadlines SET due_at = ?, from_at = ?, provisional = ? WHERE id = ?`).run(
    d.dueAt,
    d.fromAt,
    d.provisional ? JSON.stringify(d.provisional) : null,
    id,
  );
}

/** R-0A1: how many open deadlines rest on provisional days. */
export function countProvisional(db: DB): number {
  return (
    stmt(
      db,
      // Only the provisional open deadlines (migration 028's partial index), not every open one (issue 23).
      `SELECT COUNT(*) AS n FROM deadlines d INDEXED BY deadlines_provisional_open JOIN records r ON r.id = d.record_id
        WHERE d.done_at IS NULL AND d.cancelled = 0 AND d.provisional IS NOT NULL AND r.voided = 0`,
    ).get() as { n: number }
  ).n;
}
