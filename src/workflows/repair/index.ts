// 报修 repairs and 求助 calls for help (§5): the workflow's descriptor (cheap);
// use-cases load when a command runs.
import type { Workflow } from '../../records/commands.js';
import commands from './commands.js';
import { HELP_KINDS, INFO, REPAIR_MACHINE, URGENCIES } from './rules.js';
import { statesOf } from '../../core/states.js';
import { defaultProfile } from '../../core/profile.js';

const workflow: Workflow = {
  info: INFO,
  commands,
  load: async () => (await import('./usecases.js')).kind,
  showView: async () => (await import('./views.js')).showView,
  listOptions: ['--kind <k>', '--tech <name>', '--urgency <u>', '--repeat', '--help-kind <h>'],
  machines: () => [REPAIR_MACHINE],
  words: () => ({
    '--urgency': URGENCIES,
    '--help-kind': HELP_KINDS,
    '--kind': defaultProfile().repair.kinds as string[],
    '--status': statesOf(REPAIR_MACHINE),
  }),
};
export default workflow;
