// The type-check of src/, test/ and scripts/ (`npm run typecheck`), run by `npm test` as one of its files rather than
// before them: tsc uses one core for 15 s on a fresh clone, and among the test files the other core is not left idle.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

it('src/, test/ and scripts/ type-check (tsc -p tsconfig.json)', async () => {
  const child = spawn(process.execPath, [TSC, '-p', 'tsconfig.json', '--pretty', 'false'], { cwd: ROOT });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  expect(out).toBe('');
  expect(code).toBe(0);
}, 120_000);
