// `pmdesk repair …` (§5): new, dispatch, quote, complete. The uniform
// list/show/print/void are added by workflows.ts.
import type { Command } from 'commander';
import { act, need } from './run.js';

const app = () => import('../app/repair.js');
const done = (r: any, io: any) => `${io.t('repair.done', { no: r.no, status: r.status })}${r.dueAt ? ` · ${r.dueAt.slice(0, 16).replace('T', ' ')}` : ''}`;

export default function register(g: Command): void {
  g.command('new')
    .description('log a repair request (R-500) for a unit or a public place; help requests with --help (R-505)')
    .option('--unit <code>', 'the unit 房号')
    .option('--public <place>', 'a public place 公共部位 instead of a unit')
    .option('--location <where>', 'where in the unit or place')
    .option('--reporter <name>', 'who reported it')
    .option('--phone <phone>', 'their phone')
    .option('--desc <text>', 'what is wrong')
    .option('--kind <k>', 'plumbing | electrical | door-window | wall-floor | appliance | public-facility | other (profile repair.kinds)')
    .option('--urgency <u>', 'normal | urgent | emergency')
    .option('--help-kind <h>', 'help request 求助: first-aid | security | flood | fire | other (an emergency, R-505)')
    .option('--agreed <datetime>', 'an agreed later time replaces the same-day / 7-day deadline (R-502)')
    .option('--large', 'a larger repair: within 7 days (R-502)')
    .addHelpText('after', '\nExamples:\n  pmdesk repair new --unit A-1-101 --reporter 王伟 --phone 13812345678 --desc "厨房水龙头漏水" --kind plumbing\n  pmdesk repair new --public "3号楼电梯厅" --reporter 保安 --phone 13900001111 --desc "有人晕倒" --help-kind first-aid')
    .action(
      act(
        async (io, _a, o) => {
          if (!o.unit && !o.public) o.unit = await need(io, undefined, 'unit', 'unit 房号 (or --public)');
          return (await app()).newRepair(io, {
            ...o,
            help: o.helpKind,
            reporter: await need(io, o.reporter, 'reporter', 'reporter 报修人'),
            phone: await need(io, o.phone, 'phone', 'phone 电话'),
            desc: await need(io, o.desc, 'desc', 'what is wrong 报修内容'),
          });
        },
        (r, io) => io.t('repair.created', { no: r.no, due: (r.dueAt ?? '').slice(0, 16).replace('T', ' ') }),
      ),
    );
  g.command('dispatch <no>')
    .description('assign a technician and materials: the work order (R-501)')
    .option('--tech <name>', 'technician')
    .option('--materials <text>', 'materials requisitioned')
    .addHelpText('after', '\nExample:\n  pmdesk repair dispatch BX-2026-0042 --tech 张师傅 --materials "水龙头 1 个"')
    .action(act(async (io, [no], o) => (await app()).dispatch(io, no, { ...o, tech: await need(io, o.tech, 'tech', 'technician 维修人员') }), done));
  g.command('quote <no>')
    .description('paid work 有偿: the quote; with --consent the owner agreed and work starts (R-501)')
    .option('--amount <yuan>', 'the quote in yuan')
    .option('--item <name>', 'an item of the profile price list instead of --amount')
    .option('--consent', 'the owner consents to the quote')
    .addHelpText('after', '\nExamples:\n  pmdesk repair quote BX-2026-0042 --amount 80\n  pmdesk repair quote BX-2026-0042 --consent')
    .action(act(async (io, [no], o) => (await app()).quote(io, no, o), done));
  g.command('complete <no>')
    .description('record completion (R-502): time (--at), comment, amount paid and the receipt number')
    .option('--paid <yuan>', 'amount paid (paid work)')
    .option('--receipt <no>', 'the receipt number the desk issued')
    .option('--comment <text>', 'the owner\'s comment')
    .option('--no-signed', 'the owner did not sign')
    .addHelpText('after', '\nExamples:\n  pmdesk repair complete BX-2026-0042 --comment 满意\n  pmdesk repair complete BX-2026-0043 --paid 80 --receipt SJ-000123')
    .action(act(async (io, [no], o) => (await app()).complete(io, no, o), done));
}
