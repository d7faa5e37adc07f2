// Follow-ups 回访 (R-800…R-802): the detail row of a `followup` record.
import { IDS, rowBy } from '../../core/store/batch.js';
import { stmt, type DB } from '../../core/store/db.js';

export interface FollowupRow {
  record_id: number;
  source_id: number;
  reason: string;
  method: string | null;
  satisfaction: string | null;
  note: string | null;
  done_at: string | null;
}

export function insertFollowup(db: DB, f: { recordId: number; sourceId: number; reason: string }): void {
  stmt(db, `INSERT INTO followups(record_id, source_id, reason) VALUES (?, ?, ?)`).run(f.recordId, f.sourceId, f.reason);
}

export function getFollowup(db: DB, recordId: number): FollowupRow | undefined {
  return stmt(db, `SELECT * FROM followups WHERE record_id = ?`).get(recordId) as FollowupRow | undefined;
}

/** The open (status due) follow-up of a source record, if any. */
export function openFollowupOf(db: DB, sourceId: number): { record_id: number; no: string } | undefined {
  return stmt(
    db,
    `SELECT f.record_id, r.no FROM followups f JOIN records r ON r.id = f.record_id
      WHERE f.source_id = ? AND r.status = 'due' AND r.voided = 0 ORDER BY r.id DESC LIMIT 1`,
  ).get(sourceId) as { record_id: number; no: string } | undefined;
}

/** The open follow-up of a source record for one of its households (R-804: a survey's returns). */
export function openFollowupOfUnit(db: DB, sourceId: number, unitId: number): { record_id: number; no: string } | undefined {
  return stmt(
    db,
    `SELECT f.record_id, r.no FROM followups f JOIN records r ON r.id = f.record_id
      WHERE f.source_id = ? AND r.unit_id = ? AND r.status = 'due' AND r.voided = 0 ORDER BY r.id DESC LIMIT 1`,
  ).get(sourceId, unitId) as { record_id: number; no: string } | undefined;
}

export function recordFollowupResult(
  db: DB,
  recordId: number,
  r: { method: string; satisfaction: string; note: string | null; doneAt: string },
): void {
  stmt(db, `UPDATE followups SET method = ?, satisfaction = ?, note = ?, done_at = ? WHERE record_id = ?`).run(
    r.method,
    r.satisfaction,
    r.note,
    r.doneAt,
    recordId,
  );
}

export interface DueFollowup {
  no: string;
  status: string;
  unit_code: string | null;
  source_no: string;
  source_type: string;
  reason: string;
  due_at: string | null;
  opens_at: string | null;
  source_class: string | null; // complaints: their class (R-405: major ones by the project manager)
}

/** Open follow-ups (status `due`), soonest first (§8 `followup due`); a source whose R-403 escalation fired by `now` reads major. */
export function dueFollowups(db: DB, now: string): DueFollowup[] {
  return stmt(
    db,
    `SELECT hf.no, hf.status, u.code AS unit_code, src.no AS source_no, src.type AS source_type, f.reason, d.due_at, d.opens_at,
            CASE WHEN (c.class IS NULL OR c.class NOT IN ('invalid', 'major')) AND EXISTS (SELECT 1 FROM deadlines e
                   WHERE e.record_id = src.id AND e.step = 'escalate' AND e.done_at IS NULL AND e.cancelled = 0 AND e.due_at < @now)
                 THEN 'major' ELSE c.class END AS source_class
       FROM records hf JOIN followups f ON f.record_id = hf.id JOIN records src ON src.id = f.source_id
       LEFT JOIN units u ON u.id = hf.unit_id
       LEFT JOIN deadlines d ON d.record_id = hf.id AND d.step = 'followup'
       LEFT JOIN complaints c ON c.record_id = src.id
      WHERE hf.type = 'followup' AND hf.status = 'due' AND hf.voided = 0
      ORDER BY d.due_at IS NULL, d.due_at, hf.id`,
  ).all({ now }) as DueFollowup[];
}

