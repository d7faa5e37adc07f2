// Every message bundle, one per area, both languages side by side (a key without both does not
// compile). The build turns them into one dictionary per language (dist/text.<lang>.json, build.mjs).
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
import type { Bundle } from './types.js';

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
