// Patrols 巡查 (R-1100, R-1101): the plan's items and what each patrol found.
import { IDS, rowBy, rowsBy } from '../../core/store/batch.js';
import { stmt, type DB } from '../../core/store/db.js';

export interface PatrolRow {
  record_id: number;
  kind: 'unit' | 'round';
  month: string;
  planned_date: string | null;
  half: 'am' | 'pm' | null;
  places: string | null;
  planned: number;
}

export interface CheckRow {
  id: number;
  record_id: number;
  place: string | null;
  at: string;
  clerk: string;
  result: 'ok' | 'finding';
  failed: string | null;
  finding: string | null;
  repair_id: number | null;
  repair_no: string | null;
  repair_status: string | null;
  resolved_at: string | null;
  resolution: string | null;
}

export function insertPatrol(db: DB, p: PatrolRow): void {
  stmt(
    db,
    `INSERT INTO patrols(record_id, kind, month, planned_date, half, places, planned)
     VALUES (@record_id, @kind, @month, @planned_date, @half, @places, @planned)`,
  ).run(p);
}

export function getPatrol(db: DB, recordId: number): PatrolRow | undefined {
  return stmt(db, `SELECT * FROM patrols WHERE record_id = ?`).get(recordId) as PatrolRow | undefined;
}

/** R-1100: the units to patrol, vacant (sold, not handed over) and unsold. */
export function unitsToPatrol(db: DB): Array<{ id: number; code: string }> {
  return stmt(db, `SELECT id, code FROM units WHERE status IN ('vacant','unsold') ORDER BY code`).all() as Array<{ id: number; code: string }>;
}

/** Planned unit patrols of a month, per unit (voided ones do not count). */
export function plannedUnits(db: DB, month: string): Map<number, number> {
  const rows = stmt(
    db,
    `SELECT r.unit_id, COUNT(*) AS n FROM patrols p JOIN records r ON r.id = p.record_id
      WHERE p.month = ? AND p.kind = 'unit' AND p.planned = 1 AND r.voided = 0 GROUP BY r.unit_id`,
  ).all(month) as Array<{ unit_id: number; n: number }>;
  return new Map(rows.map((r) => [r.unit_id, r.n]));
}

/** The rounds of a month already there, as `YYYY-MM-DD am|pm`. */
export function roundsOf(db: DB, month: string): Set<string> {
  const rows = stmt(
    db,
    `SELECT p.planned_date, p.half FROM patrols p JOIN records r ON r.id = p.record_id
      WHERE p.month = ? AND p.kind = 'round' AND r.voided = 0`,
  ).all(month) as Array<{ planned_date: string; half: string }>;
  return new Set(rows.map((r) => `${r.planned_date} ${r.half}`));
}

/** A unit's patrol still to do in a month, the earliest planned first. */
export function openUnitPatrol(db: DB, unitId: number, month: string): number | undefined {
  const row = stmt(
    db,
    // The unit's patrol records first (records_unit), not every unit patrol of the month (issue 23).
    `SELECT p.record_id FROM records r CROSS JOIN patrols p ON p.record_id = r.id
      WHERE r.unit_id = ? AND r.type = 'patrol' AND p.kind = 'unit' AND p.month = ? AND r.status = 'planned' AND r.voided = 0
      ORDER BY p.planned_date, p.record_id LIMIT 1`,
  ).get(unitId, month) as { record_id: number } | undefined;
  return row?.record_id;
}

/** The round of a day's morning or afternoon (planned or not). */
export function roundOn(db: DB, date: string, half: string): number | undefined {
  const row = stmt(
    db,
    `SELECT p.record_id FROM patrols p JOIN records r ON r.id = p.record_id
      WHERE p.kind = 'round' AND p.planned_date = ? AND p.half = ? AND r.voided = 0 ORDER BY p.record_id LIMIT 1`,
  ).get(date, half) as { record_id: number } | undefined;
  return row?.record_id;
}

export function insertCheck(
  db: DB,
  c: {
    recordId: number;
    place: string | null;
    at: string;
    clerk: string;
    result: string;
    failed: string | null;
    finding: string | null;
    repairId: number | null;
  },
): void {
  stmt(
    db,
    `INSERT INTO patrol_checks(record_id, place, at, clerk, result, failed, finding, repair_id)
     VALUES (@recordId, @place, @at, @clerk, @result, @failed, @finding, @repairId)`,
  ).run(c);
}

