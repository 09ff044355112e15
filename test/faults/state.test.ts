// Files, state and numbers: resume files validated and kept per incident (9, 10), stale temp dirs swept (12), a
// symlinked incident folder refused (13), numeric flags validated (14), init (15), deep evidence, /dev/zero, a failed
// --save and a read-only bundle (16).
import { afterAll, describe, expect, it } from 'vitest';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import type { Evidence } from '../../src/model/evidence.js';
import {
  assertNoStack,
  assertUserError,
  cleanupProjects,
  EVIDENCE,
  project,
  tryMountTmpfs,
  withEvidence,
} from './project.js';

afterAll(() => {
  cleanupProjects();
});

const resumeFile = (incident: string | undefined, impact: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    schema: 'layerpost.resume/v1',
    answers: { impact },
    from: 'e.json',
    ...(incident === undefined ? {} : { incident }),
    ...extra,
  });

describe.concurrent('the resume file (items 9 and 10)', () => {
  it('an incident of "../../escaped/zz" or an absolute path is refused (exit 2): nothing is written outside --out', async () => {
    for (const incident of ['../../escaped/zz', '/tmp/lp-abs-escape']) {
      const dir = withEvidence();
      mkdirSync(join(dir, 'out'));
      writeFileSync(join(dir, 'out', '.layerpost-resume.json'), resumeFile(incident, 'Typed.'));
      const r = await runCli(['draft', '--resume', '--yes', '--out', 'out'], { cwd: dir, timeoutMs: 30_000 });
      assertUserError(r, 2, /\.layerpost-resume\.json: incident: expected letters, digits/);
      expect(existsSync(join(dir, 'escaped'))).toBe(false);
      expect(existsSync('/tmp/lp-abs-escape')).toBe(false);
    }
  });

  it('two incidents in one --out keep their own answers; --resume names one when several wait', async () => {
    const dir = withEvidence();
    const hang = { cwd: dir, timeoutMs: 30_000 };
    // Each run stops at its missing answer (no terminal) after saving nothing; resume files are what the interview
    // writes.
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', '.layerpost-resume.alpha.json'), resumeFile('alpha', 'Alpha users see errors.'));
    writeFileSync(join(dir, 'out', '.layerpost-resume.beta.json'), resumeFile('beta', 'Beta users see errors.'));
    const both = await runCli(['draft', '--resume', '--yes', '--out', 'out'], hang);
    assertUserError(both, 2, /several interrupted drafts in .*out \(alpha, beta\): pass --incident ID with --resume/);

    const alpha = await runCli(['draft', '--resume', '--incident', 'alpha', '--yes', '--out', 'out', '--json'], hang);
    expect([0, 1], alpha.stderr).toContain(alpha.code);
    const manifest = JSON.parse(readFileSync(join(dir, 'out', 'alpha', '001-investigating', 'draft.json'), 'utf8')) as {
      answers: { impact: string };
    };
    expect(manifest.answers.impact).toBe('Alpha users see errors.');
    // alpha's file is gone, beta's is untouched, and now it is the only one: --resume alone takes it.
    expect(readdirSync(join(dir, 'out')).filter((n) => n.startsWith('.layerpost-resume'))).toEqual([
      '.layerpost-resume.beta.json',
    ]);
    const beta = await runCli(['draft', '--resume', '--yes', '--out', 'out', '--json'], hang);
    expect([0, 1], beta.stderr).toContain(beta.code);
    expect(JSON.parse(beta.stdout)).toMatchObject({ incident: 'beta' });
    expect(
      (
        JSON.parse(readFileSync(join(dir, 'out', 'beta', '001-investigating', 'draft.json'), 'utf8')) as {
          answers: { impact: string };
        }
      ).answers.impact,
    ).toBe('Beta users see errors.');
  });

  it("a resume file holding another incident's answers is refused", async () => {
    const dir = withEvidence();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', '.layerpost-resume.alpha.json'), resumeFile('beta', 'Beta users see errors.'));
    const r = await runCli(['draft', '--resume', '--incident', 'alpha', '--yes', '--out', 'out'], {
      cwd: dir,
      timeoutMs: 30_000,
    });
    assertUserError(r, 2, /holds the answers of incident beta, not alpha; refusing to resume into another incident/);
    expect(existsSync(join(dir, 'out', 'alpha'))).toBe(false);
    expect(existsSync(join(dir, 'out', 'beta'))).toBe(false);
  });
});

