// Visitors and the reception log (R-600…R-602).
import { stmt, type DB } from '../../core/store/db.js';

export interface VisitRow {
  record_id: number;
  entry: 'visitor' | 'log';
  category: string | null;
  name: string | null;
  id_type: string | null;
  id_number: string | null;
  phone: string | null;
  purpose: string | null;
  description: string | null;
  confirmed: number;
  out_at: string | null;
}

export function insertVisit(db: DB, v: Omit<VisitRow, 'out_at'>): void {
  stmt(
    db,
    `INSERT INTO visits(record_id, entry, category, name, id_type, id_number, phone, purpose, description, confirmed)
     VALUES (@record_id, @entry, @category, @name, @id_type, @id_number, @phone, @purpose, @description, @confirmed)`,
  ).run(v);
}

export function getVisit(db: DB, recordId: number): VisitRow | undefined {
  return stmt(db, `SELECT * FROM visits WHERE record_id = ?`).get(recordId) as VisitRow | undefined;
}

export function setVisitOut(db: DB, recordId: number, at: string): void {
  stmt(db, `UPDATE visits SET out_at = ? WHERE record_id = ?`).run(at, recordId);
}

/** R-601 (commercial buildings): does the unit have a registered company? */
export function unitHasCompany(db: DB, unitId: number): boolean {
  return !!stmt(db, `SELECT 1 FROM unit_residents WHERE unit_id = ? AND role = 'company' AND until IS NULL LIMIT 1`).get(unitId);
}

export function visitMonth(db: DB, from: string, to: string): { visitors: number; byCategory: Record<string, number> } {
  const visitors = (
    stmt(
      db,
      `SELECT COUNT(*) AS n FROM records r JOIN visits v ON v.record_id = r.id WHERE r.type = 'visit' AND r.voided = 0 AND v.entry = 'visitor' AND r.event_at >= ? AND r.event_at < ?`,
    ).get(from, to) as {
      n: number;
    }
  ).n;
  const rows = stmt(
    db,
    `SELECT v.category, COUNT(*) AS n FROM records r JOIN visits v ON v.record_id = r.id
      WHERE r.type = 'visit' AND r.voided = 0 AND v.entry = 'log' AND r.event_at >= ? AND r.event_at < ? GROUP BY v.category`,
  ).all(from, to) as Array<{ category: string; n: number }>;
  return { visitors, byCategory: Object.fromEntries(rows.map((r) => [r.category, r.n])) };
}
