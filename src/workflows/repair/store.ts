// Repair orders (R-500…R-506): the detail row of a `repair` record.
import type { SampleClass } from './rules.js';
import { IDS, rowBy, rowsBy } from '../../core/store/batch.js';
import { stmt, type DB } from '../../core/store/db.js';
import { monthsCte } from '../../core/store/reports.js';

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

export type RepairInsert = Pick<
  RepairRow,
  'record_id' | 'source' | 'kind' | 'urgency' | 'size' | 'public_place' | 'location' | 'reporter' | 'phone' | 'description' | 'agreed_at'
>;

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

const FIELDS = [
  'kind',
  'urgency',
  'size',
  'public_place',
  'location',
  'tech',
  'materials',
  'amount_fen',
  'paid',
  'receipt_no',
  'agreed_at',
  'completed_at',
  'comment',
] as const;

export function updateRepair(db: DB, recordId: number, fields: Partial<Pick<RepairRow, (typeof FIELDS)[number]>>): void {
  for (const [k, v] of Object.entries(fields)) {
    if (!(FIELDS as readonly string[]).includes(k)) throw new Error(`not a repair field: ${k}`);
    stmt(db, `UPDATE repairs SET ${k} = ? WHERE record_id = ?`).run(v, recordId);
  }
}

export function setRepairExtra(
  db: DB,
  recordId: number,
  f: { help?: string | null; reported_at?: string; quote_fen?: number | null; consent_at?: string | null; signed?: number },
): void {
  for (const [k, v] of Object.entries(f)) {
    if (!['help', 'reported_at', 'quote_fen', 'consent_at', 'signed'].includes(k)) throw new Error(`not a repair field: ${k}`);
    stmt(db, `UPDATE repairs SET ${k} = ? WHERE record_id = ?`).run(v, recordId);
  }
}

export interface RepairFull extends RepairRow {
  help: string | null;
  quote_fen: number | null;
  consent_at: string | null;
  reported_at: string | null;
  signed: number;
}

export function getRepairFull(db: DB, recordId: number): RepairFull | undefined {
  return stmt(db, `SELECT * FROM repairs WHERE record_id = ?`).get(recordId) as RepairFull | undefined;
}

/**
 * Lists (issue 23): what getRepairFull, the `complete` deadline and sameKindPosition read, for many
 * records at once: the repair rows, the completion deadlines, and every non-void repair of the units.
 */
export function repairsBatch(db: DB, ids: number[], units: number[]) {
  return {
    repairs: rowBy<RepairFull>(db, `SELECT * FROM repairs WHERE record_id IN ${IDS}`, ids),
    complete: rowBy<{ record_id: number; due_at: string; done_at: string | null }>(
      db,
      `SELECT record_id, due_at, done_at FROM deadlines WHERE record_id IN ${IDS} AND step = 'complete' ORDER BY due_at DESC, id DESC`,
      ids,
    ),
    sameUnit: rowsBy<{ id: number; unit_id: number; kind: string; event_at: string }>(
      db,
      `SELECT r.id, r.unit_id, p.kind, r.event_at FROM records r INDEXED BY records_unit_repair JOIN repairs p ON p.record_id = r.id
        WHERE r.unit_id IN ${IDS} AND r.type = 'repair' AND r.voided = 0`,
      units,
      (x) => x.unit_id,
    ),
  };
}

/** the position of a repair among its unit's non-void repairs of the same kind, in order of report (1 = the first). */
export function sameKindPosition(db: DB, unitId: number, kind: string, eventAt: string, recordId: number): number {
  return (
    stmt(
      db,
      `SELECT COUNT(*) AS n FROM records r INDEXED BY records_unit_repair JOIN repairs p ON p.record_id = r.id
        WHERE r.unit_id = ? AND r.type = 'repair' AND p.kind = ? AND r.voided = 0
          AND (r.event_at < ? OR (r.event_at = ? AND r.id <= ?))`,
    ).get(unitId, kind, eventAt, eventAt, recordId) as { n: number }
  ).n;
}

/** which completed repairs share a sampling order (followupPlan's classes). */
const SAMPLE_CLASS: Record<SampleClass, string> = {
  household: "p.public_place IS NULL AND p.source <> 'checkin-defect' AND p.help IS NULL",
  public: "p.public_place IS NOT NULL AND p.source <> 'checkin-defect' AND p.help IS NULL",
  checkinDefect: "p.source = 'checkin-defect'",
  firstAid: "p.source <> 'checkin-defect' AND p.help = 'first-aid'",
  help: "p.source <> 'checkin-defect' AND p.help IS NOT NULL AND p.help <> 'first-aid'",
};

/**
 * position of a completed repair among the month's completed repairs of
 * its sampled class (household, public, handover defects, first aid), in completion order.
 */
export function completionRank(db: DB, recordId: number, sampleClass: SampleClass, from: string, completedAt: string): number {
  return (
    stmt(
      db,
      `SELECT COUNT(*) AS n FROM repairs p INDEXED BY repairs_completed JOIN records r ON r.id = p.record_id
        WHERE r.voided = 0 AND p.completed_at >= ? AND (p.completed_at < ? OR (p.completed_at = ? AND p.record_id <= ?))
          AND ${SAMPLE_CLASS[sampleClass]}`,
    ).get(from, completedAt, completedAt, recordId) as { n: number }
  ).n;
}

