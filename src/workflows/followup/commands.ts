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
        // Issue 18: at a terminal each row says what it is about and whom to call; piped, one line a row; --json as it was.
        async (io, _a, o) =>
          (await app()).followupDue(io, o, io.json ? undefined : (await import('../../formats/table.js')).screenRows() ? 'terminal' : 'piped'),
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
  g.command('plan')
    .option('--quarter <YYYYQn>')
    .action(
      act(
        async (io, _a, o) => (await import('./quarter.js')).planQuarter(io, o),
        (r, io) =>
          [
            io.t('followup.planned', { quarter: r.quarter, added: r.added, days: r.workingDays, from: r.from, to: r.to }),
            ...r.officers.map((x) =>
              io.t('followup.planned.officer', { officer: x.officer, areas: x.areas.join(','), added: x.added, households: x.households }),
            ),
            ...(r.director?.added
              ? [io.t('followup.planned.director', { name: r.director.name, added: r.director.added, days: r.director.visits.join(', ') })]
              : []),
          ].join('\n'),
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
