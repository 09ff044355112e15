// The tests' runner of the built CLI (test/helpers/cli.ts): a run that a signal nobody in the test sent ended is said
// on stderr (signal, time, pid); one the test sent is not. The signal comes from a module that NODE_OPTIONS preloads
// into the CLI's process, which also counts the runs: each is run once, whatever ended it.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliOptions } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'layerpost-run-cli-'));
const preload = join(dir, 'signal.cjs');
writeFileSync(
  preload,
  `const fs = require('node:fs');
const { LP_RUNS: runs, LP_MODE: mode } = process.env;
const before = fs.existsSync(runs) ? fs.readFileSync(runs, 'utf8').length : 0;
fs.appendFileSync(runs, 'x');
if (mode === 'first' && before === 0) process.kill(process.pid, 'SIGTERM');
if (mode === 'hang') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10000);
if (mode === 'after-output') { process.stderr.write('started\\n'); process.kill(process.pid, 'SIGTERM'); }
`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

let n = 0;
/**
 * `layerpost layers` with the preload in MODE, SIGTERMed by the test once the preload has counted the run when asked;
 * the runs it made and what the runner said on stderr.
 */
async function layers(mode: string, killOnceCounted = false) {
  const runs = join(dir, `runs-${n++}`);
  const said: string[] = [];
  const onSpawn: CliOptions['onSpawn'] = (child) => {
    const poll = setInterval(() => {
      if (!existsSync(runs)) return;
      clearInterval(poll);
      child.kill('SIGTERM');
    }, 20);
  };
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (said.push(String(chunk)), true));
  const r = await runCli(['layers'], {
    env: { NODE_OPTIONS: `--require ${preload}`, LP_RUNS: runs, LP_MODE: mode },
    onSpawn: killOnceCounted ? onSpawn : undefined,
  });
  vi.restoreAllMocks();
  return { r, runs: readFileSync(runs, 'utf8').length, said: said.join('') };
}

describe('runCli', () => {
  it('a run that a signal the test did not send ended is said, with the signal, time and pid, and run once', async () => {
    const { r, runs, said } = await layers('first');
    expect([r.code, r.signal, r.stdout, runs]).toEqual([null, 'SIGTERM', '', 1]);
    expect(said).toMatch(/^runCli: `layerpost layers` ended by SIGTERM after \d+ ms \(pid \d+\)\n$/);
  });

  it('so is one that printed first', async () => {
    const { r, runs, said } = await layers('after-output');
    expect([r.code, r.signal, r.stderr, runs]).toEqual([null, 'SIGTERM', 'started\n', 1]);
    expect(said).toMatch(/^runCli: `layerpost layers` ended by SIGTERM after \d+ ms \(pid \d+\)\n$/);
  });

  it('a signal the test sent is its result, and not said', async () => {
    const { r, runs, said } = await layers('hang', true);
    expect([r.code, r.signal, runs]).toEqual([null, 'SIGTERM', 1]);
    expect(said).toBe('');
  });

  it('a run that ends by itself is not said', async () => {
    const { r, runs, said } = await layers('none');
    expect([r.code, r.signal, runs]).toEqual([0, null, 1]);
    expect(r.stdout).toContain('provider-api');
    expect(said).toBe('');
  });
});
