// Issue 18 point 2: a flag of a closed list takes the code or its word (`--channel 电话`,
// `--class 重大`, `--scope 结构,给排水`); the command then sees the code. A value that is
// neither is refused (exit 2) in one line listing the accepted words. Which flags are
// closed lists comes from each workflow's descriptor (`words()`, also used for completion).
import type { Command, OptionValues } from 'commander';
import { wordsOf } from '../i18n/index.js';
import { acceptedWords, findCode, say, type Words } from '../core/words.js';
import type { Io } from '../core/io.js';
import { CLOSED_FLAGS, type ClosedFlags } from './closed.js';
import { refuse } from '../core/errors.js';

/** The list a flag names when it is not the flag's own name. */
const LIST_OF: Record<string, string> = { '--type': 'kind' };
/** Lists an estate may extend in its profile (repair kinds): words are taken, other values left to the command. */
const OPEN = new Set(['repair --kind']);

const camel = (flag: string) => flag.replace(/^--/, '').replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

/** Replace the words typed for the closed-list flags of `cmd` by their codes, in place. */
export function normalizeWords(cmd: Command, opts: OptionValues, w: ClosedFlags | undefined): void {
  const group = cmd.parent?.name();
  if (!group || !w) return;
  const scopes = w.scopes;
  const own = new Set(cmd.options.map((o) => o.long));
  for (const [flag, codes] of Object.entries(w.words())) {
    if (!own.has(flag)) continue;
    const key = camel(flag);
    const v = opts[key];
    if (typeof v !== 'string' || v === '') continue;
    const list = LIST_OF[flag] ?? key;
    const table: Words =
      list === 'status'
        ? statusWords(scopes, w.records ? [...codes, 'voided'] : codes)
        : { ...Object.fromEntries(codes.map((c) => [c, { en: c, zh: c }])), ...wordsOf(scopes, list) };
    const parts = v.split(/[,，、]/).map((p) => p.trim());
    const found = parts.map((p) => findCode(table, p));
    if (found.every((c) => c !== undefined)) {
      opts[key] = found.join(',');
      continue;
    }
    if (OPEN.has(`${group} ${flag}`)) continue;
    const bad = parts[found.findIndex((c) => c === undefined)];
    refuse('E_VALUE', 'err.word', {
      flag: flag.slice(2),
      value: bad,
      ...acceptedWords(pick(table, list === 'status' && w.records ? [...codes, 'voided'] : codes)),
    });
  }
}

/** A group's states (every machine of its types; records also voided) with their words. */
function statusWords(scopes: string[], codes: readonly string[]): Words {
  const out: Words = {};
  for (const c of codes) {
    const w = scopes.map((s) => wordsOf([s], 'status')?.[c]).find(Boolean) ?? wordsOf([], 'status')?.[c];
    out[c] = w ?? { en: c, zh: c };
  }
  return out;
}

/** Only the codes the flag lists (a shared table may hold more). */
function pick(table: Words, codes: readonly string[]): Words {
  const keep = new Set(codes);
  return Object.fromEntries(Object.entries(table).filter(([c]) => keep.has(c)));
}

/** A prompt's choice of a closed list in the clerk's words (the value stays the code). */
export function choiceWord(io: Io, cmd: Command | undefined, key: string, code: string): string {
  const w = CLOSED_FLAGS.get(cmd?.parent?.name() ?? '');
  const flag = `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const list = LIST_OF[flag] ?? key;
  for (const scope of w?.scopes ?? []) {
    const word = say(io.t, scope, list, code);
    if (word !== code) return word;
  }
  return say(io.t, 'core', list, code);
}
