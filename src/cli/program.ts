// The command tree of cli.md. Each group's file only declares its commands;
// their actions import the implementation lazily.
import { Command, Option } from 'commander';
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
  return program;
}
