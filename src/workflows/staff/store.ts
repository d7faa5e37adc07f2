// The staff roster.
import { stmt, type DB } from '../../core/store/db.js';

export interface StaffRow {
  id: number;
  name: string;
  role: string;
  dept: string | null;
  areas: string | null;
  since: string;
  left_at: string | null;
  created_at: string;
}

export function insertStaff(db: DB, m: { name: string; role: string; dept: string | null; areas: string | null; since: string }, at: string): number {
  return Number(
    stmt(db, `INSERT INTO staff(name, role, dept, areas, since, created_at) VALUES (?, ?, ?, ?, ?, ?)`).run(
      m.name,
      m.role,
      m.dept,
      m.areas,
      m.since,
      at,
    ).lastInsertRowid,
  );
}

export function activeByName(db: DB, name: string): StaffRow | undefined {
  return stmt(db, `SELECT * FROM staff WHERE name = ? AND left_at IS NULL`).get(name) as StaffRow | undefined;
}

export function listStaff(db: DB, o: { all?: boolean; role?: string } = {}): StaffRow[] {
  const where = [o.all ? '1' : 'left_at IS NULL', o.role ? 'role = @role' : '1'].join(' AND ');
  return stmt(db, `SELECT * FROM staff WHERE ${where} ORDER BY left_at IS NOT NULL, id`).all({ role: o.role ?? null }) as StaffRow[];
}

export function setLeft(db: DB, id: number, at: string): void {
  stmt(db, `UPDATE staff SET left_at = ? WHERE id = ?`).run(at, id);
}
