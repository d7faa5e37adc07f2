// the audit log. Each row's hash covers the previous row's hash and its
// own content, so an edit, insertion or deletion made outside the program
// breaks the chain (`pmdesk doctor`).
import { createHash } from 'node:crypto';
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
