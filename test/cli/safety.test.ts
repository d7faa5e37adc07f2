// Issue 16: nothing a user does can destroy data, pay money twice, or go unnoticed in
// the audit log. Each block is one numbered point of the issue, through the binary.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, estate, fixture, NOW, pm, sha, tty } from './helpers.js';

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
    env: { PATH: process.env.PATH, PMDESK_DB: db, PMDESK_NOW: NOW, PMDESK_CLERK: 'tester', LANG: 'C', PMDESK_LANG: 'en', NO_COLOR: '1' },
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

const APPLY = [
  'renovate',
  'apply',
  'A-1-201',
  '--contractor',
  '美家装饰',
  '--licence',
  '91350100M000100Y43',
  '--manager-name',
  '刘工',
  '--manager-id',
  '310104201203054565',
  '--manager-phone',
  '13700002222',
  '--start',
  '2026-10-08',
  '--end',
  '2026-10-20',
];
const DOCS = ['owner-proof', 'drawings', 'contract', 'licence', 'qualification', 'manager-id', 'guarantee'];
const HAS_SCRIPT = spawnSync('script', ['--version']).status === 0;

/** A paid renovation with one worker pass out (its fee and 20.00 deposit collected). */
const site = fixture((e) => {
  const no = e.run(['--json', ...APPLY, '--scope', 'plumbing']).json().no as string;
  e.run(['renovate', 'doc', no, ...DOCS]);
  e.run(['renovate', 'approve', no]);
  e.run(['renovate', 'pay', no]);
  expect(e.run(['--json', 'renovate', 'worker', 'add', no, '--name', '工人甲', '--id-number', '11010519491231002X']).json().feeCollected).toBe(true);
  return { no, pass: `${no}-P01` };
});

