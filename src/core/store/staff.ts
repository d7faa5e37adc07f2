// who may act once the estate has a staff roster (the session checks the clerk).
import { stmt, type DB } from './db.js';

/** The active members' names, or an empty list when nobody is on the roster. */
export function activeStaffNames(db: DB): string[] {
  return (stmt(db, `SELECT name FROM staff WHERE left_at IS NULL ORDER BY id`).all() as Array<{ name: string }>).map((r) => r.name);
}

export function isActiveStaff(db: DB, name: string): boolean {
  return !!stmt(db, `SELECT 1 FROM staff WHERE name = ? AND left_at IS NULL`).get(name);
}
