// The command tree of cli.md. Each group's file only declares its commands;
// their actions import the implementation lazily.
import { Command, Option } from 'commander';
import { act } from './run.js';
import { refuse } from '../domain/errors.js';
import { registerSetup } from './setup.js';
import { registerAdmin } from './admin.js';
import { registerWorkflows } from './workflows.js';

declare const PMDESK_VERSION: string;

export function buildProgram(): Command {
  const program = new Command('pmdesk');
  program
    .description('pmdesk — the customer-service desk of a residential or commercial estate (客服中心)')
    .version(typeof PMDESK_VERSION === 'string' ? PMDESK_VERSION : '0.0.0-dev', '-V, --version')
    .option('--db <file>', 'the SQLite file (env PMDESK_DB; default: pmdesk.db in the user data directory)')
    .option('--clerk <name>', 'who is acting, for the audit log (env PMDESK_CLERK; default: the OS user)')
    .addOption(new Option('--lang <lang>', 'language of messages, tables and forms (env PMDESK_LANG, then LANG)').choices(['zh', 'en']))
    .option('--json', 'machine-readable output on stdout: one JSON value')
    .option('--at <datetime>', 'when the event happened, for records typed in later (R-005); default now')
    .option('--yes', 'never prompt; a missing required value is an error')
    .option('--no-color', 'plain output (also NO_COLOR)')
    .addHelpText('after', '\nEnvironment: PMDESK_NOW (ISO datetime taken as "now"), PMDESK_DEBUG=1 (stack traces).\nExit codes: 0 success · 2 input refused · 1 anything else.')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ outputError: () => undefined });
  registerSetup(program);
  registerWorkflows(program);
  registerAdmin(program);
  // `pmdesk help <topic|command>`: topics explain deadlines, statuses, masking…
  program.helpCommand(false);
  program
    .command('help [topic...]')
    .description('explain a topic (deadlines, statuses, masking, csv, profile, exit-codes) or show a command\'s help')
    .action(
      act(async (io, [topic]) => {
        const words: string[] = topic ?? [];
        if (!words.length) return `${program.helpInformation()}\n${io.t('help.topics')}`;
        const { hasKey } = await import('../i18n/index.js');
        if (words.length === 1 && hasKey(`help.${words[0]}`)) return io.t(`help.${words[0]}`);
        let cmd: Command | undefined = program;
        for (const w of words) cmd = cmd?.commands.find((c) => c.name() === w || c.aliases().includes(w));
        if (!cmd) refuse('E_USAGE', 'help.unknown', { topic: words.join(' ') });
        return cmd.helpInformation();
      }, (r) => r),
    );
  return program;
}
