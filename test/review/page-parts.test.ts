// The review page for a PM (issue 18): findings on each card, copy sources, handles from config, plain words and times,
// earlier updates, override and proposal notes; the Markdown carries the same.
import { describe, expect, it } from 'vitest';
import type { BundleManifest } from '../../src/model/bundle.js';
import { BundleManifestSchema } from '../../src/model/bundle.js';
import { renderReviewHtml } from '../../src/review/html.js';
import { renderReviewMarkdown } from '../../src/review/markdown.js';
import { localTime } from '../../src/review/model.js';
import { decodeEntity, loadBundle, visibleText } from './fixtures.js';

const first = loadBundle('first-update');
const follow = loadBundle('follow-up-correction');

/** The markup of the card (or status-page article) for a channel. */
function cardOf(page: string, channel: string): string {
  const start = page.indexOf(`data-channel="${channel}"`);
  return page.slice(start, page.indexOf('</article>', start));
}

/** What a textarea holds, decoded. */
function copySource(markup: string, part: string): string {
  const m = new RegExp(`<textarea class="copy-src" id="copy-[a-z0-9-]+-${part}"[^>]*>([\\s\\S]*?)</textarea>`).exec(
    markup,
  );
  if (!m) throw new Error(`no copy source ${part}`);
  return m[1]!.replace(/&(lt|gt|quot|amp|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) => decodeEntity(e));
}

const withError: BundleManifest = {
  ...first.manifest,
  findings: [
    ...first.manifest.findings,
    {
      rule: 'no-internals',
      severity: 'error',
      channel: 'bluesky',
      message: 'names an internal host "llm-gw-3.internal"',
      file: 'templates/bluesky/default.hbs',
      line: 3,
    },
  ],
};

