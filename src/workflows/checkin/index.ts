// 交房 checkin (§2): the workflow's descriptor, loaded at start-up (cheap); the
// use-cases load only when one of its commands runs.
import type { Workflow } from '../../records/commands.js';
import commands from './commands.js';
import { CHECKIN_MACHINE, INFO } from './rules.js';
import { statesOf } from '../../core/states.js';

const workflow: Workflow = {
  info: INFO,
  commands,
  load: async () => (await import('./usecases.js')).kind,
  showView: async () => (await import('./views.js')).showView,
  machines: () => [CHECKIN_MACHINE],
  words: () => ({ '--status': statesOf(CHECKIN_MACHINE) }),
};
export default workflow;
