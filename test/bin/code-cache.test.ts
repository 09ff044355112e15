// The shim's V8 code cache (bin/code-cache.js): kept only where nobody else can write, keyed by Node and bundle,
// written after a run and read by the next; a planted entry in a folder another user could write never runs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE, ROOT, runCli } from '../helpers/cli.js';

const { cacheDir, bundleHash, commandOf, v8Flags } = createRequire(import.meta.url)('../../bin/code-cache.js') as {
  cacheDir(root: string): string | undefined;
  commandOf(args: string[]): string;
  bundleHash(source: string): string | undefined;
  v8Flags(args: string[]): string[];
};
const BUNDLE = join(ROOT, 'dist', 'cli.cjs');
const isRoot = process.getuid?.() === 0;

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'layerpost-code-cache-'));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** A fresh cache root of mode MODE (chmod, so the umask does not hide the bits). */
async function root(mode = 0o700): Promise<string> {
  const dir = await mkdtemp(join(work, 'root-'));
  await chmod(dir, mode);
  return dir;
}

describe('the command a run is for (its cache, its V8 flags)', () => {
  it('is the first word that is not an option: global options may come first', () => {
    expect(commandOf(['probe', '--only', 'x'])).toBe('probe');
    expect(commandOf(['--no-color', 'probe'])).toBe('probe');
    expect(commandOf(['--quiet', '--verbose', '--json', 'lint'])).toBe('lint');
    expect(commandOf(['-c', 'probe', 'draft'])).toBe('draft'); // a config file named "probe"
    expect(commandOf(['--config', 'x.yaml', 'probe'])).toBe('probe');
    expect(commandOf(['--config=x.yaml', 'probe'])).toBe('probe');
    expect(commandOf(['-qc', 'x.yaml', 'status'])).toBe('status');
    expect(commandOf(['--json'])).toBe('other');
    expect(commandOf(['help', 'probe'])).toBe('other');
    expect(commandOf(['--', 'probe'])).toBe('other');
    expect(commandOf([])).toBe('other');
    // probe's memory flags follow it wherever it stands.
    expect(v8Flags(['--no-color', 'probe'])).toEqual(v8Flags(['probe']));
    expect(v8Flags(['--no-color', 'probe'])).toContain('--semi-space-growth-factor=1');
    expect(v8Flags(['--no-color', 'lint'])).toEqual([]);
  });

  it('knows every global option that takes a value (src/cli.ts): only -c/--config does', async () => {
    const { buildProgram } = await import('../../src/cli.js');
    const valued = buildProgram(async () => {})
      .options.filter((o) => o.required || o.optional)
      .map((o) => [o.short, o.long]);
    expect(valued).toEqual([['-c', '--config']]);
  });
});

describe.skipIf(process.platform !== 'linux')('the test run', () => {
  it("keeps the caches of the CLIs it runs in a folder of its own, not in the user's (test/helpers/cache-home.ts)", async () => {
    const home = process.env.XDG_CACHE_HOME!;
    expect(home.startsWith(join(tmpdir(), 'layerpost-test-cache-'))).toBe(true);
    expect((await runCli(['layers', '--json'])).code).toBe(0);
    expect((await readdir(join(home, 'layerpost', 'v8'))).some((f) => f.endsWith('-layers.v8'))).toBe(true);
  });
});

