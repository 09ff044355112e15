// The package as a user gets it: `npm pack`, installed from the tarball into an empty prefix with no registry, run
// from another folder, as the README's CI example does.
import { spawnSync, type SpawnSyncOptionsWithStringEncoding } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE, ROOT } from '../helpers/cli.js';

const npm = (args: string[], opts: Partial<SpawnSyncOptionsWithStringEncoding> = {}) =>
  spawnSync('npm', args, {
    ...opts,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false', ...opts.env },
  });

/** The working tree's files (committed or not, minus ignored ones: no node_modules, no dist/) copied to DIR. */
async function snapshot(dir: string): Promise<string> {
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