describe.concurrent('bundle folders (items 12 and 13)', () => {
  it('temp dirs left by a killed run are swept by the next; one of a running writer is kept', async () => {
    const dir = withEvidence();
    const incident = join(dir, 'out', 'sweep');
    mkdirSync(incident, { recursive: true });
    // pid 2^22+1 is above Linux's largest pid_max, so no process has it; the test runner's own pid is alive.
    const dead = join(incident, '.001-investigating.tmp-4194305-Ab12Cd');
    const alive = join(incident, `.002-investigating.tmp-${process.pid}-Ef34Gh`);
    const old = join(incident, '.003-investigating.tmp-Zz99Yy');
    for (const d of [dead, alive, old]) mkdirSync(d);
    writeFileSync(join(dead, 'x.txt'), 'half');
    const hourAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(old, hourAgo, hourAgo);
    const r = await runCli(['draft', '--from', 'e.json', '--yes', '--out', 'out', '--incident', 'sweep'], {
      cwd: dir,
      timeoutMs: 30_000,
    });
    expect([0, 1], r.stderr).toContain(r.code);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(alive)).toBe(true);
  });

  it('a symlink at OUT/INCIDENT is refused (exit 2); nothing lands in its target', async () => {
    const dir = withEvidence();
    mkdirSync(join(dir, 'out'));
    mkdirSync(join(dir, 'elsewhere'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'out', 'linked'));
    const r = await runCli(['draft', '--from', 'e.json', '--yes', '--out', 'out', '--incident', 'linked'], {
      cwd: dir,
      timeoutMs: 30_000,
    });
    assertUserError(r, 2, /out\/linked: is a symbolic link; an incident folder must be a real directory/);
    expect(readdirSync(join(dir, 'elsewhere'))).toEqual([]);
  });
});

describe.concurrent('numeric flags (item 14)', () => {
  const bad: Array<[string[], RegExp]> = [
    [['status', '--deadline', '0.0001'], /--deadline expects a number of seconds from 0\.1 to 600, got "0\.0001"/],
    [['status', '--deadline', '5000000'], /--deadline expects a number of seconds from 0\.1 to 600, got "5000000"/],
    [['probe', '--deadline', '-1'], /--deadline expects/],
    [['status', '--timeout', '0x10'], /--timeout expects a whole number of milliseconds from 1 to 600000, got "0x10"/],
    [['status', '--timeout', '1e3'], /--timeout expects/],
    [['draft', '--next-update', '', '--yes'], /--next-update expects a whole number of minutes from 0 to 1440, got ""/],
    [['draft', '--next-update', '0x10', '--yes'], /--next-update expects .* got "0x10"/],
    [['probe', '--concurrency', '0'], /--concurrency expects a whole number of probes from 1 to 256/],
    [['lint', '--max-warnings', 'many'], /--max-warnings expects/],
  ];
  for (const [args, reason] of bad)
    it(`${args.join(' ')}: exit 2, one line`, async () => {
      const r = await runCli(args, { cwd: project(), timeoutMs: 30_000 });
      assertUserError(r, 2, reason);
    });

  it('--timeout 1.5 is rounded (2 ms), not an internal error; --deadline 0.05 rounds to 0.1 s and holds', async () => {
    const dir = project({
      providers: [{ id: 'anthropic', status: { kind: 'statuspage', url: 'http://127.0.0.1:9/summary.json' } }],
    });
    const r = await runCli(['status', '--json', '--timeout', '1.5', '--deadline', '0.05'], {
      cwd: dir,
      timeoutMs: 30_000,
    });
    expect(r.code, r.stderr).toBe(0);
    assertNoStack(r.stderr);
    expect((JSON.parse(r.stdout) as { providers: Array<{ indicator: string }> }).providers[0]!.indicator).toBe(
      'unknown',
    );
  });
});

describe.concurrent('init (item 15)', () => {
  it('init /proc/x returns: exit 2 with one line', async () => {
    const r = await runCli(['init', '/proc/lp-not-here/x'], { cwd: project(), timeoutMs: 30_000 });
    assertUserError(r, 2, /\/proc\/lp-not-here/);
  });

  it('init under a read-only mount: "read-only file system", not "no such file"', async (ctx) => {
    const ro = tryMountTmpfs('ro,size=64k');
    if (typeof ro !== 'string') return ctx.skip(`cannot mount a tmpfs here (${ro.why}); the case below still runs`);
    const r = await runCli(['init', join(ro, 'new', 'dir')], { cwd: project(), timeoutMs: 30_000 });
    assertUserError(r, 2, /permission denied \(read-only file system\)/);
  });

  it('init under a file: the real cause, not "no such file"', async () => {
    const dir = project();
    writeFileSync(join(dir, 'a-file'), 'x');
    const r = await runCli(['init', 'a-file/sub'], { cwd: dir, timeoutMs: 30_000 });
    assertUserError(r, 2, /a-file.*not a directory/);
  });
});

