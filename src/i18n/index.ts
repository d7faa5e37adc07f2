// t(key, params) in the chosen language; {name} placeholders are filled from params.
import type { Bundle, Lang } from './types.js';
import core from './core.js';
import registry, { words as registryWords } from '../workflows/registry/messages.js';
import admin from '../admin/messages.js';
import workflows from './records.js';
import checkin, { words as checkinWords } from '../workflows/checkin/messages.js';
import keys, { words as keysWords } from '../workflows/keys/messages.js';
import complaint, { words as complaintWords } from '../workflows/complaint/messages.js';
import followup, { words as followupWords } from '../workflows/followup/messages.js';
import visit, { words as visitWords } from '../workflows/visit/messages.js';
import repair, { words as repairWords } from '../workflows/repair/messages.js';
import renovate, { words as renovateWords } from '../workflows/renovate/messages.js';
import patrol, { words as patrolWords } from '../workflows/patrol/messages.js';
import survey, { words as surveyWords } from '../workflows/survey/messages.js';
import help from './help.js';
import calendar from '../calendar/messages.js';
import lend, { words as lendWords } from '../workflows/lend/messages.js';
import notice, { words as noticeWords } from '../workflows/notice/messages.js';
import staff, { words as staffWords } from '../workflows/staff/messages.js';
import lease, { words as leaseWords } from '../workflows/lease/messages.js';
import fields from './fields.js';
import meeting, { words as meetingWords } from '../workflows/meeting/messages.js';

import { CORE_WORDS, wordKey, type WordTables, type Words } from '../core/words.js';

export type { Lang } from './types.js';

/** Issue 18: every closed list's words (core's and each workflow's messages.ts), by scope and list. */
export const WORDS: WordTables = mergeWords([
  CORE_WORDS,
  registryWords,
  checkinWords,
  keysWords,
  complaintWords,
  followupWords,
  visitWords,
  repairWords,
  renovateWords,
  patrolWords,
  surveyWords,
  meetingWords,
  lendWords,
  noticeWords,
  staffWords,
  leaseWords,
]);

function mergeWords(tables: WordTables[]): WordTables {
  const out: WordTables = {};
  for (const t of tables) for (const [scope, lists] of Object.entries(t)) out[scope] = { ...out[scope], ...lists };
  return out;
}

/** The words as translator entries: w.<scope>.<list>.<code>. */
function wordBundle(): Bundle {
  const b: Bundle = {};
  for (const [scope, lists] of Object.entries(WORDS))
    for (const [list, ws] of Object.entries(lists)) for (const [code, w] of Object.entries(ws)) b[wordKey(scope, list, code)] = w;
  return b;
}

/** The table of a list in the first of `scopes` that has it (then core). */
export function wordsOf(scopes: string[], list: string): Words | undefined {
  for (const s of [...scopes, 'core']) if (WORDS[s]?.[list]) return WORDS[s][list];
  return undefined;
}

export const BUNDLES: Bundle[] = [
  core,
  registry,
  admin,
  workflows,
  checkin,
  keys,
  complaint,
  followup,
  visit,
  repair,
  renovate,
  calendar,
  lend,
  notice,
  patrol,
  survey,
  staff,
  lease,
  fields,
  meeting,
  help,
];
const ALL: Bundle = Object.assign(Object.create(null), ...BUNDLES, wordBundle());

/**
 * Issue 18: --lang, then PMDESK_LANG, then LANG (LC_ALL first; zh when it starts with "zh",
 * any other locale en). C, POSIX or nothing (a Windows desk PC) decide nothing: undefined.
 */
export function langOverride(flag: string | undefined, env: NodeJS.ProcessEnv): Lang | undefined {
  const v = flag || env.PMDESK_LANG;
  if (v) return v.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  const loc = (env.LC_ALL || env.LANG || '').toLowerCase();
  if (!loc || loc === 'c' || loc.startsWith('c.') || loc === 'posix') return undefined;
  return loc.startsWith('zh') ? 'zh' : 'en';
}

/** The language before the estate profile is read: an override, else Chinese (the profile's default `language`). */
export function pickLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  return langOverride(flag, env) ?? 'zh';
}

export type { T } from '../core/io.js';
import type { T } from '../core/io.js';

export function translator(lang: Lang): T {
  return (key, params = {}) => {
    const entry = ALL[key];
    const text = entry ? entry[lang] : key;
    return text.replace(/\{(\w+)\}/g, (m, name: string) => {
      if (!(name in params)) return m;
      const v = params[name];
      // A parameter may itself be a message key (e.g. why an ID number is invalid).
      return typeof v === 'string' && ALL[v] ? ALL[v][lang] : String(v);
    });
  };
}

export function hasKey(key: string): boolean {
  return key in ALL;
}
