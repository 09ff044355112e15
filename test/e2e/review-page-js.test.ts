// The review page and Markdown a built CLI writes (its templates compiled to JavaScript by the build,
// src/templating/compile-js.ts) are, byte for byte, what Handlebars renders from templates/review/ (what the source
// tree uses), for each bundle fixture: a first update, a follow-up with a correction (the changes section reads a parent context), and hostile
// text (every value escaped).
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundle } from '../../src/bundle/read.js';
import { readPublishState } from '../../src/publish/state.js';
import { renderReviewHtml } from '../../src/review/html.js';
import { renderReviewMarkdown } from '../../src/review/markdown.js';
import { runCli } from '../helpers/cli.js';
import { BUNDLES, FIXTURES } from '../review/fixtures.js';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'layerpost-review-js-'));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the built review page', () => {
  it.each(FIXTURES)('%s: is the page Handlebars renders from the templates', async (name) => {
    const dir = join(work, name);
    await cp(join(BUNDLES, name), dir, { recursive: true });
    const r = await runCli(['review', dir], { cwd: work });
    expect(r.code, r.stderr).toBe(0);
    const built = await readFile(join(dir, 'review.html'), 'utf8');
    const { manifest, evidence, editedFiles } = await readBundle(dir, work, () => {});
    const publish = await readPublishState(dir).catch(() => undefined);
    expect(built).toBe(renderReviewHtml(manifest, evidence, { editedFiles, publish }));
    expect(built).toMatch(/^<!doctype html>/i);
  });

  it.each(FIXTURES)(
    '%s: with --markdown, is the Markdown Handlebars renders (inline partials among it)',
    async (name) => {
      const dir = join(work, `${name}-md`);
      await cp(join(BUNDLES, name), dir, { recursive: true });
      const r = await runCli(['review', dir, '--markdown'], { cwd: work });
      expect(r.code, r.stderr).toBe(0);
      const { manifest, evidence, editedFiles } = await readBundle(dir, work, () => {});
      expect(r.stdout).toBe(renderReviewMarkdown(manifest, evidence, { editedFiles }));
      expect(r.stdout).toMatch(/^# Review: /);
    },
  );
});
