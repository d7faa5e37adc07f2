// Issue 23 (quality.md "Speed"): the launcher runs one bundle from a V8 code cache,
// a command line wires only its own group, and PMDESK_TRACE_SQL records the SQL the
// benchmark's job floor replays. What a clerk sees must not change with any of it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { estate, pm, ROOT, tempDir } from './helpers.js';
import { textOf } from '../../src/i18n/text.js';

describe('start-up (issue 23)', () => {
  it('--help to a pipe is answered from the table the build wrote (dist/help.<lang>.json): the same bytes the CLI prints', () => {
    const dir = tempDir();
    const db = path.join(dir, 'none.db');
    const cases = [
      ['--help'],
      ['repair', '--help'],
      ['--lang', 'en', 'complaint', 'new', '--help'],
      ['keys', '-h'],
      ['--lang=zh', 'report', 'due', '--help'],
    ];
    const envs = [
      {},
      { PMDESK_LANG: 'zh' },
      { PMDESK_LANG: undefined, LANG: 'en_US.UTF-8' },
      { PMDESK_LANG: undefined, LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' },
    ];
    for (const args of cases)
      for (const env of envs) {
        const fast = pm(db, args, env);
        const cli = pm(db, args, { ...env, PMDESK_NO_HELP_CACHE: '1' });
        expect(fast.code, args.join(' ')).toBe(0);
        expect(fast.stdout, `${args.join(' ')} ${JSON.stringify(env)}`).toBe(cli.stdout);
      }
    // Every command of the tree has its entry, in both languages.
    for (const lang of ['en', 'zh'] as const) {
      const table = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist', `help.${lang}.json`), 'utf8'));
      expect(table['repair show']).toMatch(lang === 'zh' ? /查看单据/ : /the record, its timeline/);
      expect(Object.keys(table).length).toBeGreaterThan(150);
    }
    // Not from the table: an operand, or a word the tree does not have (the CLI answers).
    expect(pm(db, ['repair', 'show', 'BX-2026-0001', '--help']).stdout).toBe(pm(db, ['repair', 'show', '--help']).stdout);
    expect(pm(db, ['repiar', '--help']).stdout).toBe(pm(db, ['repiar', '--help'], { PMDESK_NO_HELP_CACHE: '1' }).stdout);
  });

  it('the bundle is pure ASCII (read as latin1) and carries one language at a time: dist/text.<lang>.json is the source dictionary', () => {
    const bundle = fs.readFileSync(path.join(ROOT, 'dist', 'cli.cjs'));
    expect(bundle.findIndex((b) => b > 0x7f)).toBe(-1);
    // A message only the dictionaries hold; the bundle names its key, not its words.
    expect(bundle.includes(Buffer.from('show.deadlinesMore'))).toBe(true);
    expect(bundle.includes(Buffer.from(JSON.stringify(textOf('en')['show.deadlinesMore']).slice(1, 20)))).toBe(false);
    for (const lang of ['en', 'zh'] as const)
      expect(JSON.parse(fs.readFileSync(path.join(ROOT, 'dist', `text.${lang}.json`), 'utf8'))).toEqual({ ...textOf(lang) });
    const { run } = estate();
    expect(run(['unit', 'show', 'A-1-101'], { PMDESK_LANG: 'zh' }).stdout).toContain('楼栋');
    expect(run(['unit', 'show', 'A-1-101'], { PMDESK_LANG: 'en' }).stdout).toContain('Building');
  });

  it('a damaged or stale code cache is ignored and written again; the command answers the same', () => {
    const { run } = estate();
    const first = run(['--json', 'unit', 'show', 'A-1-101']);
    expect(first.code).toBe(0);
    const dir = tempDir();
    // A cache that V8 refuses (right key, wrong bytes) and one of another bundle (wrong key).
    const cacheHome = path.join(dir, 'cache');
    for (const body of ['garbage', null]) {
      const env = { XDG_CACHE_HOME: cacheHome };
      const file = path.join(ROOT, 'dist', 'cli.cjs.unit.cache'); // the cache of the unit group's commands
      const saved = fs.existsSync(file) ? fs.readFileSync(file) : null;
      try {
        if (body === null) fs.writeFileSync(file, 'pmdesk-code-cache another-bundle g1\nxxxx');
        else {
          const head = saved ? saved.subarray(0, saved.indexOf(10)).toString('latin1') : 'pmdesk-code-cache none';
          fs.writeFileSync(file, `${head}\n${body}`);
        }
        const again = run(['--json', 'unit', 'show', 'A-1-101'], env);
        expect(again.code).toBe(0);
        expect(again.json()).toEqual(first.json());
      } finally {
        if (saved) fs.writeFileSync(file, saved);
      }
    }
  });

  it('PMDESK_NO_CODE_CACHE=1 (no cache): the same answer', () => {
    const { run } = estate();
    const a = run(['--json', 'complaint', 'list']);
    const b = run(['--json', 'complaint', 'list'], { PMDESK_NO_CODE_CACHE: '1' });
    expect(b.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });

  it('a command line builds its own group: a group help, a mistyped group or verb still answers as the whole tree would', () => {
    const { db, run } = estate();
    expect(run(['unit', '--help']).stdout).toMatch(/Usage: pmdesk unit/);
    const typo = run(['--db', db, 'complain', 'list']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/did you mean complaint\?/);
    expect(typo.stderr).toContain('`pmdesk --help`');
    const verb = run(['complaint', 'lst']);
    expect(verb.code).toBe(2);
    expect(verb.stderr).toMatch(/did you mean list\?/);
    expect(run(['--lang', 'zh', 'repair', '--help']).stdout).toMatch(/用法：pmdesk repair/);
  });

  it('PMDESK_TRACE_SQL records each statement with its values, for bench/floor.mjs', () => {
    const { db } = estate();
    const trace = path.join(tempDir(), 'trace.sql');
    const r = pm(db, ['unit', 'show', 'A-1-101'], { PMDESK_TRACE_SQL: trace });
    expect(r.code).toBe(0);
    const lines = fs.readFileSync(trace, 'utf8').trim().split('\n');
    expect(lines).toContain('PRAGMA user_version');
    expect(lines.some((l) => l.includes("'A-1-101'"))).toBe(true);
  });
});
