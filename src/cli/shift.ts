// `pmdesk shift handover`: what the next shift inherits.
import type { Command } from 'commander';
import { act, need } from './run.js';

export default function register(shift: Command): void {
  shift
    .command('handover')
    .description('open items carried over to the next shift (R-602), recorded with who handed over (--clerk) to whom (--to)')
    .option('--to <clerk>', 'the clerk taking over')
    .option('--hours <n>', 'length of the next shift, for deadlines due before it ends (default: profile shift.hours, 12)')
    .addHelpText('after', '\nExample:\n  pmdesk --clerk 小王 shift handover --to 小李')
    .action(
      act(
        async (io, _a, o) => (await import('../app/shift.js')).handover(io, { ...o, to: await need(io, o.to, 'to', 'to 接班人') }),
        async (r, io) => (await import('../render/visit.js')).handoverView(r, io),
      ),
    );
}
