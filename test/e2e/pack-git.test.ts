// The package installed from a git URL, as the README's Install section shows: npm builds it (`prepare`) in a clone.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE, ROOT } from '../helpers/cli.js';
import { npm, snapshot } from '../helpers/pack.js';

describe('an install from a git URL', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'layerpost-git-'));
  });
  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  // npm runs `prepare`, not `prepack`, for a git dependency. Two ways from a git URL that work (README, Install):
  // into a project, and `npm pack` of the URL then a global install of the tarball (`npm install --global git+…`
  // itself links the global folder to npm's deleted temporary clone: npm/cli#4148). Offline: what the build needs comes
  // from npm's cache.
  it('installs from a git+file:// URL into a project, and packs one for a global install, with dist/ built', async () => {
    const repo = await snapshot(join(tmp, 'repo'));
    // as one commit of a repository of the test's own
    const git = (args: string[]) =>
      spawnSync(
        'git',
        ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args],
        { cwd: repo, encoding: 'utf8' },
      );
    for (const args of [
      ['init', '-q'],
      ['add', '-A'],
      ['commit', '-qm', 'snapshot'],
    ])
      expect(git(args).status).toBe(0);
    const url = `git+file://${repo}`;
    const version = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).version as string;
    const runs = (bin: string) => {
      const r = spawnSync(NODE, [bin, '--version'], {
        cwd: tmp,
        encoding: 'utf8',
        env: { ...process.env, CI: 'true' },
      });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout.trim()).toBe(version);
    };

    const project = join(tmp, 'project');
    await mkdir(project);
    await writeFile(join(project, 'package.json'), '{ "name": "team", "version": "1.0.0", "private": true }\n');
    const local = npm(['install', '--offline', '--no-audit', '--no-fund', url], { cwd: project, timeout: 240_000 });
    expect(local.status, local.stderr).toBe(0);
    expect(await readdir(join(project, 'node_modules', 'layerpost', 'dist'))).toContain('cli.js');
    runs(join(project, 'node_modules', 'layerpost', 'bin', 'layerpost.js'));

    const packed = npm(['pack', '--offline', '--json', '--pack-destination', tmp, url], { cwd: tmp, timeout: 240_000 });
    expect(packed.status, packed.stderr).toBe(0);
    const [info] = JSON.parse(packed.stdout) as Array<{ filename: string }>;
    const prefix = join(tmp, 'prefix');
    const global = npm(
      ['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, join(tmp, info!.filename)],
      { cwd: tmp, timeout: 240_000 },
    );
    expect(global.status, global.stderr).toBe(0);
    runs(join(prefix, 'bin', 'layerpost'));
  }, 300_000);
});
