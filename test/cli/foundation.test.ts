// Foundation through the binary: global options, exit codes, errors, init,
// upgrade, backup, doctor (cli.md "Global", quality.md "Reliability").
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BIN, estate, FIX, pm, ROOT, tempDir } from './helpers.js';

const LATEST = fs.readdirSync(path.join(ROOT, 'src/core/store/migrations')).filter((f) => f.endsWith('.sql')).length;

const GROUPS = [
  'init',
  'demo',
  'unit',
  'resident',
  'profile',
  'checkin',
  'renovate',
  'complaint',
  'repair',
  'visit',
  'shift',
  'keys',
  'followup',
  'notice',
  'patrol',
  'survey',
  'lend',
  'report',
  'export',
  'audit',
  'backup',
  'doctor',
  'completion',
];

describe('the binary', () => {
  it('--help lists every command group of cli.md', () => {
    const r = pm('/nonexistent.db', ['--help']);
    expect(r.code).toBe(0);
    for (const g of GROUPS) expect(r.stdout).toMatch(new RegExp(`^  ${g}\\b`, 'm'));
  });
  it('--version prints the package version', () => {
    const r = pm('/nonexistent.db', ['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });
  it('a usage error exits 2 with one line and no stack trace', () => {
    const r = pm('/nonexistent.db', ['unit', 'frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });
  it('--json errors are {"error":{"code","message"}} on stderr, stdout empty', () => {
    const r = pm('/nonexistent/x.db', ['--json', 'unit', 'list']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.err()).toMatchObject({ code: 'E_NO_DB' });
    expect(r.err().message).toMatch(/pmdesk init/);
  });
  it('speaks Chinese with --lang zh or LANG=zh_CN', () => {
    expect(pm('/nonexistent/x.db', ['--lang', 'zh', 'unit', 'list']).stderr).toMatch(/数据库/);
    expect(pm('/nonexistent/x.db', ['unit', 'list'], { LANG: 'zh_CN.UTF-8' }).stderr).toMatch(/数据库/);
    expect(pm('/nonexistent/x.db', ['unit', 'list'], { LANG: 'zh_CN.UTF-8', PMDESK_LANG: 'en' }).stderr).toMatch(/no database/);
  });
  it('a bad PMDESK_NOW or a future --at is refused', () => {
    const { run } = estate();
    expect(run(['--json', 'unit', 'list'], { PMDESK_NOW: 'tomorrow' }).err().code).toBe('E_VALUE');
    const r = run(['--json', '--at', '2026-10-01T09:00', 'unit', 'add', 'X-1-1']);
    expect(r.code).toBe(2);
    expect(r.err().message).toMatch(/future/);
  });
});

describe('init', () => {
  it('creates the database 0600 and is idempotent', () => {
    const dir = tempDir();
    const db = path.join(dir, 'sub', 'desk.db');
    const first = pm(db, ['--json', 'init', '--estate', '虹港家园']);
    expect(first.code).toBe(0);
    expect(first.json()).toMatchObject({ created: true, from: 0, to: LATEST, estate: '虹港家园' });
    expect(fs.statSync(db).mode & 0o777).toBe(0o600);
    const again = pm(db, ['--json', 'init']);
    expect(again.code).toBe(0);
    expect(again.json()).toMatchObject({ created: false, from: LATEST, to: LATEST, backup: null, estate: '虹港家园' });
  });
  it('upgrades a database of the previous schema: backup first (0600), data kept', () => {
    const dir = tempDir();
    const db = path.join(dir, 'old.db');
    const old = new Database(db);
    old.exec(fs.readFileSync(path.join(FIX, 'schema-v1.sql'), 'utf8'));
    old.close();
    fs.chmodSync(db, 0o600);
    const refused = pm(db, ['--json', 'unit', 'list']);
    expect(refused.code).toBe(2);
    expect(refused.err().code).toBe('E_SCHEMA');
    const r = pm(db, ['--json', 'init']);
    expect(r.code).toBe(0);
    const out = r.json();
    expect(out).toMatchObject({ from: 1, to: LATEST });
    expect(fs.existsSync(out.backup)).toBe(true);
    expect(fs.statSync(out.backup).mode & 0o777).toBe(0o600);
    const units = pm(db, ['--json', 'unit', 'list']).json();
    expect(units.map((u: any) => u.code)).toEqual(['OLD-1', 'OLD-2']);
    const bak = new Database(out.backup, { readonly: true });
    expect(bak.pragma('user_version', { simple: true })).toBe(1);
    bak.close();
    expect(pm(db, ['--json', 'resident', 'show', '1', '--unmask', '--reason', 'test']).json().name).toBe('老业主');
  });
  it('refuses a database made by a newer pmdesk', () => {
    const dir = tempDir();
    const db = path.join(dir, 'new.db');
    const d = new Database(db);
    d.pragma('user_version = 99');
    d.close();
    const r = pm(db, ['--json', 'init']);
    expect(r.code).toBe(2);
    expect(r.err().code).toBe('E_SCHEMA');
  });
});

describe('backup and doctor', () => {
  it('backup writes a 0600 copy that opens', () => {
    const { dir, run } = estate();
    const file = path.join(dir, 'copy.db');
    const r = run(['--json', 'backup', file]);
    expect(r.code).toBe(0);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(pm(file, ['--json', 'unit', 'list']).json()).toHaveLength(4);
    expect(run(['backup', file]).code).toBe(2); // never overwrites
  });
  it("doctor is clean on a fresh estate; next year's provisional calendar is only warned about from 1 November (R-0A2)", () => {
    const { run } = estate();
    const r = run(['--json', 'doctor']);
    expect(r.code).toBe(0);
    const checks = Object.fromEntries(r.json().checks.map((c: any) => [c.name, c]));
    expect(checks.integrity.ok).toBe(true);
    expect(checks.auditChain.ok).toBe(true);
    expect(checks.calendar).toMatchObject({ ok: true, warn: false });
    expect(
      run(['--json', 'doctor'], { PMDESK_NOW: '2026-11-02T09:00:00+08:00' })
        .json()
        .checks.find((c: any) => c.name === 'calendar'),
    ).toMatchObject({
      ok: true,
      warn: true,
    });
  });
  it('doctor flags a year the calendar does not cover', () => {
    const { run } = estate();
    const r = run(['--json', 'doctor'], { PMDESK_NOW: '2027-03-01T09:00:00+08:00' });
    const cal = r.json().checks.find((c: any) => c.name === 'calendar');
    expect(cal.ok).toBe(false);
    expect(r.code).toBe(1);
  });
  it('doctor detects an audit row edited outside pmdesk', () => {
    const { db, run } = estate();
    const d = new Database(db);
    d.prepare(`UPDATE audit SET clerk = 'mallory' WHERE id = 2`).run();
    d.close();
    const r = run(['--json', 'doctor']);
    expect(r.code).toBe(1);
    const chain = r.json().checks.find((c: any) => c.name === 'auditChain');
    expect(chain.ok).toBe(false);
    expect(chain.detail).toMatch(/row 2/);
  });
  it('doctor detects an audit row deleted outside pmdesk (each hash covers the one before)', () => {
    const { db, run } = estate();
    expect(run(['--json', 'doctor']).code).toBe(0);
    const d = new Database(db);
    d.prepare(`DELETE FROM audit WHERE id = 2`).run();
    d.close();
    const chain = run(['--json', 'doctor'])
      .json()
      .checks.find((c: any) => c.name === 'auditChain');
    expect(chain).toMatchObject({ ok: false, detail: expect.stringMatching(/row 3/) });
  });
});

describe('profile', () => {
  it('shows every default and sets a value, audit-logged', () => {
    const { run } = estate();
    const p = run(['--json', 'profile', 'show']).json().profile;
    expect(p.fees.renovationDepositOwnerFen).toBe(100000);
    expect(p.deadlines['R-301.review']).toBe('5wd');
    expect(p.estate).toMatchObject({ name: '虹港家园', timezone: 'Asia/Shanghai' });
    const s = run(['--json', 'profile', 'set', 'deadlines.R-301.review', '7wd']);
    expect(s.code).toBe(0);
    expect(s.json()).toMatchObject({ key: 'deadlines.R-301.review', old: '5wd', value: '7wd' });
    expect(run(['--json', 'profile', 'show']).json().profile.deadlines['R-301.review']).toBe('7wd');
    expect(run(['--json', 'audit', 'profile']).json().at(-1)).toMatchObject({
      clerk: 'tester',
      field: 'deadlines.R-301.review',
      old: '5wd',
      new: '7wd',
    });
  });
  it('refuses a wrong key, type or deadline', () => {
    const { run } = estate();
    expect(run(['--json', 'profile', 'set', 'fees.nope', '1']).err().code).toBe('E_VALUE');
    expect(run(['--json', 'profile', 'set', 'fees.permitFeeFen', '20.5']).code).toBe(2);
    expect(run(['--json', 'profile', 'set', 'deadlines.R-301.review', 'soon']).code).toBe(2);
    expect(run(['--json', 'profile', 'set', 'coverage.repairHousehold', '1.5']).code).toBe(2);
  });
  it('issue 17 item 6: refuses a key nothing reads, saying so; a copy of the defaults still initialises an estate', () => {
    const { dir, run } = estate();
    const r = run(['--json', 'profile', 'set', 'calendar.source', '"x"']);
    expect(r.code).toBe(2);
    expect(r.err().message).toContain('calendar.source is not read by any rule yet');
    // The monthly report's KPIs read the other targets (issue 22): accepted.
    expect(run(['--json', 'profile', 'set', 'targets.satisfactionRate', '0.8']).code).toBe(0);
    const copy = path.join(dir, 'profile.json');
    const p = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/profile.default.json'), 'utf8'));
    p.fees.permitFeeFen = 3000;
    fs.writeFileSync(copy, JSON.stringify(p));
    expect(pm(path.join(dir, 'other.db'), ['init', '--profile', copy]).code).toBe(0);
    p.calendar.source = 'changed';
    fs.writeFileSync(copy, JSON.stringify(p));
    expect(pm(path.join(dir, 'third.db'), ['init', '--profile', copy]).code).toBe(2);
  });
  it('adds a calendar year the package does not know (2027)', () => {
    const { run } = estate();
    const r = run(['--json', 'profile', 'set', 'calendar.years.2027', '{"holidays":["2027-01-01"],"workdays":[]}']);
    expect(r.code).toBe(0);
    const d = run(['--json', 'doctor'], { PMDESK_NOW: '2027-03-01T09:00:00+08:00' });
    expect(d.json().checks.find((c: any) => c.name === 'calendar').ok).toBe(true);
  });
});

describe('output through a pipe', () => {
  it('a long --json list arrives whole (stdout flushed before exit)', () => {
    const dir = tempDir();
    const db = path.join(dir, 'big.db');
    pm(db, ['init']);
    const csv = path.join(dir, 'u.csv');
    fs.writeFileSync(csv, `code,building,floor,area\n${Array.from({ length: 1500 }, (_, i) => `P-${i},P,${(i % 30) + 1},88.5`).join('\n')}`);
    expect(pm(db, ['unit', 'import', csv]).code).toBe(0);
    const r = pm(db, ['--json', 'unit', 'list']);
    expect(r.stdout.length).toBeGreaterThan(200_000);
    expect(r.json()).toHaveLength(1500);
  });
});

describe('completion', () => {
  it('bash completes groups, verbs, flags and the values of closed lists', () => {
    const script = pm('/nonexistent.db', ['completion', 'bash']).stdout;
    const f = path.join(tempDir(), 'c.bash');
    fs.writeFileSync(f, script);
    const ask = (words: string[]) =>
      require('node:child_process')
        .execFileSync(
          'bash',
          [
            '-c',
            `source ${f}; COMP_WORDS=(${words.map((w) => `"${w}"`).join(' ')}); COMP_CWORD=${words.length - 1}; _pmdesk; echo "\${COMPREPLY[@]}"`,
          ],
          { encoding: 'utf8' },
        )
        .trim();
    expect(ask(['pmdesk', 'compl'])).toBe('complaint completion');
    expect(ask(['pmdesk', 'complaint', 'cl'])).toBe('classify');
    expect(ask(['pmdesk', 'complaint', 'new', '--channel', ''])).toBe('visit phone letter other');
    expect(ask(['pmdesk', 'repair', 'new', '--u'])).toBe('--unit --urgency');
    expect(pm('/nonexistent.db', ['completion', 'tcsh']).code).toBe(2);
  });

  it('completes the open record numbers of a group and the unit codes from the database', () => {
    const { db, run } = estate();
    for (const desc of ['楼道脏', '噪音', '漏水'])
      run(['complaint', 'new', '--name', '王伟', '--unit', 'A-1-101', '--channel', 'phone', '--about', '保洁', '--desc', desc]);
    run(['complaint', 'void', 'TS-2026-0002', '--reason', '重复登记']);
    const f = path.join(tempDir(), 'c.bash');
    fs.writeFileSync(f, pm(db, ['completion', 'bash']).stdout);
    // The script calls `pmdesk`: a shell function standing in for the installed binary.
    const ask = (words: string[]) =>
      require('node:child_process')
        .execFileSync(
          'bash',
          [
            '-c',
            `pmdesk() { PMDESK_DB=${db} ${process.execPath} ${BIN} "$@"; }; source ${f}; COMP_WORDS=(${words.map((w) => `"${w}"`).join(' ')}); COMP_CWORD=${words.length - 1}; _pmdesk; echo "\${COMPREPLY[@]}"`,
          ],
          { encoding: 'utf8' },
        )
        .trim();
    expect(ask(['pmdesk', 'complaint', 'assign', 'TS'])).toBe('TS-2026-0003 TS-2026-0001'); // open ones, newest first; the void one is left out
    expect(ask(['pmdesk', 'repair', 'new', '--unit', 'A-1-1'])).toBe('A-1-101 A-1-102');
    expect(pm('/nonexistent.db', ['completion', '--words', 'units'])).toMatchObject({ code: 0, stdout: '' });
  });
});
