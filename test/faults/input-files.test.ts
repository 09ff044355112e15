// Input files the operator names: a named pipe (FIFO) is refused at once, never waited on past Ctrl-C (--answers,
// --from, --config, and a discovered config); a Latin-1 answers file is refused with its line, not turned into "Caf�".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { assertUserError } from './project.js';

const tmp = mkdtempSync(join(tmpdir(), 'layerpost-input-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const EVIDENCE = new URL('../fixtures/evidence/provider-api-529.json', import.meta.url).pathname;
const fifo = (name: string) => {
  const path = join(tmp, name);
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
  return path;
};
const BASE = [
  '--quiet',
  'draft',
  '--yes',
  '--product',
  'Acme',
  '--layer',
  'provider-api',
  '--phase',
  'identified',
  '--impact',
  'Answers fail.',
  '--out',
  join(tmp, 'out'),
];

describe('a named pipe is refused, not waited on', () => {
  it.each([
    [
      '--answers',
      () => [...BASE, '--from', EVIDENCE, '--answers', fifo('answers.json')],
      /answers\.json: is a named pipe \(FIFO\), not a file; give the answers file as a regular file/,
    ],
    [
      '--from',
      () => [...BASE, '--from', fifo('evidence.json')],
      /evidence\.json: is a named pipe \(FIFO\), not a file/,
    ],
    [
      '--config',
      () => ['--config', fifo('config.yaml'), 'layers'],
      /config\.yaml: is a named pipe \(FIFO\), not a file/,
    ],
  ])('%s FIFO: exit 2 at once, naming it', async (_flag, args, reason) => {
    const r = await runCli(args(), { cwd: tmp, timeoutMs: 15_000 });
    assertUserError(r, 2, reason);
  });

  it('a discovered layerpost.config.yaml that is a FIFO', async () => {
    const dir = mkdtempSync(join(tmp, 'found-'));
    expect(spawnSync('mkfifo', [join(dir, 'layerpost.config.yaml')]).status).toBe(0);
    const r = await runCli(['layers'], { cwd: dir, timeoutMs: 15_000 });
    assertUserError(r, 2, /layerpost\.config\.yaml: is a named pipe \(FIFO\)/);
  });
});

describe('encodings', () => {
  it('a Latin-1 answers file: exit 2 naming the file and line, no "Caf\uFFFD" in any post', async () => {
    const path = join(tmp, 'latin1.json');
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from('{\n  "schema": "layerpost.answers/v1",\n  "impact": "Caf'),
        Buffer.from([0xe9]),
        Buffer.from(' orders fail."\n}\n'),
      ]),
    );
    const r = await runCli(
      [...BASE.filter((a) => a !== '--impact' && a !== 'Answers fail.'), '--from', EVIDENCE, '--answers', path],
      { cwd: tmp },
    );
    assertUserError(
      r,
      2,
      /latin1\.json:3: not UTF-8 text \(Latin-1 or another encoding\?\); save the answers file as UTF-8/,
    );
  });

  it('the same answers in UTF-8 are taken as they are', async () => {
    const path = join(tmp, 'utf8.json');
    writeFileSync(path, '{\n  "schema": "layerpost.answers/v1",\n  "impact": "Café orders fail."\n}\n');
    const r = await runCli(
      [
        ...BASE.filter((a) => a !== '--impact' && a !== 'Answers fail.'),
        '--from',
        EVIDENCE,
        '--answers',
        path,
        '--json',
      ],
      { cwd: tmp },
    );
    expect(r.code, r.stderr).toBeLessThan(2);
    expect(r.stdout).toContain('Café orders fail.');
  });
});
