// `pmdesk checkin …` (§2): start, doc, meter, defect, keys, sign, complete.
import type { Command } from 'commander';
import { act } from '../../cli/run.js';
import type { Io } from '../../core/io.js';
import { ask, askFor } from '../../cli/ask.js';
import { minute } from '../../formats/when.js';
import { say } from '../../core/words.js';

const app = () => import('./usecases.js');
const state = (r: { no: string; status: string; missing?: string[] }, io: Io) =>
  r.missing?.length
    ? io.t('checkin.state', {
        no: r.no,
        status: say(io.t, 'checkin', 'status', r.status),
        missing: r.missing.map((m) => missing(io, m)).join(io.t('word.comma')),
      })
    : io.t('checkin.stateReady', { no: r.no, status: say(io.t, 'checkin', 'status', r.status) }); // not "missing: -" (issue 18.6)

/** What is still missing in the clerk's words: `doc:owner-id:王伟` → 业主身份证：王伟, `form:key-receipt` → 钥匙签收书 (issue 18.2). */
function missing(io: Io, m: string): string {
  const [list, code, who] = m.startsWith('form:') ? ['form', m.slice(5), ''] : ['doc', ...m.replace(/^doc:/, '').split(/:(.*)/s)];
  const w = say(io.t, 'checkin', list, code);
  return who ? `${w}${io.lang === 'zh' ? '：' : ': '}${who}` : w;
}

export default function register(g: Command): void {
  g.command('start [unit]')
    .option('--owner <resident...>')
    .option('--absent <resident...>')
    .action(
      act(async (io, [unit], o) => {
        // The owners present, picked from the unit's residents; a script may leave them out.
        const v = await ask(
          io,
          { ...o, unit },
          { unit: { unitStates: ['vacant'] }, owner: { resident: 'id', many: true, when: () => io.interactive } },
        );
        return (await app()).start(io, v.unit, v);
      }, state),
    );
  g.command('doc <no> <doc...>')
    .option('--missing')
    .action(act(async (io, [no, docs], o) => (await app()).doc(io, no, docs, o), state));
  g.command('meter [no]')
    .option('--water <n>')
    .option('--electricity <n>')
    .option('--gas <n>')
    .option('--no-gas')
    .action(
      act(async (io, [no], o) => {
        // Asked at a terminal; without one the use-case names what is missing (and --no-gas, issue 18.8).
        const { isNoGas, meterReading } = await import('./rules.js');
        const reading = (flag: string) => (v: string) => meterReading(v) || io.t('err.meter', { flag, value: v });
        const atTerminal = () => io.interactive;
        const v = await askFor(io, 'checkin', no, o, {
          water: { when: atTerminal, validate: reading('water') },
          electricity: { when: atTerminal, validate: reading('electricity') },
          gas: { when: atTerminal, validate: (x) => isNoGas(x) || reading('gas')(x) },
        });
        return (await app()).meter(io, v.no, v);
      }, state),
    );
  g.command('defect [no]')
    .option('--location <where>')
    .option('--desc <text>')
    .option('--large')
    .action(
      act(
        async (io, [no], o) => {
          const v = await askFor(io, 'checkin', no, o, { location: {}, desc: {} });
          return (await app()).defect(io, v.no, v);
        },
        (r, io) => io.t('checkin.defect', { repair: r.repair, due: minute(r.repairDueAt) }),
      ),
    );
  g.command('keys [no]')
    .option('--door <n>')
    .option('--mailbox <n>')
    .option('--left <n>')
    .action(
      act(async (io, [no], o) => {
        const v = await askFor(io, 'checkin', no, o, { door: {}, mailbox: {}, left: { optional: true } });
        return (await app()).keys(io, v.no, v);
      }, state),
    );
  g.command('sign <no> <form...>').action(act(async (io, [no, forms]) => (await app()).sign(io, no, forms), state));
  g.command('complete [no]').action(
    act(
      async (io, [no], o) => (await app()).complete(io, (await askFor(io, 'checkin', no, o)).no),
      (r, io) =>
        r.keysReleased?.length
          ? io.t('checkin.completed', { no: r.no, keys: r.keysReleased.join(', ') })
          : io.t('checkin.completedNoKeys', { no: r.no }), // not "keys released: -" (issue 18.6)
    ),
  );
}
