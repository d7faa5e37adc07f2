// `pmdesk renovate …` (§3): apply, doc, approve, reject, pay, worker, inspect,
// release, accept, refund, deduct, ledger.
import type { Command } from 'commander';
import { act } from '../../cli/run.js';
import { ask, askFor, confirmIn, idAtPrompt } from '../../cli/ask.js';
import type { Io } from '../../core/io.js';
import { refuse } from '../../core/errors.js';

const app = () => import('./usecases.js');
const views = () => import('./views.js');
type Views = typeof import('./views.js');
const state = async (r: Parameters<Views['state']>[0], io: Io) => (await views()).state(r, io);
const withSums = async (r: Parameters<Views['state']>[0] & Parameters<Views['sums']>[0], io: Io) =>
  `${(await views()).state(r, io)}\n${(await views()).sums(r, io)}`;
const sums = async (r: Parameters<Views['sums']>[0], io: Io) => (await views()).sums(r, io);
const refunded = async (
  r: Parameters<Views['state']>[0] &
    Parameters<Views['sums']>[0] & { outstanding: Parameters<Awaited<ReturnType<typeof app>>['outstandingLines']>[1] },
  io: Io,
) => {
  const lines = (await app()).outstandingLines(io, r.outstanding);
  return [await withSums(r, io), ...lines.map((l) => `  ${l}`)].join('\n');
};

export default function register(g: Command): void {
  g.command('apply [unit]')
    .option('--contractor <name>')
    .option('--licence <code>')
    .option('--qualification <text>')
    .option('--manager-name <name>')
    .option('--manager-id <id>')
    .option('--manager-phone <phone>')
    .option('--scope <list>')
    .option('--gas')
    .option('--emissions')
    .option('--owner <name>')
    .option('--start <date>')
    .option('--end <date>')
    .action(
      act(async (io, [unit], o) => {
        const v = await ask(
          io,
          { ...o, unit },
          {
            unit: {},
            owner: { resident: 'name', optional: true },
            scope: { choices: async () => (await import('./rules.js')).SCOPES, many: true, optional: true },
            contractor: {},
            licence: {},
            managerName: {},
            managerId: { validate: idAtPrompt(io, 'manager-id') },
            managerPhone: {},
            start: {},
            end: {},
          },
        );
        return (await app()).apply(io, v.unit, v);
      }, state),
    );
  g.command('doc <no> <doc...>').action(act(async (io, [no, docs]) => (await app()).doc(io, no, docs), state));
  g.command('approve [no]')
    .option('--conditions <text>')
    .action(
      act(async (io, [no], o) => {
        const v = await askFor(io, 'renovate', no, o, { conditions: { optional: true } });
        return (await app()).approve(io, v.no, v);
      }, state),
    );
  g.command('reject [no]')
    .option('--reason <text>')
    .action(
      act(async (io, [no], o) => {
        const v = await askFor(io, 'renovate', no, o, { reason: {} });
        return (await app()).reject(io, v.no, v);
      }, state),
    );
  g.command('pay [no]')
    .option('--receipt <no>')
    .action(
      act(
        async (io, [no], o) => {
          const v = await askFor(io, 'renovate', no, o, { receipt: { optional: true } });
          return (await app()).pay(io, v.no, v);
        },
        async (r, io) => (await views()).paid(r, io),
      ),
    );
  const worker = g.command('worker');
  worker
    .command('add [no]')
    .option('--name <name>')
    .option('--id-number <id>')
    .action(
      act(
        async (io, [no], o) => {
          const v = await askFor(io, 'renovate', no, o, { name: {}, idNumber: { validate: idAtPrompt(io) } });
          return (await app()).workerAdd(io, v.no, v);
        },
        async (r, io) => (await views()).pass(r, io),
      ),
    );
  worker.command('return <pass>').action(
    act(
      async (io, [p]) => (await app()).workerReturn(io, p),
      async (r, io) => `${r.pass}: ${r.status}\n${await sums(r, io)}`,
    ),
  );
  worker.command('lost <pass>').action(
    act(
      async (io, [p]) => (await app()).workerLost(io, p),
      async (r, io) => `${r.pass}: ${r.status}\n${await sums(r, io)}`,
    ),
  );
  g.command('inspect [no]')
    .option('--ok')
    .option('--violation <text>')
    .option('--deadline <date>')
    .option('--stop-work')
    .action(
      act(async (io, [no], o) => {
        // At a terminal: a violation, or Enter for a passing round.
        const v = await askFor(io, 'renovate', no, o, {
          violation: { optional: true, when: (x) => !x.ok },
          deadline: { optional: true, when: (x) => !!x.violation },
        });
        if (no === undefined && !v.violation) v.ok = true;
        return (await app()).inspect(io, v.no, v);
      }, state),
    );
  g.command('release [no]')
    .option('--items <text>')
    .action(
      act(
        async (io, [no], o) => {
          const v = await askFor(io, 'renovate', no, o, { items: {} });
          return (await app()).releaseSlip(io, v.no, v);
        },
        (r) => `${r.no}: ${r.slip}`,
      ),
    );
  g.command('accept [no]')
    .option('--pass')
    .option('--fail')
    .option('--reason <text>')
    .option('--despite-open <reason>')
    .action(
      act(async (io, [no], o) => {
        const v = await askFor(io, 'renovate', no, o, {
          result: { choices: ['pass', 'fail'], when: (x) => !x.pass && !x.fail },
          reason: { when: (x) => x.fail || x.result === 'fail' },
        });
        if (v.result) v[v.result] = true;
        return (await app()).accept(io, v.no, v);
      }, state),
    );
  g.command('refund [no]')
    .option('--receipt <no>')
    .action(
      act(async (io, [no], o) => {
        const v = await askFor(io, 'renovate', no, o, { receipt: { optional: true } });
        const { contractorLoansOut } = await import('../keys/api.js');
        const keysOut = (s: { db: Parameters<typeof contractorLoansOut>[0] }, n: string) => contractorLoansOut(s.db, n);
        const a = await app();
        if (io.interactive) {
          // what the site still has out is shown, and the clerk confirms (scripts: --yes or no terminal).
          const lines = a.outstandingLines(io, a.refundPreview(io, v.no, keysOut));
          if (lines.length) {
            io.stderr([io.t('renovate.refundOpen', { no: v.no }), ...lines.map((l) => `  ${l}`)].join('\n'));
            if (!(await confirmIn(io, io.t('renovate.refundConfirm'), false))) refuse('E_CANCELLED', 'err.cancelled');
          }
        }
        return a.refund(io, v.no, v, keysOut);
      }, refunded),
    );
  g.command('deduct [no]')
    .option('--amount <yuan>')
    .option('--reason <text>')
    .option('--lost-permit')
    .action(
      act(async (io, [no], o) => {
        const v = await askFor(io, 'renovate', no, o, { amount: { when: (x) => !x.lostPermit }, reason: { when: (x) => !x.lostPermit } });
        return (await app()).deduct(io, v.no, v);
      }, sums),
    );
  g.command('ledger [no]').action(
    act(
      async (io, [no], o) => (await app()).ledger(io, (await askFor(io, 'renovate', no, o, {}, { confirm: false })).no),
      async (r, io) => (await views()).ledger(r, io),
    ),
  );
}
