// The registry (§1): init, units, residents and the estate's profile, at the top
// level of the command tree (no record group).
import type { Workflow } from '../../records/commands.js';
import { registerSetup } from './commands.js';
import { ROLES, UNIT_STATUSES } from './rules.js';
import { ID_TYPES } from '../../core/identity.js';

const workflow: Workflow = {
  root: true,
  scopes: ['unit', 'resident'],
  commands: registerSetup,
  words: () => ({ '--role': ROLES, '--status': UNIT_STATUSES, '--id-type': ID_TYPES }),
};
export default workflow;
