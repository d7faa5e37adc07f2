// Leases 租赁.
import { stmt, type DB } from '../../core/store/db.js';

export interface LeaseRow {
  record_id: number;
  unit_id: number;
  tenant_id: number;
  starts_on: string;
  ends_on: string;
  rent_fen: number | null;
  agency_fee_fen: number | null;
  ended_at: string | null;
  early: number;
  meters: string | null;
  keys_out: string | null;
}

export function insertLease(db: DB, l: Omit<LeaseRow, 'ended_at' | 'early' | 'meters' | 'keys_out'>): void {
  stmt(
    db,
    `INSERT INTO leases(record_id, unit_id, tenant_id, starts_on, ends_on, rent_fen, agency_fee_fen)
     VALUES (@record_id, @unit_id, @tenant_id, @starts_on, @ends_on, @rent_fen, @agency_fee_fen)`,
  ).run(l);
}

export function getLease(db: DB, recordId: number): LeaseRow | undefined {
  return stmt(db, `SELECT * FROM leases WHERE record_id = ?`).get(recordId) as LeaseRow | undefined;
}

/** The unit's leases that are not voided, with their record's number and status. */
export function leasesOfUnit(db: DB, unitId: number): Array<LeaseRow & { no: string; status: string }> {
  return stmt(
    db,
    `SELECT l.*, r.no, r.status FROM leases l JOIN records r ON r.id = l.record_id WHERE l.unit_id = ? AND r.voided = 0 ORDER BY l.starts_on`,
  ).all(unitId) as Array<LeaseRow & { no: string; status: string }>;
}

export function endLease(db: DB, recordId: number, e: { at: string; early: boolean; meters: unknown; keysOut: unknown }): void {
  stmt(db, `UPDATE leases SET ended_at = ?, early = ?, meters = ?, keys_out = ? WHERE record_id = ?`).run(
    e.at,
    e.early ? 1 : 0,
    JSON.stringify(e.meters),
    JSON.stringify(e.keysOut),
    recordId,
  );
}

/** R-107 monthly: leases filed and ended in [from, to). */
export function leaseMonth(db: DB, from: string, to: string): { filed: number; ended: number; early: number; active: number } {
  const filed = (
    stmt(db, `SELECT COUNT(*) AS n FROM records WHERE type = 'lease' AND voided = 0 AND event_at >= ? AND event_at < ?`).get(from, to) as {
      n: number;
    }
  ).n;
  const e = stmt(
    db,
    `SELECT COUNT(*) AS n, COALESCE(SUM(l.early), 0) AS early FROM leases l JOIN records r ON r.id = l.record_id
      WHERE r.voided = 0 AND l.ended_at >= ? AND l.ended_at < ?`,
  ).get(from, to) as { n: number; early: number };
  const active = (
    stmt(
      db,
      `SELECT COUNT(*) AS n FROM leases l JOIN records r ON r.id = l.record_id
        WHERE r.voided = 0 AND r.event_at < ? AND (l.ended_at IS NULL OR l.ended_at >= ?)`,
    ).get(to, to) as { n: number }
  ).n;
  return { filed, ended: e.n, early: e.early, active };
}
