// quality.md "Reliability": commands killed with SIGKILL at random moments leave
// the database consistent and keep everything that reported success; several
// processes writing at once all succeed or say "busy"; numbers never collide.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, estate, NOW } from './helpers.js';

const LONG = process.env.PMDESK_LONG_TESTS === '1';

function start(db: string, args: string[]) {
  const child = spawn(process.execPath, [BIN, '--json', ...args], {
    env: { PATH: process.env.PATH, PMDESK_DB: db, PMDESK_NOW: NOW, PMDESK_CLERK: 'crash', LANG: 'C' },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const done = new Promise<{ code: number | null; signal: string | null; out: string; err: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, out, err })),
  );
  return { child, done };
}

/** Write commands whose success can be checked afterwards; each workflow adds its own. */
export const WRITES: Array<{ args: (i: number) => string[]; check: (run: ReturnType<typeof estate>['run'], i: number, out: any) => boolean }> = [
  { args: (i) => ['unit', 'add', `K-${i}`, '--area', '80'], check: (run, i) => run(['--json', 'unit', 'show', `K-${i}`]).code === 0 },
  {
    args: (i) => [
      'resident',
      'add',
      '--name',
      `住户${i}`,
      '--role',
      'tenant',
      '--id-type',
      'passport',
      '--id-number',
      `E${String(i).padStart(8, '0')}`,
      '--unit',
      'B-2-1203',
    ],
    check: (run, _i, out) => run(['--json', 'resident', 'show', String(out.id)]).code === 0,
  },
  {
    args: (i) => ['complaint', 'new', '--name', `业主${i}`, '--unit', 'A-1-101', '--channel', 'phone', '--about', '保洁', '--desc', `第${i}次`],
    check: (run, _i, out) => run(['--json', 'complaint', 'show', out.no]).code === 0,
  },
  {
    args: (i) => ['repair', 'new', '--unit', 'A-1-101', '--reporter', `报修${i}`, '--phone', '13812345678', '--desc', `问题${i}`],
    check: (run, _i, out) => run(['--json', 'repair', 'show', out.no]).code === 0,
  },
];

/** the numbers of a prefix are 1..n with no gap and no duplicate. */
function contiguous(nos: string[]): boolean {
  const seqs = nos.map((n) => Number(n.split('-')[2])).sort((a, b) => a - b);
  return seqs.every((s, i) => s === i + 1);
}

describe('crash safety (SIGKILL)', () => {
  it(`kills write commands at random moments; doctor stays clean and every success is kept`, async () => {
    const e = estate();
    const kills = LONG ? 200 : 30;
    const succeeded: Array<{ w: number; i: number; out: any }> = [];
    let killed = 0;
    for (let i = 0; i < kills; i++) {
      const w = i % WRITES.length;
      const p = start(e.db, WRITES[w].args(i));
      // Kill somewhere between start-up and the end of the command (~60–200 ms).
      const delay = 40 + Math.floor(Math.random() * 160);
      const timer = setTimeout(() => p.child.kill('SIGKILL'), delay);
      const r = await p.done;
      clearTimeout(timer);
      if (r.signal === 'SIGKILL') killed++;
      else if (r.code === 0) succeeded.push({ w, i, out: JSON.parse(r.out) });
    }
    expect(killed).toBeGreaterThan(0);
    const doctor = e.run(['--json', 'doctor']);
    const bad = doctor.json().checks.filter((c: any) => !c.ok && c.name !== 'calendar');
    expect(bad).toEqual([]);
    for (const s of succeeded) expect(WRITES[s.w].check(e.run, s.i, s.out)).toBe(true);
    expect(
      contiguous(
        e
          .run(['--json', 'complaint', 'list'])
          .json()
          .map((r: any) => r.no),
      ),
    ).toBe(true);
    expect(
      contiguous(
        e
          .run(['--json', 'repair', 'list'])
          .json()
          .map((r: any) => r.no),
      ),
    ).toBe(true);
  }, 120_000);
});

describe('concurrency', () => {
  it('eight processes writing at once all succeed (WAL, busy timeout) and nothing is lost', async () => {
    const e = estate();
    const procs = Array.from({ length: 8 }, (_, i) => start(e.db, WRITES[0].args(1000 + i)));
    const results = await Promise.all(procs.map((p) => p.done));
    for (const r of results) expect([0, 1]).toContain(r.code);
    for (const r of results.filter((x) => x.code === 1)) expect(JSON.parse(r.err).error.code).toBe('E_BUSY');
    const ok = results.filter((r) => r.code === 0).length;
    expect(ok).toBe(8);
    expect(e.run(['--json', 'unit', 'list']).json()).toHaveLength(4 + 8);
  });

  it('record numbers never collide or skip with writers racing (R-000)', async () => {
    const e = estate();
    const procs = Array.from({ length: 8 }, (_, i) => start(e.db, WRITES[i % 2 ? 2 : 3].args(i)));
    const results = await Promise.all(procs.map((p) => p.done));
    expect(results.map((r) => r.code)).toEqual(Array(8).fill(0));
    const nos = results.map((r) => JSON.parse(r.out).no as string);
    expect(new Set(nos).size).toBe(8);
    expect(contiguous(nos.filter((n) => n.startsWith('TS')))).toBe(true);
    expect(contiguous(nos.filter((n) => n.startsWith('BX')))).toBe(true);
  });
});
