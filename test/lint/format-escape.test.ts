// A file name (or message) with a newline cannot start a line of its own in any lint output format: in CI, a line
// "::stop-commands::…" or "::error …" is a workflow command.
import { Chalk } from 'chalk';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatGithub, formatJson, formatSarif, formatText } from '../../src/lint/format.js';
import type { LintResult } from '../../src/lint/index.js';
import { runCli } from '../helpers/cli.js';

const HOSTILE = 'channels/x/default\n::stop-commands::pwned\n::error file=a.hbs::forged\r\n::warning::x.hbs';
const result: LintResult = {
  findings: [
    {
      rule: 'syntax',
      severity: 'error',
      message: `bad\n::error::in message`,
      file: HOSTILE,
      line: 1,
      column: 2,
      contexts: ['layer a\n::notice::ctx'],
    },
  ],
  filesChecked: 1,
  renders: 1,
  cases: 1,
  lengths: [
    {
      channel: 'x',
      file: HOSTILE,
      variant: 'default',
      length: 1,
      limit: 280,
      unit: 'characters',
      over: false,
      case: 'c',
      overCount: 0,
      renders: 1,
    },
  ],
};

/** No line of the output is a workflow command other than the ones the github format means to write. */
const forged = (out: string) =>
  out.split(/\r?\n|\r/).filter((l) => /^\s*::/.test(l) && !/^::(error|warning) file=/.test(l));

describe('lint output escapes file names', () => {
  it.each([
    ['text', () => formatText(result, new Chalk({ level: 0 }), { verbose: true })],
    ['github', () => formatGithub(result)],
    ['json', () => JSON.stringify(formatJson(result), null, 2)],
    ['sarif', () => JSON.stringify(formatSarif(result, { version: '0' }), null, 2)],
  ])('%s', (_name, render) => {
    const out = render();
    expect(forged(out), out).toEqual([]);
  });

  it('the text format shows the name with its newline escaped', () => {
    expect(formatText(result, new Chalk({ level: 0 }))).toContain(
      'channels/x/default\\n::stop-commands::pwned\\n::error file=a.hbs::forged\\r\\n::warning::x.hbs',
    );
  });

  it('end to end: a template whose file name holds a newline, linted in the default format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layerpost-lint-names-'));
    try {
      mkdirSync(join(dir, 'channels', 'x'), { recursive: true });
      writeFileSync(join(dir, 'channels', 'x', 'default\n::stop-commands::pwned.hbs'), '{{#if}}broken');
      const r = await runCli(['lint', dir], { cwd: dir });
      expect(r.stdout).toContain('\\n::stop-commands::pwned');
      expect(
        r.stdout.split('\n').filter((l) => l.startsWith('::')),
        r.stdout,
      ).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
