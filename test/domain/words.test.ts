// Issue 18 point 2: every code of every closed list has its words in both languages.
// The lists are enumerated from the workflows' descriptors (their state machines and the
// closed lists of their flags) and from the deadlines and events the code opens and adds,
// so a new code without words fails here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKFLOWS } from '../../src/workflows/index.js';
import { translator, wordsOf, WORDS } from '../../src/i18n/index.js';
import { statesOf } from '../../src/core/states.js';
import { findCode, parseWord, say, stepWord } from '../../src/core/words.js';
import { Refusal } from '../../src/core/errors.js';

const zh = translator('zh');
const en = translator('en');
const LIST_OF: Record<string, string> = { '--type': 'kind' };
const camel = (flag: string) => flag.replace(/^--/, '').replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}
const SRC = sources('src').map((f) => fs.readFileSync(f, 'utf8'));

/** Both languages given, and the Chinese one is Chinese (not the code copied over). */
function worded(scope: string, list: string, code: string): void {
  const w = wordsOf([scope], list)?.[code];
  expect(w, `${scope}.${list}.${code}`).toBeDefined();
  expect(w!.en, `${scope}.${list}.${code} en`).toBeTruthy();
  expect(w!.zh, `${scope}.${list}.${code} zh`).toMatch(/\p{Script=Han}/u);
}

describe('issue 18: every closed value has its words', () => {
  it('every state of every state machine, in its record type', () => {
    const machines = WORKFLOWS.flatMap((w) => w.machines?.() ?? []);
    expect(machines.length).toBeGreaterThanOrEqual(14);
    for (const m of machines) for (const s of statesOf(m)) worded(m.type, 'status', s);
    worded('core', 'status', 'voided');
  });

  it('every code of every closed-list flag of every workflow', () => {
    let n = 0;
    for (const w of WORKFLOWS) {
      const scopes = w.info?.types ?? w.scopes ?? [w.group!];
      for (const [flag, codes] of Object.entries(w.words?.() ?? {})) {
        if (flag === '--status') continue; // the machines' states, above
        const list = LIST_OF[flag] ?? camel(flag);
        for (const code of codes) {
          const scope = scopes.find((s) => wordsOf([s], list)?.[code]) ?? scopes[0];
          worded(scope, list, code);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(60);
  });

  it('every deadline the code opens has a name (refund → 退押金, inspect-2026-11-17-pm → 11月17日下午巡查)', () => {
    const steps = new Set<string>();
    for (const text of SRC) for (const m of text.matchAll(/openDeadline(?:At)?\(\s*s,\s*\w+,\s*'([\w-]+)'/g)) steps.add(m[1]);
    expect(steps.size).toBeGreaterThan(15);
    for (const s of steps) {
      expect(stepWord(zh, s), s).toMatch(/\p{Script=Han}/u);
      expect(stepWord(en, s), s).not.toMatch(/^w\./);
    }
    expect(stepWord(zh, 'refund')).toBe('退押金');
    expect(stepWord(zh, 'inspect-2026-11-17-pm')).toBe('11月17日下午巡查');
    expect(stepWord(en, 'inspect-2026-11-17-am')).toBe('inspection 11/17 morning');
    expect(stepWord(zh, 'action-cleaning')).toBe('整改：卫生');
  });

  it('every kind of timeline event the code adds', () => {
    const kinds = new Set<string>(['created', 'voided']);
    for (const text of SRC) {
      for (const m of text.matchAll(/addEvent\(\s*s,\s*[\w.]+,\s*'([\w-]+)'/g)) kinds.add(m[1]);
      for (const m of text.matchAll(/\bmove\(\s*s,\s*[^;]*?,\s*[\w_()']+,\s*'[\w-]+',\s*'([\w-]+)'/g)) kinds.add(m[1]);
    }
    expect(kinds.size).toBeGreaterThan(30);
    for (const k of kinds) worded('core', 'event', k);
  });

  it('every ledger item and direction', () => {
    const items = new Set<string>();
    for (const text of SRC) for (const m of text.matchAll(/\{ item: '([\w-]+)'/g)) items.add(m[1]);
    expect(items.size).toBeGreaterThan(8);
    for (const i of items) worded('core', 'item', i);
    for (const d of ['received', 'refunded', 'deducted']) worded('core', 'direction', d);
  });

  it('a table holds no word twice (a typed word names one code)', () => {
    for (const [scope, lists] of Object.entries(WORDS))
      for (const [list, ws] of Object.entries(lists)) {
        const seen = Object.values(ws).map((w) => w.zh);
        expect(new Set(seen).size, `${scope}.${list}`).toBe(seen.length);
      }
  });

  it('shows a code in the clerk language; an unknown code as is', () => {
    expect(say(zh, 'complaint', 'status', 'closed')).toBe('已结案');
    expect(say(en, 'complaint', 'status', 'closed')).toBe('closed');
    expect(say(zh, 'repair', 'status', 'voided')).toBe('已作废'); // core fallback
    expect(say(zh, 'complaint', 'channel', 'fax')).toBe('fax');
  });

  it('parses the code, the Chinese word or the English word; refuses anything else naming the words', () => {
    const channel = wordsOf(['complaint'], 'channel')!;
    expect(parseWord(channel, '电话', 'channel')).toBe('phone');
    expect(parseWord(channel, ' phone ', 'channel')).toBe('phone');
    expect(findCode(wordsOf(['complaint'], 'class')!, '重大')).toBe('major');
    try {
      parseWord(channel, '微信', 'channel');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(Refusal);
      expect(zh((e as Refusal).key, (e as Refusal).params)).toBe(
        '--channel：“微信”不在可选范围内，可选：来访(visit) 电话(phone) 来信(letter) 其他(other)',
      );
    }
  });
});
