// Repair orders (R-500…R-506): the detail row of a `repair` record.
import { stmt, type DB } from './db.js';

export interface RepairRow {
  record_id: number;
  source: string;
  kind: string;
  urgency: string;
  size: string;
  public_place: string | null;
  location: string | null;
  reporter: string | null;
  phone: string | null;
  description: string;
  tech: string | null;
  materials: string | null;
  amount_fen: number | null;
  paid: number;
  receipt_no: string | null;
  agreed_at: string | null;
  completed_at: string | null;
  comment: string | null;
}

export type RepairInsert = Pick<RepairRow, 'record_id' | 'source' | 'kind' | 'urgency' | 'size' | 'public_place' | 'location' | 'reporter' | 'phone' | 'description' | 'agreed_at'>;

export function insertRepair(db: DB, r: RepairInsert): void {
  stmt(
    db,
    `INSERT INTO repairs(record_id, source, kind, urgency, size, public_place, location, reporter, phone, description, agreed_at)
     VALUES (@record_id, @source, @kind, @urgency, @size, @public_place, @location, @reporter, @phone, @description, @agreed_at)`,
  ).run(r);
}

export function getRepair(db: DB, recordId: number): RepairRow | undefined {
  return stmt(db, `SELECT * FROM repairs WHERE record_id = ?`).get(recordId) as RepairRow | undefined;
}

const FIELDS = ['kind', 'urgency', 'size', 'public_place', 'location', 'tech', 'materials', 'amount_fen', 'paid', 'receipt_no', 'agreed_at', 'completed_at', 'comment'] as const;

export function updateRepair(db: DB, recordId: number, fields: Partial<Pick<RepairRow, (typeof FIELDS)[number]>>): void {
  for (const [k, v] of Object.entries(fields)) {
    if (!(FIELDS as readonly string[]).includes(k)) throw new Error(`not a repair field: ${k}`);
    stmt(db, `UPDATE repairs SET ${k} = ? WHERE record_id = ?`).run(v, recordId);
  }
}
