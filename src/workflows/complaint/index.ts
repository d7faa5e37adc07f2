// 投诉/建议/表扬 complaints, suggestions, praise (§4): the workflow's descriptor
// (cheap); use-cases load when a command runs. R-403 escalation: derived by reads, stored by writes.
import type { Workflow } from '../../records/commands.js';
import commands from './commands.js';
import { CHANNELS, CLASSES, COMPLAINT_MACHINE, INFO, INVALID_KINDS, KINDS, PRAISE_MACHINE, SUGGESTION_MACHINE } from './rules.js';
import { statesOf } from '../../core/states.js';

const workflow: Workflow = {
  info: INFO,
  commands,
  load: async () => (await import('./usecases.js')).kind,
  showView: async () => (await import('./views.js')).showView,
  listOptions: ['--class <c>', '--kind <k>'],
  machines: () => [COMPLAINT_MACHINE, SUGGESTION_MACHINE, PRAISE_MACHINE],
  words: () => ({
    '--channel': CHANNELS,
    '--class': CLASSES,
    '--invalid-kind': INVALID_KINDS,
    '--type': KINDS,
    '--kind': KINDS,
    '--status': [COMPLAINT_MACHINE, SUGGESTION_MACHINE, PRAISE_MACHINE].flatMap(statesOf),
  }),
};
export default workflow;
