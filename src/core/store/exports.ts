// Streaming reads for CSV export (quality.md: 250,000 rows, flat memory).
import type { DB } from './db.js';
import { DUTY, type RecordRow } from './records.js';
import type { LedgerRow } from './ledger.js';

export function iterateRecords(db: DB, types: string[], from?: string, to?: string): IterableIterator<RecordRow> {
  const where = [`r.type IN (${types.map(() => '?').join(',')})`];
  const args: unknown[] = [...types];
  if (from) where.push('r.event_at >= ?'), args.push(from);
  if (to) where.push('r.event_at <= ?'), args.push(to);
  return db
    .prepare(
      `SELECT r.*, u.code AS unit_code,
         (SELECT MIN(d.due_at) FROM deadlines d WHERE d.record_id = r.id AND d.done_at IS NULL AND d.cancelled = 0 AND ${DUTY}) AS next_due
         FROM records r LEFT JOIN units u ON u.id = r.unit_id WHERE ${where.join(' AND ')} ORDER BY r.event_at, r.id`,
    )
    .iterate(...args) as IterableIterator<RecordRow>;
}

export function iterateLedger(db: DB, from?: string, to?: string): IterableIterator<LedgerRow & { no: string }> {
  const where: string[] = ['1 = 1'];
  const args: unknown[] = [];
  if (from) where.push('l.at >= ?'), args.push(from);
  if (to) where.push('l.at <= ?'), args.push(to);
  return db
    .prepare(`SELECT l.*, r.no FROM ledger l JOIN records r ON r.id = l.record_id WHERE ${where.join(' AND ')} ORDER BY l.at, l.id`)
    .iterate(...args) as IterableIterator<LedgerRow & { no: string }>;
}

/** The CSV cells of `export repairs`, in column order (the common ten, then the repair's). */
export const REPAIR_CELLS = { phone: 14, amountFen: 17 } as const;

/**
 * Repairs as CSV rows from one streaming query (R-903 at 250,000 rows): the
 * SELECT list is the column order, rows come as arrays (no object per row), and
 * only the phone and the amount are finished in JS.
 */
export function iterateRepairs(db: DB, from?: string, to?: string): IterableIterator<unknown[]> {
  const where = [`r.type = 'repair'`];
  const args: unknown[] = [];
  if (from) where.push('r.event_at >= ?'), args.push(from);
  if (to) where.push('r.event_at <= ?'), args.push(to);
  return db
    .prepare(
      `SELECT r.no, r.type, r.status, u.code, r.event_at, r.created_at, r.updated_at,
              (SELECT MIN(x.due_at) FROM deadlines x WHERE x.record_id = r.id AND x.done_at IS NULL AND x.cancelled = 0),
              CASE WHEN r.voided THEN 'yes' ELSE '' END, r.void_reason,
              p.kind, p.urgency, p.public_place, p.reporter, p.phone, p.description, p.tech, p.amount_fen, p.receipt_no, p.completed_at,
              CASE WHEN d.done_at IS NULL THEN '' WHEN d.done_at <= d.due_at THEN 'yes' ELSE 'no' END
         FROM records r JOIN repairs p ON p.record_id = r.id LEFT JOIN units u ON u.id = r.unit_id
         LEFT JOIN deadlines d ON d.record_id = r.id AND d.step = 'complete'
        WHERE ${where.join(' AND ')} ORDER BY r.event_at, r.id`,
    )
    .raw(true)
    .iterate(...args) as IterableIterator<unknown[]>;
}
