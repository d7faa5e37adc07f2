// 值班 shift handover (§6): a command group without records.
import type { Workflow } from '../../records/commands.js';
import commands from './commands.js';

const workflow: Workflow = { group: 'shift', commands };
export default workflow;
