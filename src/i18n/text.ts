// The messages of one language, key → text: every bundle (bundles.ts) and the words of every
// closed list (wordtables.ts). The built CLI replaces this module with one that reads
// dist/text.<lang>.json, written by build.mjs from this one: a command then neither parses the
// other language nor builds the dictionary from the bundles' object literals (issue 23).
import { BUNDLES } from './bundles.js';
import { wordBundle } from './wordtables.js';
import type { Lang } from './types.js';

const made: Partial<Record<Lang, Record<string, string>>> = {};

export function textOf(lang: Lang): Record<string, string> {
  let all = made[lang];
  if (!all) {
    all = Object.create(null) as Record<string, string>;
    for (const b of [...BUNDLES, wordBundle()]) for (const [k, v] of Object.entries(b)) all[k] = v[lang];
    made[lang] = all;
  }
  return all;
}
