// `pmdesk lend …` (R-1300): out, back, count.
import type { Command } from 'commander';
import { act } from '../../cli/run.js';
import { ask } from '../../cli/ask.js';

const app = () => import('./usecases.js');
const views = () => import('./views.js');

export default function register(g: Command): void {
  g.command('out')
    .option('--item <item>')
    .option('--to <name>')
    .option('--phone <phone>')
    .option('--deposit <yuan>')
    .option('--count <n>')
    .option('--unit <code>')
    .action(
      act(
        async (io, _a, o) => {
          const v = await ask(io, o, {
            item: { choices: async () => (await app()).itemKeys(io) },
            to: {},
            phone: {},
            deposit: { optional: true },
          });
          return (await app()).lendOut(io, v);
        },
        async (r, io) => (await views()).outView(r, io),
      ),
    );
  g.command('back [no]')
    .option('--damaged')
    .option('--keep <yuan>')
    .option('--note <text>')
    .action(
      act(
        async (io, [no], o) => {
          const v = await ask(io, { ...o, no }, { no: { record: 'lend' }, note: { optional: true } });
          return (await app()).lendBack(io, v.no, v);
        },
        async (r, io) => (await views()).backView(r, io),
      ),
    );
  g.command('count')
    .option('--on-hand <item=n,…>')
    .option('--cash <yuan>')
    .action(
      act(
        async (io, _a, o) => (await app()).lendCount(io, o),
        async (r, io) => (await views()).countView(r, io),
      ),
    );
}
