// The test runner's settings, for `npm test` and `npm run test:unit` alike.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Child processes and timers, not CPU, hold most end-to-end files: vitest's default (one worker fewer than the
    // cores) ran a 2-core machine's suite one file at a time. LAYERPOST_TEST_WORKERS overrides.
    pool: 'forks',
    maxWorkers: Number(process.env.LAYERPOST_TEST_WORKERS) || Math.max(2, availableParallelism()),
    // twitter-text's core-js polyfills would replace RegExp's built-ins in every worker, as the CLI build does not.
    setupFiles: ['test/helpers/no-polyfills.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
