// Hostile text from status pages, evidence and templates: no terminal escape reaches a terminal or a draft (item 6); no
// input makes a pattern run for minutes (item 7); no template renders without bound (item 8).
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type CliResult } from '../helpers/cli.js';
import type { Evidence } from '../../src/model/evidence.js';
import { assertNoStack, assertUserError, faultServerOfFile, filesUnder, project } from './project.js';

const EVIDENCE = JSON.parse(
  readFileSync(new URL('../fixtures/evidence/provider-api-529.json', import.meta.url), 'utf8'),
) as Evidence;
/**
 * What must never reach a terminal or a draft: C0 controls but tab and newline, DEL, C1, bidi controls, zero-width
 * characters.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
const unsafeIn = (text: string) => UNSAFE.exec(text)?.[0];

const srv = faultServerOfFile();

describe('terminal escapes and invisible characters from a status page (item 6)', () => {
  const runs: Record<string, CliResult> = {};
  let dir: string;
  beforeAll(async () => {
    dir = project({
      product: { name: 'Acme Notes' },
      providers: [
        { id: 'anthropic', status: { kind: 'statuspage', url: srv().at('hostile-controls', '/summary.json') } },
      ],
      timeoutMs: 3000,
      probes: [
        {
          id: 'api',
          layer: 'provider-api',
          provider: 'anthropic',
          timeoutMs: 3000,
          http: { url: srv().at('overloaded'), expect: { status: [200] } },
        },
      ],
    });
    const opts = { cwd: dir, timeoutMs: 30_000 };
    [runs.status, runs.statusJson, runs.probe] = await Promise.all([
      runCli(['status'], opts),
      runCli(['status', '--json'], opts),
      runCli(['probe', '--verbose', '--save', 'e.json'], opts),
    ]);
    runs.draft = await runCli(['draft', '--yes', '--out', 'out', '--incident', 'ctl', '--deadline', '10'], opts);
  }, 60_000);

  it('every run worked and saw the incident', () => {
    expect(runs.status!.code, runs.status!.stderr).toBe(0);
    expect(runs.status!.stdout).toContain('Elevated errors');
    expect(runs.probe!.code, runs.probe!.stderr).toBe(1);
    expect([0, 1], runs.draft!.stderr).toContain(runs.draft!.code);
    for (const r of Object.values(runs)) assertNoStack(r.stderr);
  });

  it('nothing unsafe on stdout or stderr of status, probe or draft', () => {
    for (const [name, r] of Object.entries(runs)) {
      expect(unsafeIn(r.stdout), `${name} stdout`).toBeUndefined();
      expect(unsafeIn(r.stderr), `${name} stderr`).toBeUndefined();
    }
  });

  it('the incident keeps its words, on one line (CR/LF folded), without the escape sequences', () => {
    const json = JSON.parse(runs.statusJson!.stdout) as { providers: Array<{ incidents: Array<{ name: string }> }> };
    expect(json.providers[0]!.incidents[0]!.name).toBe('Elevated errors on the API FAKE: all clear evil end');
    expect(runs.status!.stdout).not.toMatch(/^FAKE: all clear/m);
  });

  it('nothing unsafe in the saved evidence or any bundle file (slack.md included)', () => {
    const files = [join(dir, 'e.json'), ...filesUnder(join(dir, 'out'))];
    expect(files.some((f) => f.endsWith('slack.md'))).toBe(true);
    // JSON files may carry the characters escaped (\u001b) but never raw; neither form of an escape sequence survives.
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(unsafeIn(text), f).toBeUndefined();
      expect(text, f).not.toMatch(/\\u001b|\]52;|\\u202e/i);
    }
  });
});

describe.concurrent('hostile text in evidence files and templates (item 6)', () => {
  it("a probe's model with NUL and ESC in an evidence file never reaches x.txt or statuspage.md", async () => {
    const dir = project({ product: { name: 'Acme Notes' } });
    const evidence = structuredClone(EVIDENCE);
    for (const p of evidence.probes) if (p.model) p.model = `${p.model}\u0000\u001b[2J\u001b]0;PWNED\u0007`;
    writeFileSync(join(dir, 'e.json'), JSON.stringify(evidence));
    const r = await runCli(
      [
        'draft',
        '--from',
        'e.json',
        '--yes',
        '--out',
        'out',
        '--incident',
        'm',
        '--layer',
        'model-endpoint',
        '--provider',
        'anthropic',
        '--confirm-override',
      ],
      { cwd: dir, timeoutMs: 30_000 },
    );
    expect([0, 1], r.stderr).toContain(r.code);
    const bundle = join(dir, 'out', 'm', '001-investigating');
    for (const f of ['x.txt', 'statuspage.md', 'draft.json']) {
      const text = readFileSync(join(bundle, f), 'utf8');
      expect(unsafeIn(text), f).toBeUndefined();
      expect(text, f).not.toMatch(/PWNED|\\u001b|\\u0000/);
    }
    expect(unsafeIn(r.stdout + r.stderr)).toBeUndefined();
  });

  it("lint's text output shows an ESC from a template escaped, never raw", async () => {
    const dir = project();
    mkdirSync(join(dir, 't', 'channels', 'x'), { recursive: true });
    // A variable name may hold ESC: the unknown-variable finding quotes it.
    writeFileSync(
      join(dir, 't', 'channels', 'x', 'default.hbs'),
      '{{product.name}} {{na\u001bme}} \u001b]52;c;cHduZWQ=\u0007 \u202Egnp.exe\n',
    );
    const r = await runCli(['lint', 't'], { cwd: dir, timeoutMs: 30_000 });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('"na\\u001bme": the template context has no field');
    expect(unsafeIn(r.stdout + r.stderr)).toBeUndefined();
  });
});

describe.concurrent('inputs that made patterns run for minutes (item 7)', () => {
  it('lint of a template line of "a." × 15 000 finishes (twitter-text and no-internals bounded)', async () => {
    const dir = project();
    mkdirSync(join(dir, 't', 'channels', 'x'), { recursive: true });
    writeFileSync(join(dir, 't', 'channels', 'x', 'default.hbs'), `{{layer.name}} ${'a.'.repeat(15_000)}\n`);
    const r = await runCli(['lint', 't', '--format', 'json'], { cwd: dir, timeoutMs: 60_000 });
    expect(r.signal, 'killed at the test bound').toBeNull();
    expect(r.code, r.stderr).toBe(1);
    // Every render was made and judged (the over-long default falls back to the embedded short template): the nine
    // distinct templates of the set (eight embedded, the four social folders' frames being one text, and this
    // channels/x/default) for each of the 84 layer × phase × fixture cases.
    expect(JSON.parse(r.stdout)).toMatchObject({ summary: { filesChecked: 1, cases: 84, renders: 9 * 84 } });
  }, 90_000);

  it('an expect.matches pattern that backtracks for ever on the answer: --deadline still ends the run, the probe is an error naming the pattern', async () => {
    const dir = project({
      probes: [
        {
          id: 'bomb',
          layer: 'integration',
          timeoutMs: 5000,
          http: { url: srv().at('aaa'), expect: { status: [200], matches: '^(a+)+\\1$' } },
        },
        {
          id: 'linear',
          layer: 'integration',
          timeoutMs: 5000,
          http: { url: srv().at('aaa', '/2'), expect: { status: [200], matches: '^(a+)+$' } },
        },
      ],
    });
    const r = await runCli(['probe', '--json', '--no-status', '--deadline', '3'], { cwd: dir, timeoutMs: 30_000 });
    expect(r.signal).toBeNull();
    expect(r.code, r.stderr).toBe(1);
    assertNoStack(r.stderr);
    const ev = JSON.parse(r.stdout) as Evidence;
    const bomb = ev.probes.find((p) => p.id === 'bomb')!;
    expect(bomb.outcome).toBe('error');
    expect(bomb.detail).toMatch(/pattern \/\^\(a\+\)\+\\1\$\/ did not finish within \d+ ms/);
    // V8's linear-time engine takes over a pattern without back-references: an answer, not a timeout.
    expect(ev.probes.find((p) => p.id === 'linear')).toMatchObject({ outcome: 'mismatch' });
    expect(r.ms).toBeLessThan(20_000);
  });
});

describe.concurrent('render size (item 8)', () => {
  const withPartials = (partials: Record<string, string>, slack: string) => {
    const dir = project({ product: { name: 'Acme Notes' } });
    writeFileSync(join(dir, 'e.json'), JSON.stringify(EVIDENCE));
    mkdirSync(join(dir, 't', 'partials'), { recursive: true });
    mkdirSync(join(dir, 't', 'channels', 'slack'), { recursive: true });
    for (const [name, source] of Object.entries(partials))
      writeFileSync(join(dir, 't', 'partials', `${name}.hbs`), source);
    writeFileSync(join(dir, 't', 'channels', 'slack', 'default.hbs'), slack);
    return dir;
  };
  const args = [
    'draft',
    '--from',
    'e.json',
    '--yes',
    '--out',
    'out',
    '--incident',
    'big',
    '--templates',
    't',
    '--channels',
    'slack',
  ];

  it('a partial that doubles itself 26 times: exit 2 naming the template, no bundle', async () => {
    const partials: Record<string, string> = { p0: 'sixteen chars!!!' };
    for (let i = 1; i <= 26; i++) partials[`p${i}`] = `{{> p${i - 1}}}{{> p${i - 1}}}`;
    const dir = withPartials(partials, '{{layer.name}} {{> p26}}\n');
    const r = await runCli(args, { cwd: dir, timeoutMs: 30_000 });
    assertUserError(r, 2, /t\/channels\/slack\/default\.hbs: renders more than 1,000,000 characters/);
    expect(() => readdirSync(join(dir, 'out', 'big'))).toThrow();
  });

  it('a 3 MB template: exit 2 naming it', async () => {
    const dir = withPartials({}, `{{layer.name}} ${'x'.repeat(3 * 1024 * 1024)}\n`);
    const r = await runCli(args, { cwd: dir, timeoutMs: 30_000 });
    assertUserError(r, 2, /t\/channels\/slack\/default\.hbs: renders more than 1,000,000 characters/);
  });
});
