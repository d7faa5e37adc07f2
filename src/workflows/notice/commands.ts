// `pmdesk notice …` (R-1000, R-1001): new, approve, post, call, pending, expire.
import type { Command } from 'commander';
import { act } from '../../cli/run.js';
import { ask } from '../../cli/ask.js';

const app = () => import('./usecases.js');
const views = () => import('./views.js');
const domain = () => import('./rules.js');

export default function register(g: Command): void {
  g.command('new')
    .option('--kind <k>')
    .option('--title <text>')
    .option('--body <text>')
    .option('--audience <a>')
    .option('--urgent')
    .option('--expires <date>')
    .option('--event <date>')
    .action(
      act(
        async (io, _a, o) => {
          const v = await ask(io, o, {
            kind: { choices: (await domain()).NOTICE_KINDS },
            title: {},
            body: {},
            audience: { default: 'estate' },
            event: { when: (x) => x.kind === 'written' },
          });
          return (await app()).newNotice(io, v);
        },
        async (r, io) => (await views()).createdView(r, io),
      ),
    );
  g.command('approve [no]')
    .option('--approved-by <name>')
    .action(
      act(
        async (io, [no], o) => {
          const v = await ask(io, { ...o, no }, { no: { record: 'notice' }, approvedBy: {} });
          return (await app()).approve(io, v.no, v);
        },
        (r, io) => io.t('notice.approved', { no: r.no, by: r.approvedBy }),
      ),
    );
  g.command('post [no]').action(
    act(
      async (io, [no], o) => (await app()).post(io, (await ask(io, { ...o, no }, { no: { record: 'notice' } })).no),
      async (r, io) => (await views()).postedView(r, io),
    ),
  );
  g.command('call [no]')
    .option('--resident <resident>')
    .option('--outcome <o>')
    .option('--note <text>')
    .action(
      act(
        async (io, [no], o) => {
          const v = await ask(
            io,
            { ...o, no },
            { no: { record: 'notice' }, resident: {}, outcome: { choices: (await domain()).OUTCOMES }, note: { optional: true } },
          );
          return (await app()).call(io, v.no, v);
        },
        async (r, io) => (await views()).calledView(r, io),
      ),
    );
  g.command('pending [no]')
    .option('--unmask')
    .option('--reason <why>')
    .action(
      act(
        async (io, [no], o) => (await app()).pending(io, (await ask(io, { ...o, no }, { no: { record: 'notice' } }, { confirm: false })).no, o),
        async (r, io) => (await views()).pendingView(r, io),
      ),
    );
  g.command('expire').action(
    act(
      async (io) => (await app()).expire(io),
      (r, io) => (r.expired.length ? io.t('notice.expired', { list: r.expired.map((e) => e.no).join(', ') }) : io.t('notice.noneExpired')),
    ),
  );
}
