// SQL aggregates for the reports. Every query is bounded by the
// month's range on an indexed time column, so cost follows the month's
// activity, not the history (quality.md).
import { stmt, type DB } from './db.js';

/** each unit's status at instant `at` (the last change before it, else its first known status). */
export function unitStatusAt(db: DB, at: string): Array<{ status: string; n: number }> {
  return stmt(
    db,
    `SELECT status, COUNT(*) AS n FROM (
       SELECT COALESCE(
         (SELECT h.new_status FROM unit_history h WHERE h.unit_id = u.id AND h.at < @at ORDER BY h.at DESC, h.id DESC LIMIT 1),
         (SELECT h.old_status FROM unit_history h WHERE h.unit_id = u.id AND h.at >= @at ORDER BY h.at, h.id LIMIT 1),
         u.status) AS status
       FROM units u WHERE u.created_at < @at)
     GROUP BY status ORDER BY status`,
  ).all({ at }) as Array<{ status: string; n: number }>;
}

export function unitChanges(
  db: DB,
  from: string,
  to: string,
): Array<{ code: string; at: string; old_status: string | null; new_status: string; no: string | null }> {
  return stmt(
    db,
    `SELECT u.code, h.at, h.old_status, h.new_status, r.no FROM unit_history h JOIN units u ON u.id = h.unit_id
       LEFT JOIN records r ON r.id = h.record_id WHERE h.at >= ? AND h.at < ? ORDER BY h.at, h.id`,
  ).all(from, to) as Array<{ code: string; at: string; old_status: string | null; new_status: string; no: string | null }>;
}

export function unitCount(db: DB, at: string): number {
  return (stmt(db, `SELECT COUNT(*) AS n FROM units WHERE created_at < ?`).get(at) as { n: number }).n;
}

/** Records of some types created (event time) in [from, to), by status. */
export function recordsByStatus(db: DB, types: string[], from: string, to: string): Array<{ type: string; status: string; n: number }> {
  return db
    .prepare(
      `SELECT type, status, COUNT(*) AS n FROM records WHERE type IN (${types.map(() => '?').join(',')}) AND event_at >= ? AND event_at < ?
        GROUP BY type, status ORDER BY type, status`,
    )
    .all(...types, from, to) as Array<{ type: string; status: string; n: number }>;
}

/**
 * Deadlines of one step for records of a type, due in [from, to): done on time,
 * late, open-overdue. Fair month-to-date (issue 22): a step not yet due is not a
 * miss, so `due` counts a deadline once it is done or its time has passed. R-404's `handle`
 * step reads its own partial index (migration 026, issue 23): only its deadlines in the window.
 */
export function stepTimeliness(
  db: DB,
  type: string,
  stepLike: string,
  from: string,
  to: string,
  now: string,
): { due: number; onTime: number; late: number; overdue: number } {
  return stmt(
    db,
    `SELECT COALESCE(SUM(d.done_at IS NOT NULL OR d.due_at < @now), 0) AS due,
            COALESCE(SUM(d.done_at IS NOT NULL AND d.done_at <= d.due_at), 0) AS onTime,
            COALESCE(SUM(d.done_at IS NOT NULL AND d.done_at > d.due_at), 0) AS late,
            COALESCE(SUM(d.done_at IS NULL AND d.due_at < @now), 0) AS overdue
       FROM deadlines d INDEXED BY ${stepLike === 'handle' ? "deadlines_handle JOIN records r ON r.id = d.record_id WHERE d.step = 'handle' AND" : 'deadlines_due JOIN records r ON r.id = d.record_id WHERE'}
            d.due_at >= @from AND d.due_at < @to AND d.cancelled = 0 AND r.voided = 0 AND r.type = @type AND d.step LIKE @step`,
  ).get({ type, step: stepLike, from, to, now }) as { due: number; onTime: number; late: number; overdue: number };
}

/** Follow-ups done in [from, to) by their source's type and satisfaction. */
export function followupsDone(db: DB, from: string, to: string): Array<{ source_type: string; satisfaction: string; n: number }> {
  return stmt(
    db,
    `SELECT s.type AS source_type, f.satisfaction, COUNT(*) AS n FROM followups f
       JOIN records hf ON hf.id = f.record_id JOIN records s ON s.id = f.source_id
      WHERE f.done_at >= ? AND f.done_at < ? AND hf.voided = 0 AND f.satisfaction IS NOT NULL
      GROUP BY s.type, f.satisfaction`,
  ).all(from, to) as Array<{ source_type: string; satisfaction: string; n: number }>;
}

