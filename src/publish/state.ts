// Each channel's approval and publication state, read from approvals.jsonl and the ledger, and the review page
// rewritten with it.
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../platform/fs.js';
import { readBundle } from '../bundle/read.js';
import { renderReviewHtml } from '../review/html.js';
import { approvalState, type ApprovalMode } from './approval.js';
import { readPublishBundle } from './bundle.js';
import { Ledger } from './ledger.js';
import type { ChannelPublishState } from '../review/publish-badge.js';

export type { ChannelPublishState };

export async function readPublishState(
  bundleDir: string,
  mode: ApprovalMode = 'one-person',
): Promise<Record<string, ChannelPublishState>> {
  const b = await readPublishBundle(bundleDir, '/', () => undefined);
  const ledger = new Ledger(dirname(b.dir));
  await ledger.load();
  const out: Record<string, ChannelPublishState> = {};
  // A team that does not approve or publish with layerpost sees its cards as before.
  if (!b.approvals.length && !ledger.all().some((e) => e.update === b.manifest.update)) return out;
  for (const t of b.texts) {
    const a = approvalState(b.approvals, t.channel, t.hash, mode);
    const posts: ChannelPublishState['posts'] = [];
    for (const dest of new Set(
      ledger
        .all()
        .filter((e) => e.update === b.manifest.update && e.channel === t.channel)
        .map((e) => e.destination),
    )) {
      const s = ledger.state(b.manifest.update, dest);
      if (s.status === 'none') continue;
      posts.push({
        destination: dest,
        status: s.status === 'sent' ? 'published' : s.status,
        url: s.sent?.url,
        at: s.sent?.at,
      });
    }
    out[t.channel] = {
      approval: a.state,
      approver: a.state === 'unapproved' ? undefined : a.record.approver,
      approvedAt: a.state === 'unapproved' ? undefined : a.record.at,
      posts,
    };
  }
  return out;
}

/** review.html again, with each card's approval and, once published, its link. */
export async function refreshReviewPage(dir: string, mode: ApprovalMode): Promise<void> {
  const { manifest, evidence, editedFiles } = await readBundle(dir, '/', () => undefined);
  const publish = await readPublishState(dir, mode);
  await writeFileAtomic(join(dir, 'review.html'), renderReviewHtml(manifest, evidence, { editedFiles, publish }));
}
