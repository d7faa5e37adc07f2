// The one adapter that opens SQLite. WAL, synchronous = FULL, busy_timeout ≥ 5 s, foreign keys on;
// migrations are numbered SQL files applied by PRAGMA user_version, each in its
// own transaction, with a backup taken before any upgrade; files are 0600.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Failure, Refusal } from '../errors.js';

export type DB = Database.Database;

export const BUSY_TIMEOUT_MS = 5000;

function migrationsDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.join(here, 'migrations'), path.join(here, '..', 'src', 'core', 'store', 'migrations')];
  const found = candidates.find((d) => fs.existsSync(d));
  if (!found) throw new Error(`migrations folder not found near ${here}`);
  return found;
}

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function migrations(): Migration[] {
  const dir = migrationsDir();
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{3}_.*\.sql$/.test(f))
    .sort()
    .map((f, i) => {
      const version = Number(f.slice(0, 3));
      if (version !== i + 1) throw new Error(`migration ${f} is out of sequence`);
      return { version, name: f, sql: fs.readFileSync(path.join(dir, f), 'utf8') };
    });
}

let latest: number | undefined;

/** The newest schema version: the number of migration files (read once; their SQL only when migrating). */
export function latestVersion(): number {
  latest ??= fs.readdirSync(migrationsDir()).filter((f) => /^\d{3}_.*\.sql$/.test(f)).length;
  return latest;
}

/** Create an empty file readable only by its owner (R-004, quality.md privacy). */
export function createPrivateFile(file: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, 'wx', 0o600));
}

export interface OpenOptions {
  create?: boolean; // create the file when missing (init, demo)
  migrate?: boolean; // upgrade an older schema (init, demo); otherwise an older schema is refused
  upTo?: number; // stop at this schema version (tests, fixtures)
  noCheck?: boolean; // the caller migrates itself (init)
  now?: () => string; // for the backup file name
  /** The command only reads: a file that cannot be written (read-only media) is opened read-only (issue 16.8). */
  readOnly?: boolean;
}

/** Can this process write the file and create its -wal/-shm beside it? (EROFS on read-only media, EACCES without rights) */
function writable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(path.resolve(file)), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const SQLITE_HEADER = 'SQLite format 3\0';

