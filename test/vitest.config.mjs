// The test runner's settings, for `npm test` and `npm run test:unit` alike.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer } from 'vitest/node';

/**
 * Unit files that need a process of their own: they mock a module (vi.mock), change a table the rest of src/ is built
 * from before importing it, or measure the process's memory. Every other file shares its worker's modules with the
 * files that ran there before it (isolate: false): each file no longer starts a process and loads zod, Handlebars and
 * src/ again, about a third of the unit suite's CPU time (measured on a 2-core machine). The end-to-end files keep a
 * worker each: sharing saved them ~3 s of CPU in a whole run (157 → 154 s), and a run with them shared saw a child CLI
 * of one file end by a signal nobody could account for; a file's servers, children and timers end with its worker.
 */
const OWN_PROCESS = [
  'test/answers/table.test.ts',
  'test/commands/draft-identity.test.ts',
  'test/drafts/context-kinds.test.ts',
  'test/lint/lazy-schemas.test.ts',
  'test/watch/soak.test.ts',
];
/** The end-to-end and fault files: they run the built CLI (`npm run test:e2e` runs them alone, test:unit all others). */
const END_TO_END = ['test/e2e/**/*.test.ts', 'test/faults/**/*.test.ts'];
/** `npm test` type-checks in a test file of its own, among the others (test:unit leaves it out, as it did). */
const TYPECHECK = 'test/typecheck.test.ts';
/**
 * The files that take longest, about longest first (seconds each held its worker in a whole run of the suite on an idle
 * 2-core machine). They start before everything else, whichever project they are in: the workers share out the many
 * short files after them, and no long file starts last and holds up the end of the run (test/lint/rules.test.ts used to
 * start when the end-to-end files had all finished: vitest runs one project after the other, each by its last recorded
 * duration, or by file size on a fresh clone). The other files follow a project at a time, those of a process of their
 * own last: a worker that shares its modules is kept for the next file only while the next file is of its project.
 */
const LONG_FIRST = [
  TYPECHECK, // 15 s on a fresh clone (tsc; incremental after that)
  'test/e2e/pack-git.test.ts', // 28 s: two npm installs from a git URL, each building in a clone
  'test/watch/soak.test.ts', // 16 s, a process of its own: early, so it ends no shared worker's run of files
  'test/e2e/lint.test.ts', // 27 s
  'test/e2e/publish-kill.test.ts', // 24 s
  'test/e2e/publish.test.ts', // 15 s
  'test/e2e/cli.test.ts', // 14 s
  'test/lint/rules.test.ts', // 12 s
  'test/e2e/watch.test.ts', // 10 s, mostly waiting for rounds
  'test/e2e/pack-clone.test.ts', // 10 s: npm install in a copy of the working tree
  'test/e2e/incident.test.ts', // 7 s
  'test/e2e/status.test.ts', // 6 s
  'test/e2e/publish-pds.test.ts', // 6 s
  'test/e2e/review-browser.test.ts', // 6 s
  'test/e2e/pack.test.ts', // 6 s
  'test/e2e/probe.test.ts', // 6 s
];

// A renamed or misspelt entry would be ignored without a word: the list is checked as the suite starts.
const missing = LONG_FIRST.filter((f) => !existsSync(new URL(`../${f}`, import.meta.url)));
if (missing.length) throw new Error(`test/vitest.config.mjs: LONG_FIRST names no such file: ${missing.join(', ')}`);

/** After the long files, the projects' other files, a project at a time. */
const PROJECT_ORDER = ['typecheck', 'e2e', 'unit', 'own-process'];

class LongFirst extends BaseSequencer {
  async sort(files) {
    const sorted = await super.sort(files);
    const rank = (spec) => {
      const at = LONG_FIRST.indexOf(relative(this.ctx.config.root, spec.moduleId));
      return at >= 0 ? at : LONG_FIRST.length + PROJECT_ORDER.indexOf(spec.project.name);
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
    // The CLIs tests run keep their code caches in a folder of the run, not in the user's ~/.cache.
    globalSetup: ['test/helpers/cache-home.ts'],
    sequence: { sequencer: LongFirst },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['**/node_modules/**', TYPECHECK, ...END_TO_END, ...OWN_PROCESS],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'e2e', include: END_TO_END, isolate: true } },
      { extends: true, test: { name: 'typecheck', include: [TYPECHECK], isolate: false } },
      {
        extends: true,
        test: { name: 'own-process', include: OWN_PROCESS, isolate: true },
      },
    ],
  },
});