describe('5. a deposit is refunded once (R-003, R-307)', () => {
  it('accept --pass with a pass out is refused with the list; --despite-open says why; the refund keeps the pass deposit once and the pass cannot be returned after', () => {
    const { run, no, pass } = site();
    const late = { PMDESK_NOW: '2026-10-20T16:00:00+08:00' };
    const refused = run(['--json', 'renovate', 'accept', no, '--pass'], late);
    expect(refused.code).toBe(2);
    expect(refused.err().code).toBe('E_STATE');
    expect(refused.err().details).toEqual([expect.stringContaining(pass)]);
    expect(run(['--json', 'renovate', 'show', no]).json().status).toBe('active');
    expect(run(['--json', 'renovate', 'accept', no, '--pass', '--despite-open', ' '], late).code).toBe(2);
    expect(run(['--json', 'renovate', 'accept', no, '--pass', '--despite-open', '业主急于入住'], late).json().status).toBe('accepted');
    const refund = run(['--json', 'renovate', 'refund', no], { PMDESK_NOW: '2026-10-21T10:00:00+08:00' }).json();
    expect(refund).toMatchObject({ status: 'closed', heldFen: 0 });
    expect(refund.outstanding.passes).toEqual([pass]);
    // The pass comes back after the refund: nothing more is paid.
    const again = run(['--json', 'renovate', 'worker', 'return', pass], { PMDESK_NOW: '2026-10-22T10:00:00+08:00' });
    expect(again.code).toBe(2);
    expect(run(['--json', 'renovate', 'worker', 'lost', pass]).code).toBe(2);
    const ledger = run(['--json', 'renovate', 'ledger', no]).json();
    expect(ledger.heldFen).toBe(0);
    expect(ledger.entries.filter((x: any) => x.item === 'pass-deposit' && x.direction === 'refunded')).toEqual([]);
    expect(ledger.entries.filter((x: any) => x.item === 'unreturned-pass')).toHaveLength(1);
    const doctor = run(['--json', 'doctor']).json();
    expect(doctor.checks.find((c: any) => c.name === 'ledger').ok).toBe(true);
    expect(run(['--json', 'report', 'monthly', '--month', '2026-10'], { PMDESK_NOW: '2026-11-02T10:00:00+08:00' }).code).toBe(0);
  });

  it('an open rectification also stops the acceptance; returning the pass and a passing re-inspection clear it', () => {
    const { run, no, pass } = site();
    run(['renovate', 'inspect', no, '--violation', '垃圾未按时清运', '--deadline', '2026-10-12'], { PMDESK_NOW: '2026-10-09T10:00:00+08:00' });
    const r = run(['--json', 'renovate', 'accept', no, '--pass'], { PMDESK_NOW: '2026-10-13T10:00:00+08:00' });
    expect(r.code).toBe(2);
    expect(r.err().details).toHaveLength(2);
    expect((r.err().details ?? []).join(' ')).toContain(`${no}-N01`);
    run(['renovate', 'worker', 'return', pass], { PMDESK_NOW: '2026-10-13T11:00:00+08:00' });
    run(['renovate', 'inspect', no, '--ok'], { PMDESK_NOW: '2026-10-13T11:30:00+08:00' });
    expect(run(['--json', 'renovate', 'accept', no, '--pass'], { PMDESK_NOW: '2026-10-13T12:00:00+08:00' }).json().status).toBe('accepted');
    expect(run(['--json', 'renovate', 'refund', no], { PMDESK_NOW: '2026-10-14T10:00:00+08:00' }).json()).toMatchObject({
      status: 'closed',
      heldFen: 0,
    });
  });

  it('doctor names each record whose ledger is wrong', async () => {
    const { db, run, no } = site();
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(db);
    const id = (raw.prepare('SELECT id FROM records WHERE no = ?').get(no) as { id: number }).id;
    raw
      .prepare(
        `INSERT INTO ledger(record_id, item, direction, amount_fen, at, clerk, entered_at) VALUES (?, 'pass-deposit', 'refunded', 999999, ?, 'x', ?)`,
      )
      .run(id, NOW, NOW);
    raw.close();
    const d = run(['--json', 'doctor']);
    expect(d.code).toBe(1);
    const check = d.json().checks.find((c: any) => c.name === 'ledger');
    expect(check.ok).toBe(false);
    expect(check.records).toContain(no);
    expect(check.detail).toContain(no);
    expect(run(['doctor']).stdout).toContain(no);
  });

  it.skipIf(!HAS_SCRIPT)('refund at a terminal lists what is still out and asks; No writes nothing', async () => {
    const { db, run, no, pass } = site();
    run(['renovate', 'accept', no, '--pass', '--despite-open', '业主急于入住'], { PMDESK_NOW: '2026-10-20T16:00:00+08:00' });
    const before = sha(db);
    const r = await tty(db, ['renovate', 'refund', no], ['n\r'], 'PMDESK_NOW=2026-10-21T10:00:00+08:00 LANG=C PMDESK_LANG=en');
    expect(r.out).toContain(pass);
    expect(r.out).toMatch(/Refund and close anyway/);
    expect(run(['--json', 'renovate', 'show', no]).json().status).toBe('accepted');
    expect(sha(db)).toBe(before);
  });
});

describe('7. --clerk and --reason are one line of at most 64 / 500 characters, no forging characters (R-004)', () => {
  it('a second line, a bidi override or a zero-width character is refused everywhere, and nothing is written', () => {
    const { db, run } = estate();
    const no = run([
      '--json',
      'complaint',
      'new',
      '--name',
      '王伟',
      '--unit',
      'A-1-101',
      '--channel',
      'phone',
      '--about',
      '保洁',
      '--desc',
      '楼道脏',
    ]).json().no as string;
    const audit = () => run(['--json', 'audit']).json().length;
    const rows = audit();
    const before = sha(db);
    const bad = ['王敏\nat 2026 tester void TS-2026-0001', '王\r敏', 'admin\u202Enimda', '王\u200B敏', '\u2066王敏\u2069', 'x\u0085y'];
    for (const clerk of [...bad, 'x'.repeat(65)]) {
      const viaFlag = run(['--json', '--clerk', clerk, 'complaint', 'void', no, '--reason', '重复登记']);
      expect(viaFlag.code, JSON.stringify(clerk)).toBe(2);
      expect(viaFlag.err().message).toMatch(/--clerk/);
      expect(run(['--json', 'complaint', 'void', no, '--reason', '重复登记'], { PMDESK_CLERK: clerk }).code).toBe(2);
    }
    for (const why of [...bad, 'x'.repeat(501)]) {
      expect(run(['--json', 'complaint', 'void', no, '--reason', why]).code, JSON.stringify(why)).toBe(2);
      expect(run(['--json', 'export', 'residents', '--unmask', '--reason', why]).code).toBe(2);
      expect(run(['--json', 'resident', 'show', '1', '--unmask', '--reason', why]).code).toBe(2);
    }
    expect(
      run([
        '--json',
        'resident',
        'add',
        '--name',
        '王\u200B伟',
        '--role',
        'tenant',
        '--id-type',
        'passport',
        '--id-number',
        'E12345678',
        '--unit',
        'A-1-101',
      ]).code,
    ).toBe(2);
    expect(sha(db)).toBe(before);
    expect(audit()).toBe(rows);
    // The limits themselves are accepted.
    expect(run(['--json', '--clerk', '王'.repeat(64), 'complaint', 'void', no, '--reason', '因'.repeat(500)]).code).toBe(0);
    expect(run(['--json', 'audit', no]).json().at(-1)).toMatchObject({ clerk: '王'.repeat(64) });
  });
});

