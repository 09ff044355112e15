// `layerpost review BUNDLE` end to end: rebuilds review.html, summary, --json, --markdown, --open, and bad bundles →
// exit 2.
import { spawnSync } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { createHash } from 'node:crypto';
import { renderReviewHtml } from '../../src/review/html.js';
import { loadBundle } from '../review/fixtures.js';

const FIXTURES = join(ROOT, 'test/fixtures/bundles');

/** A fresh copy of a fixture bundle, without its review page, in a temp dir. */
async function bundle(name: string): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'layerpost-review-')), name);
  await cp(join(FIXTURES, name), dir, { recursive: true });
  await rm(join(dir, 'review.html'), { force: true });
  return dir;
}

beforeAll(() => {
  // The CLI under test is the built one; build it so this file can run on its own.
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
});

describe('layerpost review', () => {
  it('rebuilds review.html and prints the summary', async () => {
    const dir = await bundle('first-update');
    const r = await runCli(['review', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Acme Notes · incident 2026-05-14-opus-529 · update 1 · Investigating');
    expect(r.stdout).toContain("layer    provider-api — the provider's API / infrastructure (Anthropic)");
    expect(r.stdout).toMatch(/^ {2}x +278\/280 .*near the limit$/m);
    expect(r.stdout).toMatch(/^ {2}sms +158\/160 /m);
    expect(r.stdout).toContain('findings 0 errors, 1 warning');
    expect(r.stdout).toContain(`review   ${join(dir, 'review.html')}`);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    const page = await readFile(join(dir, 'review.html'), 'utf8');
    expect(page).toContain('<span class="counter near" title="weighted characters (X)">278/280');
    expect(page).toContain('Elevated errors on Claude Opus 4.7');
    // Atomic write: nothing but the page was added.
    expect((await readdir(dir)).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it("writes the page from the precompiled templates as from src/, its script allowed by the build's hash", async () => {
    const dir = await bundle('follow-up-correction');
    const r = await runCli(['review', dir]);
    expect(r.code).toBe(0);
    const page = await readFile(join(dir, 'review.html'), 'utf8');
    const { manifest, evidence } = loadBundle('follow-up-correction');
    expect(page).toBe(renderReviewHtml(manifest, evidence));
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1]!;
    expect(page).toContain(`script-src &#39;sha256-${createHash('sha256').update(script).digest('base64')}&#39;`);
  });

  it('overwrites an existing review page', async () => {
    const dir = await bundle('follow-up-correction');
    await writeFile(join(dir, 'review.html'), 'stale');
    const r = await runCli(['review', dir, '--quiet']);
    expect(r.code).toBe(0);
    const page = await readFile(join(dir, 'review.html'), 'utf8');
    expect(page).toContain('<del>06:50</del>');
    expect(page).toContain('id="correction"');
  });

  it('--json prints only JSON with the bundle, the page, layer, phase, drafts and findings', async () => {
    const dir = await bundle('follow-up-correction');
    const r = await runCli(['review', dir, '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(doc).toMatchObject({
      bundle: dir,
      review: join(dir, 'review.html'),
      layer: 'integration',
      proposedLayer: 'integration',
      overridden: false,
      phase: 'identified',
      editedFiles: [],
    });
    expect(doc.drafts).toContainEqual({ channel: 'x', length: 302, limit: 280, overLimit: true });
    expect((doc.findings as Array<{ rule: string }>).map((f) => f.rule)).toEqual(['channel-limit', 'next-update']);
    await stat(join(dir, 'review.html'));
  });

  it('--markdown prints the review as Markdown and still writes the page', async () => {
    const dir = await bundle('first-update');
    const r = await runCli(['review', dir, '--markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Review: Acme Notes · incident 2026-05-14-opus-529 · update 1 \(Investigating\)\n/);
    expect(r.stdout).toContain('### X — `278/280` **near the limit**');
    expect(r.stdout).toContain('## Layer decision');
    await stat(join(dir, 'review.html'));
  });

  it('accepts the path of draft.json itself', async () => {
    const dir = await bundle('first-update');
    const r = await runCli(['review', join(dir, 'draft.json'), '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { bundle: string }).bundle).toBe(dir);
  });

  it('names the component ids from statuspage.json when the manifest has no names', async () => {
    const dir = await bundle('first-update');
    const manifest = JSON.parse(await readFile(join(dir, 'draft.json'), 'utf8')) as Record<string, unknown>;
    delete manifest.statuspage;
    await writeFile(join(dir, 'draft.json'), JSON.stringify(manifest));
    expect((await runCli(['review', dir])).code).toBe(0);
    const page = await readFile(join(dir, 'review.html'), 'utf8');
    expect(page).toMatch(
      /<td class="wrap">k7w2x9acme01<\/td><td><span class="cstatus cs-partial-outage">Partial outage<\/span>/,
    );
  });

  it('warns about a channel file edited after drafting', async () => {
    const dir = await bundle('first-update');
    await writeFile(join(dir, 'x.txt'), 'Edited by hand after drafting.\n');
    const r = await runCli(['review', dir, '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`warning: ${join(dir, 'x.txt')} was edited after drafting`);
    expect((JSON.parse(r.stdout) as { editedFiles: string[] }).editedFiles).toEqual(['x.txt']);
    expect(await readFile(join(dir, 'review.html'), 'utf8')).toContain('<strong>Edited by hand:</strong> x.txt');
  });

  it('writes the page without evidence when evidence.json is invalid, with a warning naming the field', async () => {
    const dir = await bundle('first-update');
    await writeFile(
      join(dir, 'evidence.json'),
      JSON.stringify({ schema: 'layerpost.evidence/v1', takenAt: 'yesterday', probes: [], providers: [] }),
    );
    const r = await runCli(['review', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning: .*evidence\.json: takenAt: .*; the review page is written without it\n$/);
    expect(await readFile(join(dir, 'review.html'), 'utf8')).toContain('No evidence.json in this bundle.');
  });

  describe('--open', () => {
    it('under CI, says where the page is instead of opening it', async () => {
      const dir = await bundle('first-update');
      const r = await runCli(['review', dir, '--open']);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(
        'Not opening a browser (CI is set, so no browser is opened). The review page is file://',
      );
      expect(r.stderr).toContain(`${dir}/review.html`);
    });

    it('with no opener on PATH, says where the page is and exits 0', async () => {
      const dir = await bundle('first-update');
      const emptyBin = await mkdtemp(join(tmpdir(), 'layerpost-nobin-'));
      const r = await runCli(['review', dir, '--open'], { env: { CI: '', PATH: emptyBin } });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('Not opening a browser (no xdg-open command found). The review page is file://');
    });

    it.skipIf(process.platform !== 'linux')('starts xdg-open with the page, detached', async () => {
      const dir = await bundle('first-update');
      const bin = await mkdtemp(join(tmpdir(), 'layerpost-bin-'));
      const log = join(bin, 'opened.txt');
      await writeFile(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$@" > '${log}'\n`);
      await chmod(join(bin, 'xdg-open'), 0o755);
      const r = await runCli(['review', dir, '--open'], { env: { CI: '', PATH: `${bin}:${process.env.PATH}` } });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('Opening review.html with xdg-open.');
      // Detached: the CLI does not wait for it, so give it a moment.
      let opened = '';
      for (let i = 0; i < 50 && !opened; i++) {
        opened = await readFile(log, 'utf8').catch(() => '');
        if (!opened) await new Promise((res) => setTimeout(res, 100));
      }
      expect(opened.trim()).toBe(join(dir, 'review.html'));
    });
  });

  describe('bad bundles exit 2 with one line naming the file', () => {
    it('a directory that does not exist', async () => {
      const r = await runCli(['review', '/nonexistent/bundle']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('layerpost: /nonexistent/bundle: no such bundle directory\n');
    });

    it('a directory without draft.json', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'layerpost-empty-'));
      const r = await runCli(['review', dir]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `layerpost: ${join(dir, 'draft.json')}: not found; is this a layerpost bundle? (\`layerpost draft\` writes one)\n`,
      );
    });

    it('draft.json that is not JSON', async () => {
      const dir = await bundle('first-update');
      await writeFile(join(dir, 'draft.json'), '{"schema": "layerpost.bundle/v1",');
      const r = await runCli(['review', dir]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^layerpost: ${join(dir, 'draft.json')}: invalid JSON: .+\\n$`));
    });

    it('draft.json with a wrong field, named by its path', async () => {
      const dir = await bundle('first-update');
      const manifest = JSON.parse(await readFile(join(dir, 'draft.json'), 'utf8')) as {
        drafts: Array<Record<string, unknown>>;
      };
      manifest.drafts[1]!.limit = 'many';
      await writeFile(join(dir, 'draft.json'), JSON.stringify(manifest));
      const r = await runCli(['review', dir]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^layerpost: ${join(dir, 'draft.json')}: drafts\\[1\\]\\.limit: .+\\n$`));
      // Nothing was written for a bundle that could not be read.
      await expect(stat(join(dir, 'review.html'))).rejects.toThrow();
    });

    it('--json with --markdown', async () => {
      const dir = await bundle('first-update');
      const r = await runCli(['review', dir, '--json', '--markdown']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('layerpost: --markdown and --json both print on stdout; choose one\n');
    });

    // Root writes through any mode bits, so this runs only as an ordinary user.
    it.skipIf(process.getuid?.() === 0)(
      'a bundle in a read-only directory cannot be written: exit 2, not a stack trace',
      async () => {
        const dir = await bundle('first-update');
        await chmod(dir, 0o555);
        try {
          const r = await runCli(['review', dir]);
          expect(r.code).toBe(2);
          expect(r.stderr).toMatch(/permission denied/);
        } finally {
          await chmod(dir, 0o755);
        }
      },
    );
  });

  it('runs from a directory with a broken config: review needs only the bundle', async () => {
    const dir = await bundle('first-update');
    const cwd = await mkdtemp(join(tmpdir(), 'layerpost-badcfg-'));
    await mkdir(cwd, { recursive: true });
    await writeFile(join(cwd, 'layerpost.config.yaml'), 'probes: [ {');
    const r = await runCli(['review', dir, '--json'], { cwd });
    expect(r.code).toBe(0);
  });
});
