// The one writer for every file pmdesk writes on a user's word (`--out`, `backup <file>`;
// cli.md "Any --out <file>"). It refuses an existing path unless --force; refuses the
// database, its -wal/-shm/-journal and its backups even with --force (real paths compared,
// symlinks resolved; any SQLite file counts as a backup); writes a temporary file in the
// same folder (0600), fsyncs it and only then puts it under the final name. A failed write
// is a Failure (exit 1) naming the file and the cause, with nothing under the final name.
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { Failure, Refusal, refuse } from './errors.js';

export interface OutFile {
  /** The name as the user gave it (messages say this). */
  file: string;
  /** The absolute path it resolves to (its folder's real path + its name). */
  abs: string;
  force: boolean;
}

/** What an errno means for a user, as a message key (i18n/core.ts `cause.*`). */
export function causeKey(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'SQLITE_FULL':
      return 'cause.ENOSPC';
    case 'EROFS':
    case 'SQLITE_READONLY':
      return 'cause.EROFS';
    case 'ENOENT':
      return 'cause.ENOENT';
    case 'ENOTDIR':
      return 'cause.ENOTDIR';
    case 'EACCES':
    case 'EPERM':
      return 'cause.EACCES';
    case 'EISDIR':
      return 'cause.EISDIR';
    case 'EIO':
    case 'SQLITE_IOERR':
      return 'cause.EIO';
    case 'EFBIG':
      return 'cause.EFBIG';
    default:
      return code ?? (e as Error)?.message ?? String(e);
  }
}

/** The write of `file` failed: exit 1, one line with the file and the cause. */
export function writeFailure(file: string, e: unknown): Failure {
  if (e instanceof Failure) return e;
  return new Failure('E_WRITE', 'err.write', { file, cause: causeKey(e) });
}

/** The real path of `p`, or of its nearest existing folder joined with the rest. */
function realish(p: string): string {
  const abs = path.resolve(p);
  try {
    return fs.realpathSync(abs);
  } catch {
    const dir = path.dirname(abs);
    if (dir === abs) return abs;
    return path.join(realish(dir), path.basename(abs));
  }
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function isSqliteFile(p: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(p, 'r');
    const b = Buffer.alloc(16);
    return fs.readSync(fd, b, 0, 16, 0) === 16 && b.equals(SQLITE_HEADER);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** The database's own files, as real paths: the file, its -wal/-shm/-journal, as named and as resolved. */
function databaseFiles(db: string): Set<string> {
  const set = new Set<string>();
  for (const base of [realish(db), path.join(realish(path.dirname(db)), path.basename(db))]) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) set.add(base + suffix);
  }
  return set;
}

/** A migration backup of the database: `<db>.v<N>-<stamp>.bak` (core/store/db.ts). */
function isMigrationBackup(real: string, db: string): boolean {
  const base = realish(db);
  return real.startsWith(`${base}.v`) && real.endsWith('.bak');
}

/**
 * Check an output path before anything is written (refusals are exit 2): the
 * database and its backups are never a target; an existing path needs --force;
 * only a regular file can be replaced.
 */
export function claimOut(file: string, o: { force?: boolean; db: string }): OutFile {
  if (!file.trim()) refuse('E_USAGE', 'err.outEmpty');
  const abs = path.join(realish(path.dirname(path.resolve(file))), path.basename(path.resolve(file)));
  const real = realish(file); // through a symlink at the final name too
  const dbFiles = databaseFiles(o.db);
  if (dbFiles.has(real) || dbFiles.has(abs) || isMigrationBackup(real, o.db) || isMigrationBackup(abs, o.db))
    refuse('E_FILE', 'err.outDatabase', { file });
  let st: fs.Stats | undefined;
  try {
    st = fs.lstatSync(abs);
  } catch {
    st = undefined;
  }
  if (st) {
    if (isSqliteFile(abs)) refuse('E_FILE', 'err.outDatabase', { file });
    if (!o.force) refuse('E_FILE', 'err.outExists', { file });
    if (!st.isFile() && !st.isSymbolicLink()) refuse('E_FILE', 'err.outNotFile', { file });
  }
  return { file, abs, force: !!o.force };
}

