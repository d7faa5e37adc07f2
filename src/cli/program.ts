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

export function buildProgram(lang: Lang = 'en'): Command {
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
