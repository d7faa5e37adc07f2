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
export function iterateRepairs(db: DB, from?: string, to?: string, id?: number): IterableIterator<unknown[]> {
  const where = [`r.type = 'repair'`];
  const args: unknown[] = [];
  if (id !== undefined) where.push('r.id = ?'), args.push(id);
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

/** A text as an SQL string literal. */
export function sqlText(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

/**
 * A code of a closed list as its cell: `words` maps each code to its word; NULL
 * and '' are empty; a code not in the map gives NULL (and so the whole line: the
 * row takes the JS path). Without `words`, the code itself.
 */
function sqlWord(x: string, words?: Record<string, string>): string {
  if (!words) return `ifnull(${x}, '')`;
  const whens = Object.entries(words)
    .map(([code, word]) => ` WHEN ${sqlText(code)} THEN ${sqlText(word)}`)
    .join('');
  return `(CASE WHEN ${x} IS NULL OR ${x} = '' THEN '' ELSE (CASE ${x}${whens} ELSE NULL END) END)`;
}

/** What `repairLines` needs to write a row's cells in SQL: the words (zh) or none (en), masking. */
export interface RepairLineCells {
  /** The type's cell (its name in the clerk's language). */
  type: string;
  /** yes/no cells (voided, on time). */
  yes: string;
  no: string;
  /** Closed lists (status, kind, urgency): code → word; absent: the code as is. */
  status?: Record<string, string>;
  kind?: Record<string, string>;
  urgency?: Record<string, string>;
  unmask: boolean;
}

/**
 * `export repairs` as CSV lines from one streaming query (issue 23): SQLite joins
 * the row's cells with commas (words, R-004 masking of a mobile number, yuan from
 * fen), one string per row, so a row costs JS one check (admin/exports.ts: a line
 * is written as it is only when no cell needs CSV quoting or a formula guard).
 * NULL where SQL cannot make a cell exactly (a code without words, a phone that
 * is not a plain mobile number): that row takes the JS path (iterateRepairs with
 * its id).
 */
export function repairLines(db: DB, c: RepairLineCells, from?: string, to?: string): IterableIterator<[string | null, number]> {
  const where = [`r.type = 'repair'`];
  const args: unknown[] = [];
  if (from) where.push('r.event_at >= ?'), args.push(from);
  if (to) where.push('r.event_at <= ?'), args.push(to);
  const phone = c.unmask
    ? `ifnull(p.phone, '')`
    : `(CASE WHEN p.phone IS NULL OR p.phone = '' THEN '' WHEN p.phone GLOB '1[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]' THEN substr(p.phone, 1, 3) || '****' || substr(p.phone, 8) ELSE NULL END)`;
  const cells = [
    `ifnull(r.no, '')`,
    sqlText(c.type),
    sqlWord('r.status', c.status),
    `ifnull(u.code, '')`,
    `ifnull(r.event_at, '')`,
    `ifnull(r.created_at, '')`,
    `ifnull(r.updated_at, '')`,
    `(SELECT ifnull(MIN(x.due_at), '') FROM deadlines x WHERE x.record_id = r.id AND x.done_at IS NULL AND x.cancelled = 0)`,
    `(CASE WHEN r.voided THEN ${sqlText(c.yes)} ELSE '' END)`,
    `ifnull(r.void_reason, '')`,
    sqlWord('p.kind', c.kind),
    sqlWord('p.urgency', c.urgency),
    `ifnull(p.public_place, '')`,
    `ifnull(p.reporter, '')`,
    phone,
    `ifnull(p.description, '')`,
    `ifnull(p.tech, '')`,
    `(CASE WHEN p.amount_fen IS NULL OR p.amount_fen = 0 THEN '' WHEN typeof(p.amount_fen) = 'integer' AND p.amount_fen > 0 THEN (p.amount_fen / 100) || '.' || substr('0' || (p.amount_fen % 100), -2) ELSE NULL END)`,
    `ifnull(p.receipt_no, '')`,
    `ifnull(p.completed_at, '')`,
    `(CASE WHEN d.done_at IS NULL THEN '' WHEN d.done_at <= d.due_at THEN ${sqlText(c.yes)} ELSE ${sqlText(c.no)} END)`,
  ];
  return db
    .prepare(
      `SELECT ${cells.join(" || ',' || ")}, r.id
         FROM records r JOIN repairs p ON p.record_id = r.id LEFT JOIN units u ON u.id = r.unit_id
         LEFT JOIN deadlines d ON d.record_id = r.id AND d.step = 'complete'
        WHERE ${where.join(' AND ')} ORDER BY r.event_at, r.id`,
    )
    .raw(true)
    .iterate(...args) as IterableIterator<[string | null, number]>;
}

/** The number of cells of an `export repairs` line. */
export const REPAIR_LINE_CELLS = 21;
