// How every command runs: resolve the global options into an Io, call one
// use-case, print its result (JSON or human text). Errors are thrown up to
// main.ts, the only place that exits.
import os from 'node:os';
import path from 'node:path';
import type { Command, OptionValues } from 'commander';
import { langOverride, translator } from '../i18n/index.js';
import type { Lang } from '../i18n/index.js';
import type { Io } from '../core/io.js';
import { refuse } from '../core/errors.js';
import { clerkName } from '../core/input.js';
import { setCommand } from './ask.js';
import { CLOSED_FLAGS } from './closed.js';

export interface GlobalOpts {
  db?: string;
  clerk?: string;
  lang?: string;
  json?: boolean;
  at?: string;
  yes?: boolean;
  color?: boolean;
}

function defaultDb(env: NodeJS.ProcessEnv): string {
  if (env.PMDESK_DB) return env.PMDESK_DB;
  // XDG data directory on Linux (env-paths would add 38 ms of start-up for one line).
  const base =
    process.platform === 'win32'
      ? path.join(env.LOCALAPPDATA || path.join(os.homedir(), 'AppData', 'Local'), 'pmdesk', 'Data')
      : process.platform === 'darwin'
        ? path.join(os.homedir(), 'Library', 'Application Support', 'pmdesk')
        : path.join(env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share'), 'pmdesk');
  return path.join(base, 'pmdesk.db');
}

function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'clerk';
  }
}

export function makeIo(g: GlobalOpts, env: NodeJS.ProcessEnv = process.env): Io {
  if (g.lang && !['zh', 'en'].includes(g.lang)) refuse('E_USAGE', 'err.choice', { flag: 'lang', value: g.lang, choices: 'zh en' });
  const chosen = langOverride(g.lang, env);
  const yes = !!g.yes;
  const tr: Partial<Record<Lang, ReturnType<typeof translator>>> = {};
  const io: Io = {
    lang: chosen ?? 'zh',
    // The profile may change the language once the session reads it (issue 18).
    t: (key, params) => (tr[io.lang] ??= translator(io.lang))(key, params),
    ...(chosen
      ? {}
      : {
          profileLang: (l: Lang) => {
            io.lang = l;
          },
        }),
    json: !!g.json,
    yes,
    interactive: !yes && !!process.stdin.isTTY && !!process.stdout.isTTY,
    color: g.color !== false && !env.NO_COLOR && !!process.stdout.isTTY,
    // the name the audit log records is one line without forging characters (--clerk or PMDESK_CLERK).
    clerk: (g.clerk ?? env.PMDESK_CLERK) !== undefined ? clerkName((g.clerk ?? env.PMDESK_CLERK)!.trim()) : osUser(),
    dbFile: g.db ?? defaultDb(env),
    nowEnv: env.PMDESK_NOW || undefined,
    at: g.at,
    debug: env.PMDESK_DEBUG === '1',
    stdout: (s) => void process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
    stderr: (s) => void process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
  };
  return io;
}

/** The command's own options merged with the program's global ones. */
export function optsOf(cmd: Command): OptionValues {
  return cmd.optsWithGlobals();
}

/**
 * Wrap a command action: `work` computes the result (lazily importing its
 * module); `view` turns it into text for a person. With --json the result is
 * printed as one JSON value instead.
 */
export function act<R>(
  // biome-ignore lint/suspicious/noExplicitAny: commander passes action arguments as any[] (string, string[] or undefined as declared); each command destructures its own
  work: (io: Io, args: any[], opts: OptionValues) => Promise<R>,
  view?: (r: R, io: Io, opts: OptionValues) => Promise<string | void> | string | void,
) {
  return async (...all: unknown[]) => {
    const cmd = all[all.length - 1] as Command;
    const opts = optsOf(cmd);
    const args = all.slice(0, -2);
    const io = makeIo(opts);
    setCommand(io, cmd);
    let result: R;
    try {
      // Issue 18: closed-list flags take the code or its word.
      (await import('./words.js')).normalizeWords(cmd, opts, CLOSED_FLAGS.get(cmd.parent?.name() ?? ''));
      result = await work(io, args, opts);
    } catch (e) {
      // The refusal is worded in the language the session chose (the profile's, issue 18).
      if (e && typeof e === 'object') (e as { lang?: Lang }).lang ??= io.lang;
      throw e;
    }
    if (io.json) {
      if (result !== undefined) io.stdout(JSON.stringify(result, null, 2));
      return;
    }
    const text = view ? await view(result, io, opts) : undefined;
    if (typeof text === 'string' && text.length) io.stdout(text);
    // At a terminal, one line on stderr says what usually comes next.
    const r = result as { no?: unknown; type?: unknown; status?: unknown } | undefined;
    if (process.stderr.isTTY && r && typeof r.no === 'string' && typeof r.type === 'string' && typeof r.status === 'string') {
      const { hasKey } = await import('../i18n/index.js');
      const key = `next.${r.type}.${r.status}`;
      if (hasKey(key)) io.stderr(io.t(key, { no: r.no }));
      // …and what the desk has due soonest.
      const { next, overdue } = (await import('../records/usecases.js')).nextDue(io);
      const parts = [
        next ? io.t('next.soonest', { no: next.no, step: next.step, due: next.dueAt.slice(5, 16).replace('T', ' ') }) : '',
        overdue ? io.t('next.overdue', { n: overdue }) : '',
      ];
      if (parts.some(Boolean)) io.stderr(parts.filter(Boolean).join(' · '));
    }
  };
}
