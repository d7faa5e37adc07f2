// Every command's help, merged from one bundle per area; `helpFor` resolves a
// command path, falling back to the uniform "* verb" entry of record groups.
import type { CommandHelp, HelpBundle, Text } from './types.js';
import admin from '../../admin/help.js';
import setup from '../../workflows/registry/help.js';
import checkin from '../../workflows/checkin/help.js';
import renovate from '../../workflows/renovate/help.js';
import complaint from '../../workflows/complaint/help.js';
import repair from '../../workflows/repair/help.js';
import visit from '../../workflows/visit/help.js';
import keys from '../../workflows/keys/help.js';
import followup from '../../workflows/followup/help.js';
import lend from '../../workflows/lend/help.js';
import notice from '../../workflows/notice/help.js';
import patrol from '../../workflows/patrol/help.js';
import survey from '../../workflows/survey/help.js';
import uniform from './records.js';
import calendar from '../../calendar/help.js';
import staff from '../../workflows/staff/help.js';
import lease from '../../workflows/lease/help.js';
import meeting from '../../workflows/meeting/help.js';

export type { CommandHelp, HelpBundle, Text } from './types.js';

export const HELP: HelpBundle = Object.assign(
  Object.create(null),
  admin,
  setup,
  checkin,
  renovate,
  complaint,
  repair,
  visit,
  keys,
  followup,
  lend,
  notice,
  patrol,
  survey,
  calendar,
  staff,
  lease,
  meeting,
  uniform,
);

/** Record-number prefixes of the record groups, for the uniform examples. */
export const PREFIX: Record<string, string> = {
  checkin: 'JF',
  renovate: 'ZX',
  complaint: 'TS',
  repair: 'BX',
  visit: 'LF',
  keys: 'YS',
  followup: 'HF',
  notice: 'TZ',
  patrol: 'XC',
  survey: 'DC',
  lend: 'JD',
  lease: 'ZL',
  meeting: 'HY',
};

const fill = (s: string, group: string) => s.replaceAll('{group}', group).replaceAll('{prefix}', PREFIX[group] ?? '');

function fillText(t: Text | undefined, group: string): Text | undefined {
  return t && { en: fill(t.en, group), zh: fill(t.zh, group) };
}

/** The help of a command path: its own entry over the uniform one of its verb. */
export function helpFor(path: string): CommandHelp | undefined {
  const own = HELP[path];
  const [group, verb, ...rest] = path.split(' ');
  const uni = rest.length === 0 && verb && PREFIX[group] ? HELP[`* ${verb}`] : undefined;
  if (!uni) return own;
  const options: Record<string, Text> = {};
  for (const [k, v] of Object.entries({ ...uni.options, ...own?.options })) options[k] = fillText(v, group)!;
  return {
    en: own?.en ?? (uni.en && fill(uni.en, group)),
    zh: own?.zh ?? (uni.zh && fill(uni.zh, group)),
    rules: own?.rules ?? uni.rules,
    examples: (own?.examples ?? uni.examples ?? []).map((e) => fill(e, group)),
    options,
  };
}
