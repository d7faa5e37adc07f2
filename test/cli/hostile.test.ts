// quality.md "Bad input": random and hostile values through the real binary.
// Every answer is exit 0 or 2 (never 1: no crash), and a refusal changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estate, sha } from './helpers.js';

const hostile = fc
  .oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
      '',
      ' ',
      '=cmd|/c calc!A1',
      '+1',
      '-1',
      '@SUM(A1)',
      "'; DROP TABLE units; --",
      'A-1-101\u0000',
      '\u0007\u001b[31m',
      '😀🏠',
      'x'.repeat(10_000),
      '2026-02-30',
      '-0.01',
      '1.234',
      '１２３',
      'NaN',
      'Infinity',
    ),
    fc.string({ unit: 'binary', maxLength: 20 }),
  )
  .map((v) => v.replace(/\0/g, '')); // argv cannot carry NUL bytes (the OS refuses them before pmdesk runs)

describe('hostile input (property-based, fast-check)', () => {
  const { db, dir, run } = estate();

  it('unit add: exit 0 or 2, a refusal writes nothing', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (code, floor, area) => {
        const before = sha(db);
        const r = run(['--json', 'unit', 'add', code, '--floor', floor, '--area', area]);
        expect([0, 2]).toContain(r.code);
        if (r.code === 2) {
          expect(sha(db)).toBe(before);
          expect(r.err().code).toMatch(/^E_/);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('resident add: exit 0 or 2, never a crash', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (name, idNumber, phone) => {
        const before = sha(db);
        const r = run([
          '--json',
          'resident',
          'add',
          '--name',
          name,
          '--role',
          'tenant',
          '--id-number',
          idNumber,
          '--phone',
          phone,
          '--unit',
          'A-1-101',
        ]);
        expect([0, 2]).toContain(r.code);
        if (r.code === 2) expect(sha(db)).toBe(before);
      }),
      { numRuns: 20 },
    );
  });

  it('unit import: a hostile cell refuses the file whole or imports it intact', () => {
    fc.assert(
      fc.property(hostile, hostile, (building, status) => {
        const f = path.join(dir, `h-${Math.random().toString(36).slice(2)}.csv`);
        const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
        fs.writeFileSync(f, `code,building,status\nH-${Math.floor(Math.random() * 1e9)},${q(building)},${q(status)}\n`);
        const before = sha(db);
        const r = run(['--json', 'unit', 'import', f]);
        expect([0, 2]).toContain(r.code);
        if (r.code === 2) expect(sha(db)).toBe(before);
      }),
      { numRuns: 20 },
    );
  });

  it('profile set and --at: exit 0 or 2', () => {
    fc.assert(
      fc.property(hostile, hostile, (value, at) => {
        const r1 = run(['--json', 'profile', 'set', 'fees.permitFeeFen', value]);
        expect([0, 2]).toContain(r1.code);
        const r2 = run(['--json', '--at', at, 'unit', 'list']);
        expect([0, 2]).toContain(r2.code);
      }),
      { numRuns: 15 },
    );
  });

  it('export neutralises what the hostile runs stored', () => {
    const csv = run(['export', 'units']).stdout;
    for (const line of csv.split('\r\n').slice(1)) for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(
      run(['--json', 'doctor'])
        .json()
        .checks.find((c: any) => c.name === 'auditChain').ok,
    ).toBe(true);
  });
});

describe('hostile input to the workflow write commands', () => {
  const { db, run } = estate();
  // Each command with its flags; one flag at a time gets a hostile value, the rest are valid.
  const COMMANDS: Array<{ base: string[]; flags: Record<string, string> }> = [
    {
      base: ['complaint', 'new'],
      flags: { '--name': '王伟', '--unit': 'A-1-101', '--phone': '13812345678', '--channel': 'phone', '--about': '保洁', '--desc': '脏' },
    },
    {
      base: ['repair', 'new'],
      flags: { '--unit': 'A-1-101', '--reporter': '王伟', '--phone': '13812345678', '--desc': '漏水', '--kind': 'plumbing', '--urgency': 'normal' },
    },
    { base: ['keys', 'add', 'A-1-201'], flags: { '--kind': 'door', '--count': '2', '--custody': 'entrusted' } },
    {
      base: ['notice', 'new'],
      flags: { '--kind': 'phone', '--title': '停水通知', '--body': '明日停水', '--audience': 'building:A', '--expires': '2026-10-10' },
    },
    { base: ['lend', 'out'], flags: { '--item': 'umbrella', '--to': '陈女士', '--phone': '13800001234', '--deposit': '20' } },
    {
      base: ['visit', 'in'],
      flags: { '--name': '赵六', '--id-number': '310104201203054565', '--phone': '13700002222', '--unit': 'A-1-101', '--purpose': '探亲' },
    },
    {
      base: ['renovate', 'apply', 'A-1-201'],
      flags: {
        '--contractor': '美家',
        '--licence': '91350100M000100Y43',
        '--manager-name': '刘工',
        '--manager-id': '310104201203054565',
        '--manager-phone': '13700002222',
        '--scope': 'plumbing',
        '--start': '2026-10-08',
        '--end': '2026-10-20',
      },
    },
    { base: ['patrol', 'plan'], flags: { '--month': '2026-10' } },
    { base: ['patrol', 'record'], flags: { '--unit': 'A-1-101', '--finding': '漏水', '--check': 'no-leak' } },
    { base: ['survey', 'new'], flags: { '--title': '年度调查', '--year': '2026' } },
    { base: ['survey', 'return', 'DC-2026-0001'], flags: { '--unit': 'A-1-201', '--scores': 'power=5,卫生=3', '--comment': '电梯慢' } },
  ];
  it('every flag: exit 0 or 2, a refusal writes nothing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: COMMANDS.length - 1 }), fc.nat(), hostile, (ci, fi, value) => {
        const c = COMMANDS[ci];
        const names = Object.keys(c.flags);
        const flag = names[fi % names.length];
        const args = [...c.base, ...names.flatMap((n) => [n, n === flag ? value : c.flags[n]])];
        const before = sha(db);
        const r = run(['--json', ...args]);
        expect([0, 2]).toContain(r.code);
        if (r.code === 2) expect(sha(db)).toBe(before);
      }),
      { numRuns: 40 },
    );
  });
});
