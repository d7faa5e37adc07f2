// `pmdesk repair …` (§5): new, dispatch, quote, complete, log. The uniform
// list/show/print/void are added by workflows.ts.
import type { Command } from 'commander';
import { act } from '../../cli/run.js';
import type { Io } from '../../core/io.js';
import { ask, askFor } from '../../cli/ask.js';
import { minute } from '../../formats/when.js';
import { say } from '../../core/words.js';

const app = () => import('./usecases.js');
const views = () => import('./views.js');
const done = (r: { no: string; status: string; dueAt: string | null }, io: Io) =>
  `${io.t('repair.done', { no: r.no, status: say(io.t, 'repair', 'status', r.status) })}${r.dueAt ? ` · ${minute(r.dueAt)}` : ''}`;

export default function register(g: Command): void {
  const create = g
    .command('new')
    // `--help <kind>` is the help request of the issue; the command's own help is -h (or --help alone).
    .helpOption('-h')
    .option('--unit <code>')
    .option('--public <place>')
    .option('--location <where>')
    .option('--reporter <name>')
    .option('--phone <phone>')
    .option('--desc <text>')
    .option('--kind <k>')
    .option('--urgency <u>')
    .option('--help [kind]')
    .option('--help-kind <h>')
    .option('--agreed <datetime>')
    .option('--large');
  const work = act(
    async (io, _a, o) => {
      const d = await import('./rules.js');
      const v = await ask(io, o, {
        unit: { when: (x) => !x.public, orPublic: 'public' }, // R-500: a unit or a public place 公共部位
        reporter: { resident: 'name', phone: 'phone' },
        phone: {},
        location: { optional: true },
        desc: {},
        // The kinds of this estate (profile repair.kinds); Enter leaves the default.
        kind: { choices: async () => (await import('../../core/settings.js')).profileShow(io).profile.repair.kinds, optional: true },
        urgency: { choices: d.URGENCIES, optional: true },
      });
      return (await app()).newRepair(io, { ...v, help: typeof v.help === 'string' ? v.help : v.helpKind });
    },
    (r, io) => io.t('repair.created', { no: r.no, due: minute(r.dueAt) }),
  );
  create.action(async (...all: unknown[]) => {
    const cmd = all[all.length - 1] as Command;
    if (cmd.opts().help === true) return cmd.help(); // `--help` without a kind: the usual help, exit 0
    return work(...all);
  });

  g.command('dispatch [no]')
    .option('--tech <name>')
    .option('--materials <text>')
    .option('--agreed <datetime>')
    .action(
      act(async (io, [no], o) => {
        const v = await askFor(io, 'repair', no, o, { tech: { staff: 'person', roles: ['technician'] }, materials: { optional: true } });
        return (await app()).dispatch(io, v.no, v);
      }, done),
    );
  g.command('quote [no]')
    .option('--amount <yuan>')
    .option('--item <name>')
    .option('--consent')
    .action(
      act(async (io, [no], o) => {
        const v = await askFor(io, 'repair', no, o, { amount: { when: (x) => !x.item && !x.consent } });
        return (await app()).quote(io, v.no, v);
      }, done),
    );
  g.command('complete [no]')
    .option('--paid <yuan>')
    .option('--receipt <no>')
    .option('--comment <text>')
    .option('--no-signed')
    .action(
      act(async (io, [no], o) => {
        const v = await askFor(io, 'repair', no, o, {
          paid: { optional: true },
          receipt: { optional: true, when: (x) => !!x.paid },
          comment: { optional: true },
        });
        return (await app()).complete(io, v.no, v);
      }, done),
    );
  g.command('log')
    .option('--date <YYYY-MM-DD>')
    .option('--month <YYYY-MM>')
    .option('--format <f>')
    .option('--out <file>')
    .option('--force')
    .action(
      act(
        async (io, _a, o) => (await app()).repairLog(io, o),
        async (r, io) =>
          r.html !== undefined
            ? r.html
            : 'rows' in r
              ? (await views()).logView(r, io)
              : (await import('../../cli/written.js')).written(io, r.out!, { rows: r.count }),
      ),
    );
}
