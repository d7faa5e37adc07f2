// npm run build: one ESM bundle for the CLI with every command's implementation
// in its own chunk (dynamic import), so start-up loads only what the command
// needs (quality.md). Plain esbuild: tsup pulls in rollup, whose per-platform
// optional packages this machine's registry does not serve, which breaks `npm ci`.
import { build } from 'esbuild';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

// dist/ is not wiped: chunk names carry content hashes, and a build must not pull
// files from under a test that is running the binary.
await build({
  entryPoints: { cli: 'src/cli/main.ts' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'dist',
  sourcemap: true,
  // better-sqlite3 is native and pdfkit reads its own data files: both stay in
  // node_modules; everything else is bundled so start-up reads few files.
  external: ['better-sqlite3', 'pdfkit'],
  // cli-table3 measures cells with the project's East-Asian width (src/formats/width.ts), not string-width's.
  alias: { 'string-width': './build/string-width.cjs' },
  // Bundled CommonJS packages (commander, cli-table3) call require(): give ESM one.
  banner: { js: "import { createRequire as __pmdeskRequire } from 'node:module'; const require = __pmdeskRequire(import.meta.url);" },
  define: { PMDESK_VERSION: JSON.stringify(pkg.version) },
  logLevel: 'warning',
});
// The SQL migrations ship next to the bundle (core/store/db.ts looks there first).
cpSync('src/core/store/migrations', 'dist/migrations', { recursive: true });
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
