// `pmdesk demo` (cli.md): a sample estate with a month of desk work and its report.
import type { Command } from 'commander';
import { act } from '../cli/run.js';

/** Registered after the workflows; placed right after `init` in the help, as cli.md lists it. */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .option('--month <YYYY-MM>')
    .option('--size <size>', '', 'small')
    .option('--years <n>')
    .action(
      act(
        async (io, _a, o) => (await import('./demo.js')).demo(io, { month: o.month, size: o.size, years: o.years }),
        async (r, io) => {
          const d = await import('./demo.js');
          io.stdout(await d.demoView(r, io));
          if (process.stderr.isTTY) io.stderr(d.demoNext(r, io));
        },
      ),
    );

  const cmds = program.commands as Command[];
  const demo = cmds.pop()!;
  cmds.splice(cmds.findIndex((c) => c.name() === 'init') + 1, 0, demo);
}