describe('each card shows its own findings', () => {
  const page = renderReviewHtml(withError, first.evidence);

  it('a draft with a lint error within its limit has a counter that is not green, and its finding on its card', () => {
    const bluesky = cardOf(page, 'bluesky');
    expect(bluesky).toMatch(/<span class="counter error"[^>]*>232\/300 <span class="state">1 problem<\/span>/);
    expect(visibleText(bluesky)).toContain(
      'fix names an internal host "llm-gw-3.internal" (templates/bluesky/default.hbs:3)',
    );
  });

  it("a card shows only its own findings; a warning leaves the counter's length colour", () => {
    expect(visibleText(cardOf(page, 'sms'))).toContain(first.manifest.findings[0]!.message);
    expect(visibleText(cardOf(page, 'x'))).not.toContain('llm-gw-3.internal');
    expect(cardOf(page, 'sms')).toMatch(/<span class="counter near"/);
  });

  it("review --markdown carries each draft's findings under it", () => {
    const md = renderReviewMarkdown(withError, first.evidence);
    const bluesky = md.slice(md.indexOf('### Bluesky'), md.indexOf('### ', md.indexOf('### Bluesky') + 4));
    expect(bluesky).toContain('`232/300` **1 problem**');
    expect(bluesky).toContain(
      '- **Fix:** names an internal host "llm-gw-3.internal" (templates/bluesky/default.hbs:3)',
    );
    const sms = md.slice(md.indexOf('### SMS'), md.indexOf('### ', md.indexOf('### SMS') + 4));
    expect(sms).toContain(`- **Check:** ${first.manifest.findings[0]!.message.replace(/[\\`*[\]<>|~&]/g, '\\$&')}`);
  });
});

describe('copy buttons', () => {
  const page = renderReviewHtml(first.manifest, first.evidence);

  it('each post has a hidden-until-scripted button and the exact text a person pastes', () => {
    for (const d of first.manifest.drafts.filter((x) => x.channel !== 'statuspage')) {
      const card = cardOf(page, d.channel);
      expect(card, d.channel).toMatch(
        /<button type="button" class="copy" data-copy="copy-post-\d+-text" data-label="Copy text" hidden>/,
      );
      const expected =
        d.channel === 'slack' ? d.text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') : d.text;
      expect(copySource(card, 'text'), d.channel).toBe(expected);
    }
  });

  it('the status page has one for the title and one for the body', () => {
    const sp = cardOf(page, 'statuspage');
    const d = first.manifest.drafts.find((x) => x.channel === 'statuspage')!;
    expect(copySource(sp, 'title')).toBe(d.title);
    expect(copySource(sp, 'body')).toBe(d.text);
  });
});

describe('handles', () => {
  it('without a configured handle, the product name and no handle', () => {
    const page = renderReviewHtml(first.manifest, first.evidence);
    expect(page).not.toContain('class="handle"');
    expect(visibleText(page)).not.toMatch(/@acmenotes/i);
  });

  it('handles from config (carried in the manifest) show on their cards', () => {
    const m = {
      ...first.manifest,
      product: { ...first.manifest.product, handles: { x: '@AcmeStatus', mastodon: '@status@acme.social' } },
    };
    const page = renderReviewHtml(m, first.evidence);
    expect(cardOf(page, 'x')).toContain('<span class="handle">@AcmeStatus</span>');
    expect(cardOf(page, 'mastodon')).toContain('<span class="handle">@status@acme.social</span>');
    expect(cardOf(page, 'bluesky')).not.toContain('class="handle"');
    expect(BundleManifestSchema.parse(JSON.parse(JSON.stringify(m))).product.handles).toEqual({
      x: '@AcmeStatus',
      mastodon: '@status@acme.social',
    });
  });
});

describe('plain words and times for a PM', () => {
  const page = renderReviewHtml(first.manifest, first.evidence);
  const seen = visibleText(page);

  it('shows no ISO stamps and no internal words', () => {
    expect(seen).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
    expect(seen).not.toMatch(/Counted:|variant|payload|weighted/);
    expect(seen).toContain('278 of 280 characters, as X counts them');
  });

  it("times are local with their zone, marked for the script to show in the reader's zone", () => {
    expect(page).toContain('<time datetime="2026-05-14T06:20:11Z">14 May 2026, 06:20 UTC</time>');
    expect(localTime('2026-05-14T06:20:11Z', 'Europe/Berlin')).toBe('14 May 2026, 08:20 CEST');
    expect(localTime('not a date')).toBe('not a date');
  });

  it('UTC times are written without Intl, as Intl writes them (day unpadded, 24-hour clock), in every month', () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    for (let month = 0; month < 12; month++) {
      const at = new Date(Date.UTC(2026, month, 4, 3, 5));
      const ours = localTime(at.toISOString(), month % 2 ? 'Etc/UTC' : undefined);
      // ICU spells September "Sept" in en-GB; the page says "Sep", as the other eleven are three letters.
      expect(ours).toBe(intl.format(at).replace('Sept', 'Sep'));
    }
    expect(localTime('2026-12-31T23:59:59Z', 'UTC')).toBe('31 Dec 2026, 23:59 UTC');
  });

  it('never says "all within limits" next to "near the limit"', () => {
    expect(seen).toContain('2 near the limit');
    expect(seen).not.toContain('within limits');
    const none = { ...first.manifest, drafts: first.manifest.drafts.filter((d) => d.channel === 'threads') };
    expect(visibleText(renderReviewHtml(none))).toContain('all well within limits');
  });
});

describe('overrides and fresh evidence', () => {
  it('a confirmed override is a flagged banner with the contradicting evidence', () => {
    const m: BundleManifest = {
      ...first.manifest,
      layer: 'integration',
      layerName: 'our integration',
      override: {
        proposed: 'provider-api',
        chosen: 'integration',
        confirmed: true,
        contradictions: ['Anthropic reports a major outage', '3 of 3 canaries got HTTP 529'],
      },
    };
    const page = renderReviewHtml(m, first.evidence);
    expect(page).toContain('<div class="banner override flagged" role="alert" id="override">');
    const banner = visibleText(
      page.slice(page.indexOf('id="override"'), page.indexOf('</div>', page.indexOf('id="override"'))),
    );
    expect(banner).toContain('The operator overrode the diagnosis.');
    expect(banner).toContain(
      'The operator confirmed this choice although the evidence speaks against it: Anthropic reports a major outage 3 of 3 canaries got HTTP 529',
    );
    expect(renderReviewMarkdown(m, first.evidence)).toContain('> - 3 of 3 canaries got HTTP 529');
  });

  it('fresh evidence that points elsewhere while the published layer was kept is a note', () => {
    const m: BundleManifest = {
      ...follow.manifest,
      diagnosis: follow.manifest.diagnosis.map((h) => ({ ...h, name: `said ${h.layer}` })),
      proposal: { layer: 'network', confidence: 0.62, kept: follow.manifest.layer },
    };
    const seen = visibleText(renderReviewHtml(m, follow.evidence));
    expect(seen).toContain(
      `Fresh evidence points to said network (62%); the published layer ${follow.manifest.layerName} was kept.`,
    );
    // the page and the Markdown say it in the same words (templates/review/words/proposal.hbs), names in bold
    expect(renderReviewMarkdown(m, follow.evidence)).toContain(
      `Fresh evidence points to **said network** (62%); the published layer **${follow.manifest.layerName}** was kept.`,
    );
  });
});

describe('a follow-up shows what the previous updates said', () => {
  const timeline = [
    {
      update: 1,
      phase: 'investigating',
      layer: 'provider-api',
      layerName: "the provider's API",
      createdAt: '2026-05-14T06:20:11Z',
      dir: '001-investigating',
    },
    {
      update: 2,
      phase: 'identified',
      layer: 'model-endpoint',
      layerName: 'one model',
      createdAt: '2026-05-14T06:40:00Z',
      dir: '002-identified',
      correction: 'Only Opus is affected, not the whole API.',
    },
  ];
  const m = BundleManifestSchema.parse({ ...follow.manifest, timeline });

  it('lists each earlier update: number, phase, layer, time and correction', () => {
    const page = renderReviewHtml(m, follow.evidence);
    const section = visibleText(
      page.slice(
        page.indexOf('<section id="timeline">'),
        page.indexOf('</section>', page.indexOf('<section id="timeline">')),
      ),
    );
    expect(section).toContain("Update 1 Investigating the provider's API · 14 May 2026, 06:20 UTC");
    expect(section).toContain(
      'Update 2 Identified one model · 14 May 2026, 06:40 UTC Correction: Only Opus is affected, not the whole API.',
    );
    const md = renderReviewMarkdown(m, follow.evidence);
    expect(md).toContain(
      '- **Update 2** · Identified · one model · 14 May 2026, 06:40 UTC · correction: Only Opus is affected, not the whole API.',
    );
  });

  it('without a timeline, the previous update and what its status page said', () => {
    const page = renderReviewHtml(follow.manifest, follow.evidence);
    const section = visibleText(
      page.slice(
        page.indexOf('<section id="timeline">'),
        page.indexOf('</section>', page.indexOf('<section id="timeline">')),
      ),
    );
    const prevSp = follow.manifest.previous!.drafts.find((d) => d.channel === 'statuspage')!;
    expect(section).toContain(`Update ${follow.manifest.previous!.update}`);
    expect(section).toContain(prevSp.title!);
  });

  it('a first update has no earlier updates', () => {
    expect(renderReviewHtml(first.manifest, first.evidence)).not.toContain('id="timeline"');
  });
});
