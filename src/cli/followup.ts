// `pmdesk followup …` (§8): due, record, skip.
import type { Command } from 'commander';
import { act, need } from './run.js';

const app = () => import('../app/followup.js');

export default function register(g: Command): void {
  g.command('due')
    .description('open follow-ups, soonest first: overdue, due today, upcoming (R-801)')
    .option('--today', 'only overdue and due today')
    .action(
      act(
        async (io, _a, o) => (await app()).followupDue(io, o),
        async (rows, io) => {
          if (!rows.length) return io.t('followup.none');
          const { table } = await import('../render/table.js');
          const { paint } = await import('../render/admin.js');
          const p = paint(io);
          const text = table(
            [{ head: io.t('col.no') }, { head: io.t('col.source') }, { head: io.t('col.unit') }, { head: io.t('col.rule') }, { head: io.t('col.due') }],
            rows.map((r) => [r.no, r.source, r.unit ?? '', r.reason, (r.dueAt ?? '').slice(0, 16).replace('T', ' ')]),
          ).split('\n');
          rows.forEach((r, i) => (text[i + 2] = r.overdue ? p.overdue(text[i + 2]) : r.dueToday ? p.today(text[i + 2]) : text[i + 2]));
          return text.join('\n');
        },
      ),
    );
  g.command('record <source-no>')
    .description('record a follow-up of a complaint, repair, … (R-800); unsatisfied reopens the source (R-802)')
    .option('--method <m>', 'phone | visit')
    .option('--satisfaction <s>', 'satisfied | basic | unsatisfied')
    .option('--note <text>', 'what the resident said')
    .option('--shortcomings <text>', 'shortcomings named')
    .option('--suggestions <text>', 'suggestions made')
    .option('--confirmed', 'the resident confirmed the record')
    .addHelpText('after', '\nExamples:\n  pmdesk followup record BX-2026-0042 --method phone --satisfaction satisfied\n  pmdesk followup record TS-2026-0007 --method visit --satisfaction unsatisfied --note "仍有噪音"')
    .action(
      act(
        async (io, [no], o) =>
          (await app()).recordFollowup(io, no, {
            ...o,
            method: await need(io, o.method, 'method', 'method 回访方式', { choices: ['phone', 'visit'] }),
            satisfaction: await need(io, o.satisfaction, 'satisfaction', 'satisfaction 满意程度', { choices: ['satisfied', 'basic', 'unsatisfied'] }),
          }),
        (r, io) => [io.t('followup.done', { no: r.no, source: r.source, satisfaction: r.satisfaction, status: r.sourceStatus }), r.reopened ? io.t('followup.reopened', { source: r.source }) : ''].filter(Boolean).join('\n'),
      ),
    );
  g.command('skip <no>')
    .description('skip a follow-up, with the reason (§0b)')
    .option('--reason <text>', 'why')
    .action(act(async (io, [no], o) => (await app()).skipFollowup(io, no, o.reason), (r) => `${r.no}: ${r.status}`));
}
