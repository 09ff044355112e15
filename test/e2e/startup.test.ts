// Start-up stays lean (issue 8): what the CLI entry loads statically holds none of the heavy libraries.
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

interface Meta {
  outputs: Record<string, { imports: Array<{ path: string; kind: string }>; inputs: Record<string, unknown> }>;
}

/** Inputs of every output reachable from dist/cli.js through static imports (dynamic import() not followed). */
async function staticInputs(): Promise<{ inputs: string[]; dynamic: number }> {
  const meta = JSON.parse(await readFile(join(ROOT, 'dist', 'meta.json'), 'utf8')) as Meta;
  const seen = new Set<string>();
  const queue = ['dist/cli.js'];
  let dynamic = 0;
  while (queue.length) {
    const out = queue.pop()!;
    if (seen.has(out)) continue;
    seen.add(out);
    for (const imp of meta.outputs[out]?.imports ?? []) {
      if (imp.kind === 'import-statement' && imp.path.startsWith('dist/')) queue.push(imp.path);
      if (imp.kind === 'dynamic-import') dynamic++;
    }
  }
  return { inputs: [...seen].flatMap((o) => Object.keys(meta.outputs[o]?.inputs ?? {})), dynamic };
}

describe('start-up', () => {
  it('the CLI entry statically loads commander only: no zod, undici, handlebars, inquirer, twitter-text, yaml or chalk', async () => {
    const { inputs, dynamic } = await staticInputs();
    expect(inputs.some((i) => i.includes('node_modules/commander/'))).toBe(true);
    for (const heavy of ['zod', 'undici', 'handlebars', '@inquirer', 'twitter-text', 'yaml', 'chalk'])
      expect(inputs.filter((i) => i.includes(`node_modules/${heavy}/`)), heavy).toEqual([]);
    // each command is a chunk loaded on demand
    expect(dynamic).toBeGreaterThanOrEqual(8);
  });

  it('the bundle holds only the parts of undici and twitter-text it uses, and no core-js', async () => {
    const meta = JSON.parse(await readFile(join(ROOT, 'dist', 'meta.json'), 'utf8')) as Meta;
    const all = Object.values(meta.outputs).flatMap((o) => Object.keys(o.inputs));
    expect(all.some((i) => i.endsWith('node_modules/undici/lib/api/api-request.js'))).toBe(true);
    for (const unused of ['node_modules/undici/index.js', 'node_modules/undici/lib/web/fetch/index.js', 'node_modules/undici/lib/web/websocket/', 'node_modules/undici/lib/mock/', 'node_modules/twitter-text/dist/esm/autoLink', 'node_modules/core-js/'])
      expect(all.filter((i) => i.includes(unused)), unused).toEqual([]);
  });

  it('commander\'s child_process loads on first use only (layerpost has no executable subcommands)', async () => {
    const cli = await readFile(join(ROOT, 'dist', 'cli.js'), 'utf8');
    expect(cli).not.toMatch(/^import[^;]*["']node:child_process["']/m);
    expect(cli).toMatch(/new Proxy\(\{\},\s*\{\s*get:\s*\(\w+,\s*(\w+)\)\s*=>\s*[\w$]+\("node:child_process"\)\[\1\]/);
  });

  it('before a build, the shim says what to run in one line (exit 70), for --help too', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'layerpost-nobuild-'));
    try {
      await mkdir(join(dir, 'bin'));
      for (const f of ['layerpost.js', 'package.json']) await copyFile(join(ROOT, 'bin', f), join(dir, 'bin', f));
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
});