describe('9. dates are in range, real, and never silently absent', () => {
  it('offsets, years, empty values and impossible days are exit 2 with one line naming the range', () => {
    const { db, run } = estate();
    const before = sha(db);
    const cases: string[][] = [
      ['--at', '2026-09-01T10:00+99:00', 'unit', 'add', 'Q-1'],
      ['--at', '1900-01-01', 'complaint', 'new', '--name', '王伟', '--unit', 'A-1-101', '--channel', 'phone', '--about', '保洁', '--desc', '脏'],
      ['--at', '', 'complaint', 'new', '--name', '王伟', '--unit', 'A-1-101', '--channel', 'phone', '--about', '保洁', '--desc', '脏'],
      ['report', 'monthly', '--month', '9999-12'],
      ['report', 'monthly', '--month', '0000-01'],
      ['report', 'monthly', '--month', ''],
      ['complaint', 'list', '--month', '1999-12'],
      ['complaint', 'list', '--from', ''],
      ['complaint', 'list', '--to', ''],
      ['complaint', 'list', '--month', ''],
      ['export', 'complaints', '--from', '2028-01-01'],
      ['repair', 'log', '--month', ''],
    ];
    for (const args of cases) {
      const r = run(['--json', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err().code, args.join(' ')).toBe('E_VALUE');
    }
    expect(run(['report', 'monthly', '--month', '9999-12']).stderr).toMatch(/2000–2027/);
    expect(run(['--json', 'profile', 'set', 'calendar.closedDays', '["2026-02-30"]']).code).toBe(2);
    expect(sha(db)).toBe(before);
    // The profile's estate.since opens earlier years for an old estate's paper records.
    expect(run(['profile', 'set', 'estate.since', '1998']).code).toBe(0);
    expect(run(['--json', 'complaint', 'list', '--month', '1999-12']).code).toBe(0);
  });
});

describe('4. broken database files get advice', () => {
  it('a non-SQLite, empty or truncated file: exit 1, what it is and what to do, no stray -wal/-shm', () => {
    const { dir, db } = estate();
    const files: Array<[string, Buffer, RegExp]> = [
      ['junk.db', Buffer.from('hello, this is a report\n'), /not an SQLite database/],
      ['empty.db', Buffer.alloc(0), /empty file/],
      ['cut.db', fs.readFileSync(db).subarray(0, 8192), /cut short/],
    ];
    for (const [name, body, what] of files) {
      const f = path.join(dir, name);
      fs.writeFileSync(f, body);
      for (const args of [['unit', 'list'], ['doctor'], ['unit', 'add', 'Q-9']]) {
        const r = pm(f, args);
        expect(r.code, `${name} ${args[0]}`).toBe(1);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toMatch(what);
        expect(r.stderr).toMatch(/pmdesk backup|pmdesk doctor/);
      }
      expect(fs.existsSync(`${f}-wal`) || fs.existsSync(`${f}-shm`), name).toBe(false);
      expect(fs.readFileSync(f).equals(body)).toBe(true);
    }
  });

  it('--db /dev/null or a folder is refused (exit 2)', () => {
    const { dir } = estate();
    for (const target of ['/dev/null', dir]) {
      const r = pm(target, ['--json', 'unit', 'list']);
      expect(r.code).toBe(2);
      expect(r.err().code).toBe('E_NO_DB');
    }
  });

  it('a refused command on an older rollback-journal file leaves it in its journal mode', async () => {
    const { dir } = estate();
    const f = path.join(dir, 'old.db');
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(f);
    raw.pragma('journal_mode = DELETE');
    raw.pragma('user_version = 3');
    raw.close();
    const before = fs.readFileSync(f);
    const r = pm(f, ['--json', 'unit', 'list']);
    expect(r.code).toBe(2);
    expect(r.err().code).toBe('E_SCHEMA');
    expect(fs.readFileSync(f).equals(before)).toBe(true); // header bytes 18–19 say WAL once switched
    expect(fs.existsSync(`${f}-wal`)).toBe(false);
  });

  it('doctor warns when the database or a backup is readable by others', () => {
    const { dir, db, run } = estate();
    const bak = path.join(dir, 'b.db');
    expect(run(['backup', bak]).code).toBe(0);
    let privacy = run(['--json', 'doctor'])
      .json()
      .checks.find((c: any) => c.name === 'privacy');
    expect(privacy).toMatchObject({ ok: true, warn: false });
    fs.chmodSync(bak, 0o644);
    fs.chmodSync(db, 0o640);
    privacy = run(['--json', 'doctor'])
      .json()
      .checks.find((c: any) => c.name === 'privacy');
    expect(privacy.warn).toBe(true);
    expect(privacy.records).toEqual([db, bak]);
    expect(run(['doctor']).stdout).toMatch(/readable by others: .*b\.db \(644\)/);
  });
});

describe('12. durability: WAL with synchronous = FULL', () => {
  it('doctor says how commands commit: WAL and FULL, so a reported success survives a power cut', () => {
    const { run } = estate();
    const d = run(['--json', 'doctor'])
      .json()
      .checks.find((c: any) => c.name === 'durability');
    expect(d).toMatchObject({ ok: true });
    expect(d.detail).toMatch(/journal wal, synchronous full/);
  });

  it.skipIf(spawnSync('strace', ['-V']).status !== 0)(
    'a write command fsyncs the WAL at its commit (strace): one more fsync than the checkpoint alone',
    () => {
      const { dir, db } = estate();
      const trace = path.join(dir, 'trace.txt');
      const r = spawnSync('strace', ['-f', '-y', '-e', 'trace=fsync,fdatasync', '-o', trace, process.execPath, BIN, 'unit', 'add', 'ST-1'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, PMDESK_DB: db, PMDESK_NOW: NOW, LANG: 'C' },
      });
      expect(r.status).toBe(0);
      const walSyncs = fs
        .readFileSync(trace, 'utf8')
        .split('\n')
        .filter((l) => l.includes(`${db}-wal>`)).length;
      expect(walSyncs).toBeGreaterThanOrEqual(3); // NORMAL: 2 (the checkpoint at close); FULL: + 1 per commit
    },
  );
});

