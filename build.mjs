// npm run build: the CLI as one bundle (below). Plain esbuild: tsup pulls in rollup, whose per-platform
// optional packages this machine's registry does not serve, which breaks `npm ci`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

// One CommonJS bundle, dist/cli.cjs: bin/pmdesk.js runs it from a V8 code cache
// (Node 20) or with the module compile cache (Node >= 22), so start-up neither
// resolves dozens of chunks nor parses the code again (quality.md "Speed",
// issue 23). A command's implementation is still only *run* when its action
// runs: esbuild turns each `await import()` into a lazy require inside the bundle.
// dist/ is not wiped: the bundle is written beside the old one and renamed over
// it, so a test running the binary never reads half a file.
/**
 * A Node builtin required when first used, not when the bundle starts: commander
 * requires child_process at load for executable subcommands pmdesk never has.
 */
function lazyBuiltin(name) {
  return {
    name: `lazy-${name}`,
    setup(b) {
      b.onResolve({ filter: new RegExp(`^(node:)?${name}$`) }, (a) =>
        a.namespace === 'lazy-builtin' ? { path: `node:${name}`, external: true } : { path: name, namespace: 'lazy-builtin' },
      );
      b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (a) => ({
        contents: `let m; const load = () => (m ??= require('node:${a.path}'));
module.exports = new Proxy({}, {
  get: (_, k) => load()[k],
  has: (_, k) => k in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, k) => { const d = Object.getOwnPropertyDescriptor(load(), k); return d && { ...d, configurable: true }; },
});`,
        loader: 'js',
      }));
    },
  };
}

/**
 * The report's charts (ECharts + zrender, 1.5 MB of code) are a bundle of their own,
 * dist/charts.cjs, required when an HTML report draws them: every other command neither
 * reads nor deserialises them (issue 23: the code cache of the main bundle halves).
 */
const chartsApart = {
  name: 'charts-apart',
  setup(b) {
    b.onResolve({ filter: /\/formats\/charts\.js$/ }, () => ({ path: './charts.cjs', external: true }));
  },
};
/**
 * The messages: the bundle reads one language's dictionary, dist/text.<lang>.json (written below
 * from src/i18n/text.ts), instead of carrying both languages' object literals and merging them at
 * every start (issue 23). The word tables stay in the bundle: flags accept either language's word.
 */
/**
 * chalk's colour detection (supports-color: tty, os and env probes at load) is never used: the
 * one Chalk pmdesk makes is given its level (records/views.ts paint). A stub saves its start-up.
 */
const noColorProbe = {
  name: 'no-color-probe',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'no-color-probe' }));
    b.onLoad({ filter: /.*/, namespace: 'no-color-probe' }, () => ({
      contents: 'export default { stdout: false, stderr: false }; export function createSupportsColor() { return false; }',
      loader: 'js',
    }));
  },
};
const textFromJson = {
  name: 'text-from-json',
  setup(b) {
    b.onResolve({ filter: /^\.\/text\.js$/ }, (a) =>
      /[\\/]src[\\/]i18n[\\/]index\.ts$/.test(a.importer) ? { path: 'text', namespace: 'pmdesk-text' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'pmdesk-text' }, () => ({
      contents: `const made = {};
export function textOf(lang) {
  return (made[lang] ??= JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, 'text.' + lang + '.json'), 'utf8')));
}`,
      loader: 'js',
    }));
  },
};
const charts = await build({
  entryPoints: ['src/formats/charts.ts'],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outfile: 'dist/charts.cjs',
  write: false,
  logLevel: 'warning',
});

