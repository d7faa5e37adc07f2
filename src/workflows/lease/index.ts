// 租赁 leases: the workflow's descriptor (cheap); use-cases load when a command runs.
import type { Workflow } from '../../records/commands.js';
import commands from './commands.js';
import { INFO, LEASE_MACHINE } from './rules.js';
import { statesOf } from '../../core/states.js';

const workflow: Workflow = {
  info: INFO,
  commands,
  load: async () => (await import('./usecases.js')).kind,
  listOptions: ['--ending-within <days>'],
  machines: () => [LEASE_MACHINE],
  words: () => ({ '--status': statesOf(LEASE_MACHINE) }),
};
export default workflow;