/**
 * Follow-ups of the records of some types created in [from, to):
 * `done` followed up, `due` followed up or past their follow-up deadline (a follow-up not
 * yet scheduled or not yet due is not a miss, issue 22).
 */
export function followupCoverage(db: DB, types: string[], from: string, to: string, now: string): { done: number; due: number } {
  return db
    .prepare(
      `SELECT COALESCE(SUM(x.done), 0) AS done, COALESCE(SUM(x.done OR x.late), 0) AS due FROM (
         SELECT EXISTS (SELECT 1 FROM followups f JOIN records h ON h.id = f.record_id
                         WHERE f.source_id = s.id AND h.voided = 0 AND f.done_at IS NOT NULL) AS done,
                EXISTS (SELECT 1 FROM followups f JOIN records h ON h.id = f.record_id JOIN deadlines d ON d.record_id = f.record_id
                         WHERE f.source_id = s.id AND h.voided = 0 AND d.step = 'followup' AND d.cancelled = 0
                           AND d.done_at IS NULL AND d.due_at < ?) AS late
           FROM records s WHERE s.type IN (${types.map(() => '?').join(',')}) AND s.event_at >= ? AND s.event_at < ? AND s.voided = 0) x`,
    )
    .get(now, ...types, from, to) as { done: number; due: number };
}

// ── 12-month trends (issue 22) ─────────────────────────────────────────
// One statement per series over the whole window: the months are a table
// (json_each of [{month, from, to}]) joined before the indexed range, so each
// month is the same bounded range scan as its monthly query, in one round trip.

/** The months of a trend as JSON, for `monthsCte`. */
export function monthsParam(months: ReadonlyArray<{ month: string; from: string; to: string }>): string {
  return JSON.stringify(months);
}

/**
 * `m(month, f, t)`: the trend's months as a table (a CTE body). The JSON is written into the
 * SQL, not bound: it is our own (months and instants), and a bound value is cut to 32 bytes in
 * the PMDESK_TRACE_SQL trace the benchmark's job floor replays.
 */
export function monthsCte(months: string): string {
  if (!/^[\w\s"{}[\],:.+-]*$/.test(months)) throw new Error(`trend months: unexpected ${months.slice(0, 40)}`);
  return `m(month, f, t) AS (SELECT value ->> '$.month', value ->> '$.from', value ->> '$.to' FROM json_each('${months}'))`;
}

/** Rows of `{ month, a, b, … }` → series → month → value. */
export function bySeries(rows: Array<Record<string, unknown>>): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const r of rows)
    for (const [k, v] of Object.entries(r)) {
      if (k === 'month') continue;
      out[k] ??= {};
      out[k][String(r.month)] = Number(v) || 0;
    }
  return out;
}

/** followupsDone by month: every follow-up done with a satisfaction, and those satisfied or basic (客户满意率). */
export function satisfactionByMonth(db: DB, months: string): Array<{ month: string; done: number; satisfied: number }> {
  return stmt(
    db,
    `WITH ${monthsCte(months)}
     SELECT m.month, COUNT(*) AS done, COALESCE(SUM(f.satisfaction IN ('satisfied', 'basic')), 0) AS satisfied
       FROM m CROSS JOIN followups f INDEXED BY followups_done JOIN records hf ON hf.id = f.record_id JOIN records s ON s.id = f.source_id
      WHERE f.done_at >= m.f AND f.done_at < m.t AND hf.voided = 0 AND f.satisfaction IS NOT NULL
      GROUP BY m.month`,
  ).all() as Array<{ month: string; done: number; satisfied: number }>;
}

/** followupCoverage by month of the source records' creation (R-405, R-503, R-801). */
export function followupCoverageByMonth(db: DB, type: string, months: string, now: string): Array<{ month: string; done: number; due: number }> {
  return stmt(
    db,
    `WITH ${monthsCte(months)}
     SELECT x.month, COALESCE(SUM(x.done), 0) AS done, COALESCE(SUM(x.done OR x.late), 0) AS due FROM (
       SELECT m.month,
              EXISTS (SELECT 1 FROM followups f JOIN records h ON h.id = f.record_id
                       WHERE f.source_id = s.id AND h.voided = 0 AND f.done_at IS NOT NULL) AS done,
              EXISTS (SELECT 1 FROM followups f JOIN records h ON h.id = f.record_id JOIN deadlines d ON d.record_id = f.record_id
                       WHERE f.source_id = s.id AND h.voided = 0 AND d.step = 'followup' AND d.cancelled = 0
                         AND d.done_at IS NULL AND d.due_at < @now) AS late
         FROM m CROSS JOIN records s INDEXED BY records_type_event
        WHERE s.type = @type AND s.event_at >= m.f AND s.event_at < m.t AND s.voided = 0) x
     GROUP BY x.month`,
  ).all({ type, now }) as Array<{ month: string; done: number; due: number }>;
}