export function followupOfRecord(db: DB, recordId: number): (FollowupRow & { source_no: string; source_class: string | null }) | undefined {
  return stmt(
    db,
    `SELECT f.*, r.no AS source_no, c.class AS source_class FROM followups f JOIN records r ON r.id = f.source_id
       LEFT JOIN complaints c ON c.record_id = r.id WHERE f.record_id = ?`,
  ).get(recordId) as (FollowupRow & { source_no: string; source_class: string | null }) | undefined;
}

/** Lists (issue 23): followupOfRecord and planOf of many records, one statement each. */
export function followupsBatch(db: DB, ids: number[]) {
  return {
    followups: rowBy<FollowupRow & { source_no: string; source_class: string | null }>(
      db,
      `SELECT f.*, r.no AS source_no, c.class AS source_class FROM followups f JOIN records r ON r.id = f.source_id
         LEFT JOIN complaints c ON c.record_id = r.id WHERE f.record_id IN ${IDS}`,
      ids,
    ),
    plans: rowBy<PlanRow>(db, `SELECT * FROM followup_plans WHERE record_id IN ${IDS}`, ids),
  };
}

// ── R-803 planned follow-ups ────────────────────────────────────────────
export interface PlanRow {
  record_id: number;
  quarter: string;
  kind: 'household' | 'director';
  officer: string;
  area: string | null;
  planned_date: string;
}

export function insertPlan(db: DB, p: PlanRow): void {
  stmt(
    db,
    `INSERT INTO followup_plans(record_id, quarter, kind, officer, area, planned_date) VALUES (@record_id, @quarter, @kind, @officer, @area, @planned_date)`,
  ).run(p);
}

export function planOf(db: DB, recordId: number): PlanRow | undefined {
  return stmt(db, `SELECT * FROM followup_plans WHERE record_id = ?`).get(recordId) as PlanRow | undefined;
}

/** What a quarter's plan already holds (voided ones do not count): `officer|unit id` and the director's dates. */
export function plannedIn(db: DB, quarter: string): { households: Set<string>; director: Set<string>; total: number } {
  const rows = stmt(
    db,
    `SELECT p.kind, p.officer, p.planned_date, r.unit_id FROM followup_plans p JOIN records r ON r.id = p.record_id
      WHERE p.quarter = ? AND r.voided = 0`,
  ).all(quarter) as Array<{ kind: string; officer: string; planned_date: string; unit_id: number | null }>;
  const households = new Set<string>();
  const director = new Set<string>();
  for (const r of rows) r.kind === 'household' ? households.add(`${r.officer}|${r.unit_id}`) : director.add(r.planned_date);
  return { households, director, total: rows.length };
}

/** the households lived in (owner or tenant) of some building areas, in code order. */
export function livedInUnits(db: DB, areas: string[], statuses: readonly string[]): Array<{ id: number; code: string; building: string }> {
  if (!areas.length) return [];
  return db
    .prepare(
      `SELECT id, code, building FROM units WHERE building IN (${areas.map(() => '?').join(',')})
        AND status IN (${statuses.map(() => '?').join(',')}) ORDER BY code`,
    )
    .all(...areas, ...statuses) as Array<{ id: number; code: string; building: string }>;
}

/** a quarter's planned follow-ups, done (by `until`) or not, per officer and area. */
export function planProgress(
  db: DB,
  quarter: string,
  until: string,
): Array<{ kind: string; officer: string; area: string | null; planned: number; done: number }> {
  return stmt(
    db,
    `SELECT p.kind, p.officer, p.area, COUNT(*) AS planned,
            COALESCE(SUM(r.status = 'done' AND f.done_at IS NOT NULL AND f.done_at < @until), 0) AS done
       FROM followup_plans p JOIN records r ON r.id = p.record_id JOIN followups f ON f.record_id = p.record_id
      WHERE p.quarter = @quarter AND r.voided = 0
      GROUP BY p.kind, p.officer, p.area ORDER BY p.kind DESC, p.officer, p.area`,
  ).all({ quarter, until }) as Array<{ kind: string; officer: string; area: string | null; planned: number; done: number }>;
}
