// every amount received, refunded or deducted is a ledger row; balances are sums.
import { stmt, type DB } from './db.js';

export type Direction = 'received' | 'refunded' | 'deducted';

export interface LedgerRow {
  id: number;
  record_id: number;
  item: string;
  direction: Direction;
  amount_fen: number;
  at: string;
  receipt_no: string | null;
  clerk: string;
  entered_at: string;
}

export function addLedger(
  db: DB,
  e: { recordId: number; item: string; direction: Direction; amountFen: number; at: string; receiptNo?: string | null; clerk: string; enteredAt: string },
): void {
  if (!Number.isSafeInteger(e.amountFen) || e.amountFen < 0) throw new Error(`ledger amount must be non-negative fen: ${e.amountFen}`);
  stmt(db, 
    `INSERT INTO ledger(record_id, item, direction, amount_fen, at, receipt_no, clerk, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.recordId, e.item, e.direction, e.amountFen, e.at, e.receiptNo ?? null, e.clerk, e.enteredAt);
}

export function ledgerOf(db: DB, recordId: number): LedgerRow[] {
  return stmt(db, `SELECT * FROM ledger WHERE record_id = ? ORDER BY at, id`).all(recordId) as LedgerRow[];
}

/** Ledger rows pointing at no record, or with impossible amounts (doctor). */
export function ledgerProblems(db: DB): number {
  const row = stmt(db, 
      `SELECT COUNT(*) AS n FROM ledger l LEFT JOIN records r ON r.id = l.record_id
        WHERE r.id IS NULL OR l.amount_fen < 0 OR typeof(l.amount_fen) <> 'integer'`,
    )
    .get() as { n: number };
  return row.n;
}
