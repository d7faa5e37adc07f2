// 通知 notices (R-1000, R-1001): the workflow's descriptor (cheap); use-cases load
// when a command runs.
import type { Workflow } from '../../records/commands.js';
import commands from './commands.js';
import { INFO, NOTICE_KINDS, NOTICE_MACHINE, OUTCOMES } from './rules.js';
import { statesOf } from '../../core/states.js';

const workflow: Workflow = {
  info: INFO,
  commands,
  load: async () => (await import('./usecases.js')).kind,
  states: () => statesOf(NOTICE_MACHINE),
  machines: () => [NOTICE_MACHINE],
  words: () => ({ '--kind': NOTICE_KINDS, '--outcome': OUTCOMES, '--status': statesOf(NOTICE_MACHINE) }),
};
export default workflow;
