// `pmdesk followup …` (§8): due, record, skip.
import type { Command } from 'commander';
import { act, need } from './run.js';

const app = () => import('../app/followup.js');
const views = () => import('../render/followup.js');

export default function register(g: Command): void {
  g.command('due')
    .description('open follow-ups, soonest first: overdue, due today, upcoming (R-801)')
    .option('--today', 'only overdue and due today')
    .action(
      act(
        async (io, _a, o) => (await app()).followupDue(io, o),
        async (rows, io) => (await views()).dueView(rows, io),
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
        async (r, io) => (await views()).recordedView(r, io),
      ),
    );
  g.command('skip <no>')
    .description('skip a follow-up, with the reason (§0b)')
    .option('--reason <text>', 'why')
    .action(act(async (io, [no], o) => (await app()).skipFollowup(io, no, o.reason), (r) => `${r.no}: ${r.status}`));
}