function tempName(out: OutFile): string {
  const rnd = Math.random().toString(36).slice(2, 10);
  return path.join(path.dirname(out.abs), `.${path.basename(out.abs)}.${process.pid}.${rnd}.tmp`);
}

function fsyncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some filesystems cannot fsync a folder; the file itself is already on disk.
  }
}

/** Put the finished temporary file under the final name (no clobber without --force). */
function place(out: OutFile, tmp: string): void {
  if (out.force) {
    fs.renameSync(tmp, out.abs);
  } else {
    try {
      fs.linkSync(tmp, out.abs); // atomic: fails if the name appeared meanwhile
      fs.unlinkSync(tmp);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') refuse('E_FILE', 'err.outExists', { file: out.file });
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw e;
      if (fs.existsSync(out.abs)) refuse('E_FILE', 'err.outExists', { file: out.file }); // no hard links here
      fs.renameSync(tmp, out.abs);
    }
  }
  fsyncDir(path.dirname(out.abs));
}

function removeQuietly(p: string): void {
  try {
    fs.unlinkSync(p);
  } catch {
    // already gone
  }
}

/** Open a new temporary file next to the target (0600). */
function openTemp(out: OutFile): { tmp: string; fd: number } {
  const tmp = tempName(out);
  try {
    const fd = fs.openSync(tmp, 'wx', 0o600);
    fs.fchmodSync(fd, 0o600);
    return { tmp, fd };
  } catch (e) {
    throw writeFailure(out.file, e);
  }
}

function writeAll(fd: number, data: Buffer): void {
  let off = 0;
  while (off < data.length) off += fs.writeSync(fd, data, off, data.length - off);
}

/** Write a whole document (HTML, PDF, report) to the target. */
export function writeOut(out: OutFile, body: string | Buffer): void {
  const { tmp, fd } = openTemp(out);
  let closed = false;
  try {
    writeAll(fd, typeof body === 'string' ? Buffer.from(body, 'utf8') : body);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    closed = true;
    place(out, tmp);
  } catch (e) {
    if (!closed) fs.closeSync(fd);
    removeQuietly(tmp);
    throw e instanceof Refusal ? e : writeFailure(out.file, e);
  }
}

/**
 * Stream into the target: `fill` gets a Writable (writes go straight to the
 * temporary file, so memory stays flat) and resolves when it has ended it.
 */
export async function streamOut<T>(out: OutFile, fill: (dest: Writable) => Promise<T>): Promise<T> {
  const { tmp, fd } = openTemp(out);
  let closed = false;
  const dest = new Writable({
    write(chunk: Buffer, _enc, cb) {
      try {
        writeAll(fd, chunk);
        cb();
      } catch (e) {
        cb(e as Error);
      }
    },
  });
  try {
    const r = await fill(dest);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    closed = true;
    place(out, tmp);
    return r;
  } catch (e) {
    if (!closed) fs.closeSync(fd);
    removeQuietly(tmp);
    throw e instanceof Refusal ? e : writeFailure(out.file, e);
  }
}

/** Fill a temporary file by its path (an SQLite backup writes the file itself), then put it in place. */
export async function fileOut<T>(out: OutFile, fill: (tmp: string) => Promise<T>): Promise<T> {
  const { tmp, fd } = openTemp(out);
  fs.closeSync(fd);
  try {
    const r = await fill(tmp);
    const f = fs.openSync(tmp, 'r+');
    try {
      fs.fchmodSync(f, 0o600);
      fs.fsyncSync(f);
    } finally {
      fs.closeSync(f);
    }
    place(out, tmp);
    return r;
  } catch (e) {
    removeQuietly(tmp);
    throw e instanceof Refusal ? e : writeFailure(out.file, e);
  }
}
