// Start-up stays lean (issue 8): each command initialises only the modules it uses, and the bundle's code cache is
// taken only when it fits.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, statSync } from 'node:fs';
import { appendFile, copyFile, cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

interface Meta {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}

const HEAVY = ['zod', 'undici', 'handlebars', '@inquirer', 'twitter-text', 'yaml', 'chalk', 'fast-xml-parser'];
const TRACE = join(ROOT, 'test-artifacts', `startup-${process.pid}`);

/**
 * The bundle, built unminified into test-artifacts/ (packageRoot() still finds the templates from there) with a
 * tracer in esbuild's module initialisers: which modules does a command initialise? Modules esbuild does not wrap
 * are initialised at load, always.
 */
async function tracedBundle(): Promise<{ file: string; eager: string[] }> {
  const { build } = await import('esbuild');
  const { cliBundleOptions } = (await import(pathToFileURL(join(ROOT, 'scripts', 'bundle-options.mjs')).href)) as { cliBundleOptions(o: { minify: boolean }): Promise<Record<string, unknown>> };
  const result = await build({ ...(await cliBundleOptions({ minify: false })), outdir: TRACE, sourcemap: false });
  const file = join(TRACE, 'cli.cjs');
  await symlink(join(ROOT, 'dist', 'vendor'), join(TRACE, 'vendor'));
  let code = await readFile(file, 'utf8');
  const trace = (marker: string, line: string) => {
    expect(code, `esbuild's ${marker}`).toContain(marker);
    code = code.replace(marker, `${marker}\n  ${line}`);
  };
  trace('var __esm = (fn, res, err) => function __init() {', 'if (fn) globalThis.__lpLoaded.add(__getOwnPropNames(fn)[0]);');
  trace('var __commonJS = (cb, mod) => function __require() {', 'if (!mod) globalThis.__lpLoaded.add(__getOwnPropNames(cb)[0]);');
  await writeFile(file, code);
  const wrapped = new Set([...code.matchAll(/= __(?:esm|commonJS)\(\{\n\s*"([^"]+)"\(/g)].map((m) => m[1]!));
  expect(wrapped.size).toBeGreaterThan(100);
  // every vendor file is reached through a lazily initialised stub
  for (const pkg of ['@inquirer/prompts', 'undici', 'yaml', 'fast-xml-parser']) expect(wrapped, pkg).toContain(`vendor:${pkg}`);
  const inBundle = Object.entries((result.metafile as unknown as Meta).outputs[relative(ROOT, file).split(sep).join('/')]!.inputs).filter(([, i]) => i.bytesInOutput > 0);
  expect(inBundle.length).toBeGreaterThan(wrapped.size);
  return { file, eager: inBundle.map(([name]) => name).filter((i) => !wrapped.has(i)) };
}

/** Runs `layerpost ARGV` from the traced bundle: the modules it initialised and the Node built-ins it loaded. */
function initialised(bundle: { file: string; eager: string[] }, argv: string[] | undefined, cwd: string): { modules: string[]; builtins: string[] } {
  const out = join(cwd, `trace-${Math.random().toString(36).slice(2)}.json`);
  const script = `globalThis.__lpLoaded = new Set();
const { main } = require(${JSON.stringify(bundle.file)});
const done = (code) => require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify({ code, modules: [...globalThis.__lpLoaded], builtins: process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)) }));
${argv ? `main(${JSON.stringify(argv)}).then(done)` : 'done(null)'};`;
  // stdout and stderr are files, not pipes: a pipe would load node:net itself
  const errFile = `${out}.err`;
  const fd = openSync(errFile, 'w');
  const r = spawnSync(process.execPath, ['-e', script], { cwd, stdio: ['ignore', fd, fd], env: { ...process.env, CI: 'true', NO_COLOR: '1' } });
  closeSync(fd);
  const stderr = readFileSync(errFile, 'utf8');
  expect(r.status, stderr).toBe(0);
  const { code, modules, builtins } = JSON.parse(readFileSync(out, 'utf8')) as { code: number | null; modules: string[]; builtins: string[] };
  expect(code ?? 0, `${argv?.join(' ')}: ${stderr}`).toBeLessThanOrEqual(1);
  return { modules: [...bundle.eager, ...modules], builtins };
}

/** The modules of package `pkg`: bundled ones, or the stub that requires its file in dist/vendor/. */
const of = (modules: string[], pkg: string) => modules.filter((m) => m.includes(`node_modules/${pkg}/`) || m.startsWith(`vendor:${pkg}`));

describe('start-up', () => {
  let bundle: { file: string; eager: string[] };
  let work: string;
  beforeAll(async () => {
    bundle = await tracedBundle();
    work = await mkdtemp(join(tmpdir(), 'layerpost-startup-'));
  }, 60_000);
  afterAll(async () => {
    await rm(TRACE, { recursive: true, force: true });
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('loading the CLI initialises commander only: no zod, undici, handlebars, inquirer, twitter-text, yaml, chalk or XML parser, and no child_process', () => {
    const { modules, builtins } = initialised(bundle, undefined, work);
    expect(of(modules, 'commander').length).toBeGreaterThan(0);
    for (const heavy of HEAVY) expect(of(modules, heavy), heavy).toEqual([]);
    expect(builtins).not.toContain('child_process');
  });

  it('each command initialises only what it uses', async () => {
    // layers: nothing heavy at all
    const layers = initialised(bundle, ['layers'], work);
    for (const heavy of HEAVY) expect(of(layers.modules, heavy), `layers: ${heavy}`).toEqual([]);
    // lint of the embedded set: no network, no prompts, no YAML (no config), no colour (NO_COLOR)
    const lint = initialised(bundle, ['lint'], work);
    expect(of(lint.modules, 'handlebars').length).toBeGreaterThan(0);
    for (const unused of ['undici', '@inquirer', 'yaml', 'chalk', 'fast-xml-parser']) expect(of(lint.modules, unused), `lint: ${unused}`).toEqual([]);
    for (const builtin of ['net', 'tls', 'child_process']) expect(lint.builtins, `lint: node:${builtin}`).not.toContain(builtin);
    // draft from an evidence file, --yes: the precompiled templates, so the Handlebars runtime but not its compiler
    const evidence = join(work, 'evidence.json');
    await writeFile(evidence, JSON.stringify({ schema: 'layerpost.evidence/v1', takenAt: new Date().toISOString(), probes: [{ id: 'opus', layer: 'model-endpoint', provider: 'anthropic', model: 'claude-opus-4-7', ok: false, outcome: 'http-status', status: 529, latencyMs: 300, detail: '529' }], providers: [] }));
    const draft = initialised(bundle, ['draft', '--from', evidence, '--layer', 'provider-api', '--phase', 'investigating', '--yes', '--out', join(work, 'drafts')], work);
    expect(of(draft.modules, 'handlebars').some((m) => m.includes('/runtime'))).toBe(true);
    expect(of(draft.modules, 'handlebars').filter((m) => m.includes('/compiler/'))).toEqual([]);
    for (const unused of ['undici', '@inquirer', 'yaml', 'chalk', 'fast-xml-parser']) expect(of(draft.modules, unused), `draft: ${unused}`).toEqual([]);
    for (const builtin of ['net', 'tls', 'child_process']) expect(draft.builtins, `draft: node:${builtin}`).not.toContain(builtin);
    // and the tracer sees a vendor file when one is used: a YAML config loads the YAML parser
    const project = join(work, 'project');
    await mkdir(project);
    await writeFile(join(project, 'layerpost.config.yaml'), 'product: { name: Acme, feature: Acme Assist }\n');
    const withConfig = initialised(bundle, ['layers'], project);
    expect(of(withConfig.modules, 'yaml')).toEqual(['vendor:yaml']);
    expect(of(withConfig.modules, 'undici')).toEqual([]);
  }, 60_000);

  it('the bundle holds only the parts of undici and twitter-text it uses, and no core-js', async () => {
    const meta = JSON.parse(await readFile(join(ROOT, 'dist', 'meta.json'), 'utf8')) as Meta;
    const all = Object.values(meta.outputs).flatMap((o) => Object.keys(o.inputs));
    expect(all.some((i) => i.endsWith('node_modules/undici/lib/api/api-request.js'))).toBe(true);
    for (const unused of ['node_modules/undici/index.js', 'node_modules/undici/lib/web/fetch/index.js', 'node_modules/undici/lib/web/websocket/', 'node_modules/undici/lib/mock/', 'node_modules/twitter-text/dist/esm/autoLink', 'node_modules/core-js/'])
      expect(all.filter((i) => i.includes(unused)), unused).toEqual([]);
  });

  it('commander\'s child_process is a proxy that loads it on first use (layerpost has no executable subcommands)', async () => {
    const cli = await readFile(join(ROOT, 'dist', 'cli.cjs'), 'utf8');
    expect(cli).toMatch(/new Proxy\(\{\},\s*\{\s*get:\s*\(\w+,\s*(\w+)\)\s*=>\s*require\("node:child_process"\)\[\1\]/);
  });

  it('the bundle and the vendor files leave no import() (they run as vm.Scripts, which have none)', async () => {
    const files = ['cli.cjs', ...['inquirer', 'undici', 'yaml', 'xml'].map((v) => join('vendor', `${v}.cjs`))];
    for (const file of files) expect(await readFile(join(ROOT, 'dist', file), 'utf8'), file).not.toMatch(/(^|[^\w$.])import\(/);
  });

  it('before a build, the shim says what to run in one line (exit 70), for --help too', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'layerpost-nobuild-'));
    try {
      await mkdir(join(dir, 'bin'));
      for (const f of ['layerpost.js', 'bundle-loader.js', 'package.json']) await copyFile(join(ROOT, 'bin', f), join(dir, 'bin', f));
      for (const argv of [['--help'], ['lint']]) {
        const r = spawnSync(process.execPath, [join(dir, 'bin', 'layerpost.js'), ...argv], { encoding: 'utf8' });
        expect(r.status, argv.join(' ')).toBe(70);
        expect(r.stderr).toMatch(/^layerpost: cannot load the CLI \(.*\); run `npm run build`\n$/);
        expect(r.stdout).toBe('');
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a bare --help reads only the pre-rendered text', async () => {
    const bin = await readFile(join(ROOT, 'bin', 'layerpost.js'), 'utf8');
    expect(bin).toMatch(/require\('\.\.\/dist\/help\.cjs'\)/);
    const help = createRequire(import.meta.url)(join(ROOT, 'dist', 'help.cjs')) as { help: string };
    expect(help.help).toMatch(/^Usage: layerpost /);
  });

  describe('code cache', () => {
    /** A copy of the built package (bin, dist, templates, package.json) to change files in. */
    async function copyOfPackage(): Promise<string> {
      const dir = await mkdtemp(join(tmpdir(), 'layerpost-cache-'));
      for (const sub of ['bin', 'dist', 'templates']) await cp(join(ROOT, sub), join(dir, sub), { recursive: true });
      await copyFile(join(ROOT, 'package.json'), join(dir, 'package.json'));
      return dir;
    }
    /** What `expr` says in a fresh Node, with `l` the bundle loader of the package in `dir`. */
    const inNode = (dir: string, expr: string) =>
      spawnSync(process.execPath, ['-e', `const l = require(${JSON.stringify(join(dir, 'bin', 'bundle-loader.js'))}); process.stdout.write(String(${expr}))`], { encoding: 'utf8' }).stdout;
    const cachedIn = (dir: string) => inNode(dir, 'l.loadBundle().cached');
    const layersIn = (dir: string) => spawnSync(process.execPath, [join(dir, 'bin', 'layerpost.js'), 'layers'], { encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1' } });
    const loader = createRequire(import.meta.url)(join(ROOT, 'bin', 'bundle-loader.js')) as { stampFor(stat: { size: number; mtimeMs: number }): string };

    it('the build made them for the bundle (per command) and the vendor files, and a fresh Node takes each', () => {
      expect(cachedIn(ROOT)).toBe('true');
      const taken = (expr: string) => inNode(ROOT, expr);
      for (const command of ['draft', 'lint']) {
        expect(existsSync(join(ROOT, 'dist', `cli.cjs.${command}.cache`)), command).toBe(true);
        expect(taken(`l.loadBundle({ command: ${JSON.stringify(command)} }).cached`), command).toBe('true');
      }
      for (const vendor of ['undici', 'yaml', 'xml']) expect(taken(`l.loadScript(${JSON.stringify(join(ROOT, 'dist', 'vendor', `${vendor}.cjs`))}).cached`), vendor).toBe('true');
    });

    it('is used only for the very bundle it was made for: an edited bundle loads without it, and works', async () => {
      const dir = await copyOfPackage();
      try {
        // the copy has a new modification time: the cache's stamp no longer fits
        expect(cachedIn(dir)).toBe('false');
        // stamped for the copy, it is taken
        const data = readFileSync(join(ROOT, 'dist', 'cli.cjs.cache'));
        const body = data.subarray(data.indexOf(10) + 1);
        const stamp = () => Buffer.from(loader.stampFor(statSync(join(dir, 'dist', 'cli.cjs'))), 'latin1');
        await writeFile(join(dir, 'dist', 'cli.cjs.cache'), Buffer.concat([stamp(), body]));
        expect(cachedIn(dir)).toBe('true');
        // an edit to the bundle (here a comment) changes its size and time: not taken, and the edit is what runs
        await appendFile(join(dir, 'dist', 'cli.cjs'), '\n// edited\n');
        expect(cachedIn(dir)).toBe('false');
        const r = layersIn(dir);
        expect(r.status, r.stderr).toBe(0);
        expect(r.stdout).toMatch(/^integration /m);
        // a damaged cache that claims to fit: V8 refuses it, the CLI still works
        await writeFile(join(dir, 'dist', 'cli.cjs.cache'), Buffer.concat([stamp(), Buffer.alloc(body.length, 7)]));
        expect(cachedIn(dir)).toBe('false');
        const r2 = layersIn(dir);
        expect(r2.status, r2.stderr).toBe(0);
        expect(r2.stdout).toBe(r.stdout);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }, 30_000);
  });
});
