// 钥匙 keys (§7): the workflow's descriptor (cheap); use-cases load when a command runs.
import type { Workflow } from '../../records/commands.js';
import commands from './commands.js';
import { CUSTODY, INFO, KEY_KINDS, LOAN_MACHINE, LOST_MACHINE } from './rules.js';
import { statesOf } from '../../core/states.js';

const workflow: Workflow = {
  info: INFO,
  commands,
  load: async () => (await import('./usecases.js')).kind,
  machines: () => [LOAN_MACHINE, LOST_MACHINE],
  words: () => ({ '--kind': KEY_KINDS, '--custody': CUSTODY, '--status': [LOAN_MACHINE, LOST_MACHINE].flatMap(statesOf) }),
};
export default workflow;
