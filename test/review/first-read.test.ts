// The review page as a PM reads it the first time (issue 28): identical posts once, the decision table on a phone,
// findings marked in the text, the correction said once, the diff without Markdown marks, one time format, model names.
import { describe, expect, it } from 'vitest';
import type { BundleManifest } from '../../src/model/bundle.js';
import { REVIEW_SCRIPT, renderReviewHtml } from '../../src/review/html.js';
import { loadBundle, visibleText } from './fixtures.js';

const { manifest } = loadBundle('first-update');
const SAME = ['x', 'bluesky', 'mastodon', 'threads'];
/** The first-update bundle with the four plain-text channels saying the same thing. */
function sameText(
  text = "Some Acme AI answers fail. Anthropic's API is returning errors; we are watching it.",
): BundleManifest {
  return {
    ...manifest,
    drafts: manifest.drafts.map((d) => (SAME.includes(d.channel) ? { ...d, text, length: text.length } : d)),
  };
}
const articles = (page: string) =>
  [...page.matchAll(/<article class="card[^"]*" data-channel="([a-z]+)"(?: data-channels="([a-z ]+)")?/g)].map(
    (m) => m[2] ?? m[1],
  );

describe('posts with the same text', () => {
  it('share one card listing each channel with its own counter', () => {
    const page = renderReviewHtml(sameText());
    expect(articles(page)).toEqual(
      ['x bluesky mastodon threads', 'linkedin', 'sms', 'slack'].filter((c) =>
        manifest.drafts.some((d) => c.startsWith(d.channel)),
      ),
    );
    const card = page.slice(page.indexOf('data-channels='), page.indexOf('</article>', page.indexOf('data-channels=')));
    expect(visibleText(card)).toMatch(/X · Bluesky · Mastodon · Threads\s*same text/);
    for (const ch of SAME) expect(card).toMatch(new RegExp(`<span class="counter-of" data-channel="${ch}">`));
    expect(card.match(/class="post-text"/g)).toHaveLength(1);
  });
  it('are shown apart again when one differs', () => {
    const m = sameText();
    const page = renderReviewHtml({
      ...m,
      drafts: m.drafts.map((d) => (d.channel === 'bluesky' ? { ...d, text: `${d.text} More soon.` } : d)),
    });
    expect(articles(page).slice(0, 2)).toEqual(['x mastodon threads', 'bluesky']);
  });
});

describe('the rest of the page', () => {
  it('on a narrow screen the decision table stacks, so the evidence gets the width', () => {
    const narrow = /@media \(max-width:700px\)\{([^@]*)\}/.exec(renderReviewHtml(manifest))![1]!;
    expect(narrow).toMatch(/\.diagnosis thead\{display:none\}/);
    expect(narrow).toMatch(/\.diagnosis td[^{]*\{display:block/);
  });

  it("a finding's quoted phrase is marked in the post text", () => {
    const m = sameText('Some answers fail. We expect the fix will be resolved by noon.');
    const withFinding = {
      ...m,
      findings: [
        {
          rule: 'no-eta',
          severity: 'error' as const,
          channel: 'x',
          message: '"will be resolved by" promises a fix time; promise the next update instead',
        },
      ],
    };
    const page = renderReviewHtml(withFinding);
    expect(page).toMatch(
      /<mark class="finding error" title="&quot;will be resolved by&quot; promises[^"]*">will be resolved by<\/mark>/,
    );
  });

  it('a correction is said once', () => {
    const page = visibleText(
      renderReviewHtml({
        ...manifest,
        correction: "Correction: earlier we said the cause was Anthropic's API; it is our own integration.",
      }),
    );
    expect(page).toContain('Correction in this update: earlier we said the cause was');
    expect(page).not.toMatch(/Correction[^.]*\.\s*Correction:/);
  });

  it('the wording diff shows words, not Markdown marks', () => {
    const { manifest: follow } = loadBundle('follow-up-correction');
    const page = renderReviewHtml(follow);
    const changes = page.slice(page.indexOf('id="changes"'));
    expect(follow.drafts.find((d) => d.channel === 'statuspage')!.text).toContain('**');
    expect(visibleText(changes.slice(0, changes.indexOf('</section>')))).not.toContain('**');
  });

  it("the page's script shows times as the page writes them: day month year, 24-hour clock, zone", () => {
    const times = [{ dateTime: '2026-05-14T11:52:00Z', textContent: '' }];
    const document = { querySelectorAll: (sel: string) => (sel.startsWith('time') ? times : []) };
    new Function('document', 'navigator', REVIEW_SCRIPT)(document, {});
    expect(times[0]!.textContent).toMatch(/^\d{1,2} [A-Z][a-z]{2} 2026, \d{2}:\d{2} \S+$/);
    expect(times[0]!.textContent).not.toMatch(/AM|PM/);
  });

  it('the header names the models as the drafts do', () => {
    const page = visibleText(
      renderReviewHtml({ ...manifest, models: ['claude-opus-4-7'], modelNames: ['Claude Opus 4.7'] }),
    );
    expect(page).toContain('models Claude Opus 4.7');
    expect(page).not.toContain('models claude-opus-4-7');
  });
});

describe('findings marked on the status page', () => {
  it('in the title and the body, never cutting a Markdown mark in two', () => {
    const sp = manifest.drafts.find((d) => d.channel === 'statuspage')!;
    const drafts = manifest.drafts.map((d) =>
      d === sp
        ? {
            ...d,
            title: 'Errors, to be resolved by noon',
            text: '**Cause:** the API will be resolved by noon.\n\nWe are **degraded performance** here.',
          }
        : d,
    );
    const findings = [
      {
        rule: 'no-eta',
        severity: 'error' as const,
        channel: 'statuspage',
        message: '"resolved by" promises a fix time',
      },
      { rule: 'vague', severity: 'warning' as const, channel: 'statuspage', message: '"are **degraded" is vague' },
    ];
    const page = renderReviewHtml({ ...manifest, drafts, findings });
    const article = page.slice(
      page.indexOf('data-channel="statuspage"'),
      page.indexOf('</article>', page.indexOf('data-channel="statuspage"')),
    );
    expect(article).toMatch(
      /<h3 class="sp-title">Errors, to be <mark class="finding error"[^>]*>resolved by<\/mark> noon<\/h3>/,
    );
    expect(article).toMatch(
      /<strong>Cause:<\/strong> the API will be <mark class="finding error"[^>]*>resolved by<\/mark> noon\./,
    );
    expect(article).toContain('<strong>degraded performance</strong>');
  });
});
