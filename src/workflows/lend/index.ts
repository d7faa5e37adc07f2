// 借用 small lending at the desk (R-1300): the workflow's descriptor (cheap);
// use-cases load when a command runs.
import type { Workflow } from '../../records/commands.js';
import commands from './commands.js';
import { INFO, LOAN_MACHINE } from './rules.js';
import { statesOf } from '../../core/states.js';

const workflow: Workflow = {
  info: INFO,
  commands,
  load: async () => (await import('./usecases.js')).kind,
  states: () => statesOf(LOAN_MACHINE),
  machines: () => [LOAN_MACHINE],
  words: () => ({ '--status': statesOf(LOAN_MACHINE) }),
};
export default workflow;
