// Issue 17 item 7: the review page's inline patterns on hostile input: correct output on inputs that used to take
// seconds (quadratic backtracking).
import { describe, expect, it } from 'vitest';
import { markdownBlocks, renderReviewHtml, slackText } from '../../src/review/html.js';
import { renderReviewMarkdown } from '../../src/review/markdown.js';
import { loadBundle, visibleText } from './fixtures.js';

describe('inline patterns are linear', () => {
  it('a Slack draft of "<http://a" repeated (360 KB) renders as literal text', () => {
    const text = '<http://a'.repeat(40_000);
    // Each "http://a" is a bare link; the "<" before it stays text.
    expect(visibleText(slackText(text).value)).toBe(text);
  });

  it('a Slack draft of "<http://a|b" repeated renders as literal text', () => {
    const text = '<http://a|b'.repeat(30_000);
    expect(visibleText(slackText(text).value)).toBe(text);
  });

  it('a status-page body of "[" × 60 000 and of "[a](x" repeated renders as literal text', () => {
    for (const text of ['['.repeat(60_000), '[a](x'.repeat(20_000)]) {
      const out = markdownBlocks(text).value;
      expect(out).not.toContain('<a ');
      expect(visibleText(out)).toBe(text);
    }
  });

  it('links still render next to the hostile runs', () => {
    expect(markdownBlocks('[[[[see [status](https://s.example/x) now').value).toContain(
      '<a href="https://s.example/x" rel="noopener noreferrer">status</a>',
    );
    expect(slackText('<<http://a <https://s.example|status>').value).toContain(
      '<a href="https://s.example" rel="noopener noreferrer">status</a>',
    );
  });

  it('review of a bundle whose drafts hold "[" × 60 000 writes the whole text to the page and the Markdown', () => {
    const { manifest, evidence } = loadBundle('first-update');
    const big = '['.repeat(60_000);
    const m = { ...manifest, drafts: manifest.drafts.map((d) => ({ ...d, text: `${d.text} ${big}` })) };
    const page = renderReviewHtml(m, evidence);
    expect(page).toContain('['.repeat(60_000));
    expect(renderReviewMarkdown(m, evidence)).toContain('['.repeat(60_000));
  });
});
