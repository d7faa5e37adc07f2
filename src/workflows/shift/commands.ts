// `pmdesk shift handover`: what the next shift inherits.
import type { Command } from 'commander';
import { act } from '../../cli/run.js';
import { ask } from '../../cli/ask.js';

export default function register(shift: Command): void {
  shift
    .command('handover')
    .option('--to <clerk>')
    .option('--hours <n>')
    .action(
      act(
        async (io, _a, o) => (await import('./usecases.js')).handover(io, await ask(io, o, { to: { staff: 'person' }, hours: { optional: true } })),
        async (r, io) => (await import('./views.js')).handoverView(r, io),
      ),
    );
}
