import { cpSync, readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// One ESM bundle for the CLI; every command's implementation is a dynamic
// import, so esbuild splits it into its own chunk and start-up loads only
// what the command needs (quality.md: start-up near `node -e 0`).
export default defineConfig({
  entry: { cli: 'src/cli/main.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  splitting: true,
  sourcemap: true,
  clean: true,
  dts: false,
  outDir: 'dist',
  // Bundled CommonJS packages (commander, cli-table3) call require(): give ESM one.
  banner: { js: "import { createRequire as __pmdeskRequire } from 'node:module'; const require = __pmdeskRequire(import.meta.url);" },
  define: { PMDESK_VERSION: JSON.stringify(pkg.version) },
  // better-sqlite3 is native; the rest is bundled so start-up reads few files.
  external: ['better-sqlite3'],
  noExternal: [/^(?!better-sqlite3)/],
  // The SQL migrations ship next to the bundle (store/db.ts looks there first).
  async onSuccess() {
    cpSync('src/store/migrations', 'dist/migrations', { recursive: true });
  },
});
