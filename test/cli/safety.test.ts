// Issue 16: nothing a user does can destroy data, pay money twice, or go unnoticed in
// the audit log. Each block is one numbered point of the issue, through the binary.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, estate, NOW, sha } from './helpers.js';

/** Is the database still a working database? */
const healthy = (run: ReturnType<typeof estate>['run']) => run(['--json', 'unit', 'list']).code === 0;

/** A tiny tmpfs (root only, Linux): a real full disk and a real read-only disk. */
function smallDisk(dir: string, opts: string): boolean {
  try {
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('mount', ['-t', 'tmpfs', '-o', opts, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const unmount = (dir: string) => spawnSync('umount', [dir], { stdio: 'ignore' });

describe('1. one safe writer for every --out', () => {
  const e = estate();
  const { dir, db, run } = e;

  it('the database, its -wal/-shm and its backups are refused even with --force; the database is untouched', () => {
    const bak = path.join(dir, 'copy.db');
    expect(run(['backup', bak]).code).toBe(0);
    const before = sha(db);
    for (const target of [db, `${db}-wal`, `${db}-shm`, bak]) {
      for (const args of [
        ['report', 'monthly', '--month', '2026-09', '--format', 'json', '--out', target, '--force'],
        ['keys', 'register', '--out', target, '--force'],
        ['export', 'units', '--out', target, '--force'],
        ['backup', target, '--force'],
      ]) {
        const r = run(['--json', ...args]);
        expect(r.code, `${args.join(' ')}`).toBe(2);
        expect(r.err().code).toBe('E_FILE');
        expect(r.err().message).toContain(target);
      }
    }
    expect(sha(db)).toBe(before);
    expect(healthy(run)).toBe(true);
  });

  it('a symlink to the database is resolved and refused, and so is the database reached through a symlinked folder', () => {
    const link = path.join(dir, 'innocent.html');
    fs.symlinkSync(db, link);
    const linkDir = path.join(dir, 'alias');
    fs.symlinkSync(dir, linkDir);
    const before = sha(db);
    for (const target of [link, path.join(linkDir, 'desk.db'), path.join(linkDir, 'desk.db-wal')]) {
      const r = run(['--json', 'keys', 'register', '--out', target, '--force']);
      expect(r.code).toBe(2);
      expect(r.err().code).toBe('E_FILE');
    }
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(sha(db)).toBe(before);
    expect(healthy(run)).toBe(true);
  });

  it('an existing file is refused without --force and replaced with it; the file is 0600 and no temporary file is left', () => {
    const out = path.join(dir, 'report.json');
    fs.writeFileSync(out, 'old', { mode: 0o644 });
    const r = run(['--json', 'report', 'monthly', '--month', '2026-09', '--format', 'json', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err().message).toMatch(/--force/);
    expect(fs.readFileSync(out, 'utf8')).toBe('old');
    expect(run(['report', 'monthly', '--month', '2026-09', '--format', 'json', '--out', out, '--force']).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).month).toBe('2026-09');
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    for (const cmd of [
      ['keys', 'register'],
      ['export', 'units'],
      ['repair', 'log', '--format', 'html'],
    ]) {
      const f = path.join(dir, `${cmd[0]}.out`);
      expect(run([...cmd, '--out', f]).code).toBe(0);
      expect(fs.statSync(f).mode & 0o777).toBe(0o600);
      expect(run(['--json', ...cmd, '--out', f]).code).toBe(2);
      expect(run([...cmd, '--out', f, '--force']).code).toBe(0);
    }
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a folder or a device is never replaced, even with --force', () => {
    const sub = path.join(dir, 'folder.html');
    fs.mkdirSync(sub);
    const r = run(['--json', 'keys', 'register', '--out', sub, '--force']);
    expect(r.code).toBe(2);
    expect(r.err().code).toBe('E_FILE');
    expect(fs.statSync(sub).isDirectory()).toBe(true);
    expect(run(['--json', 'keys', 'register', '--out', '/dev/full', '--force']).err().code).toBe('E_FILE');
    expect(fs.statSync('/dev/full').isCharacterDevice()).toBe(true);
  });
});

describe('2. a failed write is exit 1, one line naming the file and the cause, nothing under the final name', () => {
  const { dir, run } = estate();

  it('a missing folder: export, report, print, backup', () => {
    const missing = path.join(dir, 'no', 'such', 'x.csv');
    for (const args of [
      ['export', 'units', '--out', missing],
      ['report', 'monthly', '--month', '2026-09', '--format', 'csv', '--out', missing],
      ['keys', 'register', '--out', missing],
      ['backup', missing],
    ]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(missing);
      expect(r.stderr).toMatch(/no such folder/);
      expect(r.stderr).not.toMatch(/wrote|at .*\.js/);
      expect(fs.existsSync(missing)).toBe(false);
    }
  });

  it('a file where a folder should be (ENOTDIR), with --json', () => {
    const file = path.join(dir, 'plain');
    fs.writeFileSync(file, 'x');
    const target = path.join(file, 'x.csv');
    const r = run(['--json', 'export', 'repairs', '--out', target]);
    expect(r.code).toBe(1);
    expect(r.err().code).toBe('E_WRITE');
    expect(r.err().message).toContain(target);
  });

  it('a full disk and a read-only disk (tmpfs; root only)', (ctx) => {
    const disk = path.join(dir, 'small');
    if (!smallDisk(disk, 'size=16k')) return ctx.skip();
    try {
      fs.writeFileSync(path.join(disk, 'filler'), Buffer.alloc(16 * 1024)); // the disk is now full
      const out = path.join(disk, 'audit.csv');
      const r = run(['export', 'audit', '--out', out]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(out);
      expect(r.stderr).toMatch(/no space left/);
      expect(fs.readdirSync(disk)).toEqual(['filler']);
      const bak = path.join(disk, 'b.db');
      const b = run(['backup', bak]);
      expect(b.code).toBe(1);
      expect(b.stderr).toMatch(/no space left/);
      expect(fs.readdirSync(disk)).toEqual(['filler']);
      execFileSync('mount', ['-o', 'remount,ro', disk]);
      const ro = run(['keys', 'register', '--out', path.join(disk, 'k.html')]);
      expect(ro.code).toBe(1);
      expect(ro.stderr).toMatch(/read-only/);
    } finally {
      unmount(disk);
    }
  });
});

/** Run the binary with stdout going to `fd` (e.g. /dev/full). */
function runTo(db: string, fd: number, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, PMDESK_DB: db, PMDESK_NOW: NOW, PMDESK_CLERK: 'tester', LANG: 'C', NO_COLOR: '1' },
    stdio: ['ignore', fd, 'pipe'],
  });
  return { code: r.status, stderr: r.stderr };
}

describe('3. a write error on stdout is exit 1 with one line; a closed pipe stays silent', () => {
  const { db } = estate();

  it('> /dev/full: --json list, table list, export, report', () => {
    const full = fs.openSync('/dev/full', 'w');
    try {
      for (const args of [
        ['--json', 'unit', 'list'],
        ['unit', 'list'],
        ['export', 'audit'],
        ['--json', 'export', 'units'],
        ['report', 'monthly', '--month', '2026-09', '--format', 'csv'],
      ]) {
        const r = runTo(db, full, args);
        expect(r.code, args.join(' ')).toBe(1);
        expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
        expect(r.stderr).toMatch(/standard output: no space left/);
        if (args[0] === '--json') expect(JSON.parse(r.stderr).error.code).toBe('E_STDOUT');
      }
    } finally {
      fs.closeSync(full);
    }
  });

  it('| head -c 1: a reader that goes away is not an error (exit 0, nothing on stderr)', () => {
    const { dir, db: big, run } = estate();
    // More than a pipe holds (64 kB), so pmdesk is still writing when the reader leaves.
    const csv = path.join(dir, 'many.csv');
    fs.writeFileSync(csv, `code,building,floor,area\n${Array.from({ length: 3000 }, (_, i) => `Z-9-${i + 1},Z,9,88.5`).join('\n')}\n`);
    expect(run(['unit', 'import', csv]).code).toBe(0);
    for (const cmd of ['export units', '--json unit list']) {
      const r = spawnSync(
        'bash',
        ['--norc', '--noprofile', '-c', `"${process.execPath}" "${BIN}" ${cmd} | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`],
        {
          encoding: 'utf8',
          env: { PATH: process.env.PATH, PMDESK_DB: big, PMDESK_NOW: NOW, LANG: 'C' },
        },
      );
      expect(r.stdout.trim(), cmd).toBe('0');
      expect(r.stderr, cmd).toBe('');
    }
  });
});
