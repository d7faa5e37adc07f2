// `pmdesk visit …` (§6): in, out, log, close.
import type { Command } from 'commander';
import { act, need } from './run.js';

const app = () => import('../app/visit.js');
const state = (r: any, io: any) => io.t('visit.state', { no: r.no, status: r.status });

export default function register(g: Command): void {
  g.command('in')
    .description('register a visitor (R-601): ID verified and masked, whom they visit, purpose')
    .option('--name <name>', 'visitor')
    .option('--id-type <t>', 'id | passport | hk-macau | taiwan (default id)')
    .option('--id-number <no>', 'document number (checked)')
    .option('--phone <phone>', 'visitor phone')
    .option('--unit <code>', 'unit (or company) visited')
    .option('--purpose <text>', 'purpose')
    .option('--confirmed', 'the resident was contacted and confirmed')
    .addHelpText('after', '\nExample:\n  pmdesk visit in --name 赵六 --id-number 310104201203054565 --phone 13700002222 --unit A-1-101 --purpose 探亲 --confirmed')
    .action(
      act(
        async (io, _a, o) =>
          (await app()).visitIn(io, {
            ...o,
            name: await need(io, o.name, 'name'),
            idNumber: await need(io, o.idNumber, 'id-number'),
            unit: await need(io, o.unit, 'unit'),
            purpose: await need(io, o.purpose, 'purpose'),
          }),
        (r, io) => io.t('visit.in', { no: r.no, confirmed: r.confirmed ? io.t('word.yes') : io.t('word.no') }),
      ),
    );
  g.command('out <no>').description('the visitor left').action(act(async (io, [no]) => (await app()).visitOut(io, no), state));
  g.command('log')
    .description('reception log 值班记录 (R-600): every walk-in or call; repair and complaint entries create those records')
    .option('--category <c>', 'after-sales | repair | complaint | service | praise | suggestion | other')
    .option('--desc <text>', 'what it is about')
    .option('--name <name>', 'who')
    .option('--unit <code>', 'their unit')
    .option('--phone <phone>', 'their phone')
    .option('--public <place>', 'repair entries: a public place instead of a unit')
    .option('--about <text>', 'complaint entries: who or what it is about')
    .option('--channel <c>', 'visit | phone | letter | other (default visit)')
    .option('--solved', 'solved at the desk: the entry is closed')
    .addHelpText('after', '\nExamples:\n  pmdesk visit log --category repair --desc "卫生间漏水" --name 王伟 --unit A-1-101 --phone 13812345678\n  pmdesk visit log --category other --desc "拾到钥匙一串" --solved')
    .action(
      act(
        async (io, _a, o) =>
          (await app()).visitLog(io, {
            ...o,
            category: await need(io, o.category, 'category', 'category 类别', { choices: ['after-sales', 'repair', 'complaint', 'service', 'praise', 'suggestion', 'other'] }),
            desc: await need(io, o.desc, 'desc'),
          }),
        (r, io) => (r.created ? io.t('visit.created', { no: r.no, created: r.created }) : state(r, io)),
      ),
    );
  g.command('close <no>')
    .description('close a reception-log entry once solved (R-602)')
    .option('--note <text>', 'how')
    .action(act(async (io, [no], o) => (await app()).visitClose(io, no, o), state));
}
