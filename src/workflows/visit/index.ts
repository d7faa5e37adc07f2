// 来访 visits and the desk's log (§6): the workflow's descriptor (cheap);
// use-cases load when a command runs.
import type { Workflow } from '../../records/commands.js';
import commands from './commands.js';
import { CATEGORIES, INFO, VISIT_MACHINE } from './rules.js';
import { statesOf } from '../../core/states.js';

const workflow: Workflow = {
  info: INFO,
  commands,
  load: async () => (await import('./usecases.js')).kind,
  machines: () => [VISIT_MACHINE],
  words: () => ({ '--category': CATEGORIES, '--status': statesOf(VISIT_MACHINE) }),
};
export default workflow;
