// `pmdesk complaint …` (§4): new, classify, respond, assign, resolve, verify,
// adopt, told. The uniform list/show/print/void are added by workflows.ts.
import type { Command } from 'commander';
import { act, need } from './run.js';

const app = () => import('../app/complaint.js');
const state = (r: any, io: any) => io.t('complaint.state', { no: r.no, status: r.status, due: r.dueAt ? ` · ${io.t('col.due')} ${r.dueAt.slice(0, 16).replace('T', ' ')}` : '' });

export default function register(g: Command): void {
  g.command('new')
    .description('record a complaint, suggestion or praise (R-400): TS-… or JY-…')
    .option('--type <t>', 'complaint | suggestion | praise (default complaint)')
    .option('--name <name>', 'who complains')
    .option('--unit <code>', 'their unit')
    .option('--phone <phone>', 'their phone')
    .option('--channel <c>', 'visit | phone | letter | other')
    .option('--place <where>', 'where it happened')
    .option('--about <who>', 'the person or department complained about (or the subject)')
    .option('--desc <text>', 'what happened')
    .option('--request <text>', 'what they ask for')
    .addHelpText('after', '\nExamples:\n  pmdesk complaint new --name 王伟 --unit A-1-101 --phone 13812345678 --channel phone --about 保洁 --desc "楼道三天未清扫"\n  pmdesk complaint new --type suggestion --name 李娜 --unit A-1-101 --channel visit --about 绿化 --desc "增加儿童游乐设施"')
    .action(
      act(
        async (io, _a, o) =>
          (await app()).newComplaint(io, {
            ...o,
            name: await need(io, o.name, 'name', 'name 姓名'),
            channel: await need(io, o.channel, 'channel', 'channel 受理方式', { choices: ['visit', 'phone', 'letter', 'other'] }),
            about: await need(io, o.about, 'about', 'about 被投诉对象/事项'),
            desc: await need(io, o.desc, 'desc', 'what happened 事情经过'),
          }),
        (r, io) =>
          [
            r.type === 'complaint' ? io.t('complaint.created', { no: r.no, kind: (r as any).kind, due: (r.dueAt ?? '').slice(0, 16).replace('T', ' ') }) : io.t('complaint.createdJY', { no: r.no, kind: (r as any).kind }),
            io.t(r.reminder === 'apologise' ? 'complaint.apologise' : 'complaint.thank'),
          ].join('\n'),
      ),
    );
  g.command('classify <no>')
    .description('grade it (R-401) and record the reports R-402 requires; opens the handling deadline')
    .option('--class <c>', 'major | important | minor | invalid')
    .option('--invalid-kind <k>', 'developer | external | unreasonable (invalid only)')
    .option('--cause <text>', 'cause, for the monthly analysis')
    .addHelpText('after', '\nExamples:\n  pmdesk complaint classify TS-2026-0042 --class important\n  pmdesk complaint classify TS-2026-0043 --class invalid --invalid-kind developer')
    .action(act(async (io, [no], o) => (await app()).classify(io, no, { ...o, class: await need(io, o.class, 'class', 'class 等级', { choices: ['major', 'important', 'minor', 'invalid'] }) }), state));
  g.command('respond <no>')
    .description('record feedback to the complainant (first feedback within 24 h, R-402)')
    .option('--note <text>', 'what they were told')
    .action(act(async (io, [no], o) => (await app()).respond(io, no, { note: await need(io, o.note, 'note') }), state));
  g.command('assign <no>')
    .description('hand it to a department with the method and the promised date (R-404)')
    .option('--dept <d>', 'department')
    .option('--method <text>', 'how it will be handled')
    .option('--promise <date>', 'promised completion date')
    .action(
      act(
        async (io, [no], o) => (await app()).assign(io, no, { dept: await need(io, o.dept, 'dept'), method: await need(io, o.method, 'method'), promise: await need(io, o.promise, 'promise') }),
        state,
      ),
    );
  g.command('resolve <no>')
    .description('record the result; schedules the follow-up within 3 days (R-405)')
    .option('--result <text>', 'what was done')
    .action(act(async (io, [no], o) => (await app()).resolve(io, no, { result: await need(io, o.result, 'result') }), state));
  g.command('verify <no>')
    .description('the desk\'s check of the result (验证结果, R-404)')
    .action(act(async (io, [no]) => (await app()).verify(io, no), state));
  g.command('adopt <no>')
    .description('suggestions: adopted or not (R-407); --told when the resident was told by phone')
    .option('--adopted', 'adopted')
    .option('--not-adopted', 'not adopted')
    .option('--note <text>', 'why')
    .option('--told', 'the resident has been told (closes it)')
    .action(act(async (io, [no], o) => (await app()).adopt(io, no, { ...o, note: await need(io, o.note, 'note') }), state));
  g.command('told <no>')
    .description('suggestions and praise: the resident was told / thanked — closes it (R-407)')
    .action(act(async (io, [no]) => (await app()).told(io, no), state));
}
