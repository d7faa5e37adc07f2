// 人员名册 the staff roster: a command group without records.
import type { Workflow } from '../../records/commands.js';
import commands from './commands.js';
import { STAFF_ROLES } from './rules.js';

const workflow: Workflow = { group: 'staff', scopes: ['staff'], commands, words: () => ({ '--role': STAFF_ROLES }) };
export default workflow;
