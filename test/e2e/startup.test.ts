// Start-up stays lean: each command loads only the code it uses (ES module chunks per command, traced with a Node
// module hook), and the shim keeps a code cache and says what to do before a build.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, NODE, ROOT } from '../helpers/cli.js';

interface Meta {
  inputs: Record<string, { imports: Array<{ path: string; external?: boolean }> }>;
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}

const OUT = join(ROOT, 'test-artifacts', `startup-${process.pid}`);

/**
 * The CLI built with the build's own options into test-artifacts/ (packageRoot() still finds the templates from
 * there), and which packages each of its files holds, from esbuild's metafile.
 */
async function builtWithMeta(): Promise<{
  cli: string;
  packagesOf: Map<string, string[]>;
  inputs: string[];
  meta: Meta;
}> {
  const { build } = await import('esbuild');
  const { cliBundleOptions } = (await import(pathToFileURL(join(ROOT, 'scripts', 'bundle-options.mjs')).href)) as {
    cliBundleOptions(): Promise<Record<string, unknown>>;
  };
  const result = await build({ ...(await cliBundleOptions()), outdir: OUT, sourcemap: false });
  const packagesOf = new Map<string, string[]>();
  const inputs: string[] = [];
  for (const [file, out] of Object.entries((result.metafile as unknown as Meta).outputs)) {
    const names = Object.keys(out.inputs).filter((i) => out.inputs[i]!.bytesInOutput > 0);
    inputs.push(...names);
    const pkgs = names
      .map((i) => /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(i))
      .filter((m) => m !== null)
      .map((m) => (m[1] === 'handlebars' && m[2]!.includes('/compiler/') ? 'handlebars/compiler' : m[1]!));
    packagesOf.set(join(ROOT, file), [...new Set(pkgs)]);
  }
  return { cli: join(OUT, 'cli.js'), packagesOf, inputs, meta: result.metafile as unknown as Meta };
}

/** A Node module hook that appends every module URL resolved to the file $LP_TRACE. */
async function writeTracer(dir: string): Promise<string> {
  await writeFile(
    join(dir, 'hooks.mjs'),
    "import { appendFileSync } from 'node:fs';\nexport async function resolve(specifier, context, next) {\n  const r = await next(specifier, context);\n  appendFileSync(process.env.LP_TRACE, r.url + '\\n');\n  return r;\n}\n",
  );
  await writeFile(
    join(dir, 'register.mjs'),
    "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n",
  );
  return join(dir, 'register.mjs');
}

/** Evidence taken now: one probe of Claude Opus 4.7 answering 529. */
/** A first update for the provider's API from EVIDENCE, written to OUT without a question. */
const draftArgv = (evidence: string, out: string) => [
  'draft',
  '--from',
  evidence,
  '--layer',
  'provider-api',
  '--phase',
  'investigating',
  '--yes',
  '--product',
  'Acme',
  '--out',
  out,
];

const OPUS_529_EVIDENCE = () =>
  JSON.stringify({
    schema: 'layerpost.evidence/v1',
    takenAt: new Date().toISOString(),
    probes: [
      {
        id: 'opus',
        layer: 'model-endpoint',
        provider: 'anthropic',
        model: 'claude-opus-4-7',
        ok: false,
        outcome: 'http-status',
        status: 529,
        latencyMs: 300,
        detail: '529',
      },
    ],
    providers: [],
  });

