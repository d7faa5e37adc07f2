// R-602 shift handover: what is still open at the desk, read across workflows.
import { stmt, type DB } from '../../core/store/db.js';
import { DUTY } from '../../core/store/records.js';

export function openLogEntries(db: DB): Array<{ no: string; category: string | null; description: string | null; unit: string | null; at: string }> {
  return stmt(
    db,
    `SELECT r.no, v.category, v.description, u.code AS unit, r.event_at AS at FROM records r JOIN visits v ON v.record_id = r.id
       LEFT JOIN units u ON u.id = r.unit_id WHERE r.type = 'visit' AND v.entry = 'log' AND r.status = 'open' AND r.voided = 0 ORDER BY r.event_at`,
  ).all() as Array<{ no: string; category: string | null; description: string | null; unit: string | null; at: string }>;
}

export function visitorsIn(db: DB): Array<{ no: string; name: string | null; unit: string | null; at: string }> {
  return stmt(
    db,
    `SELECT r.no, v.name, u.code AS unit, r.event_at AS at FROM records r JOIN visits v ON v.record_id = r.id
       LEFT JOIN units u ON u.id = r.unit_id WHERE r.type = 'visit' AND v.entry = 'visitor' AND r.status = 'in' AND r.voided = 0 ORDER BY r.event_at`,
  ).all() as Array<{ no: string; name: string | null; unit: string | null; at: string }>;
}

export function keysOut(db: DB): Array<{ no: string; unit: string | null; status: string; at: string }> {
  return stmt(
    db,
    `SELECT r.no, u.code AS unit, r.status, r.event_at AS at FROM records r LEFT JOIN units u ON u.id = r.unit_id
      WHERE r.type = 'keyMove' AND r.status IN ('open','returned','inspecting') AND r.voided = 0 ORDER BY r.event_at`,
  ).all() as Array<{ no: string; unit: string | null; status: string; at: string }>;
}

/** Open deadlines due by the end of the next shift (at or before `until`), overdue ones included. */
export function deadlinesBefore(
  db: DB,
  until: string,
): Array<{ no: string; type: string; step: string; rule: string; due_at: string; unit: string | null }> {
  return stmt(
    db,
    `SELECT r.no, r.type, d.step, d.rule, d.due_at, u.code AS unit FROM deadlines d JOIN records r ON r.id = d.record_id
       LEFT JOIN units u ON u.id = r.unit_id
      WHERE d.done_at IS NULL AND d.cancelled = 0 AND ${DUTY} AND d.due_at <= ? AND r.voided = 0 AND (d.opens_at IS NULL OR d.opens_at <= ?)
      ORDER BY d.due_at`,
  ).all(until, until) as Array<{ no: string; type: string; step: string; rule: string; due_at: string; unit: string | null }>;
}

export function insertHandover(db: DB, h: { at: string; from: string; to: string | null; items: unknown }): number {
  return Number(
    stmt(db, `INSERT INTO shift_handovers(at, from_clerk, to_clerk, items) VALUES (?, ?, ?, ?)`).run(h.at, h.from, h.to, JSON.stringify(h.items))
      .lastInsertRowid,
  );
}
