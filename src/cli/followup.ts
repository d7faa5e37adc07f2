// `pmdesk followup …` (§8): due, record, skip.
import type { Command } from 'commander';
import { act } from './run.js';
import { ask, askFor } from './ask.js';

const app = () => import('../app/followup.js');
const views = () => import('../render/followup.js');
const domain = () => import('../domain/followup.js');

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
          (await app()).recordFollowup(io, no, await ask(io, o, { method: { choices: (await domain()).METHODS }, satisfaction: { choices: (await domain()).SATISFACTION }, note: { optional: true } })),
        async (r, io) => (await views()).recordedView(r, io),
      ),
    );
  g.command('skip [no]')
    .option('--reason <text>')
    .action(act(async (io, [no], o) => { const v = await askFor(io, 'followup', no, o, { reason: {} }); return (await app()).skipFollowup(io, v.no, v.reason); }, (r) => `${r.no}: ${r.status}`));
}
