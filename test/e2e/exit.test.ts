// How a run ends: the shim ends the process as soon as a command is done and its output is out (bin/layerpost.js),
// never before a slow reader has had all of it.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, NODE, ROOT } from '../helpers/cli.js';

const made: string[] = [];
afterAll(() => Promise.all(made.map((d) => rm(d, { recursive: true, force: true }))));

describe('the end of a run', () => {
  it('waits for a reader that is slow to take a large output: every byte of it arrives', async () => {
    // 3000 unknown variables: ~740 KB of JSON findings, far more than a pipe and the reader's buffer hold.
    const dir = await mkdtemp(join(tmpdir(), 'layerpost-exit-'));
    made.push(dir);
    await mkdir(join(dir, 'channels', 'slack'), { recursive: true });
    const lines = Array.from({ length: 3000 }, (_, i) => `Line {{nope${i}}} here.`);
    await writeFile(join(dir, 'channels', 'slack', 'default.hbs'), lines.join('\n'));
    const child = spawn(NODE, [BIN, 'lint', dir, '--json'], {
      cwd: ROOT,
      env: { ...process.env, CI: 'true', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Nothing is read for a while: the command finishes its lint with most of its output still queued.
    child.stdout.pause();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    await sleep(1500);
    let stdout = '';
    child.stdout
      .setEncoding('utf8')
      .on('data', (d: string) => (stdout += d))
      .resume();
    const code = await closed;
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const out = JSON.parse(stdout) as { summary: { errors: number }; findings: unknown[] };
    expect(out.summary.errors).toBeGreaterThanOrEqual(3000);
    expect(out.findings.length).toBeGreaterThanOrEqual(3000);
  });
});
