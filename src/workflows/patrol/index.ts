// 巡查 patrols (§11): the workflow's descriptor (cheap); use-cases load when a command runs.
import type { Workflow } from '../../records/commands.js';
import commands from './commands.js';
import { CHECKS, INFO, PATROL_MACHINE } from './rules.js';
import { statesOf } from '../../core/states.js';

const workflow: Workflow = {
  info: INFO,
  commands,
  load: async () => (await import('./usecases.js')).kind,
  machines: () => [PATROL_MACHINE],
  words: () => ({ '--check': CHECKS, '--status': statesOf(PATROL_MACHINE) }),
};
export default workflow;