const cli = {
  entryPoints: ['src/cli/main.ts'],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outfile: 'dist/cli.cjs',
  write: false,
  sourcemap: 'linked',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  // better-sqlite3 is native and pdfkit reads its own data files: both stay in
  // node_modules, and so do the big libraries a few commands use (loaded by
  // createRequire in src). iconv-lite (300 KB of code pages) only serves CSV
  // import and the prompts' editor.
  external: ['better-sqlite3', 'pdfkit', 'iconv-lite'],
  // The bundle is CommonJS: import.meta.url is the launcher's URL of dist/cli.cjs.
  // No import() left in the bundle (a vm.Script has no module loader of its own): the
  // externals are CommonJS packages, required when first used.
  supported: { 'dynamic-import': false },
  define: { PMDESK_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__pmdesk_url' },
  plugins: [lazyBuiltin('child_process'), chartsApart, textFromJson, noColorProbe],
  // cli-table3 measures cells with the project's East-Asian width (src/formats/width.ts), not string-width's.
  alias: { 'string-width': './build/string-width.cjs' },
  logLevel: 'warning',
};
const out = await build(cli);
/**
 * The bundle as pure ASCII: esbuild escapes strings but leaves the Chinese of regular
 * expressions as it is; one such character makes the whole source a two-byte string and its
 * UTF-8 decoding slow. A \\uXXXX escape means the same code unit in a string or a regex.
 * The launcher then reads the bundle as latin1 (a one-byte string, no decoding).
 */
function ascii(text) {
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
mkdirSync('dist', { recursive: true });
for (const f of [...charts.outputFiles, ...out.outputFiles]) {
  const tmp = `${f.path}.${process.pid}.tmp`;
  writeFileSync(tmp, f.path.endsWith('.cjs') ? ascii(f.text) : f.contents);
  renameSync(tmp, f.path);
}
// The launcher answers --version without loading the bundle.
writeFileSync('dist/version.json', JSON.stringify(pkg.version));
// The SQL migrations ship next to the bundle (core/store/db.ts looks there first).
cpSync('src/core/store/migrations', 'dist/migrations', { recursive: true });
// …and only those: a migration renamed or dropped in src must not linger in dist (a stale copy breaks the sequence).
for (const f of readdirSync('dist/migrations')) if (!existsSync(`src/core/store/migrations/${f}`)) rmSync(`dist/migrations/${f}`);
// The messages, one dictionary per language (textFromJson above).
{
  const tmp = 'dist/.text.mjs';
  await build({ entryPoints: ['src/i18n/text.ts'], bundle: true, format: 'esm', platform: 'node', outfile: tmp, logLevel: 'warning' });
  const { textOf } = await import(`./${tmp}?${Date.now()}`);
  for (const lang of ['en', 'zh']) {
    const file = `dist/text.${lang}.json`;
    writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(textOf(lang)));
    renameSync(`${file}.${process.pid}.tmp`, file);
  }
  rmSync(tmp);
}
// Every command's --help in both languages as a pipe gets it (src/cli/help-dump.ts), for the
// launcher to answer without loading the CLI: dist/help.<lang>.json, command path → text.
{
  const tmp = 'dist/.help-dump.cjs';
  await build({ ...cli, entryPoints: ['src/cli/help-dump.ts'], outfile: tmp, write: true, sourcemap: false });
  const r = spawnSync(process.execPath, [tmp], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error('help-dump failed');
  const tables = JSON.parse(r.stdout);
  // The top-level command words, for the launcher's one code cache per group.
  writeFileSync('dist/groups.json', JSON.stringify([...new Set(Object.keys(tables.en).map((k) => k.split(' ')[0]).filter(Boolean))]));
  for (const [lang, table] of Object.entries(tables)) {
    const file = `dist/help.${lang}.json`;
    writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(table));
    renameSync(`${file}.${process.pid}.tmp`, file);
  }
  rmSync(tmp);
}
// R-0A1: the statutory days of every year the law covers, computed once here with
// the lunar library (src/core/calendar-law.ts), so a command does not load it.
{
  const tmp = 'dist/.calendar-law.mjs';
  await build({
    entryPoints: ['src/core/calendar-law.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: tmp,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  });
  const { computeStatutoryDays, LAW_YEARS } = await import(`./${tmp}?${Date.now()}`);
  const table = {};
  for (let y = LAW_YEARS.first; y <= LAW_YEARS.last; y++) table[y] = computeStatutoryDays(y);
  writeFileSync('dist/statutory-days.json', JSON.stringify(table));
  rmSync(tmp);
}