describe('11. demo --db never deletes a database with real records', () => {
  it('an untouched demo database is remade; once a command has written to it, demo refuses and it is kept', () => {
    const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'pmdesk-demo-'));
    const db = path.join(dir, 'demo.db');
    const run = (args: string[]) => pm(db, args);
    expect(run(['--json', 'demo', '--db', db]).code).toBe(0);
    expect(run(['--json', 'demo', '--db', db]).code).toBe(0); // nothing added since: remade
    // The demo estate has a roster: a write names one of its clerks.
    expect(run(['--json', '--clerk', '王敏', 'unit', 'add', 'Z-9-901', '--area', '90']).code).toBe(0);
    const before = sha(db);
    const r = run(['--json', 'demo', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.err().code).toBe('E_FILE');
    expect(r.err().message).toMatch(/written to it since/);
    expect(sha(db)).toBe(before);
    expect(run(['--json', '--clerk', '王敏', 'unit', 'show', 'Z-9-901']).code).toBe(0);
  });
});

describe('6. tampering is caught at the tail too: the audit head outside the table', () => {
  const sqlite = async (db: string) => new (await import('better-sqlite3')).default(db);
  const rehash = (prev: string, r: any) =>
    require('node:crypto')
      .createHash('sha256')
      .update(prev)
      .update('\x1f')
      .update(JSON.stringify([r.at, r.entered_at, r.clerk, r.subject, r.action, r.field, r.old, r.new]))
      .digest('hex');

  it('the monthly report prints the head at its foot; doctor --expect catches rows deleted at the tail, all rows deleted, and a rewrite with recomputed hashes', async () => {
    const { dir, db, run } = estate();
    for (let i = 0; i < 3; i++) run(['unit', 'add', `H-${i}`]);
    const json = run(['--json', 'report', 'monthly', '--month', '2026-09']).json();
    const head = json.audit.head as string;
    expect(head).toMatch(/^\d+-[0-9a-f]{16}$/);
    expect(run(['report', 'monthly', '--month', '2026-09']).stdout).toContain(`audit ${json.audit.rows} rows, head ${head}`);
    const html = path.join(dir, 'r.html');
    run(['report', 'monthly', '--month', '2026-09', '--format', 'html', '--out', html]);
    expect(fs.readFileSync(html, 'utf8')).toContain(head);
    run(['unit', 'add', 'H-9']); // the log goes on: it still extends the head
    const ok = run(['--json', 'doctor', '--expect', head]);
    expect(ok.code).toBe(0);
    expect(ok.json().checks.find((c: any) => c.name === 'auditHead').ok).toBe(true);

    const copy = (name: string) => {
      const f = path.join(dir, name);
      fs.copyFileSync(db, f);
      return f;
    };
    // Tail deleted: the chain that is left is unbroken, so doctor alone passes.
    const cut = copy('cut.db');
    let raw = await sqlite(cut);
    raw.exec(`DELETE FROM audit WHERE id > (SELECT MAX(id) - 3 FROM audit)`);
    raw.close();
    expect(
      pm(cut, ['--json', 'doctor'])
        .json()
        .checks.find((c: any) => c.name === 'auditChain').ok,
    ).toBe(true);
    const r1 = pm(cut, ['--json', 'doctor', '--expect', head]);
    expect(r1.code).toBe(1);
    expect(r1.json().checks.find((c: any) => c.name === 'auditHead')).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/deleted at the tail/),
    });
    // Every row deleted.
    const none = copy('none.db');
    raw = await sqlite(none);
    raw.exec('DELETE FROM audit');
    raw.close();
    expect(pm(none, ['--json', 'doctor', '--expect', head]).code).toBe(1);
    // A row edited and every hash after it recomputed.
    const forged = copy('forged.db');
    raw = await sqlite(forged);
    const rows = raw.prepare('SELECT * FROM audit ORDER BY id').all() as any[];
    rows[1].clerk = 'someone-else';
    let prev = '0'.repeat(64);
    const upd = raw.prepare('UPDATE audit SET clerk = ?, hash = ? WHERE id = ?');
    for (const r of rows) {
      r.hash = rehash(prev, r);
      upd.run(r.clerk, r.hash, r.id);
      prev = r.hash;
    }
    raw.close();
    expect(
      pm(forged, ['--json', 'doctor'])
        .json()
        .checks.find((c: any) => c.name === 'auditChain').ok,
    ).toBe(true);
    const r3 = pm(forged, ['--json', 'doctor', '--expect', head]);
    expect(r3.code).toBe(1);
    expect(r3.json().checks.find((c: any) => c.name === 'auditHead').detail).toMatch(/rewritten/);
    expect(run(['--json', 'doctor', '--expect', 'not-a-head']).code).toBe(2);
  });

  it('backup writes the head beside the copy; doctor --expect of that head passes on the live database', () => {
    const { dir, run } = estate();
    const bak = path.join(dir, 'b.db');
    const b = run(['--json', 'backup', bak]).json();
    expect(b.auditHead).toMatch(/^\d+-[0-9a-f]{16}$/);
    expect(fs.readFileSync(`${bak}.head`, 'utf8').split('\n')[0]).toBe(b.auditHead);
    expect(fs.statSync(`${bak}.head`).mode & 0o777).toBe(0o600);
    expect(run(['--json', 'doctor', '--expect', b.auditHead]).code).toBe(0);
    expect(pm(bak, ['--json', 'doctor', '--expect', b.auditHead]).code).toBe(0);
  });

  it('doctor finds a sequence set back below a number already issued', async () => {
    const { db, run } = estate();
    run(['--json', 'complaint', 'new', '--name', '王伟', '--unit', 'A-1-101', '--channel', 'phone', '--about', '保洁', '--desc', '脏']);
    const raw = await sqlite(db);
    raw.exec(`UPDATE sequences SET last = 0 WHERE prefix = 'TS'`);
    raw.close();
    const d = run(['--json', 'doctor']);
    expect(d.code).toBe(1);
    expect(d.json().checks.find((c: any) => c.name === 'sequences')).toMatchObject({ ok: false, detail: expect.stringContaining('TS-2026 0 < 1') });
  });
});

