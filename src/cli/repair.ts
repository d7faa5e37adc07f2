// `pmdesk repair …` (§5): new, dispatch, quote, complete, log. The uniform
// list/show/print/void are added by workflows.ts.
import type { Command } from 'commander';
import { act, need } from './run.js';

const app = () => import('../app/repair.js');
const views = () => import('../render/repair.js');
const done = (r: any, io: any) => `${io.t('repair.done', { no: r.no, status: r.status })}${r.dueAt ? ` · ${r.dueAt.slice(0, 16).replace('T', ' ')}` : ''}`;

export default function register(g: Command): void {
  const create = g
    .command('new')
    .description('log a repair request (R-500) for a unit or a public place; a help request 求助 with --help <kind> (R-505)')
    // `--help <kind>` is the help request of the issue; the command's own help is -h (or --help alone).
    .helpOption('-h', 'display help for command')
    .option('--unit <code>', 'the unit 房号')
    .option('--public <place>', 'a public place 公共部位 instead of a unit')
    .option('--location <where>', 'where in the unit or place')
    .option('--reporter <name>', 'who reported it')
    .option('--phone <phone>', 'their phone')
    .option('--desc <text>', 'what is wrong')
    .option('--kind <k>', 'plumbing | electrical | door-window | wall-floor | appliance | public-facility | other (profile repair.kinds)')
    .option('--urgency <u>', 'normal | urgent | emergency')
    .option('--help [kind]', 'a help request 求助: first-aid | security | flood | fire | other (an emergency, R-505); alone: this help')
    .option('--help-kind <h>', 'the same as --help <kind>')
    .option('--agreed <datetime>', 'an agreed later time replaces the same-day / 7-day deadline (R-502)')
    .option('--large', 'a larger repair: within 7 days (R-502)')
    .addHelpText(
      'after',
      '\nExamples:\n  pmdesk repair new --unit A-1-101 --reporter 王伟 --phone 13812345678 --desc "厨房水龙头漏水" --kind plumbing\n  pmdesk repair new --public "3号楼电梯厅" --reporter 保安 --phone 13900001111 --desc "有人晕倒" --urgency emergency --help first-aid',
    );
  const work = act(
    async (io, _a, o) => {
      if (!o.unit && !o.public) o.unit = await need(io, undefined, 'unit', 'unit 房号 (or --public)');
      return (await app()).newRepair(io, {
        ...o,
        help: typeof o.help === 'string' ? o.help : o.helpKind,
        reporter: await need(io, o.reporter, 'reporter', 'reporter 报修人'),
        phone: await need(io, o.phone, 'phone', 'phone 电话'),
        desc: await need(io, o.desc, 'desc', 'what is wrong 报修内容'),
      });
    },
    (r: any, io) => io.t('repair.created', { no: r.no, due: (r.dueAt ?? '').slice(0, 16).replace('T', ' ') }),
  );
  create.action(async (...all: unknown[]) => {
    const cmd = all[all.length - 1] as Command;
    if (cmd.opts().help === true) return cmd.help(); // `--help` without a kind: the usual help, exit 0
    return work(...all);
  });

  g.command('dispatch <no>')
    .description('assign a technician and materials: the work order (R-501); answers a help request (R-505)')
    .option('--tech <name>', 'technician')
    .option('--materials <text>', 'materials requisitioned')
    .option('--agreed <datetime>', 'a later time agreed with the owner: the new completion deadline (R-502)')
    .addHelpText('after', '\nExample:\n  pmdesk repair dispatch BX-2026-0042 --tech 张师傅 --materials "水龙头 1 个"')
    .action(act(async (io, [no], o) => (await app()).dispatch(io, no, { ...o, tech: await need(io, o.tech, 'tech', 'technician 维修人员') }), done));
  g.command('quote <no>')
    .description('paid work 有偿: the quote; with --consent the owner agreed and work starts (R-501)')
    .option('--amount <yuan>', 'the quote in yuan')
    .option('--item <name>', 'an item of the profile price list (repair.priceList) instead of --amount')
    .option('--consent', 'the owner consents to the quote')
    .addHelpText('after', '\nExamples:\n  pmdesk repair quote BX-2026-0042 --amount 80\n  pmdesk repair quote BX-2026-0042 --consent\n  pmdesk repair quote BX-2026-0042 --amount 80 --consent')
    .action(act(async (io, [no], o) => (await app()).quote(io, no, o), done));
  g.command('complete <no>')
    .description('record completion (R-502): time (--at), comment, amount paid and the receipt number')
    .option('--paid <yuan>', 'amount paid (paid work)')
    .option('--receipt <no>', 'the receipt number the desk issued')
    .option('--comment <text>', "the owner's comment")
    .option('--no-signed', 'the owner did not sign')
    .addHelpText('after', '\nExamples:\n  pmdesk repair complete BX-2026-0042 --comment 满意\n  pmdesk repair complete BX-2026-0043 --paid 80 --receipt SJ-000123')
    .action(act(async (io, [no], o) => (await app()).complete(io, no, o), done));
  g.command('log')
    .description('the daily repair log 日常维修记录表 (R-500): the requests of a day (default today) or a month')
    .option('--date <YYYY-MM-DD>', 'this day')
    .option('--month <YYYY-MM>', 'this month')
    .option('--format <f>', 'table | json | html | pdf')
    .option('--out <file>', 'write html/pdf to this file (created 0600)')
    .addHelpText('after', '\nExamples:\n  pmdesk repair log\n  pmdesk repair log --date 2026-09-30 --format html --out 维修记录-0930.html')
    .action(
      act(
        async (io, _a, o) => (await app()).repairLog(io, o),
        async (r: any, io) => (r.html !== undefined ? r.html : r.rows ? (await views()).logView(r, io) : io.t('repair.done', { no: r.out ?? '', status: `${r.bytes} bytes` })),
      ),
    );
}
