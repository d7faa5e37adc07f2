// t(key, params) in the chosen language; {name} placeholders are filled from params.
import type { Bundle, Lang } from './types.js';
import core from './core.js';
import registry from '../workflows/registry/messages.js';
import admin from '../admin/messages.js';
import workflows from './records.js';
import checkin from '../workflows/checkin/messages.js';
import keys from '../workflows/keys/messages.js';
import complaint from '../workflows/complaint/messages.js';
import followup from '../workflows/followup/messages.js';
import visit from '../workflows/visit/messages.js';
import repair from '../workflows/repair/messages.js';
import renovate from '../workflows/renovate/messages.js';
import patrol from '../workflows/patrol/messages.js';
import survey from '../workflows/survey/messages.js';
import help from './help.js';
import calendar from '../calendar/messages.js';
import lend from '../workflows/lend/messages.js';
import notice from '../workflows/notice/messages.js';
import staff from '../workflows/staff/messages.js';
import lease from '../workflows/lease/messages.js';
import fields from './fields.js';
import meeting from '../workflows/meeting/messages.js';

export type { Lang } from './types.js';

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
const ALL: Bundle = Object.assign(Object.create(null), ...BUNDLES);

/** --lang, then PMDESK_LANG, then LANG (zh when it starts with "zh"); default en. */
export function pickLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  const v = flag ?? env.PMDESK_LANG;
  if (v) return v.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  return (env.LC_ALL || env.LANG || '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
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
