// R-101 residents and the units they hold.
import { stmt, type DB } from '../../core/store/db.js';

export interface ResidentRow {
  id: number;
  name: string;
  id_type: string;
  id_number: string | null;
  phone: string | null;
  created_at: string;
  updated_at: string;
}

export interface ResidentInput {
  name: string;
  idType: string;
  idNumber: string | null;
  phone: string | null;
}

export function getResident(db: DB, id: number): ResidentRow | undefined {
  return stmt(db, `SELECT * FROM residents WHERE id = ?`).get(id) as ResidentRow | undefined;
}

export function findByDocument(db: DB, idType: string, idNumber: string): ResidentRow | undefined {
  return stmt(db, `SELECT * FROM residents WHERE id_type = ? AND id_number = ?`).get(idType, idNumber) as ResidentRow | undefined;
}

export function findByName(db: DB, name: string): ResidentRow[] {
  return stmt(db, `SELECT * FROM residents WHERE name = ? ORDER BY id`).all(name) as ResidentRow[];
}

export function insertResident(db: DB, r: ResidentInput, at: string): number {
  const info = stmt(db, `INSERT INTO residents(name, id_type, id_number, phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`).run(
    r.name,
    r.idType,
    r.idNumber,
    r.phone,
    at,
    at,
  );
  return Number(info.lastInsertRowid);
}

export function updateResident(db: DB, id: number, fields: Partial<Pick<ResidentRow, 'name' | 'phone' | 'id_type' | 'id_number'>>, at: string): void {
  for (const [k, v] of Object.entries(fields)) {
    if (!['name', 'phone', 'id_type', 'id_number'].includes(k)) throw new Error(`not a resident field: ${k}`);
    stmt(db, `UPDATE residents SET ${k} = ?, updated_at = ? WHERE id = ?`).run(v, at, id);
  }
}

/** Link a resident to a unit; returns false when a current link already existed. */
export function linkUnit(db: DB, unitId: number, residentId: number, role: string, since: string): boolean {
  const info = stmt(db, `INSERT INTO unit_residents(unit_id, resident_id, role, since) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`).run(
    unitId,
    residentId,
    role,
    since,
  );
  return info.changes > 0;
}

export function linkOf(db: DB, unitId: number, residentId: number): { role: string } | undefined {
  return stmt(db, `SELECT role FROM unit_residents WHERE unit_id = ? AND resident_id = ? AND until IS NULL`).get(unitId, residentId) as
    | { role: string }
    | undefined;
}

/** correct a resident's role on a unit (the current link). */
export function setLinkRole(db: DB, unitId: number, residentId: number, role: string): void {
  stmt(db, `UPDATE unit_residents SET role = ? WHERE unit_id = ? AND resident_id = ? AND until IS NULL`).run(role, unitId, residentId);
}

/** the resident leaves the unit on a date; the link stays as history. */
export function endLink(db: DB, unitId: number, residentId: number, until: string, note: string | null): boolean {
  return (
    stmt(db, `UPDATE unit_residents SET until = ?, end_note = ? WHERE unit_id = ? AND resident_id = ? AND until IS NULL`).run(
      until,
      note,
      unitId,
      residentId,
    ).changes > 0
  );
}

/** Every link a unit has had, current and ended (R-104 history). */
export function linksOfUnit(
  db: DB,
  unitId: number,
): Array<{ resident_id: number; name: string; role: string; since: string; until: string | null; end_note: string | null }> {
  return stmt(
    db,
    `SELECT ur.resident_id, r.name, ur.role, ur.since, ur.until, ur.end_note FROM unit_residents ur JOIN residents r ON r.id = ur.resident_id
        WHERE ur.unit_id = ? ORDER BY ur.since, ur.id`,
  ).all(unitId) as ReturnType<typeof linksOfUnit>;
}

export interface HolderRow extends ResidentRow {
  role: string;
  since: string;
}

export function residentsOfUnit(db: DB, unitId: number): HolderRow[] {
  return stmt(
    db,
    `SELECT r.*, ur.role, ur.since FROM unit_residents ur JOIN residents r ON r.id = ur.resident_id
        WHERE ur.unit_id = ? AND ur.until IS NULL ORDER BY CASE ur.role WHEN 'owner' THEN 0 WHEN 'co-owner' THEN 1 WHEN 'company' THEN 2 ELSE 3 END, r.id`,
  ).all(unitId) as HolderRow[];
}

/** The units a resident holds or held (R-105: an ended link keeps its dates). */
export function unitsOfResident(
  db: DB,
  residentId: number,
): Array<{ code: string; role: string; since: string; until: string | null; status: string }> {
  return stmt(
    db,
    `SELECT u.code, ur.role, ur.since, ur.until, u.status FROM unit_residents ur JOIN units u ON u.id = ur.unit_id
        WHERE ur.resident_id = ? ORDER BY ur.until IS NOT NULL, u.code, ur.since`,
  ).all(residentId) as Array<{ code: string; role: string; since: string; until: string | null; status: string }>;
}

export interface ResidentListRow extends ResidentRow {
  units: string | null; // "A-1-101 (owner), …"
}

export function listResidents(db: DB, f: { unitId?: number; name?: string } = {}): ResidentListRow[] {
  const where: string[] = [];
  const args: unknown[] = [];
  if (f.unitId !== undefined) {
    where.push('r.id IN (SELECT resident_id FROM unit_residents WHERE unit_id = ? AND until IS NULL)');
    args.push(f.unitId);
  }
  if (f.name) {
    where.push('r.name LIKE ?');
    args.push(`%${f.name}%`);
  }
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  return stmt(
    db,
    `SELECT r.*, (SELECT group_concat(u.code || ':' || ur.role, ', ') FROM unit_residents ur JOIN units u ON u.id = ur.unit_id
                    WHERE ur.resident_id = r.id AND ur.until IS NULL) AS units
         FROM residents r ${w} ORDER BY r.id`,
  ).all(...args) as ResidentListRow[];
}

export function iterateResidentLinks(db: DB): IterableIterator<ResidentRow & { unit_code: string | null; role: string | null }> {
  return stmt(
    db,
    `SELECT r.*, u.code AS unit_code, ur.role FROM residents r
         LEFT JOIN unit_residents ur ON ur.resident_id = r.id AND ur.until IS NULL LEFT JOIN units u ON u.id = ur.unit_id
        ORDER BY r.id, u.code`,
  ).iterate() as IterableIterator<ResidentRow & { unit_code: string | null; role: string | null }>;
}
