// A fresh clone of the repository, as the README's first commands use it.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npm, snapshot } from '../helpers/pack.js';

describe('a fresh clone', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'layerpost-clone-'));
  });
  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  // The README's first commands: `npm install` builds dist/ (prepare); the shim itself never builds.
  it('npm install && npx layerpost demo', async () => {
    const clone = await snapshot(join(tmp, 'clone'));
    expect(await readdir(clone)).not.toContain('dist');
    const installed = npm(['install', '--offline', '--no-audit', '--no-fund'], { cwd: clone, timeout: 240_000 });
    expect(installed.status, installed.stderr).toBe(0);
    expect(await readdir(join(clone, 'dist'))).toContain('cli.cjs');
    const env = { ...process.env, CI: 'true', NO_COLOR: '1', npm_config_update_notifier: 'false' };
    const demo = spawnSync('npx', ['--offline', 'layerpost', 'demo'], { cwd: clone, encoding: 'utf8', env });
    expect(demo.status, demo.stderr).toBe(0);
    expect(demo.stderr).not.toMatch(/cannot load|no build/);
    expect(demo.stdout + demo.stderr).toMatch(/review\.html/);
  }, 300_000);
});
