// `pmdesk patrol …` (§11): plan, record, resolve, sheet. The uniform verbs (list, show, print, void) come with the group.
import type { Command } from 'commander';
import { act } from '../../cli/run.js';
import { ask, askFor } from '../../cli/ask.js';
import type { Io } from '../../core/io.js';
import { say } from '../../core/words.js';

const app = () => import('./usecases.js');

export default function register(g: Command): void {
  g.command('plan')
    .option('--month <YYYY-MM>')
    .action(
      act(
        async (io, _a, o) => (await app()).plan(io, o),
        (r, io) =>
          r.already
            ? io.t('patrol.planned.already', { month: r.month })
            : io.t('patrol.planned', {
                month: r.month,
                units: r.units,
                days: r.workingDays,
                from: r.from,
                rounds: r.rounds,
                places: r.places.length,
                first: r.first,
                last: r.last,
              }),
      ),
    );
  g.command('record')
    .option('--unit <code>')
    .option('--public <place>')
    .option('--ok')
    .option('--finding <text>')
    .option('--check <checks>')
    .option('--repair')
    .action(
      act(
        async (io, _a, o) => {
          // At a terminal with nothing said: where (a unit, else a public place from the profile), then what was found.
          let v = o;
          if (io.interactive && !o.unit && !o.public) {
            v = await ask(io, o, {
              unit: { optional: true },
              public: { choices: async () => (await app()).places(io), when: (x) => !x.unit },
              finding: { optional: true, when: () => !o.ok },
              repair: { choices: ['yes', 'no'], when: (x) => !!x.finding && !o.repair },
            });
            if (!v.finding) v = { ...v, ok: true };
            v = { ...v, repair: v.repair === true || v.repair === 'yes' };
          }
          return (await app()).recordPatrol(io, v);
        },
        (r, io) => recorded(r, io),
      ),
    );
  g.command('resolve [no]')
    .option('--note <text>')
    .action(
      act(
        async (io, [no], o) => {
          const v = await askFor(io, 'patrol', no, o, { note: {} });
          return (await app()).resolve(io, v.no, v);
        },
        (r, io) => io.t('patrol.resolved', { no: r.no, n: r.resolved }),
      ),
    );
  g.command('sheet')
    .option('--month <YYYY-MM>')
    .option('--format <f>', '', 'html')
    .option('--out <file>')
    .action(
      act(
        async (io, _a, o) => (await app()).sheet(io, o),
        async (r, io) => r.html ?? (await import('../../cli/written.js')).written(io, r.out!, { rows: r.rows }),
      ),
    );
}

function recorded(
  r: {
    no: string;
    status: string;
    target?: unknown;
    recorded: { place: string | null; result: string; finding: string | null; repair: string | null };
  },
  io: Io,
): string {
  const where = r.recorded.place ? `${r.target} · ${r.recorded.place}` : String(r.target ?? '');
  const what = r.recorded.result === 'ok' ? io.t('patrol.ok') : io.t('patrol.finding', { finding: r.recorded.finding });
  const repair = r.recorded.repair ? io.t('patrol.repair', { repair: r.recorded.repair }) : '';
  return `${io.t('patrol.recorded', { no: r.no, where, what, status: say(io.t, 'patrol', 'status', r.status) })}${repair}`;
}
