// Bundle files under pressure: concurrent runs for one incident, Ctrl-C mid-run, a read-only or full output directory.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type CliResult } from '../helpers/cli.js';
import { assertNoStack, faultServerOfFile, tryMountTmpfs, withEvidence } from './project.js';

const CHANNELS = ['statuspage', 'x', 'bluesky', 'mastodon', 'threads', 'linkedin', 'sms', 'slack'];
const BUNDLE_FILES = [
  'answers.json',
  'bluesky.txt',
  'draft.json',
  'evidence.json',
  'linkedin.json',
  'linkedin.txt',
  'mastodon.txt',
  'review.html',
  'slack.md',
  'sms.txt',
  'statuspage.json',
  'statuspage.md',
  'threads.txt',
  'x.txt',
];

/** Can this machine mount a tmpfs (root with CAP_SYS_ADMIN)? Probed once, so a test can say why it skips. */
const probe = tryMountTmpfs('size=64k');
const MOUNT = typeof probe === 'string' ? { ok: true, why: '' } : { ok: false, why: probe.why };
function mountTmpfs(options: string): string {
  const dir = tryMountTmpfs(options);
  if (typeof dir !== 'string') throw new Error(`cannot mount a tmpfs: ${dir.why}`);
  return dir;
}

const srv = faultServerOfFile();

/** Temp dirs (".NNN-phase.tmp-…") or temp files anywhere under `dir`. */
function leftovers(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) => /\.tmp(-|$)/.test(p));
}

/** Exit 2, a one-line reason, and every channel's draft on stdout so nothing is lost. */
function assertDraftsRescued(r: CliResult, reason: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines[lines.length - 1]).toMatch(reason);
  expect(lines[lines.length - 1]).toMatch(/The drafts are printed on stdout/);
  assertNoStack(r.stderr);
  for (const c of CHANNELS) expect(r.stdout).toMatch(new RegExp(`^── ${c} `, 'm'));
  expect(r.stdout).toMatch(/Anthropic/);
  expect(r.stdout).toMatch(/529/);
}

describe('concurrent runs for one incident', () => {
  it('4 drafts at once: 4 distinct complete bundles 001..004, none overwritten, each saying its own update number, no temp dir left', async () => {
    const dir = withEvidence();
    const args = (i: number) => [
      'draft',
      '--from',
      'e.json',
      '--yes',
      '--out',
      'out',
      '--incident',
      'same',
      '--notes',
      `run ${i}`,
    ];
    const runs = await Promise.all([1, 2, 3, 4].map((i) => runCli(args(i), { cwd: dir, timeoutMs: 60_000 })));
    // 0, or 1 when lint flags a draft's wording: either way the bundle is written (what this test is about).
    for (const r of runs) expect([0, 1], r.stderr).toContain(r.code);
    const incident = join(dir, 'out', 'same');
    expect(readdirSync(incident).sort()).toEqual([
      '001-investigating',
      '002-investigating',
      '003-investigating',
      '004-investigating',
    ]);
    expect(new Set(runs.map((r) => r.stdout.trim())).size).toBe(4);
    const notes = new Set<string>();
    for (const [i, name] of readdirSync(incident).sort().entries()) {
      const bundle = join(incident, name);
      expect(readdirSync(bundle).sort()).toEqual(BUNDLE_FILES);
      const manifest = JSON.parse(readFileSync(join(bundle, 'draft.json'), 'utf8')) as {
        update: number;
        incident: string;
        answers: { notes?: string };
      };
      expect(manifest).toMatchObject({ update: i + 1, incident: 'same' });
      // A run that took a later number than it first read says so in its drafts (issue 17, item 11).
      expect(readFileSync(join(bundle, 'slack.md'), 'utf8'), name).toContain(`incident same, update ${i + 1}*`);
      if (i > 0) expect(manifest, name).toMatchObject({ previous: { update: i } });
      notes.add(manifest.answers.notes ?? '');
      for (const f of BUNDLE_FILES)
        expect(readFileSync(join(bundle, f), 'utf8').length, `${name}/${f}`).toBeGreaterThan(0);
    }
    // Each run's own answers landed in exactly one bundle: nothing was overwritten by another run.
    expect([...notes].sort()).toEqual(['run 1', 'run 2', 'run 3', 'run 4']);
    expect(leftovers(join(dir, 'out'))).toEqual([]);
  });
});

