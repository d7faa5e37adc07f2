// `pmdesk renovate …` (§3): apply, doc, approve, reject, pay, worker, inspect,
// release, accept, refund, deduct, ledger.
import type { Command } from 'commander';
import { act, need } from './run.js';
import type { Io } from '../app/io.js';

const app = () => import('../app/renovate.js');
const views = () => import('../render/renovate.js');
const state = async (r: any, io: Io) => (await views()).state(r, io);
const withSums = async (r: any, io: Io) => `${(await views()).state(r, io)}\n${(await views()).sums(r, io)}`;
const sums = async (r: any, io: Io) => (await views()).sums(r, io);

export default function register(g: Command): void {
  g.command('apply <unit>')
    .description('a renovation application (R-300); status applied until every document is in')
    .option('--contractor <name>', 'contractor company')
    .option('--licence <code>', 'business licence: unified social credit code')
    .option('--qualification <text>', 'qualification certificate')
    .option('--manager-name <name>', 'responsible person')
    .option('--manager-id <id>', 'their ID number')
    .option('--manager-phone <phone>', 'their phone')
    .option('--scope <list>', 'structure,plumbing,electrical,facade,hot-work')
    .option('--gas', 'plumbing includes gas (gas approval needed)')
    .option('--emissions', 'work with emissions (environmental approval needed)')
    .option('--owner <name>', 'the owner applying')
    .option('--start <date>', 'planned start')
    .option('--end <date>', 'planned end')
    .addHelpText('after', '\nExample:\n  pmdesk renovate apply A-1-201 --contractor 美家装饰 --licence 91350100M000100Y43 --manager-name 刘工 --manager-id 310104201203054565 --manager-phone 13700002222 --scope plumbing,electrical --start 2026-10-08 --end 2026-12-31')
    .action(
      act(
        async (io, [unit], o) =>
          (await app()).apply(io, unit, {
            ...o,
            contractor: await need(io, o.contractor, 'contractor'),
            licence: await need(io, o.licence, 'licence'),
            managerName: await need(io, o.managerName, 'manager-name'),
            managerId: await need(io, o.managerId, 'manager-id'),
            managerPhone: await need(io, o.managerPhone, 'manager-phone'),
            start: await need(io, o.start, 'start'),
            end: await need(io, o.end, 'end'),
          }),
        state,
      ),
    );
  g.command('doc <no> <doc...>')
    .description('documents received (R-300): owner-proof drawings contract licence qualification manager-id guarantee fire-approval gas-approval env-approval')
    .action(act(async (io, [no, docs]) => (await app()).doc(io, no, docs), state));
  g.command('approve <no>').description('approve after review (R-301)').option('--conditions <text>', 'conditions').action(act(async (io, [no], o) => (await app()).approve(io, no, o), state));
  g.command('reject <no>').description('reject with reasons (R-301)').option('--reason <text>', 'reasons').action(act(async (io, [no], o) => (await app()).reject(io, no, { reason: await need(io, o.reason, 'reason') }), state));
  g.command('pay <no>')
    .description('collect the fees due (R-302), issue the permit; the site becomes active')
    .option('--receipt <no>', 'receipt number')
    .action(act(async (io, [no], o) => (await app()).pay(io, no, o), withSums));
  const worker = g.command('worker').description('worker passes (R-303)');
  worker
    .command('add <no>')
    .description('register a worker and issue a numbered pass')
    .option('--name <name>', 'worker')
    .option('--id-number <id>', 'ID number')
    .action(act(async (io, [no], o) => (await app()).workerAdd(io, no, { name: await need(io, o.name, 'name'), idNumber: await need(io, o.idNumber, 'id-number') }), async (r, io) => (await views()).pass(r, io)));
  worker.command('return <pass>').description('pass returned: its deposit is refunded').action(act(async (io, [p]) => (await app()).workerReturn(io, p), async (r, io) => `${r.pass}: ${r.status}\n${await sums(r, io)}`));
  worker.command('lost <pass>').description('pass lost: deducted from the contractor deposit (R-302)').action(act(async (io, [p]) => (await app()).workerLost(io, p), async (r, io) => `${r.pass}: ${r.status}\n${await sums(r, io)}`));
  g.command('inspect <no>')
    .description('site inspection (R-304): --ok, or --violation with a rectification notice (R-305)')
    .option('--ok', 'everything in order')
    .option('--violation <text>', 'what is wrong')
    .option('--deadline <date>', 'rectify by')
    .option('--stop-work', 'serious: stop work until a re-inspection passes')
    .action(act(async (io, [no], o) => (await app()).inspect(io, no, o), state));
  g.command('release <no>').description('release slip for goods leaving (R-306)').option('--items <text>', 'what').action(act(async (io, [no], o) => (await app()).releaseSlip(io, no, { items: await need(io, o.items, 'items') }), (r) => `${r.no}: ${r.slip}`));
  g.command('accept <no>')
    .description('acceptance inspection on completion (R-307)')
    .option('--pass', 'passed')
    .option('--fail', 'failed: rectify and re-inspect')
    .option('--reason <text>', 'why it failed')
    .action(act(async (io, [no], o) => (await app()).accept(io, no, o), state));
  g.command('refund <no>').description('pay back the deposits held, minus deductions (R-307)').option('--receipt <no>', 'receipt number').action(act(async (io, [no], o) => (await app()).refund(io, no, o), withSums));
  g.command('deduct <no>')
    .description('deduct damage (or a lost permit) from the deposit (R-302, R-307)')
    .option('--amount <yuan>', 'amount')
    .option('--reason <text>', 'what was damaged')
    .option('--lost-permit', 'the construction permit was lost: the profile amount (fees.lostPermitFen)')
    .action(act(async (io, [no], o) => (await app()).deduct(io, no, o), sums));
  g.command('ledger <no>')
    .description('the money of a renovation: entries and sums (R-003)')
    .action(
      act(
        async (io, [no]) => (await app()).ledger(io, no),
        async (r, io) => (await views()).ledger(r, io),
      ),
    );
}