/** What is wrong with a database file before SQLite touches it (null: looks fine). */
function fileProblem(file: string, st: fs.Stats, create: boolean): string | null {
  if (st.size === 0) return create ? null : 'err.dbEmpty';
  const head = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  let n: number;
  try {
    n = fs.readSync(fd, head, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (n < 16 || head.toString('latin1', 0, 16) !== SQLITE_HEADER) return 'err.dbNotSqlite';
  if (n < 100) return 'err.dbTruncated';
  // The header's page count is valid when its change counter matches (offset 24 = 92): the file must hold them all.
  const raw = head.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  const pages = head.readUInt32BE(28);
  const valid = head.readUInt32BE(24) === head.readUInt32BE(92);
  if (valid && pages > 0 && st.size < pages * pageSize && !fs.existsSync(`${file}-wal`)) return 'err.dbTruncated';
  return null;
}

/** A damaged database file: exit 1 with what it is and what to do. */
function broken(file: string, key: string): Failure {
  return new Failure('E_DB_BROKEN', key, { db: file });
}

/** SQLite's own word that the file is not (or no longer) a database. */
export function isBrokenDbError(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? '';
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');
}

/**
 * A file this process cannot write (read-only media; issue 16.8). SQLite reads a WAL database
 * only through its -shm index, which cannot be created there: when no -wal file holds commits
 * (a closed database has none), read a copy in memory marked rollback-journal (header bytes
 * 18-19), read-only; otherwise SQLite's own read-only open (the -wal and -shm are there).
 */
function openReadOnly(file: string): DB {
  if (fs.existsSync(`${file}-wal`)) return new Database(file, { readonly: true, fileMustExist: true });
  const image = fs.readFileSync(file);
  image[18] = 1;
  image[19] = 1;
  return new Database(image, { readonly: true });
}

/**
 * PMDESK_TRACE_SQL=<file>: every statement the command runs, its values inlined, one per
 * line — what the benchmark's job floor (bench/floor.mjs) replays (quality.md "Speed").
 */
function traceOptions(): Database.Options | undefined {
  const out = process.env.PMDESK_TRACE_SQL;
  if (!out) return undefined;
  return { verbose: (sql: unknown) => fs.appendFileSync(out, `${String(sql).replace(/\s*\n\s*/g, ' ')}\n`) };
}

export function openDb(file: string, opts: OpenOptions = {}): DB {
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(file);
  } catch {
    st = undefined;
  }
  if (!st) {
    if (!opts.create) throw new Refusal('E_NO_DB', 'err.noDb', { db: file });
    createPrivateFile(file);
  } else {
    if (!st.isFile()) throw new Refusal('E_NO_DB', 'err.dbNotFile', { db: file });
    const problem = fileProblem(file, st, !!opts.create);
    if (problem) throw broken(file, problem);
  }
  // Files SQLite may create beside the database: removed again if opening fails.
  const strays = [`${file}-wal`, `${file}-shm`].filter((f) => !fs.existsSync(f));
  let db: DB | undefined;
  const readonly = !!opts.readOnly && !opts.create && !opts.migrate && !writable(file);
  try {
    db = readonly ? openReadOnly(file) : new Database(file, traceOptions());
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (!opts.migrate && !opts.noCheck) {
      // Refuse a wrong schema before anything changes the file (not even its journal mode).
      const v = schemaVersion(db);
      const latest = latestVersion();
      if (v > latest) throw new Refusal('E_SCHEMA', 'err.schemaNewer', { db: file, version: v, known: latest });
      if (v !== latest) throw new Refusal('E_SCHEMA', 'err.schemaOlder', { db: file, version: v, known: latest });
    }
    if (readonly) return db; // a read-only file: nothing to set that would write
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // FULL: a committed transaction (a deposit taken, a receipt given) survives a power cut, not only a crash.
    db.pragma('synchronous = FULL');
    if (opts.migrate) migrate(db, file, opts);
    return db;
  } catch (e) {
    try {
      db?.close();
    } catch {
      // already closed by migrate()
    }
    for (const f of strays) {
      try {
        if (fs.statSync(f).size === 0 || !f.endsWith('-wal')) fs.rmSync(f);
      } catch {
        // not created
      }
    }
    if (isBrokenDbError(e)) throw broken(file, 'err.dbDamaged');
    throw e;
  }
}

export function schemaVersion(db: DB): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Apply the pending migrations; back the file up first if it held an older schema. */
export function migrate(db: DB, file: string, opts: OpenOptions = {}): { from: number; to: number; backup: string | null } {
  const from = schemaVersion(db);
  const all = migrations();
  const target = opts.upTo ?? all.length;
  if (from > all.length) {
    db.close();
    throw new Refusal('E_SCHEMA', 'err.schemaNewer', { db: file, version: from, known: all.length });
  }
  if (from >= target) return { from, to: from, backup: null };
  let backup: string | null = null;
  if (from > 0) {
    const stamp = (opts.now?.() ?? new Date().toISOString()).replace(/[^0-9]/g, '').slice(0, 14);
    backup = `${file}.v${from}-${stamp}${headTag(db)}.bak`;
    if (fs.existsSync(backup)) fs.rmSync(backup);
    createPrivateFile(backup);
    db.prepare('VACUUM INTO ?').run(backup);
  }
  for (const m of all.slice(from, target)) {
    db.transaction(() => {
      // Another process may have upgraded meanwhile: re-check inside the write lock.
      if (schemaVersion(db) >= m.version) return;
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return { from, to: target, backup };
}

/** `-<rows>-<hash16>`: the audit head in a migration backup's name (doctor --expect), when the schema has the log. */
function headTag(db: DB): string {
  try {
    const h = db.prepare(`SELECT id, hash FROM audit WHERE id = (SELECT MAX(id) FROM audit)`).get() as { id: number; hash: string } | undefined;
    return `-${h?.id ?? 0}-${(h?.hash ?? '0'.repeat(64)).slice(0, 16)}`;
  } catch {
    return ''; // before schema 2 there is no audit log
  }
}

/**
 * A read over awaits (a streamed export, a report that loads modules) in one read transaction:
 * one snapshot, never the write lock (issue 16.8). Ended by the caller's `endRead` or by closing.
 */
export function beginRead(db: DB): void {
  db.exec('BEGIN DEFERRED');
}

export function endRead(db: DB): void {
  if (db.inTransaction) db.exec('COMMIT');
}

/** One command, one transaction (BEGIN IMMEDIATE: take the write lock up front). */
export function inTx<T>(db: DB, fn: () => T): T {
  return db.transaction(fn).immediate();
}

const cache = new WeakMap<DB, Map<string, Database.Statement>>();

/** A prepared statement, compiled once per connection (imports run 20,000 rows). */
/** An async step in one write transaction (the demo generator's month): committed whole or rolled back. */
export async function inTxAsync<T>(db: DB, fn: () => Promise<T>): Promise<T> {
  db.exec('BEGIN IMMEDIATE');
  try {
    const out = await fn();
    db.exec('COMMIT');
    return out;
  } catch (e) {
    db.exec('ROLLBACK');
    throw e;
  }
}

export function stmt(db: DB, sql: string): Database.Statement {
  let m = cache.get(db);
  if (!m) cache.set(db, (m = new Map()));
  let st = m.get(sql);
  if (!st) m.set(sql, (st = db.prepare(sql)));
  return st;
}