describe('start-up', () => {
  let built: Awaited<ReturnType<typeof builtWithMeta>>;
  let work: string;
  let tracer: string;
  beforeAll(async () => {
    built = await builtWithMeta();
    work = await mkdtemp(join(tmpdir(), 'layerpost-startup-'));
    tracer = await writeTracer(work);
  }, 60_000);
  afterAll(async () => {
    await rm(OUT, { recursive: true, force: true });
    if (work) await rm(work, { recursive: true, force: true });
  });

  /** A preload (`-r`) that writes the Node built-ins a run loaded to `report` as it exits. */
  function builtinsHook(name: string): { hook: string; report: string } {
    const report = join(work, `builtins-${Math.random().toString(36).slice(2)}`);
    const hook = join(work, `${name}.cjs`);
    const list = 'process.moduleLoadList.join("\\n")';
    writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(report)}, ${list}));\n`);
    return { hook, report };
  }

  /** Runs `layerpost ARGV` from the traced build in `cwd`: the packages of every file it loaded. */
  function loaded(argv: string[], cwd = work): { packages: string[] } {
    const trace = join(work, `trace-${Math.random().toString(36).slice(2)}`);
    const script = `import(${JSON.stringify(pathToFileURL(built.cli).href)}).then((m) => m.main(${JSON.stringify(argv)})).then((code) => { process.exitCode = code; })`;
    const r = spawnSync(NODE, ['--import', pathToFileURL(tracer).href, '-e', script], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true', NO_COLOR: '1', LP_TRACE: trace },
    });
    expect(r.status, `${argv.join(' ')}: ${r.stderr}`).toBeLessThanOrEqual(1);
    const files = readFileSync(trace, 'utf8')
      .split('\n')
      .filter((u) => u.startsWith('file:'))
      .map((u) => fileURLToPath(u));
    const ours = files.filter((f) => f.startsWith(OUT + sep));
    expect(ours).toContain(built.cli);
    return { packages: [...new Set(ours.flatMap((f) => built.packagesOf.get(f) ?? []))] };
  }

  it('--help, layers and lint load neither undici, inquirer nor yaml; layers no template compiler; --help not zod or handlebars', () => {
    const help = loaded(['--help']);
    expect(help.packages).toContain('commander');
    for (const heavy of ['undici', '@inquirer', 'yaml', 'zod', 'handlebars', 'chalk', 'fast-xml-parser'])
      expect(
        help.packages.filter((p) => p.startsWith(heavy)),
        `--help: ${heavy}`,
      ).toEqual([]);
    // layers says each layer in the template set's words: the embedded set's precompiled templates, rendered by the
    // Handlebars runtime alone (no compiler).
    const layers = loaded(['layers']);
    for (const heavy of ['undici', '@inquirer', 'yaml', 'handlebars/compiler', 'fast-xml-parser'])
      expect(
        layers.packages.filter((p) => p.startsWith(heavy)),
        `layers: ${heavy}`,
      ).toEqual([]);
    const lint = loaded(['lint']);
    expect(lint.packages).toContain('handlebars');
    for (const heavy of ['undici', '@inquirer', 'yaml', 'chalk', 'fast-xml-parser'])
      expect(
        lint.packages.filter((p) => p.startsWith(heavy)),
        `lint: ${heavy}`,
      ).toEqual([]);
  }, 60_000);

  it('draft --from --yes renders with the templates compiled to JavaScript (no Handlebars at all: its review page too), and a YAML config loads yaml', async () => {
    const evidence = join(work, 'evidence.json');
    await writeFile(evidence, OPUS_529_EVIDENCE());
    const draft = loaded(draftArgv(evidence, join(work, 'drafts')));
    expect(draft.packages).toContain('zod');
    for (const unused of ['handlebars', 'undici', '@inquirer', 'yaml', 'fast-xml-parser'])
      expect(
        draft.packages.filter((p) => p.startsWith(unused)),
        `draft: ${unused}`,
      ).toEqual([]);
    // the tracer does see a heavy package when one is used
    const project = join(work, 'project');
    await mkdir(join(project, '.git'), { recursive: true });
    await writeFile(join(project, 'layerpost.config.yaml'), 'product: { name: Acme, feature: Acme Assist }\n');
    expect(loaded(['layers'], project).packages).toContain('yaml');
  }, 60_000);

  it('a built draft reads no .hbs file (the build holds the embedded set), loads no node:crypto (the CSP hash is a constant), node:child_process (one-person approval asks git nothing) node:module nor node:fs/promises (with readline: its file calls are synchronous), nor node:tty (stdin is a terminal or not only matters when stderr is one)', async () => {
    const pkg = await mkdtemp(join(tmpdir(), 'layerpost-nohbs-'));
    try {
      for (const sub of ['bin', 'dist']) await cp(join(ROOT, sub), join(pkg, sub), { recursive: true });
      await copyFile(join(ROOT, 'package.json'), join(pkg, 'package.json'));
      // the templates folder as `init` needs it, without one .hbs file
      await mkdir(join(pkg, 'templates'));
      await copyFile(join(ROOT, 'templates', 'config.example.yaml'), join(pkg, 'templates', 'config.example.yaml'));
      const evidence = join(work, 'evidence-nohbs.json');
      await writeFile(evidence, OPUS_529_EVIDENCE());
      const report = join(work, `builtins-${Math.random().toString(36).slice(2)}`);
      const hook = join(work, 'builtins.cjs');
      await writeFile(
        hook,
        `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(report)}, process.moduleLoadList.join('\\n')));\n`,
      );
      const argv = [...draftArgv(evidence, join(work, 'drafts-nohbs')), '--json'];
      const r = spawnSync(NODE, ['-r', hook, join(pkg, 'bin', 'layerpost.js'), ...argv], {
        cwd: work,
        encoding: 'utf8',
        env: { ...process.env, CI: 'true', NO_COLOR: '1' },
      });
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.stringify(JSON.parse(r.stdout))).toContain('Anthropic');
      expect(
        readFileSync(report, 'utf8')
          .split('\n')
          .filter((m) =>
            /^NativeModule (node:)?(crypto|child_process|module|fs\/promises|internal\/readline\/interface|tty)$/.test(
              m,
            ),
          ),
      ).toEqual([]);
    } finally {
      await rm(pkg, { recursive: true, force: true });
    }
  }, 60_000);

  it('undici comes in by its public entry only (no undici/lib/ file); of twitter-text parseTweet; no core-js', () => {
    const undici = /(^|\/)node_modules\/undici\//;
    const fromOutside = Object.entries(built.meta.inputs)
      .filter(([file]) => !undici.test(file))
      .flatMap(([file, input]) => input.imports.filter((i) => undici.test(i.path)).map((i) => `${file} -> ${i.path}`));
    expect(fromOutside.length).toBeGreaterThan(0);
    expect(fromOutside.filter((edge) => !edge.endsWith('node_modules/undici/index.js'))).toEqual([]);
    for (const unused of ['node_modules/twitter-text/dist/esm/autoLink', 'node_modules/core-js/'])
      expect(
        built.inputs.filter((i) => i.includes(unused)),
        unused,
      ).toEqual([]);
  });

  it('the shim runs no Proxy over a module; a command loads node:child_process only when it uses it', () => {
    // commander requires child_process for executable subcommands (layerpost has none): a plain function stands in
    const script = readFileSync(join(ROOT, 'dist', 'cli.cjs'), 'utf8');
    expect(script.match(/new Proxy\([^;]{0,80}require\(/g) ?? []).toEqual([]);
    const { hook, report } = builtinsHook('child-process');
    const env = { ...process.env, CI: 'true', NO_COLOR: '1' };
    const r = spawnSync(NODE, ['-r', hook, BIN, 'layers'], { cwd: work, encoding: 'utf8', env });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^integration /m);
    expect(
      readFileSync(report, 'utf8')
        .split('\n')
        .filter((m) => /child_process/.test(m)),
    ).toEqual([]);
  });

  it('a network command does not make Node build its own copy of undici (undici reads no global Headers)', async () => {
    const { startServer } = await import('../helpers/server.js');
    const srv = await startServer((_q, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'));
    try {
      const config = join(work, 'one-probe.json');
      const probes = [{ id: 'p', layer: 'integration', http: { url: `${srv.url}/ok`, expect: { status: [200] } } }];
      writeFileSync(config, JSON.stringify({ product: { name: 'Acme', feature: 'Acme AI' }, providers: [], probes }));
      const { hook, report } = builtinsHook('node-undici');
      const argv = ['-r', hook, BIN, 'probe', '--config', config, '--no-status', '--json'];
      const { spawn } = await import('node:child_process');
      const env = { ...process.env, CI: 'true', NO_COLOR: '1' };
      const out = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
        const child = spawn(NODE, argv, { cwd: work, env, stdio: ['ignore', 'pipe', 'ignore'] });
        let stdout = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.on('close', (code) => resolve({ code, stdout }));
      });
      expect(out.code, out.stdout).toBe(0);
      expect(out.stdout).toContain('"ok": true');
      const loaded = readFileSync(report, 'utf8').split('\n');
      expect(loaded.filter((m) => m.includes('undici'))).toEqual([]);
    } finally {
      await srv.close();
    }
  }, 60_000);

  it('the shim keeps its code cache in the OS cache directory, on every Node, unless NODE_DISABLE_COMPILE_CACHE is set', async () => {
    const cacheHome = join(work, 'xdg-cache');
    await mkdir(cacheHome, { mode: 0o700 });
    const run = (extra: Record<string, string>) =>
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
    const off = run({ NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(off.status, off.stderr).toBe(0);
    expect(await readdir(cacheHome).catch(() => [])).toEqual([]);
    const on = run({});
    expect(on.status, on.stderr).toBe(0);
    expect(on.stdout).toBe(off.stdout);
    // (test/bin/code-cache.test.ts: which folders it trusts, its key, a planted entry)
    expect((await readdir(join(cacheHome, 'layerpost', 'v8'))).filter((f) => f.endsWith('-layers.v8'))).toHaveLength(1);
  });

  it('before a build, the shim says what to run in one line (exit 70)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'layerpost-nobuild-'));
    try {
      await cp(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
      for (const argv of [['--help'], ['lint']]) {
        const r = spawnSync(NODE, [join(dir, 'bin', 'layerpost.js'), ...argv], { encoding: 'utf8' });
        expect(r.status, argv.join(' ')).toBe(70);
        expect(r.stderr).toMatch(/^layerpost: cannot load the CLI \(.*\); run `npm run build`\n$/);
        expect(r.stdout).toBe('');
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('the build leaves no file of an earlier build behind with --clean (the package ships dist/ as it is)', async () => {
    const stale = join(ROOT, 'dist', 'chunks', 'stale-from-an-earlier-build.js');
    await writeFile(stale, '');
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--clean'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const files = (await readdir(join(ROOT, 'dist'), { recursive: true })).map((f) =>
      relative(ROOT, join(ROOT, 'dist', String(f))),
    );
    expect(files).not.toContain(join('dist', 'chunks', 'stale-from-an-earlier-build.js'));
    expect(await readFile(join(ROOT, 'dist', 'cli.js'), 'utf8')).toMatch(/^import /);
  }, 60_000);
});
