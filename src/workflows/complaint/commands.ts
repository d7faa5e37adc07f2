// `pmdesk complaint …` (§4): new, classify, respond, assign, resolve, verify,
// adopt, told. The uniform list/show/print/void are added by workflows.ts.
import type { Command } from 'commander';
import { act } from '../../cli/run.js';
import type { Io } from '../../core/io.js';
import { ask, askFor } from '../../cli/ask.js';
import { minute } from '../../formats/when.js';
import { say } from '../../core/words.js';

const app = () => import('./usecases.js');
const domain = () => import('./rules.js');
const state = (r: { no: string; status: string; dueAt: string | null }, io: Io) =>
  io.t('complaint.state', {
    no: r.no,
    status: say(io.t, (r as { type?: string }).type ?? 'complaint', 'status', r.status),
    due: r.dueAt ? ` · ${io.t('col.due')} ${minute(r.dueAt)}` : '',
  });

export default function register(g: Command): void {
  g.command('new')
    .option('--type <t>')
    .option('--name <name>')
    .option('--unit <code>')
    .option('--phone <phone>')
    .option('--channel <c>')
    .option('--place <where>')
    .option('--about <who>')
    .option('--desc <text>')
    .option('--request <text>')
    .action(
      act(
        async (io, _a, o) => {
          const d = await domain();
          return (await app()).newComplaint(
            io,
            await ask(io, o, {
              type: { choices: d.KINDS, optional: true },
              unit: { optional: true },
              name: { resident: 'name', phone: 'phone' },
              phone: { optional: true },
              channel: { choices: d.CHANNELS },
              place: { optional: true },
              about: {},
              desc: {},
              request: { optional: true },
            }),
          );
        },
        (r, io) =>
          [
            r.type === 'complaint'
              ? io.t('complaint.created', { no: r.no, kind: r.kind, due: minute(r.dueAt) })
              : io.t('complaint.createdJY', { no: r.no, kind: r.kind }),
            io.t(r.reminder === 'apologise' ? 'complaint.apologise' : 'complaint.thank'),
          ].join('\n'),
      ),
    );
  g.command('classify [no]')
    .option('--class <c>')
    .option('--invalid-kind <k>')
    .option('--cause <text>')
    .action(
      act(async (io, [no], o) => {
        const v = await askFor(io, 'complaint', no, o, {
          class: { choices: (await domain()).CLASSES },
          invalidKind: { choices: (await domain()).INVALID_KINDS, when: (v) => v.class === 'invalid' },
          cause: { optional: true },
        });
        return (await app()).classify(io, v.no, v);
      }, state),
    );
  g.command('respond [no]')
    .option('--note <text>')
    .action(
      act(async (io, [no], o) => {
        const v = await askFor(io, 'complaint', no, o, { note: {} });
        return (await app()).respond(io, v.no, v);
      }, state),
    );
  g.command('assign [no]')
    .option('--dept <d>')
    .option('--method <text>')
    .option('--promise <date>')
    .action(
      act(async (io, [no], o) => {
        // Only complaints a department can be assigned now are offered (issue 18.7): classified or reopened.
        const { COMPLAINT_MACHINE } = await import('./rules.js');
        const assignable = Object.keys(COMPLAINT_MACHINE.next).filter((s) => COMPLAINT_MACHINE.next[s].includes('assigned'));
        const v = await askFor(io, 'complaint', no, o, {
          no: { record: 'complaint', states: assignable },
          dept: { staff: 'dept' },
          method: {},
          promise: {},
        });
        return (await app()).assign(io, v.no, v);
      }, state),
    );
  g.command('resolve [no]')
    .option('--result <text>')
    .action(
      act(async (io, [no], o) => {
        const v = await askFor(io, 'complaint', no, o, { result: {} });
        return (await app()).resolve(io, v.no, v);
      }, state),
    );
  g.command('verify [no]').action(act(async (io, [no], o) => (await app()).verify(io, (await askFor(io, 'complaint', no, o)).no), state));
  g.command('adopt [no]')
    .option('--adopted')
    .option('--not-adopted')
    .option('--note <text>')
    .option('--told')
    .action(
      act(async (io, [no], o) => {
        const v = await askFor(io, 'complaint', no, o, { note: {} });
        return (await app()).adopt(io, v.no, v);
      }, state),
    );
  g.command('told [no]').action(act(async (io, [no], o) => (await app()).told(io, (await askFor(io, 'complaint', no, o)).no), state));
  g.command('extend [no]')
    .option('--until <date>')
    .option('--approved-by <staff>')
    .option('--reason <text>')
    .action(
      act(
        async (io, [no], o) => {
          const v = await askFor(io, 'complaint', no, o, { until: {}, approvedBy: { staff: 'person', roles: ['gm', 'dept-manager'] }, reason: {} });
          return (await app()).extend(io, v.no, v);
        },
        (r, io) => io.t('complaint.extended', { no: r.no, old: minute(r.oldDue), due: minute(r.newDue), by: r.approvedBy }),
      ),
    );
  g.command('developer [no]')
    .option('--issue <text>')
    .action(
      act(
        async (io, [no], o) => {
          const v = await askFor(io, 'complaint', no, o, { issue: {} });
          return (await app()).developer(io, v.no, v);
        },
        (r, io) => io.t('complaint.developer', { no: r.no, due: minute(r.replyDue) }),
      ),
    );
  g.command('developer-reply [no]')
    .option('--reply <text>')
    .action(
      act(
        async (io, [no], o) => {
          const v = await askFor(io, 'complaint', no, o, { reply: {} });
          return (await app()).developerReply(io, v.no, v);
        },
        (r, io) => io.t('complaint.developerReply', { no: r.no }),
      ),
    );
}
