// Follow-ups 回访 (R-800…R-802): the detail row of a `followup` record.
import { stmt, type DB } from './db.js';

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

export function recordFollowupResult(db: DB, recordId: number, r: { method: string; satisfaction: string; note: string | null; doneAt: string }): void {
  stmt(db, `UPDATE followups SET method = ?, satisfaction = ?, note = ?, done_at = ? WHERE record_id = ?`).run(r.method, r.satisfaction, r.note, r.doneAt, recordId);
}
