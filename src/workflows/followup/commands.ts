// `pmdesk followup …` (§8): due, record, skip.
import type { Command } from 'commander';
import { act } from '../../cli/run.js';
import { ask, askFor } from '../../cli/ask.js';

const app = () => import('./usecases.js');
const views = () => import('./views.js');
const domain = () => import('./rules.js');

export default function register(g: Command): void {
  g.command('due')
    .option('--today')
    .action(
      act(
        async (io, _a, o) => (await app()).followupDue(io, o),
        async (rows, io) => (await views()).dueView(rows, io),
      ),
    );
  g.command('record <source-no>')
    .option('--method <m>')
    .option('--satisfaction <s>')
    .option('--note <text>')
    .option('--shortcomings <text>')
    .option('--suggestions <text>')
    .option('--confirmed')
    .action(
      act(
        async (io, [no], o) =>
          (await app()).recordFollowup(
            io,
            no,
            await ask(io, o, {
              method: { choices: (await domain()).METHODS },
              satisfaction: { choices: (await domain()).SATISFACTION },
              note: { optional: true },
            }),
          ),
        async (r, io) => (await views()).recordedView(r, io),
      ),
    );
  g.command('skip [no]')
    .option('--reason <text>')
    .action(
      act(
        async (io, [no], o) => {
          const v = await askFor(io, 'followup', no, o, { reason: {} });
          return (await app()).skipFollowup(io, v.no, v.reason);
        },
        (r) => `${r.no}: ${r.status}`,
      ),
    );
}
