// 回访 follow-ups (§8): the workflow's descriptor (cheap); use-cases load when a command runs.
import type { Workflow } from '../../records/commands.js';
import commands from './commands.js';
import { FOLLOWUP_MACHINE, INFO, METHODS, SATISFACTION } from './rules.js';
import { statesOf } from '../../core/states.js';

const workflow: Workflow = {
  info: INFO,
  commands,
  load: async () => (await import('./usecases.js')).kind,
  machines: () => [FOLLOWUP_MACHINE],
  words: () => ({ '--method': METHODS, '--satisfaction': SATISFACTION, '--status': statesOf(FOLLOWUP_MACHINE) }),
};
export default workflow;
