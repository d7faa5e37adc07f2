// `pmdesk visit …` (§6): in, out, log, close.
import type { Command } from 'commander';
import { act } from '../../cli/run.js';
import type { Io } from '../../core/io.js';
import { ask, askFor, idAtPrompt } from '../../cli/ask.js';
import { minute } from '../../formats/when.js';
import { say } from '../../core/words.js';

const app = () => import('./usecases.js');
/** The entry's state, and the R-804 follow-ups a service entry got (sampled at its coverage key). */
const state = (r: { no: string; status: string; followups?: string[] }, io: Io) =>
  [
    io.t('visit.state', { no: r.no, status: say(io.t, 'visit', 'status', r.status) }),
    ...(r.followups ?? []).map((no) => io.t('visit.followup', { no })),
  ].join('\n');

export default function register(g: Command): void {
  g.command('in')
    .option('--name <name>')
    .option('--id-type <t>')
    .option('--id-number <no>')
    .option('--phone <phone>')
    .option('--unit <code>')
    .option('--purpose <text>')
    .option('--confirmed')
    .action(
      act(
        async (io, _a, o) =>
          (await app()).visitIn(
            io,
            await ask(io, o, {
              name: {},
              // a closed list, offered at a terminal with the number it types (issue 18.7); else the default 身份证 (id)
              idType: { choices: (await import('../../core/identity.js')).ID_TYPES, default: 'id', when: (x) => io.interactive && !x.idNumber },
              idNumber: { validate: idAtPrompt(io) },
              phone: { optional: true },
              unit: {},
              purpose: {},
            }),
          ),
        (r, io) => io.t('visit.in', { no: r.no, confirmed: r.confirmed ? io.t('word.yes') : io.t('word.no') }),
      ),
    );
  g.command('out [no]').action(act(async (io, [no], o) => (await app()).visitOut(io, (await askFor(io, 'visit', no, o)).no), state));
  g.command('log')
    .option('--category <c>')
    .option('--desc <text>')
    .option('--name <name>')
    .option('--unit <code>')
    .option('--phone <phone>')
    .option('--public <place>')
    .option('--about <text>')
    .option('--channel <c>')
    .option('--solved')
    .option('--term-from <date>')
    .option('--term-to <date>')
    .action(
      act(
        async (io, _a, o) =>
          (await app()).visitLog(io, await ask(io, o, { category: { choices: (await import('./rules.js')).CATEGORIES }, desc: {} })),
        (r, io) =>
          r.handoffDue
            ? io.t('visit.afterSales', { no: r.no, due: minute(r.handoffDue) })
            : r.created
              ? io.t('visit.created', { no: r.no, created: r.created })
              : state(r, io),
      ),
    );
  g.command('close [no]')
    .option('--note <text>')
    .action(
      act(async (io, [no], o) => {
        const v = await askFor(io, 'visit', no, o);
        return (await app()).visitClose(io, v.no, v);
      }, state),
    );
  g.command('handoff [no]')
    .option('--to <name>')
    .action(
      act(
        async (io, [no], o) => {
          const v = await askFor(io, 'visit', no, o, { to: { optional: true } });
          return (await app()).visitHandoff(io, v.no, v);
        },
        (r, io) => io.t('visit.handedOff', { no: r.no }),
      ),
    );
  g.command('reaccept [no]')
    .option('--pass')
    .option('--fail')
    .option('--note <text>')
    .action(
      act(
        async (io, [no], o) => {
          const v = await askFor(io, 'visit', no, o, { note: { optional: true } });
          return (await app()).visitReaccept(io, v.no, v);
        },
        (r, io) => io.t(r.status === 'closed' ? 'visit.reaccept.pass' : 'visit.reaccept.fail', { no: r.no }),
      ),
    );
}
