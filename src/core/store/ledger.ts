// every amount received, refunded or deducted is a ledger row; balances are sums.
import { IDS, rowsBy } from './batch.js';
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

/** ledgerOf of many records in one statement (issue 23: lists), by record id. */
export function ledgersOf(db: DB, ids: number[]): Map<number, LedgerRow[]> {
  return rowsBy<LedgerRow>(db, `SELECT * FROM ledger WHERE record_id IN ${IDS} ORDER BY record_id, at, id`, ids, (l) => l.record_id) as Map<
    number,
    LedgerRow[]
  >;
}

/** What a record's ledger holds: everything received less everything refunded or deducted. */
export function recordBalance(db: DB, recordId: number): number {
  return (
    stmt(
      db,
      `SELECT COALESCE(SUM(CASE WHEN direction = 'received' THEN amount_fen ELSE -amount_fen END), 0) AS fen FROM ledger WHERE record_id = ?`,
    ).get(recordId) as { fen: number }
  ).fen;
}

export interface LedgerProblem {
  /** The record number, or `#<ledger id>` for a row pointing at no record. */
  no: string;
  problem: 'orphan' | 'amount' | 'negative' | 'depositNegative' | 'heldAfterClose';
  /** The balance in fen, where it is the problem. */
  fen?: number;
}

const DEPOSIT_HELD = `SUM(CASE WHEN l.direction = 'received' AND l.item IN ('deposit-owner','deposit-contractor','pass-deposit') THEN l.amount_fen
                            WHEN l.direction IN ('refunded','deducted') THEN -l.amount_fen ELSE 0 END)`;

/** Each record whose ledger is wrong, named (doctor): orphan rows, impossible amounts, negative balances, deposits held after close. */
export function ledgerProblems(db: DB): LedgerProblem[] {
  const out: LedgerProblem[] = [];
  for (const r of stmt(
    db,
    `SELECT l.id, r.no, r.id AS rid FROM ledger l LEFT JOIN records r ON r.id = l.record_id
        WHERE r.id IS NULL OR l.amount_fen < 0 OR typeof(l.amount_fen) <> 'integer' ORDER BY l.id`,
  ).all() as Array<{ id: number; no: string | null; rid: number | null }>)
    out.push(r.rid === null ? { no: `#${r.id}`, problem: 'orphan' } : { no: r.no!, problem: 'amount' });
  // No record pays out more than it took in.
  for (const r of stmt(
    db,
    `SELECT r.no, SUM(CASE WHEN l.direction = 'received' THEN l.amount_fen ELSE -l.amount_fen END) AS fen
       FROM ledger l JOIN records r ON r.id = l.record_id GROUP BY r.id HAVING fen < 0 ORDER BY r.no`,
  ).all() as Array<{ no: string; fen: number }>)
    out.push({ no: r.no, problem: 'negative', fen: r.fen });
  // a renovation's deposits never go below zero, and a closed or rejected one holds none
  // (the monthly heldAt relies on it).
  for (const r of stmt(
    db,
    `SELECT r.no, r.status, ${DEPOSIT_HELD} AS fen FROM records r INDEXED BY records_type_status JOIN ledger l ON l.record_id = r.id
      WHERE r.type = 'renovation' GROUP BY r.id HAVING fen < 0 OR (fen <> 0 AND r.status IN ('closed','rejected')) ORDER BY r.no`,
  ).all() as Array<{ no: string; status: string; fen: number }>)
    out.push({ no: r.no, problem: r.fen < 0 ? 'depositNegative' : 'heldAfterClose', fen: r.fen });
  return out;
}
