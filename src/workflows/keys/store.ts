// The key cabinet (R-700…R-707): key sets, loans (YS), the key log.
import { IDS, rowBy, rowsBy } from '../../core/store/batch.js';
import { stmt, type DB } from '../../core/store/db.js';

export interface KeySetRow {
  id: number;
  hook: string;
  unit_id: number | null;
  unit_code?: string | null;
  kind: string;
  count: number;
  custody: string;
  status: string;
  holder: string | null;
  owner: string | null;
  created_at: string;
  updated_at: string;
}

const SELECT = `SELECT k.*, u.code AS unit_code FROM key_sets k LEFT JOIN units u ON u.id = k.unit_id`;

export function nextHookNumber(db: DB): number {
  return (stmt(db, `SELECT COUNT(*) + 1 AS n FROM key_sets`).get() as { n: number }).n;
}

export function insertKeySet(
  db: DB,
  k: { hook: string; unitId: number | null; kind: string; count: number; custody: string; owner?: string | null; at: string },
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO key_sets(hook, unit_id, kind, count, custody, status, owner, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'in', ?, ?, ?)`,
    ).run(k.hook, k.unitId, k.kind, k.count, k.custody, k.owner ?? null, k.at, k.at).lastInsertRowid,
  );
}

export function keySetByHook(db: DB, hook: string): KeySetRow | undefined {
  return stmt(db, `${SELECT} WHERE k.hook = ?`).get(hook) as KeySetRow | undefined;
}

export function keySetsOf(db: DB, unitId: number, kind?: string): KeySetRow[] {
  if (kind) return stmt(db, `${SELECT} WHERE k.unit_id = ? AND k.kind = ? ORDER BY k.hook`).all(unitId, kind) as KeySetRow[];
  return stmt(db, `${SELECT} WHERE k.unit_id = ? ORDER BY k.hook`).all(unitId) as KeySetRow[];
}

/** Hooks of the key sets in these states (the walk-through's key picker). */
export function hooksWithStatus(db: DB, statuses: readonly string[]): string[] {
  return (
    stmt(db, `SELECT hook FROM key_sets WHERE status IN (${statuses.map(() => '?').join(',')}) ORDER BY hook`).all(...statuses) as Array<{
      hook: string;
    }>
  ).map((r) => r.hook);
}

export function keySetById(db: DB, id: number): KeySetRow | undefined {
  return stmt(db, `${SELECT} WHERE k.id = ?`).get(id) as KeySetRow | undefined;
}

export function updateKeySet(db: DB, id: number, f: { status?: string; holder?: string | null; count?: number; custody?: string }, at: string): void {
  for (const [k, v] of Object.entries(f)) {
    if (!['status', 'holder', 'count', 'custody'].includes(k)) throw new Error(k);
    stmt(db, `UPDATE key_sets SET ${k} = ?, updated_at = ? WHERE id = ?`).run(v, at, id);
  }
}

export function logKey(
  db: DB,
  e: {
    keySetId: number;
    at: string;
    action: string;
    who?: string | null;
    count?: number | null;
    note?: string | null;
    recordId?: number | null;
    clerk: string;
  },
): void {
  stmt(db, `INSERT INTO key_log(key_set_id, at, action, who, count, note, record_id, clerk) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
    e.keySetId,
    e.at,
    e.action,
    e.who ?? null,
    e.count ?? null,
    e.note ?? null,
    e.recordId ?? null,
    e.clerk,
  );
}

export function keyLog(
  db: DB,
  keySetId: number,
): Array<{ at: string; action: string; who: string | null; count: number | null; note: string | null; clerk: string }> {
  return stmt(db, `SELECT at, action, who, count, note, clerk FROM key_log WHERE key_set_id = ? ORDER BY at, id`).all(keySetId) as Array<{
    at: string;
    action: string;
    who: string | null;
    count: number | null;
    note: string | null;
    clerk: string;
  }>;
}

export interface LoanRow {
  record_id: number;
  key_set_id: number;
  borrower: string;
  phone: string | null;
  reason: string;
  count_out: number;
  count_back: number | null;
  contractor_no: string | null;
  inspection: string | null;
  returned_at: string | null;
}