export interface RepairMonth {
  requests: number;
  emergencies: number;
  public: number;
}

export function repairMonth(db: DB, from: string, to: string): RepairMonth {
  return stmt(
    db,
    `SELECT COUNT(*) AS requests, COALESCE(SUM(p.urgency = 'emergency'), 0) AS emergencies, COALESCE(SUM(p.public_place IS NOT NULL), 0) AS public
       FROM records r JOIN repairs p ON p.record_id = r.id WHERE r.type = 'repair' AND r.voided = 0 AND r.event_at >= ? AND r.event_at < ?`,
  ).get(from, to) as RepairMonth;
}

/** Repairs completed in the month with their completion deadline: on time or late (R-506 维修及时率). */
export function repairCompletions(db: DB, from: string, to: string): { completed: number; onTime: number; late: number; paidCount: number } {
  return stmt(
    db,
    `SELECT COUNT(*) AS completed,
            COALESCE(SUM(d.done_at IS NOT NULL AND d.done_at <= d.due_at), 0) AS onTime,
            COALESCE(SUM(d.done_at IS NOT NULL AND d.done_at > d.due_at), 0) AS late,
            COALESCE(SUM(p.paid = 1), 0) AS paidCount
       FROM repairs p JOIN records r ON r.id = p.record_id
       LEFT JOIN deadlines d ON d.record_id = r.id AND d.step = 'complete'
      WHERE r.voided = 0 AND p.completed_at >= ? AND p.completed_at < ?`,
  ).get(from, to) as { completed: number; onTime: number; late: number; paidCount: number };
}

export function repairRevenue(db: DB, from: string, to: string): number {
  return (
    stmt(
      db,
      `SELECT COALESCE(SUM(CASE l.direction WHEN 'received' THEN l.amount_fen ELSE -l.amount_fen END), 0) AS fen
         FROM ledger l INDEXED BY ledger_at JOIN records r ON r.id = l.record_id WHERE r.type = 'repair' AND l.at >= ? AND l.at < ?`,
    ).get(from, to) as { fen: number }
  ).fen;
}

/** R-504 repeats among units with a repair in the month: same unit, same kind, three or more (up to the month's end). */
export function repairRepeats(db: DB, from: string, to: string): Array<{ unit: string; kind: string; count: number }> {
  return stmt(
    db,
    `WITH m AS (SELECT DISTINCT r.unit_id, p.kind FROM records r INDEXED BY records_type_event JOIN repairs p ON p.record_id = r.id
                 WHERE r.type = 'repair' AND r.event_at >= @from AND r.event_at < @to AND r.voided = 0 AND r.unit_id IS NOT NULL),
          c AS MATERIALIZED (
            SELECT m.unit_id, m.kind,
                   (SELECT COUNT(*) FROM records r INDEXED BY records_unit_repair JOIN repairs p ON p.record_id = r.id
                     WHERE r.unit_id = m.unit_id AND r.type = 'repair' AND r.voided = 0 AND r.event_at < @to AND p.kind = m.kind) AS count
              FROM m)
     SELECT u.code AS unit, c.kind, c.count FROM c JOIN units u ON u.id = c.unit_id
      WHERE c.count >= 3 ORDER BY c.count DESC, unit`,
  ).all({ from, to }) as Array<{ unit: string; kind: string; count: number }>;
}

/** repairMonth and repairCompletions by month (issue 22 trends): requests, completed on time and late. */
export function repairTrend(
  db: DB,
  months: string,
): { requests: Array<{ month: string; requests: number }>; done: Array<{ month: string; onTime: number; late: number }> } {
  const requests = stmt(
    db,
    `WITH ${monthsCte(months)}
     SELECT m.month, COUNT(*) AS requests FROM m CROSS JOIN records r INDEXED BY records_type_event JOIN repairs p ON p.record_id = r.id
      WHERE r.type = 'repair' AND r.voided = 0 AND r.event_at >= m.f AND r.event_at < m.t GROUP BY m.month`,
  ).all() as Array<{ month: string; requests: number }>;
  const done = stmt(
    db,
    `WITH ${monthsCte(months)}
     SELECT m.month, COALESCE(SUM(d.done_at IS NOT NULL AND d.done_at <= d.due_at), 0) AS onTime,
            COALESCE(SUM(d.done_at IS NOT NULL AND d.done_at > d.due_at), 0) AS late
       FROM m CROSS JOIN repairs p INDEXED BY repairs_completed JOIN records r ON r.id = p.record_id
       LEFT JOIN deadlines d ON d.record_id = r.id AND d.step = 'complete'
      WHERE r.voided = 0 AND p.completed_at >= m.f AND p.completed_at < m.t GROUP BY m.month`,
  ).all() as Array<{ month: string; onTime: number; late: number }>;
  return { requests, done };
}
