// --json is JSON on stdout in every outcome (a bundle that cannot be written too), and a closed stdout (`| head`)
// ends the run quietly, without Node's "Unhandled 'error' event … write EPIPE" stack trace.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'layerpost-json-outcomes-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const EVIDENCE = new URL('../fixtures/evidence/provider-api-529.json', import.meta.url).pathname;
const ARGS = [
  'draft',
  '--from',
  EVIDENCE,
  '--yes',
  '--product',
  'Acme',
  '--phase',
  'identified',
  '--layer',
  'provider-api',
  '--impact',
  'Answers fail for some users.',
];

describe('--json in every outcome', () => {
  it('a bundle that cannot be written: stdout is one JSON document with the drafts and the error; exit 2', async () => {
    writeFileSync(join(tmp, 'a-file'), 'not a folder');
    const r = await runCli([...ARGS, '--json', '--out', join(tmp, 'a-file', 'out')], { cwd: tmp });
    expect(r.code, r.stderr).toBe(2);
    const doc = JSON.parse(r.stdout) as {
      bundle: null;
      error: string;
      drafts: Array<{ channel: string; text: string }>;
    };
    expect(doc.bundle).toBeNull();
    expect(doc.error).toMatch(/could not write the bundle/);
    expect(doc.drafts.find((d) => d.channel === 'x')?.text).toMatch(/Anthropic/);
    expect(r.stderr).toMatch(/could not write the bundle: .*The drafts are printed on stdout \(JSON\)\./);
  });
});

describe('a closed stdout', () => {
  it.each([
    ['draft --json', () => [...ARGS, '--json', '--out', join(tmp, 'epipe-out')]],
    ['review --markdown', () => ['review', '--markdown', join(tmp, 'bundle')]],
    ['layers', () => ['layers']],
    ["--help (the shim's prerendered text)", () => ['--help']],
  ])('%s | head: ends quietly, no stack trace', async (_name, args) => {
    cpSync(new URL('../fixtures/bundles/first-update', import.meta.url).pathname, join(tmp, 'bundle'), {
      recursive: true,
    });
    const r = await runCli(args(), { cwd: tmp, onSpawn: (child) => child.stdout!.destroy() });
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled 'error' event|\n\s+at /);
    expect(r.code, r.stderr).toBe(0);
  });

  it('a closed stderr (2>&1 | head) is no crash either: the run keeps its own exit code', async () => {
    const r = await runCli(['draft', '--from', join(tmp, 'no-such-evidence.json'), '--yes'], {
      cwd: tmp,
      onSpawn: (child) => child.stderr!.destroy(),
    });
    expect(r.code).toBe(2);
  });
});
