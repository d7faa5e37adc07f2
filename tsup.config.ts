import { defineConfig } from 'tsup';

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
});