describe('10. imports say what differs, refuse what they would drop, and write nothing for nothing', () => {
  it('a re-imported resident with a changed phone is listed as a difference; nothing is written', () => {
    const { dir, db, run } = estate();
    const f = path.join(dir, 'again.csv');
    fs.writeFileSync(f, 'name,role,id_type,id_number,phone,unit\n王伟,owner,id,11010519491231002X,13999999999,A-1-101\n');
    const before = sha(db);
    const r = run(['--json', 'resident', 'import', f]);
    expect(r.code).toBe(2);
    expect(r.err().details?.join(' ')).toMatch(/138\*\*\*\*5678.*139\*\*\*\*9999/);
    expect(sha(db)).toBe(before);
  });

  it('a cell beyond the header is refused, naming its line and column', () => {
    const { dir, db, run } = estate();
    const f = path.join(dir, 'extra.csv');
    fs.writeFileSync(f, 'code,building,floor,area\nX-1-101,X,1,80,unsold\n');
    const before = sha(db);
    const r = run(['--json', 'unit', 'import', f]);
    expect(r.code).toBe(2);
    expect(r.err().message).toMatch(/line 2: column 5/);
    expect(sha(db)).toBe(before);
  });

  it('a header-only file says "nothing to import" and writes no audit row', () => {
    const { dir, run } = estate();
    const f = path.join(dir, 'head.csv');
    fs.writeFileSync(f, 'code,building,floor,area\n');
    const rows = run(['--json', 'audit']).json().length;
    const r = run(['unit', 'import', f]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/nothing to import/);
    expect(run(['--json', 'unit', 'import', f]).json()).toMatchObject({ rows: 0, added: 0, nothing: true });
    expect(run(['--json', 'audit']).json().length).toBe(rows);
  });

  it('UTF-16 files (with or without a BOM, LE or BE) are read', () => {
    const { dir, run } = estate();
    const text = 'code,building,floor,area\n甲-1-101,甲,1,80\n';
    const le = path.join(dir, 'le.csv');
    fs.writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(run(['--json', 'unit', 'import', le]).json()).toMatchObject({ encoding: 'utf-16le', added: 1 });
    const be = path.join(dir, 'be.csv');
    const swapped = Buffer.from(text.replace('甲-1-101', '乙-1-101').replace(',甲,', ',乙,'), 'utf16le').swap16();
    fs.writeFileSync(be, swapped);
    expect(run(['--json', 'unit', 'import', be]).json()).toMatchObject({ encoding: 'utf-16be', added: 1 });
    expect(run(['--json', 'unit', 'show', '乙-1-101']).code).toBe(0);
  });
});

describe('8. every flag is checked before anything is written (a refusal changes nothing)', () => {
  it('report monthly and export with a bad flag exit 2 without first applying the R-403 escalation', () => {
    const { db, run } = estate();
    // A complaint taken in early August is due to become major on Sep 1, not yet applied.
    const c = run([
      '--json',
      '--at',
      '2026-08-01T10:00',
      'complaint',
      'new',
      '--name',
      '王伟',
      '--unit',
      'A-1-101',
      '--channel',
      'phone',
      '--about',
      '保洁',
      '--desc',
      '脏',
    ]);
    expect(c.code).toBe(0);
    const before = sha(db);
    for (const args of [
      ['report', 'monthly', '--month', '2026-13'],
      ['report', 'monthly', '--month', '9999-12'],
      ['export', 'complaints', '--from', 'yesterday'],
      ['export', 'complaints', '--to', ''],
      ['export', 'complaints', '--unmask'],
      ['export', 'complaints', '--encoding', 'latin1'],
    ]) {
      const r = run(['--json', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(sha(db), args.join(' ')).toBe(before);
    }
    expect(
      run(['--json', 'audit', c.json().no])
        .json()
        .some((a: any) => a.action === 'escalate'),
    ).toBe(false);
  });
});