export function insertLoan(db: DB, l: Omit<LoanRow, 'count_back' | 'inspection' | 'returned_at'>): void {
  stmt(db, `INSERT INTO key_loans(record_id, key_set_id, borrower, phone, reason, count_out, contractor_no) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
    l.record_id,
    l.key_set_id,
    l.borrower,
    l.phone,
    l.reason,
    l.count_out,
    l.contractor_no,
  );
}

/** Lists (issue 23): getLoan of many records and keySetById of their key sets, one statement each. */
export function loansBatch(db: DB, ids: number[]) {
  const loans = rowBy<LoanRow>(db, `SELECT * FROM key_loans WHERE record_id IN ${IDS}`, ids);
  const sets = rowsBy<KeySetRow>(db, `${SELECT} WHERE k.id IN ${IDS}`, [...new Set([...loans.values()].map((l) => l.key_set_id))], (k) => k.id);
  return { loans, sets };
}

export function getLoan(db: DB, recordId: number): LoanRow | undefined {
  return stmt(db, `SELECT * FROM key_loans WHERE record_id = ?`).get(recordId) as LoanRow | undefined;
}

export function updateLoan(db: DB, recordId: number, f: { count_back?: number; inspection?: string | null; returned_at?: string }): void {
  for (const [k, v] of Object.entries(f)) {
    if (!['count_back', 'inspection', 'returned_at'].includes(k)) throw new Error(k);
    stmt(db, `UPDATE key_loans SET ${k} = ? WHERE record_id = ?`).run(v, recordId);
  }
}

/** The open loan of a key set (who has it now). */
export function openLoanOf(db: DB, keySetId: number): { no: string; borrower: string } | undefined {
  return stmt(
    db,
    `SELECT r.no, l.borrower FROM key_loans l JOIN records r ON r.id = l.record_id WHERE l.key_set_id = ? AND r.status IN ('open','returned','inspecting') AND r.voided = 0 LIMIT 1`,
  ).get(keySetId) as { no: string; borrower: string } | undefined;
}

/** The loans a renovation's contractor still has out (R-703: closed only after the unit inspection). */
export function contractorLoansOut(db: DB, renovationNo: string): string[] {
  return (
    stmt(
      db,
      `SELECT r.no FROM key_loans l JOIN records r ON r.id = l.record_id
        WHERE l.contractor_no = ? AND r.status IN ('open','returned','inspecting') AND r.voided = 0 ORDER BY r.no`,
    ).all(renovationNo) as Array<{ no: string }>
  ).map((x) => x.no);
}

export interface OutRow {
  no: string;
  hook: string;
  unit: string | null;
  kind: string;
  borrower: string;
  phone: string | null;
  status: string;
  lent_at: string;
  due_at: string | null;
  contractor_no: string | null;
}

/** what is out right now (loans not closed), soonest due first. */
export function keysOut(db: DB): OutRow[] {
  return stmt(
    db,
    `SELECT r.no, k.hook, u.code AS unit, k.kind, l.borrower, l.phone, r.status, r.event_at AS lent_at, l.contractor_no,
            (SELECT due_at FROM deadlines d WHERE d.record_id = r.id AND d.step = 'return' AND d.done_at IS NULL AND d.cancelled = 0) AS due_at
       FROM records r INDEXED BY records_type_status JOIN key_loans l ON l.record_id = r.id JOIN key_sets k ON k.id = l.key_set_id LEFT JOIN units u ON u.id = k.unit_id
      WHERE r.type = 'keyMove' AND r.status IN ('open','returned','inspecting') AND r.voided = 0
      ORDER BY due_at IS NULL, due_at`,
  ).all() as OutRow[];
}

/** loans out past their return deadline now (the cost follows the keys out, not the history). */
export function keysOverdue(db: DB, now: string): number {
  return (
    stmt(
      db,
      `SELECT COUNT(*) AS n FROM records r INDEXED BY records_type_status JOIN deadlines d ON d.record_id = r.id AND d.step = 'return'
        WHERE r.type = 'keyMove' AND r.status IN ('open','returned','inspecting') AND r.voided = 0 AND d.done_at IS NULL AND d.cancelled = 0 AND d.due_at < ?`,
    ).get(now) as { n: number }
  ).n;
}

export function keysMonth(db: DB, from: string, to: string): Record<string, number> {
  const rows = stmt(db, `SELECT action, COUNT(*) AS n FROM key_log WHERE at >= ? AND at < ? GROUP BY action`).all(from, to) as Array<{
    action: string;
    n: number;
  }>;
  return Object.fromEntries(rows.map((r) => [r.action, r.n]));
}

/** the entrust register 业主留钥匙登记表 — every entrusted key set with its entrust entry. */
export function entrustRegister(
  db: DB,
  unitId: number | null,
): Array<{ hook: string; unit: string | null; kind: string; count: number; owner: string | null; status: string; at: string; clerk: string }> {
  return stmt(
    db,
    `SELECT k.hook, u.code AS unit, k.kind, k.count, k.owner, k.status, l.at, l.clerk
       FROM key_sets k LEFT JOIN units u ON u.id = k.unit_id JOIN key_log l ON l.key_set_id = k.id AND l.action = 'entrust'
      WHERE k.custody = 'entrusted' AND (? IS NULL OR k.unit_id = ?) ORDER BY l.at, k.hook`,
  ).all(unitId, unitId) as Array<{
    hook: string;
    unit: string | null;
    kind: string;
    count: number;
    owner: string | null;
    status: string;
    at: string;
    clerk: string;
  }>;
}
