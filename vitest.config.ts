import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30000,
    hookTimeout: 60000,
    // Issue 23: the fixture estate built once per run; estate() copies it (test/cli/helpers.ts).
    globalSetup: ['test/setup/estate.ts'],
  },
});