describe.skipIf(process.platform === 'win32')('the cache folder', () => {
  it('is made 0700 from the root down when the root is the user’s own and writable by nobody else', async () => {
    const r = await root(0o755);
    expect(cacheDir(r)).toBe(join(r, 'layerpost', 'v8'));
    for (const d of [join(r, 'layerpost'), join(r, 'layerpost', 'v8')])
      expect((await stat(d)).mode & 0o777).toBe(0o700);
  });

  it('is refused when any folder from the root down is writable by others or by the group', async () => {
    for (const mode of [0o777, 0o1777, 0o775, 0o770]) {
      const r = await root(mode);
      expect(cacheDir(r), `root ${mode.toString(8)}`).toBeUndefined();
      expect(await readdir(r), 'nothing is made in it').toEqual([]);
    }
    for (const mode of [0o777, 0o775]) {
      const r = await root(0o700);
      await mkdir(join(r, 'layerpost', 'v8'), { recursive: true });
      await chmod(join(r, 'layerpost'), mode);
      expect(cacheDir(r), `layerpost/ ${mode.toString(8)}`).toBeUndefined();
      await chmod(join(r, 'layerpost'), 0o700);
      await chmod(join(r, 'layerpost', 'v8'), mode);
      expect(cacheDir(r), `layerpost/v8/ ${mode.toString(8)}`).toBeUndefined();
    }
  });

  it('is refused when a folder below the root is a link (made first by someone else)', async () => {
    const r = await root();
    const elsewhere = await root();
    await symlink(elsewhere, join(r, 'layerpost'));
    expect(cacheDir(r)).toBeUndefined();
  });

  it.skipIf(!isRoot)(
    'is refused when a folder is owned by another user, even if nobody else can write it',
    async () => {
      const r = await root();
      await mkdir(join(r, 'layerpost'), { mode: 0o700 });
      await chown(join(r, 'layerpost'), 65534, 65534);
      expect(cacheDir(r)).toBeUndefined();
      const other = await root();
      await chown(other, 65534, 65534);
      expect(cacheDir(other)).toBeUndefined();
    },
  );
});