describe.concurrent('edge inputs (item 16)', () => {
  it('evidence nested 100 000 deep: exit 2 naming the file and where, not a stack overflow', async () => {
    // A config, so that the one line on stderr is the error (without one, a line says the defaults serve).
    const dir = project({ product: { name: 'Acme Notes' } });
    const doc = JSON.parse(EVIDENCE) as Evidence & { probes: Array<Record<string, unknown>> };
    doc.probes[0]!.extra = 'X';
    const text = JSON.stringify(doc).replace('"extra":"X"', `"extra":${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    writeFileSync(join(dir, 'deep.json'), text);
    const r = await runCli(['draft', '--from', 'deep.json', '--yes', '--out', 'out'], { cwd: dir, timeoutMs: 30_000 });
    assertUserError(r, 2, /deep\.json: probes\[0\]\.extra.*: nested deeper than 64 levels/);
  });

  it('--config /dev/zero: exit 2, one line', async () => {
    const r = await runCli(['--config', '/dev/zero', 'layers'], { cwd: project(), timeoutMs: 30_000 });
    assertUserError(r, 2, /\/dev\/zero: larger than 1 MB; is this the right config file\?/);
  });

  it("a previous update's draft.json or a resume file that is /dev/zero: exit 2, one line, not read until memory runs out", async () => {
    const dir = withEvidence();
    mkdirSync(join(dir, 'out', 'zero', '001-investigating'), { recursive: true });
    symlinkSync('/dev/zero', join(dir, 'out', 'zero', '001-investigating', 'draft.json'));
    const follow = await runCli(['draft', '--from', 'e.json', '--yes', '--out', 'out', '--incident', 'zero'], {
      cwd: dir,
      timeoutMs: 30_000,
    });
    assertUserError(
      follow,
      2,
      /001-investigating\/draft\.json: larger than 16 MB; is this the right bundle manifest\?/,
    );
    symlinkSync('/dev/zero', join(dir, 'out', '.layerpost-resume.z2.json'));
    const resumed = await runCli(
      ['draft', '--resume', '--incident', 'z2', '--from', 'e.json', '--yes', '--out', 'out'],
      { cwd: dir, timeoutMs: 30_000 },
    );
    assertUserError(resumed, 2, /\.layerpost-resume\.z2\.json: larger than 16 MB; is this the right resume file\?/);
  });

  it('probe --save that cannot be written: exit 2, and the evidence is on stdout', async () => {
    const dir = project({
      probes: [{ id: 'refused', layer: 'network', timeoutMs: 2000, tcp: { host: '127.0.0.1', port: 9 } }],
    });
    writeFileSync(join(dir, 'a-file'), 'x');
    const r = await runCli(['probe', '--no-status', '--save', 'a-file/e.json'], { cwd: dir, timeoutMs: 30_000 });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim().split('\n').pop()).toMatch(
      /could not save the evidence: .*a-file.*not a directory\. The evidence is printed on stdout above/,
    );
    const ev = JSON.parse(r.stdout) as Evidence;
    expect(ev.probes.map((p) => p.id)).toEqual(['refused']);
  });

  it('review of a bundle whose review.html cannot be written prints the summary, then exit 2', async () => {
    const dir = withEvidence();
    const d = await runCli(['draft', '--from', 'e.json', '--yes', '--out', 'out', '--incident', 'ro'], {
      cwd: dir,
      timeoutMs: 30_000,
    });
    expect([0, 1], d.stderr).toContain(d.code);
    const bundle = join(dir, 'out', 'ro', '001-investigating');
    // A directory where the page goes: the write fails for root too (a read-only mount does the same without one).
    const page = join(bundle, 'review.html');
    rmSync(page);
    mkdirSync(page);
    const r = await runCli(['review', bundle], { cwd: dir, timeoutMs: 30_000 });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toMatch(/^layer +provider-api/m);
    expect(r.stdout).toMatch(/^drafts$/m);
    expect(r.stderr.trim().split('\n').pop()).toMatch(
      /could not write review\.html: .*review\.html.*; the summary is printed above/,
    );
    assertNoStack(r.stderr);
  });
});
