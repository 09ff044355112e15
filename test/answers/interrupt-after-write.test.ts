// Ctrl-C that lands after the bundle is written: the run succeeded (exit 0, the resume file gone, a line saying so);
// before the write, nothing is written and the answers stay (item 12).
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as draftCommand from '../../src/commands/draft.js';
import * as statusCommand from '../../src/commands/status.js';
import { finalExitCode } from '../../src/cli.js';
import { InterruptedError } from '../../src/platform/errors.js';
import type { Runtime } from '../../src/platform/runtime.js';

const EVIDENCE = readFileSync(new URL('../fixtures/evidence/provider-api-529.json', import.meta.url), 'utf8');

/** A runtime whose Ctrl-C fires when stderr shows `when` (the moment the flow reaches that line). */
async function runtime(when: RegExp) {
  const dir = await mkdtemp(join(tmpdir(), 'layerpost-int-'));
  await writeFile(join(dir, 'e.json'), EVIDENCE);
  const controller = new AbortController();
  const stderr: string[] = [];
  const rt: Runtime = {
    cwd: dir,
    env: {},
    now: () => new Date('2026-11-21T14:05:00Z'),
    stdout: { write: () => undefined, isTTY: false },
    stderr: {
      write: (t) => {
        stderr.push(t);
        if (when.test(t)) controller.abort(new InterruptedError());
      },
      isTTY: false,
    },
    interactive: false,
    color: false,
    opts: {},
    signal: controller.signal,
  };
  return { dir, rt, stderr };
}

const args = { from: 'e.json', yes: true, out: 'out', incident: 'late', product: 'Acme Notes' };

describe('Ctrl-C and the bundle write', () => {
  it('after the bundle is written: the command returns its code, says the bundle is complete, and the CLI keeps 0', async () => {
    const { dir, rt, stderr } = await runtime(/Bundle written/);
    const code = await draftCommand.run(rt, args);
    expect(rt.signal.aborted).toBe(true);
    expect([0, 1]).toContain(code);
    expect(stderr.join('')).toMatch(
      /Interrupted after the bundle was written; it is complete: .*late\/001-investigating/,
    );
    expect(await readdir(join(dir, 'out', 'late'))).toEqual(['001-investigating']);
    expect((await readdir(join(dir, 'out'))).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(draftCommand.settlesInterrupt).toBe(true);
    expect(finalExitCode(0, true, draftCommand.settlesInterrupt)).toBe(0);
  });

  it('before the write: nothing is written, the answers are kept, InterruptedError (130)', async () => {
    const { dir, rt } = await runtime(/^/);
    rt.stderr.write('start\n');
    await expect(draftCommand.run(rt, args)).rejects.toBeInstanceOf(InterruptedError);
    expect(await readdir(join(dir, 'out'))).toEqual(['.layerpost-resume.late.json']);
  });

  it('a command that does not settle interrupts still ends 130 after a Ctrl-C it ignored', () => {
    expect('settlesInterrupt' in statusCommand).toBe(false);
    expect(finalExitCode(0, true, false)).toBe(130);
    expect(finalExitCode(1, true, false)).toBe(1);
    expect(finalExitCode(0, false, false)).toBe(0);
  });
});