describe.skipIf(!existsSync(BUNDLE))('the shim and its cache', () => {
  const source = () => readFileSync(BUNDLE, 'utf8');
  const run = (cacheHome: string, extra: Record<string, string> = {}) =>
    spawnSync(NODE, [join(ROOT, 'bin', 'layerpost.js'), 'layers'], {
      cwd: work,
      encoding: 'utf8',
      env: {
        ...process.env,
        CI: 'true',
        NO_COLOR: '1',
        XDG_CACHE_HOME: cacheHome,
        NODE_DISABLE_COMPILE_CACHE: '',
        ...extra,
      },
    });
  const version = spawnSync(NODE, ['-p', 'process.version + "-" + process.arch'], { encoding: 'utf8' }).stdout.trim();

  /**
   * A cache entry an attacker would plant: V8 accepts a cache made from any source of the same length, so it is made
   * from the bundle with its first line (the stamp, a comment) replaced by code of the same length.
   */
  function plantedCache(): Buffer {
    const real = source();
    const firstLine = real.slice(0, real.indexOf('\n'));
    const evil = "process.stdout.write('PLANTED\\n');//";
    const poisoned = evil.padEnd(firstLine.length, 'x') + real.slice(firstLine.length);
    expect(poisoned.length).toBe(real.length);
    const file = join(work, `poisoned-${Math.random().toString(36).slice(2)}.cjs`);
    writeFileSync(file, poisoned);
    const script = `const fs = require('fs'), vm = require('vm'), M = require('module');
      const s = new vm.Script(M.wrap(fs.readFileSync(${JSON.stringify(file)}, 'utf8')), { filename: ${JSON.stringify(BUNDLE)}, importModuleDynamically: vm.constants && vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
      process.stdout.write(s.createCachedData().toString('base64'));`;
    // Made under the flags the command starts with: V8 refuses a cache made under other flags.
    const made = spawnSync(NODE, [...v8Flags(['layers']), '-e', script], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    return Buffer.from(made.stdout, 'base64');
  }

  it('is written after the first run (0600, keyed by Node version, bundle hash and command), and a stale build’s is removed', async () => {
    const hash = bundleHash(source());
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const home = await root();
    const dir = join(home, 'layerpost', 'v8');
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const stale = `${version}-${'0'.repeat(64)}-layers.v8`;
    await writeFile(join(dir, stale), 'old build');
    const first = run(home);
    expect(first.status, first.stderr).toBe(0);
    const name = `${version}-${hash}-layers.v8`;
    expect(await readdir(dir)).toEqual([name]);
    expect((await stat(join(dir, name))).mode & 0o777).toBe(0o600);
    const second = run(home);
    expect(second.stdout).toBe(first.stdout);
  });

  it('is taken by the next run, not written again', async () => {
    const home = await root();
    const file = join(home, 'layerpost', 'v8', `${version}-${bundleHash(source())}-layers.v8`);
    expect(run(home).status).toBe(0);
    const made = await stat(file);
    const again = run(home);
    expect(again.status, again.stderr).toBe(0);
    const after = await stat(file);
    // written again (beside it, then renamed) would be a new file
    expect([after.ino, after.mtimeMs]).toEqual([made.ino, made.mtimeMs]);
  });

  it('NODE_DISABLE_COMPILE_CACHE=1 runs without one', async () => {
    const home = await root();
    const r = run(home, { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(r.status, r.stderr).toBe(0);
    expect(await readdir(home)).toEqual([]);
  });

  it('a planted entry runs from a folder of the user’s own (what V8 allows), never from one others can write', async () => {
    const planted = plantedCache();
    const name = `${version}-${bundleHash(source())}-layers.v8`;
    // the user's own folders: V8 takes the entry, which is why the folders must be the user's alone
    const own = await root();
    await mkdir(join(own, 'layerpost', 'v8'), { recursive: true, mode: 0o700 });
    await writeFile(join(own, 'layerpost', 'v8', name), planted, { mode: 0o600 });
    expect(run(own).stdout).toMatch(/^PLANTED\n/);
    // made first by someone else: a world-writable root, then a world-writable layerpost/ under the user's root
    const shared = await root(0o1777);
    await mkdir(join(shared, 'layerpost', 'v8'), { recursive: true, mode: 0o777 });
    await chmod(join(shared, 'layerpost'), 0o777);
    await writeFile(join(shared, 'layerpost', 'v8', name), planted, { mode: 0o600 });
    const sub = await root();
    await mkdir(join(sub, 'layerpost', 'v8'), { recursive: true });
    await chmod(join(sub, 'layerpost'), 0o777);
    await writeFile(join(sub, 'layerpost', 'v8', name), planted, { mode: 0o600 });
    for (const home of [shared, sub]) {
      const r = run(home);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).not.toContain('PLANTED');
      expect(r.stdout).toMatch(/^integration /m);
      expect(await readdir(join(home, 'layerpost', 'v8')), 'and nothing written there').toEqual([name]);
    }
  });
});

describe.skipIf(!existsSync(BUNDLE))('a side script (dist/NAME.cjs) and its cache', () => {
  const version = spawnSync(NODE, ['-p', 'process.version + "-" + process.arch'], { encoding: 'utf8' }).stdout.trim();
  const bundle = () => bundleHash(readFileSync(BUNDLE, 'utf8'))!;
  const yamlHash = () => bundleHash(readFileSync(join(ROOT, 'dist', 'yaml.cjs'), 'utf8'))!;
  /** `layers` in a folder whose config is YAML: the run requires the YAML parser, a side script. */
  async function yamlFolder(): Promise<string> {
    const dir = await mkdtemp(join(work, 'yaml-'));
    await writeFile(join(dir, 'layerpost.config.yaml'), 'product:\n  name: Acme YAML\n');
    return dir;
  }
  const run = (cwd: string, cacheHome: string) =>
    spawnSync(NODE, [join(ROOT, 'bin', 'layerpost.js'), 'layers'], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true', NO_COLOR: '1', XDG_CACHE_HOME: cacheHome, NODE_DISABLE_COMPILE_CACHE: '' },
    });

  it('is stamped with its SHA-256 as the bundle is', () => {
    for (const side of ['yaml', 'undici', 'xml', 'inquirer', 'handlebars', 'twitter-text'])
      expect(bundleHash(readFileSync(join(ROOT, 'dist', `${side}.cjs`), 'utf8')), side).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gets a cache of its own for the command (0600, named by the bundle, the command and its stamp), taken by the next run', async () => {
    const cwd = await yamlFolder();
    const home = await root();
    const dir = join(home, 'layerpost', 'v8');
    const first = run(cwd, home);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^integration /m);
    const side = `${version}-${bundle()}-layers-yaml-${yamlHash()}.v8`;
    expect((await readdir(dir)).sort()).toEqual([`${version}-${bundle()}-layers.v8`, side].sort());
    expect((await stat(join(dir, side))).mode & 0o777).toBe(0o600);
    const made = await stat(join(dir, side));
    const second = run(cwd, home);
    expect(second.stdout).toBe(first.stdout);
    const after = await stat(join(dir, side));
    expect([after.ino, after.mtimeMs], 'not written again').toEqual([made.ino, made.mtimeMs]);
  });

  it("removes its caches of other contents, and a new build's first run removes the old build's side caches", async () => {
    const cwd = await yamlFolder();
    const home = await root();
    const dir = join(home, 'layerpost', 'v8');
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const otherSide = `${version}-${bundle()}-layers-yaml-${'1'.repeat(64)}.v8`;
    const otherCommand = `${version}-${bundle()}-draft-yaml-${yamlHash()}.v8`;
    const otherBuild = `${version}-${'0'.repeat(64)}-layers-yaml-${yamlHash()}.v8`;
    for (const f of [otherSide, otherCommand, otherBuild]) await writeFile(join(dir, f), 'old', { mode: 0o600 });
    expect(run(cwd, home).status).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(
      [`${version}-${bundle()}-layers.v8`, `${version}-${bundle()}-layers-yaml-${yamlHash()}.v8`, otherCommand].sort(),
    );
  });

  it('is required only by a run that uses it: lint of the embedded set parses no template, so loads no Handlebars', async () => {
    const lint = (cwd: string, home: string, args: string[] = []) =>
      spawnSync(NODE, [join(ROOT, 'bin', 'layerpost.js'), 'lint', ...args], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, CI: 'true', NO_COLOR: '1', XDG_CACHE_HOME: home, NODE_DISABLE_COMPILE_CACHE: '' },
      });
    const home = await root();
    const dir = join(home, 'layerpost', 'v8');
    const cwd = await mkdtemp(join(work, 'lint-'));
    expect(lint(cwd, home).status).toBe(0);
    expect(await readdir(dir)).toEqual([`${version}-${bundle()}-lint.v8`]);
    // a team's folder of templates is parsed and compiled: Handlebars' compiler, a side script of its own
    const folder = join(cwd, 'templates', 'channels', 'x');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'default.hbs'), '{{> social-post}}\n');
    const withFolder = lint(cwd, home, ['templates']);
    expect(withFolder.status, withFolder.stderr).toBeLessThanOrEqual(1);
    expect((await readdir(dir)).filter((f) => f.includes('-lint-handlebars-'))).toHaveLength(1);
  });

  it('is not cached in a folder others can write, and runs all the same', async () => {
    const cwd = await yamlFolder();
    const shared = await root(0o777);
    const r = run(cwd, shared);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^integration /m);
    expect(await readdir(shared)).toEqual([]);
  });
});

