// Streaming reads for CSV export (quality.md: 250,000 rows, flat memory).
import type { DB } from './db.js';
import type { RecordRow } from './records.js';
import type { LedgerRow } from './ledger.js';

export function iterateRecords(db: DB, types: string[], from?: string, to?: string): IterableIterator<RecordRow> {
  const where = [`r.type IN (${types.map(() => '?').join(',')})`];
  const args: unknown[] = [...types];
  if (from) (where.push('r.event_at >= ?'), args.push(from));
  if (to) (where.push('r.event_at <= ?'), args.push(to));
  return db
    .prepare(
      `SELECT r.*, u.code AS unit_code,
         (SELECT MIN(d.due_at) FROM deadlines d WHERE d.record_id = r.id AND d.done_at IS NULL AND d.cancelled = 0) AS next_due
         FROM records r LEFT JOIN units u ON u.id = r.unit_id WHERE ${where.join(' AND ')} ORDER BY r.event_at, r.id`,
    )
    .iterate(...args) as IterableIterator<RecordRow>;
}

export function iterateLedger(db: DB, from?: string, to?: string): IterableIterator<LedgerRow & { no: string }> {
  const where: string[] = ['1 = 1'];
  const args: unknown[] = [];
  if (from) (where.push('l.at >= ?'), args.push(from));
  if (to) (where.push('l.at <= ?'), args.push(to));
  return db
    .prepare(`SELECT l.*, r.no FROM ledger l JOIN records r ON r.id = l.record_id WHERE ${where.join(' AND ')} ORDER BY l.at, l.id`)
    .iterate(...args) as IterableIterator<LedgerRow & { no: string }>;
}
