// pmdesk entry point. Builds the command tree (cheap: no command module is
// loaded until its action runs), parses, and turns every error into one line
// on stderr and an exit code: 0 ok · 2 refused · 1 anything else. This is the
// only place that calls process.exit.
import { Failure, Refusal } from '../core/errors.js';

declare const PMDESK_VERSION: string;

function argvLang(argv: string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  return argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
}

async function report(err: unknown, argv: string[]): Promise<number> {
  const { CommanderError } = await import('commander');
  const { pickLang, translator } = await import('../i18n/index.js');
  const json = argv.includes('--json');
  const lang = argvLang(argv);
  const chosen = (err as { lang?: 'zh' | 'en' } | null)?.lang;
  const t = translator(chosen ?? pickLang(lang === 'zh' || lang === 'en' ? lang : undefined, process.env));
  const debug = process.env.PMDESK_DEBUG === '1';
  let code: string;
  let message: string;
  let details: string[] = [];
  let exit: number;
  if (err instanceof CommanderError) {
    if (err.exitCode === 0) return 0; // --help, --version
    code = 'E_USAGE';
    message = (await import('./usage.js')).usageMessage(err.message, err.code, argv, t);
    exit = 2;
  } else if (err instanceof Refusal) {
    code = err.code;
    message = t(err.key, err.params);
    details = err.details;
    exit = 2;
  } else if (err instanceof Failure) {
    code = err.code;
    message = t(err.key, err.params);
    exit = 1;
  } else if ((err as Error)?.name === 'ExitPromptError') {
    // Ctrl-C at a prompt: prompts come before the transaction, nothing was written.
    code = 'E_CANCELLED';
    message = t('err.cancelled');
    exit = 2;
  } else if (/^SQLITE_(NOTADB|CORRUPT)/.test((err as { code?: string })?.code ?? '')) {
    code = 'E_DB_BROKEN';
    message = t('err.dbDamagedNow');
    exit = 1;
  } else if ((err as { code?: string })?.code === 'SQLITE_BUSY') {
    code = 'E_BUSY';
    message = t('err.busy');
    exit = 1;
  } else {
    code = 'E_INTERNAL';
    message = t('err.internal', { message: (err as Error)?.message ?? String(err) });
    exit = 1;
  }
  if (json) process.stderr.write(`${JSON.stringify({ error: { code, message, ...(details.length ? { details } : {}) } })}\n`);
  else process.stderr.write(`pmdesk: ${message}\n${details.map((d) => `  ${d}\n`).join('')}`);
  if (debug && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  return exit;
}

// `pmdesk … | head`: the reader went away; that is not an error. Any other
// write error on stdout (a full disk, an I/O error) is: exit 1, one line.
let stdoutFailure: Promise<number> | undefined;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  stdoutFailure ??= import('../core/out.js').then(({ causeKey }) =>
    report(new Failure('E_STDOUT', 'err.stdout', { cause: causeKey(e) }), process.argv.slice(2)),
  );
});

async function main(argv: string[]): Promise<number> {
  try {
    // `pmdesk --version` is the start-up floor (quality.md): answer it before loading commander.
    if (argv.length === 3 && (argv[2] === '--version' || argv[2] === '-V')) {
      process.stdout.write(`${PMDESK_VERSION}\n`);
      return 0;
    }
    const { programFor } = await import('./program.js');
    const { pickLang } = await import('../i18n/index.js');
    const lang = argvLang(argv);
    const program = programFor(pickLang(lang === 'zh' || lang === 'en' ? lang : undefined, process.env), argv.slice(2));
    const help = await import('./help.js');
    if (help.showsHelp(program, argv.slice(2))) await help.loadHelpTexts();
    await program.parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (err) {
    if (stdoutFailure) return await stdoutFailure; // the command failed because stdout did
    return await report(err, argv.slice(2));
  }
}

// No top-level await: the bundle is CommonJS, run from a V8 code cache (bin/pmdesk.js).
async function run(): Promise<void> {
  let code = await main(process.argv);
  // A pipe may still hold output (a long --json list): exit only once it is flushed.
  if (!stdoutFailure) await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  await new Promise<void>((resolve) => setImmediate(resolve)); // a write error is reported on the next tick
  if (stdoutFailure) code = await stdoutFailure;
  await new Promise<void>((resolve) => process.stderr.write('', () => resolve()));
  process.exit(code);
}

void run();
