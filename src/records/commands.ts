// The uniform verbs of every record group (cli.md: list, show, print, void) and
// the registration of the workflows' commands. Each workflow's own verbs live in
// its folder (src/workflows/<name>/commands.ts).
import type { Command } from 'commander';
import { act } from '../cli/run.js';
import { CLOSED_FLAGS } from '../cli/closed.js';
import { askFor } from '../cli/ask.js';
import type { Kind, KindInfo } from '../core/kind.js';
import type { Io } from '../core/io.js';
import type { ShowJson } from './usecases.js';

/**
 * What a workflow folder exports from its index.ts (src/workflows/index.ts lists
 * them). Everything here is cheap to load: the heavy part comes from `load()`
 * when a command of the group runs.
 */
export interface Workflow {
  /** A record group: its static description; it gets the uniform verbs (list, show, print, void). */
  info?: KindInfo;
  /** The whole descriptor (JSON details, export columns, forms, report sections, lazy rules). */
  load?: () => Promise<Kind>;
  /** The group's own verbs, registered on its command (or, for `root`, on the program). */
  commands?: (g: Command) => void;
  /** Commands at the top level (the registry: init, unit, resident, profile), not under a group. */
  root?: boolean;
  /** A command group without records (shift). */
  group?: string;
  /** A human view of `show` of its own (the JSON stays the uniform one). */
  showView?: () => Promise<(r: ShowJson, io: Io) => string>;
  /** Extra `list` filters (commander flags; their values are matched against the JSON fields, see Kind.listFilters). */
  listOptions?: string[];
  /** Closed lists of its flags' values, for shell completion. */
  words?: () => Record<string, readonly string[]>;
  /** Issue 18: the scopes of its words when it has no record types (registry: unit, resident). */
  scopes?: string[];
  /** Its state machines (issue 18: every state has its words, test/domain/words.test.ts). */
  machines?: () => readonly import('../core/states.js').Machine[];
  /** Its state machines' states, for completing --status. */
  states?: () => readonly string[];
}

/** Register every workflow's commands in order; `kindOf` loads a group's descriptor. */
export function registerWorkflows(program: Command, workflows: Workflow[], kindOf: (group: string) => Promise<Kind>): void {
  for (const w of workflows) {
    if (w.words) {
      const words = w.words;
      const scopes = w.info?.types ?? w.scopes ?? [w.group!];
      for (const g of w.scopes ?? [w.info?.group ?? w.group!]) CLOSED_FLAGS.set(g, { words, scopes, records: !!w.info });
    }
    if (w.root) {
      w.commands?.(program);
      continue;
    }
    const g = program.command(w.info?.group ?? w.group!);
    w.commands?.(g);
    if (w.info) uniformVerbs(g, w, kindOf);
  }
}

const views = () => import('./views.js');

function uniformVerbs(g: Command, w: Workflow, kindOf: (group: string) => Promise<Kind>): void {
  const group = w.info!.group;
  const list = g.command('list');
  for (const flags of w.listOptions ?? []) list.option(flags);
  list
    .option('--status <s>')
    .option('--open')
    .option('--overdue')
    .option('--unit <code>')
    .option('--from <date>')
    .option('--to <date>')
    .option('--month <YYYY-MM>')
    .option('--csv')
    .option('--all')
    .action(
      act(
        // Issue 18: a terminal shows the newest rows its window holds and says how many more;
        // --all, --json, --csv and piped output give every match.
        async (io, _a, o) => {
          const { screenRows } = await import('../formats/table.js');
          const page = await (await import('./usecases.js')).listPage(
            io,
            await kindOf(group),
            o,
            io.json || o.csv || o.all ? undefined : screenRows(),
          );
          // With --json only the rows are printed; the view (which reads the page) runs without it.
          return (io.json ? page.rows : page) as typeof page;
        },
        async (r, io, o) => (await views()).recordsView(r.rows, io, o, (await kindOf(group)).gist, r.total),
      ),
    );
  g.command('show [no]')
    .option('--unmask')
    .option('--reason <why>')
    .action(
      act(
        async (io, [no], o) =>
          (await import('./usecases.js')).showOf(io, await kindOf(group), (await askFor(io, group, no, o, {}, { confirm: false })).no, o),
        async (r, io) => (w.showView ? (await w.showView())(r, io) : (await views()).recordView(r, io)),
      ),
    );
  g.command('print [no]')
    .option('--format <f>', '', 'html')
    .option('--out <file>')
    .option('--force')
    .option('--unmask')
    .option('--reason <why>')
    .action(
      act(
        async (io, [no], o) =>
          (await import('./usecases.js')).printOf(io, await kindOf(group), (await askFor(io, group, no, o, {}, { confirm: false })).no, o),
        async (r, io) => (r.html !== undefined ? r.html : r.out ? (await import('../cli/written.js')).written(io, r.out) : undefined),
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
