// `pmdesk renovate …` (§3): apply, doc, approve, reject, pay, worker, inspect,
// release, accept, refund, deduct, ledger.
import type { Command } from 'commander';
import { act } from './run.js';
import { ask, idAtPrompt } from './ask.js';
import type { Io } from '../app/io.js';

const app = () => import('../app/renovate.js');
const views = () => import('../render/renovate.js');
const state = async (r: any, io: Io) => (await views()).state(r, io);
const withSums = async (r: any, io: Io) => `${(await views()).state(r, io)}\n${(await views()).sums(r, io)}`;
const sums = async (r: any, io: Io) => (await views()).sums(r, io);

export default function register(g: Command): void {
  g.command('apply <unit>')
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
      act(
        async (io, [unit], o) =>
          (await app()).apply(io, unit, await ask(io, { ...o, unit }, { owner: { resident: 'name', optional: true }, scope: { optional: true }, contractor: {}, licence: {}, managerName: {}, managerId: { validate: idAtPrompt(io, 'manager-id') }, managerPhone: {}, start: {}, end: {} })),
        state,
      ),
    );
  g.command('doc <no> <doc...>')
    .action(act(async (io, [no, docs]) => (await app()).doc(io, no, docs), state));
  g.command('approve <no>').option('--conditions <text>').action(act(async (io, [no], o) => (await app()).approve(io, no, o), state));
  g.command('reject <no>').option('--reason <text>').action(act(async (io, [no], o) => (await app()).reject(io, no, await ask(io, o, { reason: {} })), state));
  g.command('pay <no>')
    .option('--receipt <no>')
    .action(act(async (io, [no], o) => (await app()).pay(io, no, o), withSums));
  const worker = g.command('worker');
  worker
    .command('add <no>')
    .option('--name <name>')
    .option('--id-number <id>')
    .action(act(async (io, [no], o) => (await app()).workerAdd(io, no, await ask(io, o, { name: {}, idNumber: { validate: idAtPrompt(io) } })), async (r, io) => (await views()).pass(r, io)));
  worker.command('return <pass>').action(act(async (io, [p]) => (await app()).workerReturn(io, p), async (r, io) => `${r.pass}: ${r.status}\n${await sums(r, io)}`));
  worker.command('lost <pass>').action(act(async (io, [p]) => (await app()).workerLost(io, p), async (r, io) => `${r.pass}: ${r.status}\n${await sums(r, io)}`));
  g.command('inspect <no>')
    .option('--ok')
    .option('--violation <text>')
    .option('--deadline <date>')
    .option('--stop-work')
    .action(act(async (io, [no], o) => (await app()).inspect(io, no, o), state));
  g.command('release <no>').option('--items <text>').action(act(async (io, [no], o) => (await app()).releaseSlip(io, no, await ask(io, o, { items: {} })), (r) => `${r.no}: ${r.slip}`));
  g.command('accept <no>')
    .option('--pass')
    .option('--fail')
    .option('--reason <text>')
    .action(act(async (io, [no], o) => (await app()).accept(io, no, o), state));
  g.command('refund <no>').option('--receipt <no>').action(act(async (io, [no], o) => (await app()).refund(io, no, o), withSums));
  g.command('deduct <no>')
    .option('--amount <yuan>')
    .option('--reason <text>')
    .option('--lost-permit')
    .action(act(async (io, [no], o) => (await app()).deduct(io, no, o), sums));
  g.command('ledger <no>')
    .action(
      act(
        async (io, [no]) => (await app()).ledger(io, no),
        async (r, io) => (await views()).ledger(r, io),
      ),
    );
}
