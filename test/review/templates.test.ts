// templates/review/: the page and the Markdown come from templates over one model; every value a template inserts
// is escaped (HTML for the page, Markdown for the Markdown), and the banners' words are written once for both.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import type { BundleManifest } from '../../src/model/bundle.js';
import { renderReviewHtml } from '../../src/review/html.js';
import { renderReviewMarkdown } from '../../src/review/markdown.js';
import { MARKDOWN_HELPERS, reviewEnvsOf } from '../../src/review/template-options.js';
import { loadBundle, visibleText } from './fixtures.js';

const DIR = fileURLToPath(new URL('../../templates/review/', import.meta.url));
const files = readdirSync(DIR, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.hbs'))
  .map((e) => {
    const path = join(e.parentPath, e.name);
    return {
      name: relative(DIR, path)
        .split(sep)
        .join('/')
        .replace(/\.hbs$/, ''),
      source: readFileSync(path, 'utf8'),
    };
  });

/** Every {{…}} of a template (not blocks, partials or comments): whether it escapes and whether it calls a helper. */
function mustaches(source: string): Array<{ text: string; escaped: boolean; helper: string | undefined }> {
  const out: Array<{ text: string; escaped: boolean; helper: string | undefined }> = [];
  class Walk extends Handlebars.Visitor {
    override MustacheStatement(m: hbs.AST.MustacheStatement): void {
      const head = (m.path as hbs.AST.PathExpression).original;
      out.push({
        text: source.split('\n')[m.loc.start.line - 1]!.slice(m.loc.start.column, m.loc.end.column),
        escaped: m.escaped,
        helper: m.params.length || m.hash ? head : undefined,
      });
      super.MustacheStatement(m);
    }
  }
  new Walk().accept(Handlebars.parse(source));
  return out;
}

describe('the review templates', () => {
  it('are the page, the Markdown, their parts and the shared words', () => {
    const names = files.map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining(['page', 'markdown', 'words/override', 'words/correction', 'words/edited']),
    );
  });

  it('never insert a value unescaped: no {{{triple}}} or {{& }} anywhere', () => {
    for (const f of files) for (const m of mustaches(f.source)) expect(m.escaped, `${f.name}: ${m.text}`).toBe(true);
  });

  it('in the Markdown (and the words it shares), every value goes through a Markdown helper', () => {
    for (const f of files.filter((x) => reviewEnvsOf(x.name).includes('markdown'))) {
      for (const m of mustaches(f.source))
        expect(MARKDOWN_HELPERS as readonly string[], `${f.name}: ${m.text}`).toContain(m.helper);
    }
  });
});

const SAID: Record<string, string> = {
  'provider-api': "our AI provider's API",
  network: 'the network between us and our AI provider',
};

describe("the banners' words, written once", () => {
  const { manifest, evidence } = loadBundle('first-update');
  const m: BundleManifest = {
    ...manifest,
    layer: 'integration',
    layerName: 'our integration',
    override: { proposed: 'provider-api', chosen: 'integration', confirmed: false, contradictions: [] },
    proposal: { layer: 'network', confidence: 0.62, kept: 'integration' },
    stillFailing: ['canary-1'],
    correction: 'Correction: earlier we said it was the API.',
    // Each ranked layer's name as the template set said it when drafted.
    diagnosis: manifest.diagnosis.map((h) => ({ ...h, name: SAID[h.layer] ?? h.layer })),
  };
  const page = visibleText(renderReviewHtml(m, evidence, { editedFiles: ['x.txt'] }));
  const md = renderReviewMarkdown(m, evidence, { editedFiles: ['x.txt'] }).replace(/\*\*|`/g, '');

  it.each([
    "The operator overrode the diagnosis. layerpost proposed our AI provider's API (81% sure); " +
      "these drafts name our integration. Check that the evidence below supports the operator's choice.",
    'Fresh evidence points to the network between us and our AI provider (62%); ' +
      'the published layer our integration was kept.',
    'Drafted as investigating while probes still fail: canary-1 failed before and still failed in ' +
      "this update's evidence. The operator kept the phase; check that the fix holds before posting.",
    'Correction in this update: earlier we said it was the API.',
    'Edited by hand: x.txt no longer matches draft.json. The texts here are the drafted ones, with their counts; ' +
      "re-run layerpost draft or check the edited files' lengths before posting.",
  ])('the page and the Markdown both say: %s', (words) => {
    expect(page).toContain(words);
    expect(md).toContain(words);
  });
});

describe('markup the page inserts whole', () => {
  it("a card's and the status page's publish state are markup, not escaped text", () => {
    const { manifest, evidence } = loadBundle('first-update');
    const published = (destination: string) => ({
      approval: 'approved' as const,
      approver: 'Dana',
      approvedAt: '2026-05-14T06:30:00Z',
      posts: [{ destination, status: 'published' as const, url: `https://${destination}.example/1` }],
    });
    const page = renderReviewHtml(manifest, evidence, { publish: { x: published('x'), statuspage: published('sp') } });
    expect(page).toContain('<a href="https://x.example/1" rel="noopener noreferrer">https://x.example/1</a>');
    expect(page).toContain('<a href="https://sp.example/1" rel="noopener noreferrer">https://sp.example/1</a>');
    expect(page).not.toContain('&lt;p class=');
  });
});
