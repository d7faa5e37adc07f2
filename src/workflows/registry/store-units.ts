// R-100 units and R-103 their status history.
import { stmt, type DB } from '../../core/store/db.js';

export interface UnitRow {
  id: number;
  code: string;
  building: string | null;
  floor: number | null;
  area_centi: number | null;
  status: string;
  created_at: string;
  updated_at: string;
}

export interface UnitInput {
  code: string;
  building: string | null;
  floor: number | null;
  areaCenti: number | null;
  status: string;
}

export function getUnit(db: DB, code: string): UnitRow | undefined {
  return stmt(db, `SELECT * FROM units WHERE code = ?`).get(code) as UnitRow | undefined;
}

export function getUnitById(db: DB, id: number): UnitRow | undefined {
  return stmt(db, `SELECT * FROM units WHERE id = ?`).get(id) as UnitRow | undefined;
}

export function insertUnit(db: DB, u: UnitInput, at: string): number {
  const info = stmt(db, `INSERT INTO units(code, building, floor, area_centi, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
    u.code,
    u.building,
    u.floor,
    u.areaCenti,
    u.status,
    at,
    at,
  );
  return Number(info.lastInsertRowid);
}

export function updateUnit(db: DB, id: number, fields: Partial<Pick<UnitRow, 'building' | 'floor' | 'area_centi'>>, at: string): void {
  for (const [k, v] of Object.entries(fields)) {
    if (!['building', 'floor', 'area_centi'].includes(k)) throw new Error(`not a unit field: ${k}`);
    stmt(db, `UPDATE units SET ${k} = ?, updated_at = ? WHERE id = ?`).run(v, at, id);
  }
}

/** Change a unit's status and keep the history row R-103 counts. */
export function setUnitStatus(
  db: DB,
  unit: { id: number; status: string },
  status: string,
  at: string,
  clerk: string,
  recordId: number | null = null,
  extra: { event?: string; reason?: string | null; data?: unknown } = {},
): void {
  stmt(db, `UPDATE units SET status = ?, updated_at = ? WHERE id = ?`).run(status, at, unit.id);
  stmt(
    db,
    `INSERT INTO unit_history(unit_id, at, old_status, new_status, record_id, clerk, event, reason, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    unit.id,
    at,
    unit.status,
    status,
    recordId,
    clerk,
    extra.event ?? null,
    extra.reason ?? null,
    extra.data === undefined ? null : JSON.stringify(extra.data),
  );
}

/** The unit's last status change (R-104: a life event is never dated before it). */
export function lastChange(db: DB, unitId: number): { at: string; old_status: string | null; new_status: string } | undefined {
  return stmt(db, `SELECT at, old_status, new_status FROM unit_history WHERE unit_id = ? ORDER BY at DESC, id DESC LIMIT 1`).get(unitId) as
    | { at: string; old_status: string | null; new_status: string }
    | undefined;
}

/** The last change into a status (R-104: a lease ends back in the status it started from). */
export function lastInto(db: DB, unitId: number, status: string): { at: string; old_status: string | null } | undefined {
  return stmt(db, `SELECT at, old_status FROM unit_history WHERE unit_id = ? AND new_status = ? ORDER BY at DESC, id DESC LIMIT 1`).get(
    unitId,
    status,
  ) as { at: string; old_status: string | null } | undefined;
}

/** was the unit ever handed over (any status change into or out of a lived-in status)? */
export function everHandedOver(db: DB, unitId: number): boolean {
  return !!stmt(
    db,
    `SELECT 1 FROM unit_history WHERE unit_id = ? AND (new_status IN ('handed-over','renovating','occupied','leased')
       OR old_status IN ('handed-over','renovating','occupied','leased')) LIMIT 1`,
  ).get(unitId);
}

export interface HistoryRow {
  at: string;
  old_status: string | null;
  new_status: string;
  event: string | null;
  reason: string | null;
  data: string | null;
  clerk: string;
  no: string | null;
  type: string | null;
}

/** every status change of a unit with its event, reason and record. */
export function statusEvents(db: DB, unitId: number): HistoryRow[] {
  return stmt(
    db,
    `SELECT h.at, h.old_status, h.new_status, h.event, h.reason, h.data, h.clerk, r.no, r.type FROM unit_history h
       LEFT JOIN records r ON r.id = h.record_id WHERE h.unit_id = ? ORDER BY h.at, h.id`,
  ).all(unitId) as HistoryRow[];
}

export function listUnits(db: DB, f: { status?: string; building?: string } = {}): UnitRow[] {
  const where: string[] = [];
  const args: unknown[] = [];
  if (f.status) {
    where.push('status = ?');
    args.push(f.status);
  }
  if (f.building) {
    where.push('building = ?');
    args.push(f.building);
  }
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  return stmt(db, `SELECT * FROM units ${w} ORDER BY code`).all(...args) as UnitRow[];
}

export function iterateUnits(db: DB): IterableIterator<UnitRow> {
  return stmt(db, `SELECT * FROM units ORDER BY code`).iterate() as IterableIterator<UnitRow>;
}

export function unitHistory(db: DB, unitId: number): Array<{ at: string; old_status: string | null; new_status: string; no: string | null }> {
  return stmt(
    db,
    `SELECT h.at, h.old_status, h.new_status, r.no FROM unit_history h LEFT JOIN records r ON r.id = h.record_id
        WHERE h.unit_id = ? ORDER BY h.at, h.id`,
  ).all(unitId) as Array<{ at: string; old_status: string | null; new_status: string; no: string | null }>;
}

export function openRecordsOfUnit(db: DB, unitId: number): Array<{ no: string; type: string; status: string }> {
  return stmt(db, `SELECT no, type, status FROM records WHERE unit_id = ? AND voided = 0 ORDER BY event_at DESC, id DESC LIMIT 50`).all(
    unitId,
  ) as Array<{ no: string; type: string; status: string }>;
}

/** Key sets of a unit, once the keys workflow has created its table. */
export function keySetsOfUnit(db: DB, unitId: number): Array<{ hook: string; kind: string; count: number; custody: string; status: string }> {
  const has = stmt(db, `SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'key_sets'`).get();
  if (!has) return [];
  return db.prepare(`SELECT hook, kind, count, custody, status FROM key_sets WHERE unit_id = ? ORDER BY hook`).all(unitId) as ReturnType<
    typeof keySetsOfUnit
  >;
}

export function countByStatus(db: DB): Array<{ status: string; n: number }> {
  return stmt(db, `SELECT status, COUNT(*) AS n FROM units GROUP BY status ORDER BY status`).all() as Array<{ status: string; n: number }>;
}
