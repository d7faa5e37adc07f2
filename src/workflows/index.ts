// The workflow registry: the one list of desk workflows. Each folder describes
// itself in its index.ts (group, record types, final states, commands); the heavy
// part (JSON details, export columns, forms, report sections) loads only when a
// command of that group runs. To add a workflow: one folder, one line below.
import type { Kind } from '../core/kind.js';
import type { Workflow } from '../records/commands.js';
import checkin from './checkin/index.js';
import renovate from './renovate/index.js';
import complaint from './complaint/index.js';
import repair from './repair/index.js';
import visit from './visit/index.js';
import keys from './keys/index.js';
import followup from './followup/index.js';
import shift from './shift/index.js';
import registry from './registry/index.js';
import lend from './lend/index.js';
import notice from './notice/index.js';
import staff from './staff/index.js';
import lease from './lease/index.js';
import patrol from './patrol/index.js';
import survey from './survey/index.js';
import meeting from './meeting/index.js';

/** Every workflow, in help order. */
export const WORKFLOWS: Workflow[] = [
  registry,
  checkin,
  renovate,
  complaint,
  repair,
  visit,
  keys,
  followup,
  notice,
  patrol,
  survey,
  meeting,
  lend,
  lease,
  shift,
  staff,
];

const BY_GROUP = new Map(WORKFLOWS.filter((w) => w.info).map((w) => [w.info!.group, w]));

/** The record groups (those with records and the uniform verbs). */
export const RECORD_GROUPS = [...BY_GROUP.keys()];

/** A group's whole descriptor: its workflow's `load()`, or the static part when it has none. */
export async function loadKind(group: string): Promise<Kind> {
  const w = BY_GROUP.get(group);
  if (!w) throw new Error(`unknown record group ${group}`);
  return w.load ? await w.load() : w.info!;
}

/** Closed lists of flag values, merged from every workflow (shell completion). */
export function completionWords(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const w of WORKFLOWS)
    for (const [flag, words] of Object.entries(w.words?.() ?? {})) out[flag] = [...new Set([...(out[flag] ?? []), ...words])];
  return out;
}