/**
 * unitCount at each month's end, in one pass over the units: those made before the first
 * month's end are counted, the few made since are listed and counted per month.
 */
export function unitCountByMonth(db: DB, months: ReadonlyArray<{ month: string; to: string }>): Array<{ month: string; units: number }> {
  if (!months.length) return [];
  const t0 = months[0].to;
  const r = stmt(
    db,
    `SELECT COUNT(*) FILTER (WHERE created_at < @t0) AS base, json_group_array(created_at) FILTER (WHERE created_at >= @t0) AS later FROM units`,
  ).get({ t0 }) as { base: number; later: string };
  const later = JSON.parse(r.later ?? '[]') as string[];
  return months.map((m) => ({ month: m.month, units: r.base + later.filter((c) => c < m.to).length }));
}

// ── monthly report deadlines (R-103, R-407; issue 22 step 5) ──────────────
export interface ProducedRow {
  month: string;
  report: string;
  rule: string;
  due_at: string;
  done_at: string;
  command: string;
  file: string;
  clerk: string;
}

/** When the desk made its first entry (the audit log's first row), or null for an empty file. */
export function firstEntryAt(db: DB): string | null {
  const row = stmt(db, `SELECT entered_at FROM audit WHERE id = (SELECT MIN(id) FROM audit)`).get() as { entered_at: string } | undefined;
  return row?.entered_at ?? null;
}

/** The monthly reports produced for months in [fromMonth, toMonth] (YYYY-MM). */
export function producedReports(db: DB, fromMonth: string, toMonth: string): ProducedRow[] {
  return stmt(db, `SELECT * FROM monthly_reports WHERE month >= ? AND month <= ? ORDER BY month, report`).all(fromMonth, toMonth) as ProducedRow[];
}

/** Close a month's report deadline; the first production stays (returns false when it was closed already). */
export function markProduced(db: DB, r: ProducedRow): boolean {
  return (
    stmt(
      db,
      `INSERT INTO monthly_reports(month, report, rule, due_at, done_at, command, file, clerk) VALUES (@month, @report, @rule, @due_at, @done_at, @command, @file, @clerk)
         ON CONFLICT(month, report) DO NOTHING`,
    ).run(r).changes > 0
  );
}

// ── R-805 the archive hand-over of a quarter ───────────────────────────────
export interface TypeCount {
  type: string;
  count: number;
  voided: number;
  first: string | null;
  last: string | null;
}

/** Records of one type with their event time in [from, to): count, voided, first and last number (one indexed range). */
export function recordsOfTypeIn(db: DB, type: string, from: string, to: string): Omit<TypeCount, 'type'> {
  return stmt(
    db,
    `SELECT COUNT(*) AS count, COALESCE(SUM(voided), 0) AS voided, MIN(no) AS first, MAX(no) AS last
       FROM records INDEXED BY records_type_event WHERE type = ? AND event_at >= ? AND event_at < ?`,
  ).get(type, from, to) as Omit<TypeCount, 'type'>;
}

export function archiveHandover(db: DB, quarter: string): { done_at: string; file: string; clerk: string; due_at: string } | undefined {
  return stmt(db, `SELECT * FROM archive_handovers WHERE quarter = ?`).get(quarter) as
    | { done_at: string; file: string; clerk: string; due_at: string }
    | undefined;
}

/** Record a quarter's hand-over; the first stays (returns false when it was recorded already). */
export function markArchived(db: DB, r: { quarter: string; due_at: string; done_at: string; file: string; clerk: string }): boolean {
  return (
    stmt(
      db,
      `INSERT INTO archive_handovers(quarter, due_at, done_at, file, clerk) VALUES (@quarter, @due_at, @done_at, @file, @clerk) ON CONFLICT(quarter) DO NOTHING`,
    ).run(r).changes > 0
  );
}
