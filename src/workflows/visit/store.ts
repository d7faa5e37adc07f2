// Visitors and the reception log (R-600…R-602).
import { IDS, rowBy } from '../../core/store/batch.js';
import { stmt, type DB } from '../../core/store/db.js';
import { monthsCte } from '../../core/store/reports.js';

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

// ── R-410 after-sales 物业返修联系单 ──────────────────────────────────────
export interface AfterSalesRow {
  record_id: number;
  handed_at: string | null;
  handed_to: string | null;
  reaccepted_at: string | null;
  result: 'pass' | 'fail' | null;
  fails: number;
}

export function insertAfterSales(db: DB, recordId: number): void {
  stmt(db, `INSERT INTO after_sales(record_id) VALUES (?)`).run(recordId);
}

/** Lists (issue 23): getVisit and getAfterSales of many records, one statement each. */
export function visitsBatch(db: DB, ids: number[]) {
  return {
    visits: rowBy<VisitRow>(db, `SELECT * FROM visits WHERE record_id IN ${IDS}`, ids),
    afterSales: rowBy<AfterSalesRow>(db, `SELECT * FROM after_sales WHERE record_id IN ${IDS}`, ids),
  };
}

export function getAfterSales(db: DB, recordId: number): AfterSalesRow | undefined {
  return stmt(db, `SELECT * FROM after_sales WHERE record_id = ?`).get(recordId) as AfterSalesRow | undefined;
}

export function setHandedOver(db: DB, recordId: number, at: string, to: string | null): void {
  stmt(db, `UPDATE after_sales SET handed_at = ?, handed_to = ? WHERE record_id = ?`).run(at, to, recordId);
}

export function setReaccepted(db: DB, recordId: number, at: string, result: 'pass' | 'fail'): void {
  stmt(db, `UPDATE after_sales SET reaccepted_at = ?, result = ?, fails = fails + (? = 'fail') WHERE record_id = ?`).run(
    at,
    result,
    result,
    recordId,
  );
}

// ── R-804 service entries: special services (a contract term) and other services ──
export interface ServiceRow {
  record_id: number;
  kind: 'special' | 'other';
  term_from: string | null;
  term_to: string | null;
  logged_at: string;
  closed_at: string | null;
  sampled: number | null;
}

export function insertService(db: DB, r: Omit<ServiceRow, 'closed_at' | 'sampled'>): void {
  stmt(
    db,
    `INSERT INTO service_entries(record_id, kind, term_from, term_to, logged_at) VALUES (@record_id, @kind, @term_from, @term_to, @logged_at)`,
  ).run(r);
}

export function getService(db: DB, recordId: number): ServiceRow | undefined {
  return stmt(db, `SELECT * FROM service_entries WHERE record_id = ?`).get(recordId) as ServiceRow | undefined;
}

export function setService(db: DB, recordId: number, f: { closed_at?: string; sampled?: number }): void {
  if (f.closed_at !== undefined) stmt(db, `UPDATE service_entries SET closed_at = ? WHERE record_id = ?`).run(f.closed_at, recordId);
  if (f.sampled !== undefined) stmt(db, `UPDATE service_entries SET sampled = ? WHERE record_id = ?`).run(f.sampled, recordId);
}

/** the position of an entry among the month's special services (by logging) or other services (by closing). */
export function serviceRank(db: DB, kind: 'special' | 'other', from: string, at: string, recordId: number): number {
  const col = kind === 'special' ? 'logged_at' : 'closed_at';
  return (
    stmt(
      db,
      `SELECT COUNT(*) AS n FROM service_entries e JOIN records r ON r.id = e.record_id
        WHERE e.kind = ? AND r.voided = 0 AND e.${col} >= ? AND (e.${col} < ? OR (e.${col} = ? AND e.record_id <= ?))`,
    ).get(kind, from, at, at, recordId) as { n: number }
  ).n;
}

/** visitMonth's visitors by month (issue 22 trends). */
export function visitorTrend(db: DB, months: string): Array<{ month: string; visitors: number }> {
  return stmt(
    db,
    `WITH ${monthsCte(months)}
     SELECT m.month, COUNT(*) AS visitors FROM m CROSS JOIN records r INDEXED BY records_type_event JOIN visits v ON v.record_id = r.id
      WHERE r.type = 'visit' AND r.voided = 0 AND v.entry = 'visitor' AND r.event_at >= m.f AND r.event_at < m.t GROUP BY m.month`,
  ).all() as Array<{ month: string; visitors: number }>;
}
