// The record envelope, its events (timeline) and its deadlines.
import { stmt, type DB } from './db.js';

export interface RecordRow {
  id: number;
  no: string;
  type: string;
  status: string;
  unit_id: number | null;
  unit_code: string | null;
  event_at: string;
  created_at: string;
  updated_at: string;
  voided: number;
  void_reason: string | null;
  next_due: string | null; // the earliest open deadline
  next_provisional: string | null; // R-0A1: the provisional days that deadline assumed (JSON), or null
}

/** The unit of a code, for `list --unit` (the registry owns the table; this is one read). */
export function unitByCode(db: DB, code: string): { id: number } | undefined {
  return stmt(db, `SELECT id FROM units WHERE code = ?`).get(code) as { id: number } | undefined;
}

/** bump the per-prefix, per-year sequence inside the command's transaction. */
export function nextSeq(db: DB, prefix: string, year: number): number {
  const row = stmt(
    db,
    `INSERT INTO sequences(prefix, year, last) VALUES (?, ?, 1)
       ON CONFLICT(prefix, year) DO UPDATE SET last = last + 1 RETURNING last`,
  ).get(prefix, year) as { last: number };
  return row.last;
}

export function insertRecord(
  db: DB,
  r: { no: string; type: string; status: string; unitId: number | null; eventAt: string; createdAt: string },
): number {
  const info = stmt(
    db,
    `INSERT INTO records(no, type, status, unit_id, event_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(r.no, r.type, r.status, r.unitId, r.eventAt, r.createdAt, r.createdAt);
  return Number(info.lastInsertRowid);
}

/**
 * the one-month `escalate` step fires a rule by itself (derived when read, stored by
 * the next write): a trigger, not a duty — never a record's dueAt, never overdue, never due.
 */
export const DUTY = `d.step <> 'escalate'`;

/** The same in JS: is a deadline of this step a clerk's duty (can it be overdue)? */
export function isDuty(step: string): boolean {
  return step !== 'escalate';
}

const SELECT = `SELECT r.*, u.code AS unit_code,
  (SELECT MIN(d.due_at) FROM deadlines d WHERE d.record_id = r.id AND d.done_at IS NULL AND d.cancelled = 0 AND ${DUTY}) AS next_due,
  (SELECT d.provisional FROM deadlines d WHERE d.record_id = r.id AND d.done_at IS NULL AND d.cancelled = 0 AND ${DUTY} ORDER BY d.due_at LIMIT 1) AS next_provisional
  FROM records r LEFT JOIN units u ON u.id = r.unit_id`;

export function getRecord(db: DB, no: string): RecordRow | undefined {
  return stmt(db, `${SELECT} WHERE r.no = ?`).get(no) as RecordRow | undefined;
}

export function getRecordById(db: DB, id: number): RecordRow | undefined {
  return stmt(db, `${SELECT} WHERE r.id = ?`).get(id) as RecordRow | undefined;
}

export function setStatus(db: DB, id: number, status: string, at: string): void {
  stmt(db, `UPDATE records SET status = ?, updated_at = ? WHERE id = ?`).run(status, at, id);
}

export function touch(db: DB, id: number, at: string): void {
  stmt(db, `UPDATE records SET updated_at = ? WHERE id = ?`).run(at, id);
}

export function setVoided(db: DB, id: number, reason: string, at: string): void {
  stmt(db, `UPDATE records SET voided = 1, void_reason = ?, status = 'voided', updated_at = ? WHERE id = ?`).run(reason, at, id);
}

export interface ListFilter {
  type: string;
  status?: string;
  open?: boolean; // not in one of the final states
  finalStates?: string[];
  overdueAt?: string; // has an open deadline due before this instant
  unitId?: number;
  from?: string;
  to?: string;
}

function whereOf(f: ListFilter): { where: string; args: unknown[] } {
  const where = ['r.type = ?'];
  const args: unknown[] = [f.type];
  if (f.status) {
    where.push('r.status = ?');
    args.push(f.status);
  }
  if (f.open) {
    // Not voided, not final. A voided record's status is 'voided' (R-000; doctor checks it,
    // core/store/health.ts): one test on the status lets COUNT(*) read the index
    // records_type_status alone instead of every row of the type (issue 23).
    const shut = [...new Set([...(f.finalStates ?? []), 'voided'])];
    where.push(`r.status NOT IN (${shut.map(() => '?').join(',')})`);
    args.push(...shut);
  }
  if (f.overdueAt) {
    where.push(
      `r.voided = 0 AND EXISTS (SELECT 1 FROM deadlines d WHERE d.record_id = r.id AND d.done_at IS NULL AND d.cancelled = 0 AND ${DUTY} AND d.due_at < ?)`,
    );
    args.push(f.overdueAt);
  }
  if (f.unitId !== undefined) {
    where.push('r.unit_id = ?');
    args.push(f.unitId);
  }
  if (f.from) {
    where.push('r.event_at >= ?');
    args.push(f.from);
  }
  if (f.to) {
    where.push('r.event_at < ?');
    args.push(f.to);
  }
  return { where: where.join(' AND '), args };
}

/** The records of one type that match, oldest first; with `newest`, only that many of the latest. */
export function listRecords(db: DB, f: ListFilter & { newest?: number }): RecordRow[] {
  const { where, args } = whereOf(f);
  if (f.newest !== undefined)
    return stmt(db, `${SELECT} WHERE ${where} ORDER BY r.event_at DESC, r.id DESC LIMIT ${Math.floor(f.newest)}`)
      .all(...args)
      .reverse() as RecordRow[];
  return stmt(db, `${SELECT} WHERE ${where} ORDER BY r.event_at, r.id`).all(...args) as RecordRow[];
}

export function countRecords(db: DB, f: ListFilter): number {
  const { where, args } = whereOf(f);
  return (stmt(db, `SELECT COUNT(*) AS n FROM records r WHERE ${where}`).get(...args) as { n: number }).n;
}

/** Numbers of the open records of some types, newest first (shell completion). */
export function openNumbers(db: DB, types: string[], finalStates: string[], limit: number, onlyStates?: readonly string[]): string[] {
  const q = (xs: readonly string[]) => xs.map(() => '?').join(',') || "''";
  const only = onlyStates ? ` AND status IN (${q(onlyStates)})` : '';
  const rows = stmt(
    db,
    `SELECT no FROM records WHERE type IN (${q(types)}) AND voided = 0 AND status NOT IN (${q(finalStates)})${only} ORDER BY event_at DESC, id DESC LIMIT ${Math.floor(limit)}`,
  ).all(...types, ...finalStates, ...(onlyStates ?? [])) as Array<{ no: string }>;
  return rows.map((r) => r.no);
}

// ── events ───────────────────────────────────────────────────────────────
export interface EventRow {
  id: number;
  record_id: number;
  kind: string;
  event_at: string;
  entered_at: string;
  clerk: string;
  data: string;
}

export function addEvent(db: DB, e: { recordId: number; kind: string; eventAt: string; enteredAt: string; clerk: string; data?: unknown }): void {
  stmt(db, `INSERT INTO events(record_id, kind, event_at, entered_at, clerk, data) VALUES (?, ?, ?, ?, ?, ?)`).run(
    e.recordId,
    e.kind,
    e.eventAt,
    e.enteredAt,
    e.clerk,
    JSON.stringify(e.data ?? {}),
  );
}

export function listEvents(db: DB, recordId: number): EventRow[] {
  return stmt(db, `SELECT * FROM events WHERE record_id = ? ORDER BY event_at, id`).all(recordId) as EventRow[];
}

// ── deadlines ────────────────────────────────────────────────────────────
export interface DeadlineRow {
  id: number;
  record_id: number;
  step: string;
  rule: string;
  opens_at: string | null;
  due_at: string;
  done_at: string | null;
  cancelled: number;
  from_at: string | null; // R-0A2: the instant a computed deadline counts from (null: an explicit due time)
  provisional: string | null; // R-0A1: JSON array of the provisional days it assumed, or null
}

/** Open (or move) the deadline of a step; the tightest applies when one exists (cli.md). */
export function setDeadline(
  db: DB,
  d: {
    recordId: number;
    step: string;
    rule: string;
    opensAt: string | null;
    dueAt: string;
    tightest?: boolean;
    fromAt?: string | null;
    provisional?: string[] | null;
  },
): void {
  const provisional = d.provisional ? JSON.stringify(d.provisional) : null;
  const cur = stmt(db, `SELECT * FROM deadlines WHERE record_id = ? AND step = ?`).get(d.recordId, d.step) as DeadlineRow | undefined;
  if (!cur) {
    stmt(db, `INSERT INTO deadlines(record_id, step, rule, opens_at, due_at, from_at, provisional) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
      d.recordId,
      d.step,
      d.rule,
      d.opensAt,
      d.dueAt,
      d.fromAt ?? null,
      provisional,
    );
    return;
  }
  if (d.tightest && Date.parse(cur.due_at) <= Date.parse(d.dueAt) && !cur.cancelled && !cur.done_at) return;
  stmt(db, `UPDATE deadlines SET rule = ?, opens_at = ?, due_at = ?, from_at = ?, provisional = ?, done_at = NULL, cancelled = 0 WHERE id = ?`).run(
    d.rule,
    d.opensAt,
    d.dueAt,
    d.fromAt ?? null,
    provisional,
    cur.id,
  );
}