describe('Ctrl-C', () => {
  it('SIGINT while gathering evidence: exit 130, no bundle and no temp dir under OUT, the typed answers kept for --resume', async () => {
    const dir = withEvidence({
      product: { name: 'Acme Notes' },
      providers: [{ id: 'anthropic', status: { kind: 'statuspage', url: srv().at('hang', '/summary.json') } }],
      probes: [{ id: 'hanging-handler', layer: 'integration', timeoutMs: 60_000, http: { url: srv().at('hang') } }],
      timeoutMs: 60_000,
    });
    let signalledAt = 0;
    const r = await runCli(
      [
        'draft',
        '--yes',
        '--out',
        'out',
        '--incident',
        'cc',
        '--deadline',
        '60',
        '--impact',
        'Typed by the operator before Ctrl-C.',
      ],
      {
        cwd: dir,
        timeoutMs: 30_000,
        onSpawn: (child) => {
          let seen = '';
          child.stderr!.on('data', (d: Buffer | string) => {
            seen += String(d);
            if (!signalledAt && /Gathering evidence/.test(seen))
              setTimeout(() => {
                signalledAt = Date.now();
                child.kill('SIGINT');
              }, 300);
          });
        },
      },
    );
    expect(signalledAt, r.stderr).toBeGreaterThan(0);
    expect({ code: r.code, signal: r.signal }, r.stderr).toEqual({ code: 130, signal: null });
    expect(Date.now() - signalledAt).toBeLessThan(5_000);
    assertNoStack(r.stderr);
    expect(r.stderr).toMatch(/--resume/);
    expect(existsSync(join(dir, 'out', 'cc'))).toBe(false);
    expect(leftovers(join(dir, 'out'))).toEqual([]);
    const resume = JSON.parse(readFileSync(join(dir, 'out', '.layerpost-resume.cc.json'), 'utf8')) as {
      incident?: string;
      answers: { impact?: string };
    };
    expect(resume).toMatchObject({ incident: 'cc', answers: { impact: 'Typed by the operator before Ctrl-C.' } });

    // --resume picks the typed answer back up (with evidence from a file this time, no network).
    const again = await runCli(['draft', '--resume', '--from', 'e.json', '--yes', '--out', 'out'], {
      cwd: dir,
      timeoutMs: 30_000,
    });
    expect([0, 1], again.stderr).toContain(again.code);
    const manifest = JSON.parse(readFileSync(join(dir, 'out', 'cc', '001-investigating', 'draft.json'), 'utf8')) as {
      answers: { impact: string };
    };
    expect(manifest.answers.impact).toBe('Typed by the operator before Ctrl-C.');
    expect(existsSync(join(dir, 'out', '.layerpost-resume.cc.json'))).toBe(false);
  });
});

describe.concurrent('an output directory that cannot be written', () => {
  it('a path under a regular file (works as root too): exit 2 naming it, drafts printed on stdout', async () => {
    const dir = withEvidence();
    writeFileSync(join(dir, 'not-a-dir'), 'a file\n');
    const r = await runCli(['draft', '--from', 'e.json', '--yes', '--out', 'not-a-dir/out', '--incident', 'ro'], {
      cwd: dir,
      timeoutMs: 30_000,
    });
    assertDraftsRescued(r, /not-a-dir\/out.*: a parent of this path is not a directory/);
  });

  it('a read-only file system (tmpfs mounted ro): exit 2 "read-only file system", drafts printed on stdout', async (ctx) => {
    if (!MOUNT.ok)
      return ctx.skip(`cannot mount a tmpfs on this machine (${MOUNT.why}); the ENOTDIR case above still runs`);
    const ro = mountTmpfs('ro,size=64k');
    const dir = withEvidence();
    const r = await runCli(['draft', '--from', 'e.json', '--yes', '--out', join(ro, 'out'), '--incident', 'ro'], {
      cwd: dir,
      timeoutMs: 30_000,
    });
    assertDraftsRescued(r, /permission denied \(read-only file system\)/);
    expect(readdirSync(ro)).toEqual([]);
  });

  it('a full disk (a filled 256 KB tmpfs): exit 2 "no space left on device", drafts printed on stdout, no temp dir left', async (ctx) => {
    if (!MOUNT.ok) return ctx.skip(`cannot mount a tmpfs on this machine (${MOUNT.why})`);
    const full = mountTmpfs('size=256k');
    mkdirSync(join(full, 'out'));
    try {
      writeFileSync(join(full, 'filler'), Buffer.alloc(1024 * 1024, 1));
    } catch (err) {
      expect((err as { code?: string }).code).toBe('ENOSPC');
    }
    const fs = statfsSync(full);
    expect(fs.bavail * fs.bsize).toBe(0);
    const dir = withEvidence();
    const r = await runCli(['draft', '--from', 'e.json', '--yes', '--out', join(full, 'out'), '--incident', 'full'], {
      cwd: dir,
      timeoutMs: 30_000,
    });
    assertDraftsRescued(r, /no space left on device/);
    expect(leftovers(join(full, 'out'))).toEqual([]);
    expect(existsSync(join(full, 'out', 'full', '001-investigating'))).toBe(false);
  });
});
