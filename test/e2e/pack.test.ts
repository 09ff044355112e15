// The package as a user gets it: `npm pack`, installed from the tarball into an empty prefix with no registry, run
// from another folder, as the README's CI example does. The installs from a git URL and from a fresh clone are in
// pack-git.test.ts and pack-clone.test.ts.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE, ROOT } from '../helpers/cli.js';
import { npm } from '../helpers/pack.js';

describe('the packed package', () => {
  let tmp: string;
  let tarball: string;
  let files: string[];
  let prefix: string;
  let bin: string;
  const layerpost = (args: string[], cwd: string) =>
    spawnSync(NODE, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1' } });

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'layerpost-pack-'));
    // npm pack runs the build (prepare) as a publish would
    const packed = npm(['pack', '--json', '--pack-destination', tmp], { cwd: ROOT });
    expect(packed.status, packed.stderr).toBe(0);
    const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    tarball = join(tmp, info!.filename);
    files = info!.files.map((f) => f.path);
    prefix = join(tmp, 'prefix');
    // --offline: installing layerpost needs nothing from any registry
    const installed = npm(['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball]);
    expect(installed.status, installed.stderr).toBe(0);
    // npm 11 lists a non-registry package's `prepare` as an install script to approve, though it never runs it for a
    // tarball; nothing else may be said
    expect(installed.stderr.replace(/^npm warn install-scripts.*\n?/gm, '')).not.toMatch(
      /install-scripts|deprecated|warn/i,
    );
    bin = join(prefix, process.platform === 'win32' ? '' : 'bin', 'layerpost');
  }, 120_000);
  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('holds what runs (bin, dist, templates, README, LICENSE) and nothing of the build', () => {
    for (const f of [
      'bin/layerpost.js',
      'dist/cli.js',
      'dist/templates.cjs',
      'dist/scans.json',
      'dist/config.schema.json',
      'README.md',
      'LICENSE',
      'package.json',
    ])
      expect(files, f).toContain(f);
    expect(files.some((f) => f.startsWith('templates/') && f.endsWith('.hbs'))).toBe(true);
    expect(files.filter((f) => /^(src|scripts|test)\//.test(f) || /meta\.json$|\.cache$|\.tmp$/.test(f))).toEqual([]);
  });

  it('installs alone: no dependency, no install script', async () => {
    const installedRoot = join(prefix, 'lib', 'node_modules');
    expect(await readdir(installedRoot)).toEqual(['layerpost']);
    expect(await readdir(join(installedRoot, 'layerpost', 'node_modules')).catch(() => [])).toEqual([]);
    const pkg = JSON.parse(await readFile(join(installedRoot, 'layerpost', 'package.json'), 'utf8')) as {
      private?: boolean;
      dependencies?: object;
      scripts?: Record<string, string>;
    };
    expect(pkg.private).toBeUndefined();
    expect(pkg.dependencies ?? {}).toEqual({});
    // `prepare` builds a clone or a git install; npm never runs it for a tarball or registry install
    for (const hook of ['preinstall', 'install', 'postinstall']) expect(pkg.scripts?.[hook], hook).toBeUndefined();
  });

  it('runs --help, demo --yes and lint of a template directory from another folder', async () => {
    const elsewhere = join(tmp, 'team');
    await mkdir(elsewhere);
    const help = layerpost(['--help'], elsewhere);
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^Usage: layerpost /);
    const demo = layerpost(['demo', '--yes', '--out', join(elsewhere, 'drafts')], elsewhere);
    expect(demo.status, demo.stderr).toBe(0);
    expect(
      (await readdir(join(elsewhere, 'drafts'), { recursive: true }))
        .map(String)
        .some((f) => f.endsWith('review.html')),
    ).toBe(true);
    // the README's CI example: lint the team's templates (here, a copy of the shipped set) in GitHub's format
    await cp(join(prefix, 'lib', 'node_modules', 'layerpost', 'templates'), join(elsewhere, 'templates'), {
      recursive: true,
    });
    const lint = layerpost(['lint', 'templates', '--format', 'github'], elsewhere);
    expect(lint.status, lint.stderr + lint.stdout).toBe(0);
    const sarif = layerpost(['lint', 'templates', '--format', 'sarif'], elsewhere);
    expect(sarif.status, sarif.stderr).toBe(0);
    expect(JSON.parse(sarif.stdout)).toMatchObject({ version: '2.1.0' });
  }, 120_000);
});

describe('where the package says it lives', () => {
  // There is no public repository yet: nothing may send a user to one that does not exist.
  it('package.json, the README and SARIF output name no invented repository', async () => {
    const pkg = await readFile(join(ROOT, 'package.json'), 'utf8');
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    const format = await readFile(join(ROOT, 'src', 'lint', 'format.ts'), 'utf8');
    for (const text of [pkg, readme, format]) expect(text).not.toMatch(/github(?:\.com\/|:)layerpost\/layerpost/);
    // the installs the README shows are the ones tested above
    expect(readme).toMatch(/npm install --global \.\/layerpost-[\d.]+\.tgz/);
    expect(readme).toMatch(/npm pack git\+https:/);
  });
});
