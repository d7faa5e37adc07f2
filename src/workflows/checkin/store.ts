// Unit handover (R-200…R-205): the checkin detail, items ticked, defects.
import { IDS, rowBy, rowsBy } from '../../core/store/batch.js';
import { stmt, type DB } from '../../core/store/db.js';

export interface CheckinRow {
  record_id: number;
  owners: string;
  absent: string;
  water: string | null;
  electricity: string | null;
  gas: string | null;
  door_keys: number | null;
  mailbox_keys: number | null;
  keys_left: number;
  completed_at: string | null;
}

export function insertCheckin(db: DB, recordId: number, owners: unknown, absent: number[]): void {
  stmt(db, `INSERT INTO checkins(record_id, owners, absent) VALUES (?, ?, ?)`).run(recordId, JSON.stringify(owners), JSON.stringify(absent));
}

export function getCheckin(db: DB, recordId: number): CheckinRow | undefined {
  return stmt(db, `SELECT * FROM checkins WHERE record_id = ?`).get(recordId) as CheckinRow | undefined;
}

export function updateCheckin(db: DB, recordId: number, f: Partial<Omit<CheckinRow, 'record_id'>>): void {
  for (const [k, v] of Object.entries(f)) {
    if (!['water', 'electricity', 'gas', 'door_keys', 'mailbox_keys', 'keys_left', 'completed_at', 'absent'].includes(k)) throw new Error(k);
    stmt(db, `UPDATE checkins SET ${k} = ? WHERE record_id = ?`).run(v, recordId);
  }
}

export function tick(db: DB, recordId: number, item: string, missing: boolean, at: string): void {
  stmt(
    db,
    `INSERT INTO checkin_items(record_id, item, missing, at) VALUES (?, ?, ?, ?) ON CONFLICT(record_id, item) DO UPDATE SET missing = excluded.missing, at = excluded.at`,
  ).run(recordId, item, missing ? 1 : 0, at);
}

export function items(db: DB, recordId: number): Array<{ item: string; missing: number; at: string }> {
  return stmt(db, `SELECT item, missing, at FROM checkin_items WHERE record_id = ? ORDER BY item`).all(recordId) as Array<{
    item: string;
    missing: number;
    at: string;
  }>;
}

/** Lists (issue 23): getCheckin, items and defects of many records, one statement each. */
export function checkinsBatch(db: DB, ids: number[]) {
  type Item = { record_id: number; item: string; missing: number; at: string };
  type Defect = {
    record_id: number;
    location: string;
    description: string;
    large: number;
    repair_no: string;
    repair_status: string;
    due_at: string | null;
  };
  return {
    checkins: rowBy<CheckinRow>(db, `SELECT * FROM checkins WHERE record_id IN ${IDS}`, ids),
    items: rowsBy<Item>(
      db,
      `SELECT record_id, item, missing, at FROM checkin_items WHERE record_id IN ${IDS} ORDER BY record_id, item`,
      ids,
      (i) => i.record_id,
    ),
    defects: rowsBy<Defect>(
      db,
      `SELECT d.record_id, d.location, d.description, d.large, r.no AS repair_no, r.status AS repair_status,
              (SELECT due_at FROM deadlines WHERE record_id = r.id AND step = 'complete') AS due_at
         FROM checkin_defects d JOIN records r ON r.id = d.repair_id WHERE d.record_id IN ${IDS} ORDER BY d.record_id, d.id`,
      ids,
      (d) => d.record_id,
    ),
  };
}

export function addDefect(db: DB, d: { recordId: number; location: string; description: string; large: boolean; repairId: number }): void {
  stmt(db, `INSERT INTO checkin_defects(record_id, location, description, large, repair_id) VALUES (?, ?, ?, ?, ?)`).run(
    d.recordId,
    d.location,
    d.description,
    d.large ? 1 : 0,
    d.repairId,
  );
}

export function defects(
  db: DB,
  recordId: number,
): Array<{ location: string; description: string; large: number; repair_no: string; repair_status: string; due_at: string | null }> {
  return stmt(
    db,
    `SELECT d.location, d.description, d.large, r.no AS repair_no, r.status AS repair_status,
            (SELECT due_at FROM deadlines WHERE record_id = r.id AND step = 'complete') AS due_at
       FROM checkin_defects d JOIN records r ON r.id = d.repair_id WHERE d.record_id = ? ORDER BY d.id`,
  ).all(recordId) as Array<{ location: string; description: string; large: number; repair_no: string; repair_status: string; due_at: string | null }>;
}

/** Another checkin of the unit that is open or completed (a second handover is refused). */
export function otherCheckin(db: DB, unitId: number): { no: string; status: string } | undefined {
  return stmt(db, `SELECT no, status FROM records WHERE unit_id = ? AND type = 'checkin' AND voided = 0 LIMIT 1`).get(unitId) as
    | { no: string; status: string }
    | undefined;
}

export function checkinMonth(db: DB, from: string, to: string): { started: number; completed: number; defects: number; defectsClosed: number } {
  const started = (
    stmt(db, `SELECT COUNT(*) AS n FROM records WHERE type = 'checkin' AND voided = 0 AND event_at >= ? AND event_at < ?`).get(from, to) as {
      n: number;
    }
  ).n;
  const completed = (
    stmt(
      db,
      `SELECT COUNT(*) AS n FROM checkins c JOIN records r ON r.id = c.record_id WHERE r.voided = 0 AND c.completed_at >= ? AND c.completed_at < ?`,
    ).get(from, to) as { n: number }
  ).n;
  const d = stmt(
    db,
    // From the month's repairs (every defect's repair_id is a repair order, R-201), through migration 028's
    // checkin_defects(repair_id), not by reading every defect ever recorded (issue 23).
    `SELECT COUNT(*) AS defects, COALESCE(SUM(rp.status IN ('completed','closed')), 0) AS closed
       FROM records rp INDEXED BY records_type_event JOIN checkin_defects cd ON cd.repair_id = rp.id JOIN records r ON r.id = cd.record_id
      WHERE rp.type = 'repair' AND r.voided = 0 AND rp.event_at >= ? AND rp.event_at < ?`,
  ).get(from, to) as { defects: number; closed: number };
  return { started, completed, defects: d.defects, defectsClosed: d.closed };
}