/**
 * Runs `fn` with a folder of its own and, in it, a config of one probe of a local server that answers `body`, held to
 * `expectation`; the server is closed after.
 */
async function withOneProbe(
  name: string,
  body: string,
  expectation: Record<string, unknown>,
  fn: (dir: string, config: string) => Promise<void>,
): Promise<void> {
  const { startServer } = await import('../helpers/server.js');
  const srv = await startServer((_q, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end(body));
  try {
    const dir = await mkdtemp(join(work, `${name}-`));
    const config = join(dir, 'one.json');
    const probes = [{ id: 'p', layer: 'integration', http: { url: `${srv.url}/ok`, expect: expectation } }];
    await writeFile(config, JSON.stringify({ product: { name: 'Acme', feature: 'Acme AI' }, providers: [], probes }));
    await fn(dir, config);
  } finally {
    await srv.close();
  }
}

/**
 * A module to preload (-r) that, as the run ends, evaluates `check` with V8's natives syntax (%…) and writes its answer
 * to `report`: what V8 did during the command, asked of V8 itself.
 */
async function exitCheck(dir: string, check: string): Promise<{ hook: string; report: string }> {
  const report = join(dir, 'report');
  const hook = join(dir, 'hook.cjs');
  await writeFile(
    hook,
    `process.on('exit', () => { require('v8').setFlagsFromString('--allow-natives-syntax'); ` +
      `const answer = String(new Function(${JSON.stringify(check)})()); ` +
      `require('fs').writeFileSync(${JSON.stringify(report)}, answer); });\n`,
  );
  return { hook, report };
}

describe.skipIf(!existsSync(BUNDLE))('the V8 flags probe runs with', () => {
  // Its background compiles stay resident to the end of the run: 1000 probes peaked ~8 MiB higher on Node 24 (Node 20
  // and 22 have no Maglev, where this holds either way; the end-to-end suites run under Node 24 too).
  it('no JavaScript goes through Maglev, the middle tier, which a run of probe does not need', async () => {
    await withOneProbe('maglev', 'ok', { status: [200] }, async (dir, config) => {
      // as the run ends: would V8 run a hot function through Maglev when asked to?
      const { hook, report } = await exitCheck(
        dir,
        'function f(a) { return a + 1; } %PrepareFunctionForOptimization(f); f(1); f(2); ' +
          '%OptimizeMaglevOnNextCall(f); f(3); return %ActiveTierIsMaglev(f);',
      );
      const { spawn } = await import('node:child_process');
      // its own cache folder: the hook's flag, set as the run ends, would stamp the cache written after it
      const env = { ...process.env, CI: 'true', NO_COLOR: '1', XDG_CACHE_HOME: join(dir, 'cache') };
      const argv = ['-r', hook, join(ROOT, 'bin', 'layerpost.js'), 'probe', '--config', config, '--no-status'];
      const code = await new Promise<number | null>((resolve) => {
        spawn(NODE, argv, { cwd: dir, env, stdio: 'ignore' }).on('close', resolve);
      });
      expect(code).toBe(0);
      expect(readFileSync(report, 'utf8')).toBe('false');
    });
  }, 60_000);
});

describe.skipIf(!existsSync(BUNDLE))('the V8 flags every other command runs with: V8’s own', () => {
  // Runs used to compile patterns to machine code at once (--no-regexp-tier-up, set after start-up): a pattern compiled
  // to bytecode before the flag, matched again through V8's runtime, crashed the run (bin/code-cache.js, v8Flags).
  it('a regular expression is compiled as in a bare Node (no flag changes regexp tier-up)', async () => {
    const check =
      "const r = /layer (?:one|two)/i; r.exec('the layer two'); " +
      'return [%RegexpHasNativeCode(r, true), %RegexpHasBytecode(r, true)].join();';
    const answer = async (args: string[]) => {
      const dir = await mkdtemp(join(work, 'regexp-'));
      const { hook, report } = await exitCheck(dir, check);
      // its own cache folder: the hook's flag, set as the run ends, would stamp the cache written after it
      const env = { ...process.env, CI: 'true', NO_COLOR: '1', XDG_CACHE_HOME: join(dir, 'cache') };
      const r = spawnSync(NODE, ['-r', hook, ...args], { cwd: dir, env });
      expect(r.status, String(r.stderr)).toBe(0);
      return readFileSync(report, 'utf8');
    };
    const bare = await answer(['-e', '0']);
    expect(bare).toMatch(/^(true|false),(true|false)$/);
    expect(await answer([join(ROOT, 'bin', 'layerpost.js'), 'layers'])).toBe(bare);
  });
});

describe.skipIf(!existsSync(BUNDLE))('when the flags are set', () => {
  /**
   * The Node modules (node:…) a run loads after its first V8 flag is set (V8 refuses their code caches, made under the
   * default flags, and compiles each from source), or null when it sets none.
   */
  async function loadedAfterFlags(dir: string, args: string[]): Promise<string[] | null> {
    const report = join(dir, `after-flags-${args[0]}`);
    const hook = join(dir, `after-flags-${args[0]}.cjs`);
    await writeFile(
      hook,
      `const v8 = require('v8'), set = v8.setFlagsFromString; let at;\n` +
        `v8.setFlagsFromString = function (f) { at ??= process.moduleLoadList.length; return set.call(this, f); };\n` +
        `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(report)}, ` +
        `JSON.stringify(at === undefined ? null : process.moduleLoadList.slice(at).filter((m) => m.startsWith('NativeModule ')))));\n`,
    );
    const env = { ...process.env, CI: 'true', NO_COLOR: '1', XDG_CACHE_HOME: join(dir, 'cache') };
    const r = spawnSync(NODE, ['-r', hook, join(ROOT, 'bin', 'layerpost.js'), ...args], { cwd: dir, env });
    expect(r.status, String(r.stderr)).toBe(0);
    return JSON.parse(readFileSync(report, 'utf8')) as string[] | null;
  }

  it('lint and draft set none: Node’s modules keep their code caches, and no compiled code meets a changed flag', async () => {
    const dir = await mkdtemp(join(work, 'after-flags-'));
    const evidence = join(ROOT, 'test', 'fixtures', 'evidence', 'provider-api-529.json');
    const draft = ['draft', '--from', evidence, '--yes', '--product', 'Acme', '--layer', 'provider-api'];
    expect(await loadedAfterFlags(dir, ['lint'])).toBeNull();
    expect(await loadedAfterFlags(dir, [...draft, '--phase', 'investigating', '--out', join(dir, 'out')])).toBeNull();
  });

  it('a probe that matches a pattern (a flag set for the match) leaves a cache the next run takes', async () => {
    await withOneProbe('pattern', 'pong', { status: [200], matches: 'po+ng' }, async (dir, config) => {
      const env = { ...process.env, CI: 'true', NO_COLOR: '1', XDG_CACHE_HOME: join(dir, 'cache') };
      const { spawn } = await import('node:child_process');
      const probe = () =>
        new Promise<number | null>((resolve) => {
          const argv = [join(ROOT, 'bin', 'layerpost.js'), 'probe', '--config', config, '--no-status', '--quiet'];
          spawn(NODE, argv, { cwd: dir, env, stdio: 'ignore' }).on('close', resolve);
        });
      const cacheFile = async () => {
        const v8dir = join(dir, 'cache', 'layerpost', 'v8');
        const [name] = (await readdir(v8dir)).filter((f) => f.endsWith('-probe.v8'));
        return stat(join(v8dir, name!));
      };
      expect(await probe()).toBe(0);
      const made = await cacheFile();
      expect(await probe()).toBe(0);
      const after = await cacheFile();
      expect([after.ino, after.mtimeMs]).toEqual([made.ino, made.mtimeMs]);
    });
  }, 60_000);
});

describe.skipIf(!existsSync(BUNDLE))('the shim and V8’s young generation', () => {
  it('probe keeps it at its first size while hundreds of requests are in flight', async () => {
    const { startServer } = await import('../helpers/server.js');
    const srv = await startServer(
      (_q, res) => void setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'), 100),
    );
    try {
      const dir = await mkdtemp(join(work, 'young-'));
      const config = join(dir, 'many.json');
      await writeFile(
        config,
        JSON.stringify({
          product: { name: 'Acme', feature: 'Acme AI' },
          providers: [],
          probes: Array.from({ length: 600 }, (_, i) => ({
            id: `p${i}`,
            layer: 'integration',
            http: { url: `${srv.url}/p/${i}`, expect: { status: [200] } },
            timeoutMs: 20_000,
          })),
          deadlineSeconds: 60,
        }),
      );
      // the young generation's size as the run ends
      const report = join(dir, 'new-space');
      const hook = join(dir, 'new-space.cjs');
      await writeFile(
        hook,
        `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(report)}, String(require('v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size)));\n`,
      );
      const { spawn } = await import('node:child_process');
      const code = await new Promise<number | null>((resolve) => {
        const child = spawn(
          NODE,
          ['-r', hook, join(ROOT, 'bin', 'layerpost.js'), 'probe', '--config', config, '--no-status', '--quiet'],
          { cwd: dir, env: { ...process.env, CI: 'true', NO_COLOR: '1' }, stdio: 'ignore' },
        );
        child.on('close', resolve);
      });
      expect(code).toBe(0);
      // V8 starts it at 1 MiB a semi-space (2 MiB in all) and would double it up to 32 MiB
      expect(Number(readFileSync(report, 'utf8')) / 1048576).toBeLessThanOrEqual(4);
    } finally {
      await srv.close();
    }
  }, 60_000);
});
