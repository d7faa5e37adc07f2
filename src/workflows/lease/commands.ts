// `pmdesk lease …`: remind; list/show/print/void are the uniform verbs.
// A lease is filed with `pmdesk unit lease` and ended with `pmdesk unit lease-end` (撤租).
import type { Command } from 'commander';
import { act } from '../../cli/run.js';
import { askFor } from '../../cli/ask.js';

export default function register(g: Command): void {
  g.command('remind [no]')
    .option('--note <text>')
    .action(
      act(
        async (io, [no], o) => {
          const v = await askFor(io, 'lease', no, o);
          return (await import('./usecases.js')).remind(io, v.no, v);
        },
        (r, io) => io.t('lease.reminded', { no: r.no, to: r.to }),
      ),
    );
}
