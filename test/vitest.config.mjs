// The test runner's settings, for `npm test` and `npm run test:unit` alike.
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer } from 'vitest/node';

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

/**
 * The files that take longest, longest first (seconds of one worker on an idle 2-core machine, run alone). They start
 * before everything else, whichever project they are in: the workers share out the many short files after them, and no
 * long file starts last and holds up the end of the run (test/lint/rules.test.ts, 20 s, used to start when the end-to-end
 * files had all finished). Without this, vitest runs one project after the other, each by its last recorded duration (or
 * by file size on a fresh clone).
 */
const LONG_FIRST = [
  'test/e2e/pack-git.test.ts', // 25 s: two npm installs from a git URL, each building in a clone
  'test/e2e/lint.test.ts', // 33 s
  'test/e2e/publish-kill.test.ts', // 24 s
  'test/lint/rules.test.ts', // 22 s
  'test/e2e/cli.test.ts', // 15 s
  'test/watch/soak.test.ts', // 15 s
  'test/e2e/pack-clone.test.ts', // 14 s: npm install in a copy of the working tree
  'test/e2e/publish.test.ts', // 14 s
  'test/faults/hostile-text.test.ts', // 12 s
  'test/e2e/incident.test.ts', // 10 s
  'test/e2e/pack.test.ts', // 9 s
  'test/e2e/status.test.ts', // 9 s
  'test/e2e/doctor.test.ts', // 8 s
];

class LongFirst extends BaseSequencer {
  async sort(files) {
    const sorted = await super.sort(files);
    const rank = (spec) => {
      const at = LONG_FIRST.indexOf(relative(this.ctx.config.root, spec.moduleId));
      return at < 0 ? LONG_FIRST.length : at;
    };
    return sorted
      .map((spec, i) => ({ spec, i, rank: rank(spec) }))
      .sort((a, b) => a.rank - b.rank || a.i - b.i)
      .map(({ spec }) => spec);
  }
}

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
    sequence: { sequencer: LongFirst },
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
