// Issue 18: every closed list's words (core's and each workflow's messages.ts), merged by scope
// and list; the translator's w.<scope>.<list>.<code> entries come from here too.
import { words as registryWords } from '../workflows/registry/messages.js';
import { words as checkinWords } from '../workflows/checkin/messages.js';
import { words as keysWords } from '../workflows/keys/messages.js';
import { words as complaintWords } from '../workflows/complaint/messages.js';
import { words as followupWords } from '../workflows/followup/messages.js';
import { words as visitWords } from '../workflows/visit/messages.js';
import { words as repairWords } from '../workflows/repair/messages.js';
import { words as renovateWords } from '../workflows/renovate/messages.js';
import { words as patrolWords } from '../workflows/patrol/messages.js';
import { words as surveyWords } from '../workflows/survey/messages.js';
import { words as lendWords } from '../workflows/lend/messages.js';
import { words as noticeWords } from '../workflows/notice/messages.js';
import { words as staffWords } from '../workflows/staff/messages.js';
import { words as leaseWords } from '../workflows/lease/messages.js';
import { words as meetingWords } from '../workflows/meeting/messages.js';
import { CORE_WORDS, wordKey, type WordTables, type Words } from '../core/words.js';
import type { Bundle } from './types.js';

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
export function wordBundle(): Bundle {
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
