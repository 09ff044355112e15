// The test runner's settings, for `npm test` and `npm run test:unit` alike.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Unit files that need a process of their own: they mock a module (vi.mock), change a table the rest of src/ is built
 * from before importing it, or measure the process's memory. Every other unit file shares its worker's modules with
 * the files that ran there before it (isolate: false): each file no longer starts a process and loads zod, Handlebars
 * and src/ again, about a third of the unit suite's CPU time (measured on a 2-core machine).
 */
const OWN_PROCESS = [
  'test/answers/table.test.ts',
  'test/commands/draft-identity.test.ts',
  'test/drafts/context-kinds.test.ts',
  'test/watch/soak.test.ts',
];
/** The end-to-end files run the built CLI as child processes; each keeps a worker of its own, as before. */
const END_TO_END = ['test/e2e/**/*.test.ts', 'test/faults/**/*.test.ts'];

export default defineConfig({
  test: {
    // Child processes and timers, not CPU, hold most end-to-end files: vitest's default (one worker fewer than the
    // cores) ran a 2-core machine's suite one file at a time. One worker more than the cores fills the waits (a watch
    // between rounds, a server's delay, a timeout): test:unit on 2 cores, with another session using 1-2 of them,
    // 69-91 s with 2 workers against 53-65 s with 3, run for run. LAYERPOST_TEST_WORKERS overrides.
    pool: 'forks',
    maxWorkers: Number(process.env.LAYERPOST_TEST_WORKERS) || Math.max(2, availableParallelism()) + 1,
    // twitter-text without its core-js polyfills, as the CLI build has it: their feature tests make V8 drop its fast
    // paths for every regexp and array spread in the worker (test/helpers/no-polyfills.ts).
    setupFiles: ['test/helpers/no-polyfills.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...END_TO_END, ...OWN_PROCESS],
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'isolated', include: [...END_TO_END, ...OWN_PROCESS], isolate: true },
      },
    ],
  },
});
