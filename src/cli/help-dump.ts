// A build step, not a command: build.mjs bundles this file and runs it with its stdout piped;
// it prints every command's `pmdesk <path> --help` as the CLI prints it to a pipe (80 columns),
// in both languages. bin/pmdesk.js answers a `--help` from that table without loading the CLI
// (issue 23: help is otherwise the slowest thing to start). Same program, same help code.
import { CommanderError, type Command } from 'commander';
import { buildProgram } from './program.js';
import { loadHelpTexts } from './help.js';
import type { Lang } from '../i18n/index.js';

function paths(cmd: Command, above: string[] = []): string[][] {
  return [above, ...cmd.commands.flatMap((c) => paths(c, [...above, c.name()]))];
}

/** What `pmdesk <path> --help` prints, from a fresh program as main.ts builds it for help. */
async function helpOf(lang: Lang, path: string[]): Promise<string> {
  const program = buildProgram(lang);
  let out = '';
  const capture = (c: Command): void => {
    c.configureOutput({ writeOut: (s: string) => void (out += s) });
    for (const sub of c.commands) capture(sub);
  };
  capture(program);
  try {
    await program.parseAsync(['node', 'pmdesk', ...path, '--help']);
  } catch (e) {
    if (!(e instanceof CommanderError) || e.exitCode !== 0) throw e;
  }
  return out;
}

async function dump(): Promise<void> {
  await loadHelpTexts();
  const table: Record<string, Record<string, string>> = {};
  for (const lang of ['zh', 'en'] as const) {
    table[lang] = {};
    for (const p of paths(buildProgram(lang))) table[lang][p.join(' ')] = await helpOf(lang, p);
  }
  process.stdout.write(JSON.stringify(table));
}

void dump();
