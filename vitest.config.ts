import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // 4 files at a time on a loaded 2-core machine stretch a test's wall time: the hostile
    // property test (40 runs of the binary) took 33 s there (issue 23).
    testTimeout: 120000,
    hookTimeout: 60000,
    // Issue 23: the fixture estate built once per run; estate() copies it (test/cli/helpers.ts).
    globalSetup: ['test/setup/estate.ts'],
    // Issue 23: nearly every test waits on the binary it spawned, so files run 4 at a time even
    // on 2 cores (vitest's default there is 1). Each test has its own temp database; files share
    // only dist/ (the code cache beside the bundle is written atomically; startup.test.ts puts a
    // bad one there for a moment, which any command then ignores: its point) and src/ (the
    // architecture test's probe files are seen only by its own depcruise run).
    maxWorkers: 4,
  },
});
