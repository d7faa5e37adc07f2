#!/usr/bin/env node
// Launcher of the built CLI (run `npm run build` first): dist/cli.cjs, one bundle.
// Start-up is most of a desk command's cost (quality.md "Speed", issue 23), so:
// - `pmdesk --version` is answered here, without loading the bundle;
// - Node >= 22: the runtime's own module compile cache (module.enableCompileCache);
// - Node 20: a V8 code cache of the bundle (vm.Script cachedData), kept beside it
//   (dist/cli.cjs.<group>.cache, one per command group) or, where dist/ is read-only, in the user's cache dir. It is
//   keyed by the bundle's size, mtime and inode and the runtime version, and written
//   again (atomically, after the command ran, so it holds the functions that ran)
//   whenever it is missing, stale or refused by V8, and by the first few commands after
//   that (each adds what it compiled). PMDESK_NO_CODE_CACHE=1 turns it off.
// CommonJS (bin/package.json): a CommonJS entry starts faster than an ES module one.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const dist = path.join(__dirname, '..', 'dist');
const bundle = path.join(dist, 'cli.cjs');
const argv = process.argv;

if (argv.length === 3 && (argv[2] === '--version' || argv[2] === '-V')) {
  process.stdout.write(`${JSON.parse(fs.readFileSync(path.join(dist, 'version.json'), 'utf8'))}\n`);
} else if (cachedHelp(argv.slice(2))) {
  // answered from dist/help.<lang>.json
} else if (typeof Module.enableCompileCache === 'function' && process.env.PMDESK_NO_CODE_CACHE !== '1') {
  Module.enableCompileCache();
  globalThis.__pmdesk_url = require('node:url').pathToFileURL(bundle).href; // import.meta.url in the bundle
  require(bundle);
} else {
  runCached();
}

/**
 * `pmdesk [--lang x] [command…] --help` to a pipe (or an 80-column terminal): the text the CLI
 * prints there, written by the build (src/cli/help-dump.ts) for every command in both languages.
 * The language is chosen as src/i18n/index.ts pickLang does. Anything else (another flag, an
 * operand, a mistyped word, a terminal of another width) goes to the CLI. PMDESK_NO_HELP_CACHE=1
 * turns it off.
 */
function cachedHelp(args) {
  if (process.env.PMDESK_NO_HELP_CACHE === '1') return false;
  if (process.stdout.isTTY && process.stdout.columns !== 80) return false;
  let i = 0;
  let flag;
  if (args[0] === '--lang') {
    flag = args[1];
    i = 2;
  } else if (args[0]?.startsWith('--lang=')) {
    flag = args[0].slice(7);
    i = 1;
  }
  if (flag !== undefined && flag !== 'zh' && flag !== 'en') return false;
  const last = args[args.length - 1];
  if (args.length <= i || (last !== '--help' && last !== '-h')) return false;
  const words = args.slice(i, -1);
  if (words.some((w) => w.startsWith('-'))) return false;
  const env = process.env;
  const v = flag || env.PMDESK_LANG;
  const loc = (env.LC_ALL || env.LANG || '').toLowerCase();
  const lang = v
    ? v.toLowerCase().startsWith('zh')
      ? 'zh'
      : 'en'
    : !loc || loc === 'c' || loc.startsWith('c.') || loc === 'posix' || loc.startsWith('zh')
      ? 'zh'
      : 'en';
  let text;
  try {
    text = JSON.parse(fs.readFileSync(path.join(dist, `help.${lang}.json`), 'utf8'))[words.join(' ')];
  } catch {
    return false;
  }
  if (typeof text !== 'string') return false;
  process.stdout.on('error', (e) => process.exit(e.code === 'EPIPE' ? 0 : 1));
  process.stdout.write(text);
  return true;
}

/** The command word of a command line (global options that take a value skipped), as a file-name part. */
function groupOf(args) {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--db' || a === '--clerk' || a === '--lang' || a === '--at') i++;
    else if (!a.startsWith('-')) {
      try {
        return JSON.parse(fs.readFileSync(path.join(dist, 'groups.json'), 'utf8')).includes(a) ? a : 'other'; // written by the build
      } catch {
        return 'other';
      }
    }
  }
  return 'other';
}

function runCached() {
  const os = require('node:os');
  const vm = require('node:vm');
  const { pathToFileURL } = require('node:url');
  const source = fs.readFileSync(bundle, 'latin1'); // pure ASCII (build.mjs): a one-byte string, nothing to decode
  const st = fs.statSync(bundle);
  const key = `pmdesk-code-cache ${process.version} ${process.arch} ${st.size} ${st.mtimeMs} ${st.ino}`;
  const use = process.env.PMDESK_NO_CODE_CACHE !== '1';
  // One cache per command group (`unit`, `report`, …): each holds the functions its own commands
  // ran, so a `unit show` does not deserialise the monthly report's (about half the bytes).
  const name = `cli.cjs.${groupOf(argv.slice(2))}.cache`;
  const places = [path.join(dist, name), path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'pmdesk', name)];
  let cachedData;
  let gen = 0;
  if (use)
    for (const p of places) {
      try {
        const buf = fs.readFileSync(p);
        const nl = buf.indexOf(10);
        const [head, g] = buf.subarray(0, nl).toString('latin1').split(' g');
        if (head === key) {
          cachedData = buf.subarray(nl + 1);
          gen = Number(g) || 0;
          break;
        }
      } catch {
        // no cache there
      }
    }
  // The wrapper stays on the bundle's first line: stack traces keep its line numbers.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __pmdesk_url) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  // Written on exit (every command ends in process.exit), so it holds what this command compiled
  // besides what the cache it started from held: the first GENERATIONS commands of a group after a build
  // each add theirs (list, show, a write, a report…), then the cache is left as it is.
  const GENERATIONS = 4;
  const fresh = !cachedData || script.cachedDataRejected;
  if (use && (fresh || gen < GENERATIONS))
    process.once('exit', () => {
      for (const p of places) {
        try {
          fs.mkdirSync(path.dirname(p), { recursive: true });
          const tmp = `${p}.${process.pid}.tmp`;
          fs.writeFileSync(tmp, Buffer.concat([Buffer.from(`${key} g${fresh ? 1 : gen + 1}\n`, 'latin1'), script.createCachedData()]));
          fs.renameSync(tmp, p);
          return;
        } catch {
          // read-only here: the next place
        }
      }
    });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, Module.createRequire(bundle), mod, bundle, dist, pathToFileURL(bundle).href);
}