export function completeDeadline(db: DB, recordId: number, step: string, doneAt: string): boolean {
  const info = stmt(db, `UPDATE deadlines SET done_at = ? WHERE record_id = ? AND step = ? AND done_at IS NULL AND cancelled = 0`).run(
    doneAt,
    recordId,
    step,
  );
  return info.changes > 0;
}

export function cancelDeadline(db: DB, recordId: number, step: string): void {
  stmt(db, `UPDATE deadlines SET cancelled = 1 WHERE record_id = ? AND step = ? AND done_at IS NULL`).run(recordId, step);
}

export function cancelOpenDeadlines(db: DB, recordId: number): void {
  stmt(db, `UPDATE deadlines SET cancelled = 1 WHERE record_id = ? AND done_at IS NULL`).run(recordId);
}

export function listDeadlines(db: DB, recordId: number): DeadlineRow[] {
  return stmt(db, `SELECT * FROM deadlines WHERE record_id = ? ORDER BY due_at, id`).all(recordId) as DeadlineRow[];
}

/** The next open deadline of each record in `ids` (for dueAt / overdue in lists). */
export function nextDue(db: DB, recordId: number): string | null {
  const row = stmt(db, `SELECT MIN(due_at) AS due FROM deadlines d WHERE record_id = ? AND done_at IS NULL AND cancelled = 0 AND ${DUTY}`).get(
    recordId,
  ) as {
    due: string | null;
  };
  return row.due;
}

