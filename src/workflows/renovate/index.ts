// 装修 renovation (§3): the workflow's descriptor (cheap); use-cases load when a command runs.
import type { Workflow } from '../../records/commands.js';
import commands from './commands.js';
import { INFO, RENOVATION_MACHINE } from './rules.js';
import { statesOf } from '../../core/states.js';

const workflow: Workflow = {
  info: INFO,
  commands,
  load: async () => (await import('./usecases.js')).kind,
  machines: () => [RENOVATION_MACHINE],
  words: () => ({ '--status': statesOf(RENOVATION_MACHINE), '--inspection': ['pass', 'fail'] }),
};
export default workflow;
