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
  e: {
    recordId: number;
    item: string;
    direction: Direction;
    amountFen: number;
    at: string;
    receiptNo?: string | null;
    clerk: string;
    enteredAt: string;
  },
): void {
  if (!Number.isSafeInteger(e.amountFen) || e.amountFen < 0) throw new Error(`ledger amount must be non-negative fen: ${e.amountFen}`);
  stmt(db, `INSERT INTO ledger(record_id, item, direction, amount_fen, at, receipt_no, clerk, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
    e.recordId,
    e.item,
    e.direction,
    e.amountFen,
    e.at,
    e.receiptNo ?? null,
    e.clerk,
    e.enteredAt,
  );
}

export function ledgerOf(db: DB, recordId: number): LedgerRow[] {
  return stmt(db, `SELECT * FROM ledger WHERE record_id = ? ORDER BY at, id`).all(recordId) as LedgerRow[];
}

/** Ledger rows pointing at no record, or with impossible amounts (doctor). */
export function ledgerProblems(db: DB): number {
  const row = stmt(
    db,
    `SELECT COUNT(*) AS n FROM ledger l LEFT JOIN records r ON r.id = l.record_id
        WHERE r.id IS NULL OR l.amount_fen < 0 OR typeof(l.amount_fen) <> 'integer'`,
  ).get() as { n: number };
  // a closed or rejected renovation holds no deposit (the monthly heldAt relies on it).
  const held = stmt(
    db,
    `SELECT COUNT(*) AS n FROM (SELECT r.id FROM records r INDEXED BY records_type_status JOIN ledger l ON l.record_id = r.id
          WHERE r.type = 'renovation' AND r.status IN ('closed','rejected') GROUP BY r.id
         HAVING SUM(CASE WHEN l.direction = 'received' AND l.item IN ('deposit-owner','deposit-contractor','pass-deposit') THEN l.amount_fen
                         WHEN l.direction IN ('refunded','deducted') THEN -l.amount_fen ELSE 0 END) <> 0)`,
  ).get() as { n: number };
  return row.n + held.n;
}
