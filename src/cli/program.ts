// The command tree of cli.md. Each group's file only declares its commands;
// their actions import the implementation lazily.
import { Command, Option } from 'commander';
import { act } from './run.js';
import { registerAdmin } from '../admin/commands.js';
import { registerWorkflows } from '../records/commands.js';
import { WORKFLOWS, loadKind } from '../workflows/index.js';
import { registerDemo } from '../demo/commands.js';
import { registerCalendar } from '../calendar/commands.js';
import { setLookups } from './ask.js';
import { helpTopic, localizedHelp } from './help.js';
import type { Lang } from '../i18n/index.js';

declare const PMDESK_VERSION: string;

/** The pickers' database lookups (cli/ask.ts), from the workflows' narrow entries. */
setLookups({
  units: async (io, states) =>
    (await import('../workflows/registry/api.js'))
      .listUnits(io, {})
      .filter((u) => !states || states.includes(u.status))
      .map((u) => u.code),
  openNumbers: async (io, group, states) => (await import('../records/usecases.js')).openNumbersOf(io, await loadKind(group), states),
  hooks: async (io, states) => (await import('../workflows/keys/api.js')).hooksIn(io, states),
  residents: async (io, unit) => (await import('../workflows/registry/api.js')).unitResidents(io, unit),
  roleName: async (io, role) => (await import('../workflows/registry/api.js')).roleName(io, role),
  staff: async (io, what, roles) => (await import('../workflows/staff/api.js')).rosterChoices(io, what, roles),
});

/**
 * The top-level commands of the registrars whose names are not their workflow's group
 * (issue 23: a command line builds only its own group). A word missing here, or not
 * found after the partial build, builds the whole program: a stale list costs time, never a command.
 */
const ROOT_WORDS = ['init', 'unit', 'resident', 'profile'];
const ADMIN_WORDS = ['report', 'export', 'audit', 'backup', 'doctor'];
/** Global options that take a value (the command word is the first other operand). */
const VALUED = new Set(['--db', '--clerk', '--lang', '--at']);

/** The command word of a command line (`pmdesk --db x complaint list` → complaint). */
export function commandWord(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') return args[i + 1];
    if (VALUED.has(a)) i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

/**
 * The program for `args` (process.argv without node and the script): only the invoked
 * group's commands are wired (commander builds an object and listeners per option, for
 * every command: a third of a read's start-up), the whole tree for help, completion,
 * a mistyped word or no word at all.
 */
export function programFor(lang: Lang, args: string[]): Command {
  const word = commandWord(args);
  if (!word || word === 'help' || args.includes('-h') || args.includes('--help')) return buildProgram(lang);
  const group = WORKFLOWS.filter((w) => (w.info?.group ?? w.group) === word && !w.root);
  const some: Array<(p: Command) => void> = [];
  if (group.length) some.push((p) => registerWorkflows(p, group, loadKind));
  else if (ROOT_WORDS.includes(word))
    some.push((p) =>
      registerWorkflows(
        p,
        WORKFLOWS.filter((w) => w.root),
        loadKind,
      ),
    );
  else if (word === 'demo') some.push(registerDemo);
  else if (ADMIN_WORDS.includes(word)) some.push(registerAdmin);
  else if (word === 'calendar') some.push(registerCalendar);
  else return buildProgram(lang);
  const program = base(lang);
  for (const r of some) r(program);
  return program.commands.some((c) => c.name() === word || c.aliases().includes(word)) ? program : buildProgram(lang);
}

function base(lang: Lang): Command {
  const program = new Command('pmdesk');
  localizedHelp(program, lang);
  program
    .version(typeof PMDESK_VERSION === 'string' ? PMDESK_VERSION : '0.0.0-dev', '-V, --version')
    .option('--db <file>')
    .option('--clerk <name>')
    .addOption(new Option('--lang <lang>').choices(['zh', 'en']))
    .option('--json')
    .option('--at <datetime>')
    .option('--yes')
    .option('--no-color')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ outputError: () => undefined });
  // `pmdesk help <topic|command>` below replaces commander's help command, in every group too.
  program.helpCommand(false);
  return program;
}

/** The whole command tree of cli.md. */
export function buildProgram(lang: Lang = 'en'): Command {
  const program = base(lang);
  registerWorkflows(program, WORKFLOWS, loadKind);
  registerDemo(program);
  registerAdmin(program);
  registerCalendar(program);
  // `pmdesk help <topic|rule|command>` (cli/help.ts): topics, the rules R-…, a command's help.
  program
    .command('help [topic...]')
    .option('--search <text>')
    .action(
      act(
        async (io, [topic], opts) => helpTopic(program, topic ?? [], opts.search, io),
        (r) => r,
      ),
    );
  return program;
}
