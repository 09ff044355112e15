// The card's approval and publication line on the review page.
import { describe, expect, it } from 'vitest';
import { publishBadge } from '../../src/review/publish-badge.js';

describe('publishBadge', () => {
  it('says who approved and links the published post', () => {
    const h = String(
      publishBadge({
        approval: 'approved',
        approver: 'Dana <Lee>',
        approvedAt: '2026-12-06T14:00:00Z',
        posts: [{ destination: 'mastodon', status: 'published', url: 'https://m.example/@s/1' }],
      }),
    );
    expect(h).toContain('approved by Dana &lt;Lee&gt;');
    expect(h).toContain('<a href="https://m.example/@s/1" rel="noopener noreferrer">');
  });

  it('marks a stale approval and an unknown outcome; a link that is not http(s) is not a link', () => {
    const h = String(
      publishBadge({
        approval: 'stale',
        approver: 'Dana',
        posts: [
          { destination: 'slack', status: 'unknown' },
          { destination: 'x', status: 'published', url: 'javascript:alert(1)' },
        ],
      }),
    );
    expect(h).toContain('approval stale: edited after Dana approved it');
    expect(h).toContain('slack: outcome unknown');
    expect(h).not.toContain('javascript:');
    expect(String(publishBadge({ approval: 'unapproved', posts: [] }))).toContain('not approved');
    expect(publishBadge(undefined)).toBeNull();
  });
});
