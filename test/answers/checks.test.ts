// Each answer is checked once, where the draft's inputs are read, and a problem names the field the way the operator
// gave it: the flag (--next-update) when it came from a flag, the file and its key (FILE: nextUpdateMinutes) when
// from an answers file, whatever the other answers came from.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs, type DraftOptions } from '../../src/answers/inputs.js';
import { resolveConfig } from '../../src/config/load.js';
import { ConfigError, UsageError } from '../../src/platform/errors.js';
import { Log, type Runtime } from '../../src/platform/runtime.js';

const NOW = new Date('2026-11-21T14:02:00Z');

async function inputs(o: DraftOptions, file?: Record<string, unknown>) {
  const dir = await mkdtemp(join(tmpdir(), 'layerpost-checks-'));
  const rt = {
    stdout: { write: () => undefined, isTTY: false },
    stderr: { write: () => undefined, isTTY: false },
    opts: {},
    color: false,
  } as unknown as Runtime;
  const config = resolveConfig(
    { product: { name: 'Acme Notes', feature: 'Acme AI' }, out: join(dir, 'out') },
    { baseDir: dir },
  );
  if (file) await writeFile(join(dir, 'a.json'), JSON.stringify(file));
  const options: DraftOptions = { incident: 'inc-1', ...o, ...(file ? { answers: 'a.json' } : {}) };
  return {
    file: join(dir, 'a.json'),
    read: () => readInputs(options, { cwd: dir, now: NOW, config, log: new Log(rt) }),
  };
}

/** The error readInputs throws: its class and its one line. */
async function refusal(
  o: DraftOptions,
  file?: Record<string, unknown>,
): Promise<{ error: unknown; line: string; file: string }> {
  const r = await inputs(o, file);
  const error = await r.read().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'refused').toBeInstanceOf(UsageError);
  return { error, line: (error as Error).message.replace(r.file, 'FILE'), file: r.file };
}

describe('one check per field, naming it as given', () => {
  it.each([
    ['layer', { layer: 'nope' }, '--layer: unknown layer "nope"', 'FILE: layer: unknown layer "nope"'],
    [
      'provider',
      { provider: 'anthropc' },
      '--provider: unknown provider "anthropc"; did you mean "anthropic"?',
      'FILE: provider: unknown provider "anthropc"',
    ],
    ['started', { started: 'soon' }, '--started: "soon" is not a time', 'FILE: started: "soon" is not a time'],
    [
      'resolvedAt',
      { resolvedAt: '2026-11-21T15:00Z' },
      '--resolved-at: 2026-11-21T15:00:00.000Z is in the future',
      'FILE: resolvedAt: 2026-11-21T15:00:00.000Z is in the future',
    ],
  ])('%s: from a flag, the flag; from an answers file, the file and its key', async (_name, value, byFlag, byFile) => {
    const flag = await refusal(value as DraftOptions);
    expect(flag.error).not.toBeInstanceOf(ConfigError);
    expect(flag.line).toContain(byFlag);
    expect(flag.line.startsWith(byFlag.split(':')[0]!)).toBe(true);
    const file = await refusal({}, value);
    expect(file.error).toBeInstanceOf(ConfigError);
    expect(file.line).toContain(byFile);
    expect(file.line.startsWith('FILE: ')).toBe(true);
  });

  it('a value checked by its spec: the flag names it, the file names its key', async () => {
    expect((await refusal({ nextUpdate: 5000 })).line).toMatch(/^--next-update: /);
    expect((await refusal({ incident: '../x' })).line).toMatch(/^--incident: expected letters, digits/);
    const file = await refusal({}, { nextUpdateMinutes: 5000 });
    expect(file.error).toBeInstanceOf(ConfigError);
    expect(file.line).toMatch(/^FILE: nextUpdateMinutes: /);
  });

  it('a phase the layer does not allow is named where the phase came from, whatever gave the layer', async () => {
    const fromFile = await refusal({ layer: 'unknown' }, { phase: 'monitoring' });
    expect(fromFile.error).toBeInstanceOf(ConfigError);
    expect(fromFile.line).toMatch(/^FILE: phase: the layer "unknown" is allowed only in investigating; /);
    const fromFlag = await refusal({ phase: 'monitoring' }, { layer: 'unknown' });
    expect(fromFlag.error).not.toBeInstanceOf(ConfigError);
    expect(fromFlag.line).toMatch(/^--phase: the layer "unknown" is allowed only in investigating; /);
  });

  it('an answer saved by an interrupted run is named in its resume file', async () => {
    const r = await inputs({ resume: true });
    const out = join(r.file, '..', 'out');
    const saved = join(out, '.layerpost-resume.inc-1.json');
    await mkdir(out, { recursive: true });
    const answers = { layer: 'gone', phase: 'identified' };
    await writeFile(saved, JSON.stringify({ schema: 'layerpost.resume/v1', answers, incident: 'inc-1' }));
    const error = await r.read().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(
      /^\/.*\/\.layerpost-resume\.inc-1\.json: answers\.layer: unknown layer "gone"/,
    );
  });

  it('a flag wins over the file, and a value the flag replaced is not judged', async () => {
    const r = await inputs({ layer: 'network', started: '13:50' }, { layer: 'nope', phase: 'identified' });
    const { given } = await r.read();
    expect(given).toMatchObject({ layer: 'network', phase: 'identified', started: '2026-11-21T13:50:00.000Z' });
  });
});
