// the audit log. Each row's hash covers the previous row's hash and its
// own content, so an edit, insertion or deletion made outside the program
// breaks the chain (`pmdesk doctor`).
import { stmt, type DB } from './db.js';

export interface AuditEntry {
  at: string;
  enteredAt: string;
  clerk: string;
  subject: string;
  action: string;
  field?: string | null;
  old?: unknown;
  new?: unknown;
}

export interface AuditRow {
  id: number;
  at: string;
  entered_at: string;
  clerk: string;
  subject: string;
  action: string;
  field: string | null;
  old: string | null;
  new: string | null;
  hash: string;
}

const GENESIS = '0'.repeat(64);

function text(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function hashOf(prev: string, r: Omit<AuditRow, 'id' | 'hash'>): string {
  const body = JSON.stringify([r.at, r.entered_at, r.clerk, r.subject, r.action, r.field, r.old, r.new]);
  // node:crypto is loaded when a write first hashes, not when a read starts (issue 23).
  const { createHash } = process.getBuiltinModule('node:crypto');
  return createHash('sha256').update(prev).update('\x1f').update(body).digest('hex');
}

export function appendAudit(db: DB, e: AuditEntry): void {
  const last = stmt(db, `SELECT hash FROM audit ORDER BY id DESC LIMIT 1`).get() as { hash: string } | undefined;
  const prev = last?.hash ?? GENESIS;
  const row = {
    at: e.at,
    entered_at: e.enteredAt,
    clerk: e.clerk,
    subject: e.subject,
    action: e.action,
    field: e.field ?? null,
    old: text(e.old),
    new: text(e.new),
  };
  stmt(
    db,
    `INSERT INTO audit(at, entered_at, clerk, subject, action, field, old, new, hash)
     VALUES (@at, @entered_at, @clerk, @subject, @action, @field, @old, @new, @hash)`,
  ).run({ ...row, hash: hashOf(prev, row) });
}

export function listAudit(db: DB, subject?: string): AuditRow[] {
  if (subject) return stmt(db, `SELECT * FROM audit WHERE subject = ? ORDER BY id`).all(subject) as AuditRow[];
  return stmt(db, `SELECT * FROM audit ORDER BY id`).all() as AuditRow[];
}

export function iterateAudit(db: DB): IterableIterator<AuditRow> {
  return stmt(db, `SELECT * FROM audit ORDER BY id`).iterate() as IterableIterator<AuditRow>;
}

/** The id of the first row whose hash does not follow from its predecessor, or null. */
export function verifyAuditChain(db: DB): { rows: number; brokenAt: number | null } {
  let prev = GENESIS;
  let rows = 0;
  for (const r of iterateAudit(db)) {
    rows++;
    if (hashOf(prev, r) !== r.hash) return { rows, brokenAt: r.id };
    prev = r.hash;
  }
  return { rows, brokenAt: null };
}

/** The files `pmdesk backup` wrote, as the audit log recorded them (doctor checks who can read them). */
export function backupFiles(db: DB): string[] {
  return (
    stmt(db, `SELECT DISTINCT new FROM audit WHERE subject = 'database' AND action = 'backup' AND field = 'file'`).all() as Array<{ new: string }>
  ).map((r) => r.new);
}

/** The newest audit row. */
export function lastAudit(db: DB): AuditRow | undefined {
  return stmt(db, `SELECT * FROM audit ORDER BY id DESC LIMIT 1`).get() as AuditRow | undefined;
}

/**
 * The chain head: how many rows the log has and the hash of the last one. Kept
 * outside the table (the monthly report's foot, every backup's metadata, the
 * clerk's paper) it shows a log cut at the tail or rewritten whole (`doctor --expect`).
 */
export interface AuditHead {
  rows: number;
  hash: string;
}

/** The last row by its id (R-001 deletes nothing, so the id is the row count): two index lookups, not a count. */
export function auditHead(db: DB): AuditHead {
  const last = stmt(db, `SELECT id, hash FROM audit WHERE id = (SELECT MAX(id) FROM audit)`).get() as { id: number; hash: string } | undefined;
  return { rows: last?.id ?? 0, hash: last?.hash ?? GENESIS };
}

/** `2240113-3f9a1c2d5e6f7a8b`: the row count and the first 16 hex digits of the last hash. */
export function formatHead(h: AuditHead): string {
  return `${h.rows}-${h.hash.slice(0, 16)}`;
}

/** A head as typed from paper: rows, a dash, at least 8 hex digits of the hash (commas in the count allowed). */
export function parseHead(v: string): { rows: number; prefix: string } | null {
  const m = /^([\d,]+)[-:]([0-9a-f]{8,64})$/i.exec(v.trim());
  if (!m) return null;
  const rows = Number(m[1].replace(/,/g, ''));
  return Number.isSafeInteger(rows) ? { rows, prefix: m[2].toLowerCase() } : null;
}

/** The hash of row n (its id), if the log still has it. */
export function hashAtRow(db: DB, n: number): string | undefined {
  if (n === 0) return GENESIS;
  return (stmt(db, `SELECT hash FROM audit WHERE id = ?`).get(n) as { hash: string } | undefined)?.hash;
}
