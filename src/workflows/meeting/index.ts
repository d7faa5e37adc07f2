// 楼长会 the quarterly building representatives' meeting (R-803): the workflow's descriptor
// (cheap); use-cases load when a command runs.
import type { Workflow } from '../../records/commands.js';
import commands from './commands.js';
import { INFO, MEETING_MACHINE } from './rules.js';
import { statesOf } from '../../core/states.js';

const workflow: Workflow = {
  info: INFO,
  commands,
  load: async () => (await import('./usecases.js')).kind,
  states: () => statesOf(MEETING_MACHINE),
  machines: () => [MEETING_MACHINE],
  words: () => ({ '--status': statesOf(MEETING_MACHINE) }),
};
export default workflow;
