// End-to-end helpers: run the built binary with a temp database and a fixed "now".
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';

export const ROOT = path.resolve(__dirname, '../..');
export const BIN = path.join(ROOT, 'bin', 'pmdesk.js');
export const FIX = path.join(ROOT, 'test', 'fixtures');
export const NOW = '2026-09-30T10:00:00+08:00';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  json: () => any;
  err: () => { code: string; message: string; details?: string[] };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'pmdesk-test-'));
}

/**
 * Issue 18: pmdesk speaks Chinese unless told otherwise. Tests written against the English
 * texts are pinned to English here (PMDESK_LANG=en) unless they choose a language themselves
 * (LANG, LC_ALL or PMDESK_LANG in `env`, or --lang); `zhDefault` runs with nothing set.
 */
export const EN = { PMDESK_LANG: 'en' };
export const zhDefault = { PMDESK_LANG: undefined };

export function pm(db: string, args: string[], env: Record<string, string | undefined> = {}): Run {
  const pinned = 'LANG' in env || 'LC_ALL' in env || 'PMDESK_LANG' in env ? {} : EN;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PMDESK_DB: db,
      PMDESK_NOW: NOW,
      PMDESK_CLERK: 'tester',
      LANG: 'C',
      NO_COLOR: '1',
      ...pinned,
      ...env,
    },
    input: '',
  });
  return {
    code: r.status ?? -1,
    stdout: r.stdout,
    stderr: r.stderr,
    json: () => JSON.parse(r.stdout),
    err: () => JSON.parse(r.stderr).error,
  };
}

const ESTATE_STEPS = [
  ['init', '--estate', '虹港家园'],
  ['unit', 'import', path.join(FIX, 'units.csv')],
  ['resident', 'import', path.join(FIX, 'residents.csv')],
];

/**
 * Build the fixture estate by running the real binary (init, unit import, resident import) into
 * a new temp dir; returns the dir. test/setup/estate.ts does this once per `vitest run`.
 */
export function buildEstate(): string {
  const dir = tempDir();
  const db = path.join(dir, 'desk.db');
  for (const s of ESTATE_STEPS) {
    const r = pm(db, s);
    if (r.code !== 0) throw new Error(`${s.join(' ')} failed: ${r.stderr}`);
  }
  return dir;
}

// Issue 23 (npm test under 3 minutes): the three commands above cost ~1 s of spawning per
// estate; their result is the same bytes every time (PMDESK_NOW is fixed), so it is built once
// (by the global setup, else on first use in this worker) and each estate() copies the files.
let template: string | undefined;
function templateDir(): string {
  if (!template) {
    let provided: string | undefined;
    try {
      provided = inject('estateTemplate');
    } catch {
      // outside a vitest worker
    }
    template = provided && fs.existsSync(path.join(provided, 'desk.db')) ? provided : buildEstate();
  }
  return template;
}

export type Estate = { dir: string; db: string; run: (args: string[], env?: Record<string, string | undefined>) => Run };

/** A new temp dir holding a copy of the files of `from` (a database closed by its last command: no -wal left). */
function copyOf(from: string): Estate {
  const dir = tempDir();
  fs.cpSync(from, dir, { recursive: true });
  const db = path.join(dir, 'desk.db');
  const run = (args: string[], env?: Record<string, string | undefined>) => pm(db, args, env);
  return { dir, db, run };
}

/** A fresh initialised database with the fixture units and residents (a copy of the one built once). */
export function estate(): Estate {
  return copyOf(templateDir());
}

/**
 * An estate with more set up by `setup` through the real binary, done once per test file (issue
 * 23): every later call gets a copy of the files as they were right after `setup`, and the same
 * data it returned (record numbers… — the copy holds the same records). `setup` returns plain
 * data only (no closure over its estate); its own assertions are checked on the first call.
 */
export function fixture<T extends object>(setup: (e: Estate) => T): () => Estate & T {
  let made: { dir: string; data: T } | undefined;
  return () => {
    if (made) return { ...copyOf(made.dir), ...made.data };
    const e = estate();
    const data = setup(e);
    const snap = tempDir();
    fs.cpSync(e.dir, snap, { recursive: true });
    made = { dir: snap, data };
    return { ...e, ...data };
  };
}

/** Every render of an @inquirer prompt ends by moving the cursor to its column (ESC [ n G). */
const RENDERED = /\u001b\[\d+G$/;
const QUIET_MS = 150;

/**
 * Type `keys` into `pmdesk <args>` running at a pseudo-terminal (util-linux `script`), with the
 * environment `vars` (shell assignments; a later one wins, so `PMDESK_NOW=…` there overrides NOW).
 * Issue 23: driven by the output, not by fixed pauses: each key is sent once the program has
 * answered the previous one (or started) with a prompt render and then been quiet for
 * QUIET_MS; after the last key the program is awaited until it exits.
 */
export function tty(db: string, args: string[], keys: string[], vars = 'LANG=C PMDESK_LANG=en'): Promise<{ out: string; code: number | null }> {
  const cmd = `PMDESK_DB=${db} PMDESK_NOW=${NOW} ${vars} ${process.execPath} ${BIN} ${args.join(' ')}`;
  const child = spawn('script', ['-qfec', cmd, '/dev/null'], { env: { ...process.env, NODE_EXTRA_CA_CERTS: undefined } });
  return new Promise((resolve, reject) => {
    let out = '';
    let since = ''; // output since the last key was sent
    let last = Date.now(); // when output last came
    let sentAt = Date.now();
    let next = 0;
    let timer: NodeJS.Timeout | undefined;
    const overall = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`tty: no exit after 30 s; sent ${next}/${keys.length} keys; output:\n${out}`));
    }, 30_000);
    const tick = () => {
      // Let the poll phase deliver any output that came while this process was busy
      // (a timer can fire before the data that arrived in the meantime is read).
      setImmediate(() => {
        if (next >= keys.length || child.exitCode !== null) return;
        const now = Date.now();
        const quiet = now - last >= QUIET_MS;
        const answered = since.length > 0 && RENDERED.test(since);
        // A key the program does not answer with a render (or no answer at all) holds the
        // walk-through up for at most 3 s: the assertions then show what went wrong.
        const stuck = now - Math.max(last, sentAt) >= 3000;
        if ((quiet && answered) || stuck) {
          child.stdin.write(keys[next++]);
          since = '';
          sentAt = Date.now();
          if (next === keys.length) return allSent();
        }
        schedule();
      });
    };
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(tick, QUIET_MS);
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      out += d;
      since += d;
      last = Date.now();
      if (next < keys.length) schedule();
    });
    child.stdin.on('error', () => {}); // the program may exit before the last key
    child.on('close', (code) => {
      clearTimeout(overall);
      if (eof) clearTimeout(eof);
      if (timer) clearTimeout(timer);
      resolve({ out, code });
    });
    // As the old shell pipe did: stdin ends a while after the last key (a program that still
    // waits then sees end of input), and the run is over when the program has exited.
    let eof: NodeJS.Timeout | undefined;
    const allSent = () => {
      eof = setTimeout(() => child.stdin.end(), 5000);
    };
    if (keys.length) schedule();
    else allSent();
  });
}

export function sha(file: string): string {
  return require('node:crypto').createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** `complaint new` by the fixture's first resident (王伟 of A-1-101, by phone, about 保洁) with this description. */
export function complaintNew(desc: string): string[] {
  return [
    'complaint',
    'new',
    '--name',
    '王伟',
    '--unit',
    'A-1-101',
    '--phone',
    '13812345678',
    '--channel',
    'phone',
    '--about',
    '保洁',
    '--desc',
    desc,
  ];
}
