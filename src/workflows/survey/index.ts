// 业主意见调查 surveys (§12): the workflow's descriptor (cheap); use-cases load when a command runs.
import type { Workflow } from '../../records/commands.js';
import commands from './commands.js';
import { AREAS, INFO, SURVEY_MACHINE } from './rules.js';
import { statesOf } from '../../core/states.js';

const workflow: Workflow = {
  info: INFO,
  commands,
  load: async () => (await import('./usecases.js')).kind,
  machines: () => [SURVEY_MACHINE],
  words: () => ({ '--area': AREAS, '--status': statesOf(SURVEY_MACHINE) }),
};
export default workflow;
