// The workflow groups of cli.md. Every record group gets the uniform verbs
// (list, show, print, void); each workflow's own verbs live in its file
// (checkin.ts, complaint.ts, …) and are added as the workflows land.
import type { Command } from 'commander';
import { act } from '../cli/run.js';
import { askFor } from '../cli/ask.js';
import { refuse } from '../core/errors.js';
import checkin from '../workflows/checkin/commands.js';
import keys from '../workflows/keys/commands.js';
import complaint from '../workflows/complaint/commands.js';
import followup from '../workflows/followup/commands.js';
import visit from '../workflows/visit/commands.js';
import repair from '../workflows/repair/commands.js';
import renovate from '../workflows/renovate/commands.js';
import registerShift from '../workflows/shift/commands.js';

const views = () => import('./views.js');
/** Groups with their own human view of `show` (the JSON stays the uniform one). */
const SHOW_VIEWS: Record<string, () => Promise<{ showView: (r: any, io: any) => string }>> = { checkin: () => import('../workflows/checkin/views.js'), repair: () => import('../workflows/repair/views.js'), complaint: () => import('../workflows/complaint/views.js') };
const kindOf = async (group: string) => (await import('../core/kind.js')).loadKind(group);

/** Extra verbs of a group, registered by the workflow's cli file. */
export type GroupVerbs = (group: Command) => void;

/** The record groups of cli.md, in help order (their texts: src/i18n/commands/). */
const GROUPS = ['checkin', 'renovate', 'complaint', 'repair', 'visit', 'keys', 'followup', 'notice', 'patrol', 'survey', 'lend'];

/** Workflow verbs by group; a workflow issue adds its registrar here. */
const VERBS: Record<string, GroupVerbs> = { checkin, keys, complaint, followup, visit, repair, renovate };

export function registerWorkflows(program: Command): void {
  for (const name of GROUPS) {
    const g = program.command(name);
    VERBS[name]?.(g);
    uniformVerbs(g, name);
  }
  registerShift(program.command('shift'));
}

/** Rows of a list at a terminal: the newest; the rest by --json, --csv or a narrower filter. */
const LIST_PAGE = 100;

/** Extra `list` filters per group (their values are matched against the JSON fields, see Kind.listFilters). */
const LIST_FILTERS: Record<string, string[]> = {
  repair: ['--kind <k>', '--tech <name>', '--urgency <u>', '--repeat', '--help-kind <h>'],
  complaint: ['--class <c>', '--kind <k>'],
};

export function uniformVerbs(g: Command, group: string): void {
  const list = g.command('list');
  for (const flags of LIST_FILTERS[group] ?? []) list.option(flags);
  list
    .option('--status <s>')
    .option('--open')
    .option('--overdue')
    .option('--unit <code>')
    .option('--from <date>')
    .option('--to <date>')
    .option('--month <YYYY-MM>')
    .option('--csv')
    .action(
      act(
        // A terminal shows the newest page; --json and --csv give every match.
        async (io, _a, o) => {
          const page = await (await import('./usecases.js')).listPage(io, await kindOf(group), o, io.json || o.csv ? undefined : LIST_PAGE);
          return (io.json ? page.rows : page) as any;
        },
        async (r, io, o) => (await views()).recordsView(r.rows, io, o, (await kindOf(group)).gist, r.total),
      ),
    );
  g.command('show [no]')
    .option('--unmask')
    .option('--reason <why>')
    .action(
      act(
        async (io, [no], o) => (await import('./usecases.js')).showOf(io, await kindOf(group), (await askFor(io, group, no, o, {}, { confirm: false })).no, o),
        async (r, io) => (SHOW_VIEWS[group] ? (await SHOW_VIEWS[group]()).showView(r, io) : (await views()).recordView(r, io)),
      ),
    );
  g.command('print [no]')
    .option('--format <f>', '', 'html')
    .option('--out <file>')
    .option('--unmask')
    .option('--reason <why>')
    .action(
      act(
        async (io, [no], o) => (await import('./usecases.js')).printOf(io, await kindOf(group), (await askFor(io, group, no, o, {}, { confirm: false })).no, o),
        (r) => (r.html !== undefined ? r.html : undefined),
      ),
    );
  g.command('void [no]')
    .option('--reason <text>')
    .action(
      act(
        async (io, [no], o) => {
          const v = await askFor(io, group, no, o, { reason: {} });
          return (await import('./usecases.js')).voidOf(io, await kindOf(group), v.no, v.reason);
        },
        (r, io) => io.t('void.done', { no: r.no, reason: r.voidReason }),
      ),
    );
}
