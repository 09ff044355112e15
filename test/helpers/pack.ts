// What the pack tests share (test/e2e/pack*.test.ts): npm without its update check, and a copy of the working tree.
// The tests are three files so that their npm installs (10-20 s each on 2 cores) run in parallel workers.
import { spawnSync, type SpawnSyncOptionsWithStringEncoding } from 'node:child_process';
import { cp, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './cli.js';

export const npm = (args: string[], opts: Partial<SpawnSyncOptionsWithStringEncoding> = {}) =>
  spawnSync('npm', args, {
    ...opts,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false', ...opts.env },
  });

/** The working tree's files (committed or not, minus ignored ones: no node_modules, no dist/) copied to DIR. */
export async function snapshot(dir: string): Promise<string> {
  await mkdir(dir);
  const ls = ['ls-files', '-z', '--cached', '--others', '--exclude-standard'];
  const listed = spawnSync('git', ls, { cwd: ROOT, encoding: 'utf8' });
  expect(listed.status, listed.stderr).toBe(0);
  for (const f of listed.stdout.split('\0').filter(Boolean))
    await cp(join(ROOT, f), join(dir, f), { recursive: true }).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e; // deleted in the working tree, not yet in the index
    });
  return dir;
}
