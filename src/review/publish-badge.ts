// One line on a card: the channel's approval (who, when; stale when edited since) and, once published, the post's link.
// Pure.
import { html, type SafeHtml } from './escape.js';

export interface ChannelPublishState {
  approval: 'approved' | 'unapproved' | 'stale' | 'not-allowed';
  approver?: string;
  approvedAt?: string;
  /** This channel's posts, one per destination. */
  posts: Array<{
    destination: string;
    status: 'published' | 'failed' | 'unknown' | 'in-flight';
    url?: string;
    at?: string;
  }>;
}

const safeLink = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

export function publishBadge(s: ChannelPublishState | undefined): SafeHtml | null {
  if (!s) return null;
  const approval =
    s.approval === 'approved'
      ? html`<span class="pill ok">approved by ${s.approver ?? '?'} · <time datetime="${s.approvedAt ?? ''}">${s.approvedAt ?? ''}</time></span>`
      : s.approval === 'stale'
        ? html`<span class="pill over">approval stale: edited after ${s.approver ?? '?'} approved it</span>`
        : s.approval === 'not-allowed'
          ? html`<span class="pill over">approved by ${s.approver ?? '?'}, who drafted it (two-person approval)</span>`
          : html`<span class="pill">not approved</span>`;
  const posts = s.posts.map((p) => {
    const link = safeLink(p.url);
    if (p.status === 'published')
      return link
        ? html` <span class="pill ok">published to ${p.destination}: <a href="${link}" rel="noopener noreferrer">${link}</a></span>`
        : html` <span class="pill ok">published to ${p.destination}</span>`;
    return html` <span class="pill near">${p.destination}: ${p.status === 'failed' ? 'not sent' : 'outcome unknown'}</span>`;
  });
  return html`<p class="publish-state" data-approval="${s.approval}">${approval}${posts}</p>`;
}
