// The command tree of cli.md. Each group's file only declares its commands;
// their actions import the implementation lazily.
import { Command, Option } from 'commander';
import { act } from './run.js';
import { refuse } from '../core/errors.js';
import { registerAdmin } from '../admin/commands.js';
import { registerWorkflows } from '../records/commands.js';
import { WORKFLOWS, loadKind } from '../workflows/index.js';
import { registerDemo } from '../demo/commands.js';
import { registerCalendar } from '../calendar/commands.js';
import { setLookups } from './ask.js';
import { localizedHelp } from './help.js';
import type { Lang } from '../i18n/index.js';

declare const PMDESK_VERSION: string;

/** The pickers' database lookups (cli/ask.ts), from the workflows' narrow entries. */
setLookups({
  units: async (io) => (await import('../workflows/registry/api.js')).listUnits(io, {}).map((u) => u.code),
  openNumbers: async (io, group) => (await import('../records/usecases.js')).openNumbersOf(io, await loadKind(group)),
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
  // `pmdesk help <topic|command>`: topics explain deadlines, statuses, masking…
  program.command('help [topic...]').action(
    act(
      async (io, [topic]) => {
        const words: string[] = topic ?? [];
        if (!words.length) return `${program.helpInformation()}\n${io.t('help.topics')}`;
        const { hasKey } = await import('../i18n/index.js');
        if (words.length === 1 && hasKey(`help.${words[0]}`)) return io.t(`help.${words[0]}`);
        let cmd: Command | undefined = program;
        for (const w of words) cmd = cmd?.commands.find((c) => c.name() === w || c.aliases().includes(w));
        if (!cmd) refuse('E_USAGE', 'help.unknown', { topic: words.join(' ') });
        return cmd.helpInformation();
      },
      (r) => r,
    ),
  );
  return program;
}