export interface DueRow extends DeadlineRow {
  no: string;
  type: string;
  status: string;
  unit_code: string | null;
}

const DUE_FROM = `FROM deadlines d INDEXED BY deadlines_open JOIN records r INDEXED BY records_state ON r.id = d.record_id
        WHERE d.done_at IS NULL AND d.cancelled = 0 AND ${DUTY} AND d.due_at >= ? AND d.due_at < ? AND (d.opens_at IS NULL OR d.opens_at <= ?)
          AND r.voided = 0 AND r.status NOT IN ('closed','rejected','done','skipped','out')`;

/** open deadlines due in [from, until) and open by `opensBy`, on live records, soonest first; `limit` caps the rows. */
export function openDeadlinesIn(db: DB, from: string, until: string, opensBy: string, limit?: number): DueRow[] {
  const cap = limit === undefined ? '' : ` LIMIT ${Math.floor(limit)}`;
  return stmt(
    db,
    `SELECT d.*, r.no, r.type, r.status, u.code AS unit_code ${DUE_FROM.replace('WHERE', 'LEFT JOIN units u ON u.id = r.unit_id WHERE')} ORDER BY d.due_at, d.id${cap}`,
  ).all(from, until, opensBy) as DueRow[];
}

export function countOpenDeadlinesIn(db: DB, from: string, until: string, opensBy: string): number {
  return (stmt(db, `SELECT COUNT(*) AS n ${DUE_FROM}`).get(from, until, opensBy) as { n: number }).n;
}

export function lastEventData(db: DB, recordId: number, kind: string): Record<string, unknown> | null {
  const row = stmt(db, `SELECT data FROM events WHERE record_id = ? AND kind = ? ORDER BY id DESC LIMIT 1`).get(recordId, kind) as
    | { data: string }
    | undefined;
  return row ? (JSON.parse(row.data) as Record<string, unknown>) : null;
}

/** Residents' names by id (issue 18: `show` names the people a timeline records by id). */
export function residentNames(db: DB, ids: number[]): Record<number, string> {
  if (!ids.length) return {};
  const rows = stmt(db, `SELECT id, name FROM residents WHERE id IN (${ids.map(() => '?').join(',')})`).all(...ids) as Array<{
    id: number;
    name: string;
  }>;
  return Object.fromEntries(rows.map((x) => [x.id, x.name]));
}
