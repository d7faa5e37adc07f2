// Small lending (R-1300): the JD loans table and the sums the count and the report read.
import { IDS, rowBy } from '../../core/store/batch.js';
import { stmt, type DB } from '../../core/store/db.js';

export interface LoanRow {
  record_id: number;
  item: string;
  count: number;
  borrower: string;
  phone: string;
  deposit_fen: number;
  returned_at: string | null;
  damaged: number;
  kept_fen: number | null;
  note: string | null;
}

export function insertLoan(db: DB, l: Pick<LoanRow, 'record_id' | 'item' | 'count' | 'borrower' | 'phone' | 'deposit_fen'>): void {
  stmt(db, `INSERT INTO lend_loans(record_id, item, count, borrower, phone, deposit_fen) VALUES (?, ?, ?, ?, ?, ?)`).run(
    l.record_id,
    l.item,
    l.count,
    l.borrower,
    l.phone,
    l.deposit_fen,
  );
}

/** Lists (issue 23): getLoan of many records in one statement. */
export function loansOf(db: DB, ids: number[]): Map<number, LoanRow> {
  return rowBy<LoanRow>(db, `SELECT * FROM lend_loans WHERE record_id IN ${IDS}`, ids);
}

export function getLoan(db: DB, recordId: number): LoanRow | undefined {
  return stmt(db, `SELECT * FROM lend_loans WHERE record_id = ?`).get(recordId) as LoanRow | undefined;
}

export function markReturned(db: DB, recordId: number, f: { at: string; damaged: boolean; keptFen: number; note: string | null }): void {
  stmt(db, `UPDATE lend_loans SET returned_at = ?, damaged = ?, kept_fen = ?, note = ? WHERE record_id = ?`).run(
    f.at,
    f.damaged ? 1 : 0,
    f.keptFen,
    f.note,
    recordId,
  );
}

/** Items out now, by item key (open loans, not voided). */
export function outByItem(db: DB): Record<string, number> {
  const rows = stmt(
    db,
    `SELECT l.item, SUM(l.count) AS n FROM lend_loans l JOIN records r ON r.id = l.record_id
      WHERE r.type = 'lending' AND r.status = 'lent' AND r.voided = 0 GROUP BY l.item`,
  ).all() as Array<{ item: string; n: number }>;
  return Object.fromEntries(rows.map((r) => [r.item, r.n]));
}

/** The deposits of the loans still out (what the desk should hold). */
export function openDepositsFen(db: DB): number {
  return (
    stmt(
      db,
      `SELECT COALESCE(SUM(l.deposit_fen), 0) AS n FROM lend_loans l JOIN records r ON r.id = l.record_id
        WHERE r.type = 'lending' AND r.status = 'lent' AND r.voided = 0`,
    ).get() as { n: number }
  ).n;
}

/** the deposits held according to the ledger (received − refunded − deducted) of every loan (`lend count`). */
export function heldFen(db: DB): number {
  return (
    stmt(
      db,
      `SELECT COALESCE(SUM(CASE WHEN g.direction = 'received' THEN g.amount_fen ELSE -g.amount_fen END), 0) AS n
         FROM ledger g JOIN records r ON r.id = g.record_id WHERE r.type = 'lending'`,
    ).get() as { n: number }
  ).n;
}

/** The ledger of the loans in a period, by direction and item (the monthly report). */
export function ledgerIn(db: DB, from: string, to: string): Record<string, number> {
  const rows = stmt(
    db,
    `SELECT g.direction || ':' || g.item AS k, SUM(g.amount_fen) AS n FROM ledger g INDEXED BY ledger_at CROSS JOIN records r ON r.id = g.record_id
      WHERE r.type = 'lending' AND g.at >= ? AND g.at < ? GROUP BY g.direction, g.item`,
  ).all(from, to) as Array<{ k: string; n: number }>;
  return Object.fromEntries(rows.map((r) => [r.k, r.n]));
}

/** Loans made, returned and returned damaged in a period (voided ones not counted). */
export function monthCounts(db: DB, from: string, to: string): { loans: number; items: number; returns: number; damaged: number } {
  const made = stmt(
    db,
    // The month's loans through records(type, event_at), not a walk of every record (issue 23: history does not grow the report).
    `SELECT COUNT(*) AS n, COALESCE(SUM(l.count), 0) AS items FROM lend_loans l JOIN records r ON r.id = l.record_id
      WHERE r.type = 'lending' AND r.voided = 0 AND r.event_at >= ? AND r.event_at < ?`,
  ).get(from, to) as { n: number; items: number };
  const back = stmt(
    db,
    `SELECT COUNT(*) AS n, COALESCE(SUM(l.damaged), 0) AS damaged FROM lend_loans l JOIN records r ON r.id = l.record_id
      WHERE r.voided = 0 AND l.returned_at >= ? AND l.returned_at < ?`,
  ).get(from, to) as { n: number; damaged: number };
  return { loans: made.n, items: made.items, returns: back.n, damaged: back.damaged };
}

/**
 * Loans out past their return deadline at `at` (R-1300, profile deadlines."R-1300.return"): those
 * still lent now, and those returned only after `at` (the month's report costs the open loans and
 * the month, not the history).
 */
export function overdueAt(db: DB, at: string): number {
  const open = stmt(
    db,
    `SELECT COUNT(*) AS n FROM records r INDEXED BY records_type_status JOIN deadlines d ON d.record_id = r.id AND d.step = 'return'
      WHERE r.type = 'lending' AND r.status = 'lent' AND r.voided = 0 AND d.cancelled = 0 AND d.due_at < ?`,
  ).get(at) as { n: number };
  const late = stmt(
    db,
    `SELECT COUNT(*) AS n FROM lend_loans l INDEXED BY lend_loans_returned JOIN records r ON r.id = l.record_id
       JOIN deadlines d ON d.record_id = l.record_id AND d.step = 'return'
      WHERE l.returned_at > ? AND r.voided = 0 AND d.due_at < ?`,
  ).get(at, at) as { n: number };
  return open.n + late.n;
}

/** The deposits held at `at`: the loans made before it and not returned by then (still lent, or returned after). */
export function heldAt(db: DB, at: string): number {
  const open = stmt(
    db,
    `SELECT COALESCE(SUM(l.deposit_fen), 0) AS n FROM records r INDEXED BY records_type_status JOIN lend_loans l ON l.record_id = r.id
      WHERE r.type = 'lending' AND r.status = 'lent' AND r.voided = 0 AND r.event_at < ?`,
  ).get(at) as { n: number };
  const back = stmt(
    db,
    `SELECT COALESCE(SUM(l.deposit_fen), 0) AS n FROM lend_loans l INDEXED BY lend_loans_returned JOIN records r ON r.id = l.record_id
      WHERE l.returned_at > ? AND r.voided = 0 AND r.event_at < ?`,
  ).get(at, at) as { n: number };
  return open.n + back.n;
}

/** The return deadline of a loan (the slip prints it). */
export function returnDue(db: DB, recordId: number): string | null {
  const r = stmt(db, `SELECT due_at FROM deadlines WHERE record_id = ? AND step = 'return'`).get(recordId) as { due_at: string } | undefined;
  return r?.due_at ?? null;
}
