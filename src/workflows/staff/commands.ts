// `pmdesk staff …`: the roster 人员名册.
import type { Command } from 'commander';
import { act } from '../../cli/run.js';
import { ask } from '../../cli/ask.js';
import { STAFF_ROLES } from './rules.js';

const app = () => import('./usecases.js');

export default function register(g: Command): void {
  g.command('add')
    .option('--name <name>')
    .option('--role <role>')
    .option('--dept <dept>')
    .option('--areas <list>')
    .action(
      act(
        async (io, _a, o) =>
          (await app()).addStaff(io, await ask(io, o, { name: {}, role: { choices: STAFF_ROLES }, dept: { staff: 'dept', optional: true } })),
        async (r, io) => io.t('staff.added', { name: r.name, role: (await import('./views.js')).roleName(io, r.role) }),
      ),
    );
  g.command('list')
    .option('--all')
    .option('--role <role>')
    .action(
      act(
        async (io, _a, o) => (await app()).listStaff(io, o),
        async (r, io) => (await import('./views.js')).staffView(r, io),
      ),
    );
  g.command('leave <name>')
    .option('--date <date>')
    .action(
      act(
        async (io, [name], o) => (await app()).leaveStaff(io, name, o),
        (r, io) => io.t('staff.left', { name: r.name, date: r.leftAt!.slice(0, 10) }),
      ),
    );
}