/** Lists (issue 23): getPatrol and checksOf of many records, one statement each. */
export function patrolsBatch(db: DB, ids: number[]) {
  return {
    patrols: rowBy<PatrolRow>(db, `SELECT * FROM patrols WHERE record_id IN ${IDS}`, ids),
    checks: rowsBy<CheckRow>(
      db,
      `SELECT c.*, b.no AS repair_no, b.status AS repair_status FROM patrol_checks c LEFT JOIN records b ON b.id = c.repair_id
        WHERE c.record_id IN ${IDS} ORDER BY c.record_id, c.id`,
      ids,
      (c) => c.record_id,
    ),
  };
}

export function checksOf(db: DB, recordId: number): CheckRow[] {
  return stmt(
    db,
    `SELECT c.*, b.no AS repair_no, b.status AS repair_status FROM patrol_checks c LEFT JOIN records b ON b.id = c.repair_id
      WHERE c.record_id = ? ORDER BY c.id`,
  ).all(recordId) as CheckRow[];
}

/** Findings without a repair order, not yet resolved: `patrol resolve` closes them. */
export function resolveFindings(db: DB, recordId: number, at: string, note: string): number {
  return stmt(
    db,
    `UPDATE patrol_checks SET resolved_at = ?, resolution = ?
      WHERE record_id = ? AND result = 'finding' AND repair_id IS NULL AND resolved_at IS NULL`,
  ).run(at, note, recordId).changes;
}

/** A finding is closed once resolved, or once its repair order is completed or closed (R-1100). */
const CLOSED = `(c.resolved_at IS NOT NULL OR b.status IN ('completed','closed'))`;

export interface PatrolMonth {
  kind: string;
  planned: number;
  done: number;
  onTime: number;
  missed: number;
  unplanned: number;
}

/**
 * R-1101: a month's patrols by kind: planned, done (of the planned), done by their due
 * time, and missed — planned items not done by their due time (late or not at all), as
 * of `now`.
 */
export function patrolMonth(db: DB, month: string, now: string): PatrolMonth[] {
  return stmt(
    db,
    `SELECT p.kind,
            SUM(p.planned) AS planned,
            SUM(CASE WHEN p.planned = 1 AND r.status = 'done' THEN 1 ELSE 0 END) AS done,
            SUM(CASE WHEN p.planned = 1 AND d.done_at IS NOT NULL AND d.done_at <= d.due_at THEN 1 ELSE 0 END) AS onTime,
            SUM(CASE WHEN p.planned = 1 AND ((d.done_at IS NULL AND d.due_at < @now) OR d.done_at > d.due_at) THEN 1 ELSE 0 END) AS missed,
            SUM(1 - p.planned) AS unplanned
       FROM patrols p JOIN records r ON r.id = p.record_id
       LEFT JOIN deadlines d ON d.record_id = p.record_id AND d.step = 'patrol'
      WHERE p.month = @month AND r.voided = 0
      GROUP BY p.kind`,
  ).all({ month, now }) as PatrolMonth[];
}

/** Findings recorded in [from, to): how many, how many closed now, how many became repair orders. */
export function findingsIn(db: DB, from: string, to: string): { findings: number; closed: number; repairs: number } {
  return stmt(
    db,
    `SELECT COUNT(*) AS findings, COALESCE(SUM(CASE WHEN ${CLOSED} THEN 1 ELSE 0 END), 0) AS closed,
            COALESCE(SUM(CASE WHEN c.repair_id IS NOT NULL THEN 1 ELSE 0 END), 0) AS repairs
       FROM patrol_checks c JOIN records r ON r.id = c.record_id LEFT JOIN records b ON b.id = c.repair_id
      WHERE c.result = 'finding' AND r.voided = 0 AND c.at >= ? AND c.at < ?`,
  ).get(from, to) as { findings: number; closed: number; repairs: number };
}

/** The vacant-unit patrol sheet of a month (空置房巡查记录表): every unit patrol with what it found. */
export function unitPatrolsOf(
  db: DB,
  month: string,
): Array<{ record_id: number; no: string; unit: string | null; status: string; planned_date: string | null }> {
  return stmt(
    db,
    `SELECT r.id AS record_id, r.no, u.code AS unit, r.status, p.planned_date
       FROM patrols p JOIN records r ON r.id = p.record_id LEFT JOIN units u ON u.id = r.unit_id
      WHERE p.month = ? AND p.kind = 'unit' AND r.voided = 0
      ORDER BY u.code, p.planned_date, r.id`,
  ).all(month) as Array<{ record_id: number; no: string; unit: string | null; status: string; planned_date: string | null }>;
}
