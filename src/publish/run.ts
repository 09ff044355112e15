// The publisher: for each (update, destination) decide whether it may go (approval, predecessor), and send it exactly
// once through the ledger: intent before the request, outcome after; an unknown outcome is read back before a retry.
import { approvalState, describeApproval, type ApprovalMode } from './approval.js';
import type { ChannelText, PublishBundle } from './bundle.js';
import type { Ledger } from './ledger.js';
import { newAttempt } from './ledger.js';
import type { Destination, Params, Post, Sent, ShownRequest, Thread } from './types.js';

export type ResultStatus = 'published' | 'already-published' | 'refused' | 'failed' | 'unknown';

export interface PublishResult {
  update: number;
  channel: string;
  destination: string;
  status: ResultStatus;
  url?: string;
  remoteId?: string;
  reason?: string;
}

/** One post to make: a bundle's channel text for one destination; `refusal` when it may not go. */
export interface PlanItem {
  bundle: PublishBundle;
  destination: Destination;
  text: ChannelText;
  post: Post;
  approver?: string;
  refusal?: string;
  /** Already out (ledger): nothing to send. */
  done?: Sent;
}

/** The update whose post this one continues, or undefined for an incident's first update. */
export function predecessorOf(b: PublishBundle): number | undefined {
  return b.manifest.update > 1 ? (b.manifest.previous?.update ?? b.manifest.update - 1) : undefined;
}

export function toPost(b: PublishBundle, t: ChannelText, approvedAt: string): Post {
  const m = b.manifest;
  return {
    incident: m.incident,
    update: m.update,
    phase: m.phase,
    layer: m.layer,
    impactLevel: m.answers.impactLevel,
    channel: t.channel,
    title: t.title,
    text: t.text,
    hash: t.hash,
    draftId: `${m.incident}/${m.update}/${t.channel}`,
    approvedAt,
  };
}

/**
 * What a run would do, in order (bundles by update, destinations in their order). A post is refused when its
 * channel has no draft, it is not approved (or stale), or its predecessor is neither published nor planned here.
 */
export function plan(
  bundles: PublishBundle[],
  destinations: Destination[],
  ledger: Ledger,
  mode: ApprovalMode,
  shown: (dir: string) => string = (d) => d,
): PlanItem[] {
  const items: PlanItem[] = [];
  const going = new Set<string>();
  for (const b of [...bundles].sort((x, y) => x.manifest.update - y.manifest.update)) {
    for (const d of destinations) {
      const text = b.texts.find((t) => t.channel === d.channel);
      const state = ledger.state(b.manifest.update, d.id);
      if (!text) {
        items.push({
          bundle: b,
          destination: d,
          text: { channel: d.channel, file: '', text: '', hash: '' },
          post: toPost(b, { channel: d.channel, file: '', text: '', hash: '' }, ''),
          refusal: `this update has no ${d.channel} draft`,
        });
        continue;
      }
      const approval = approvalState(b.approvals, d.channel, text.hash, mode);
      const post = toPost(b, text, approval.state === 'unapproved' ? '' : approval.record.at);
      if (state.status === 'sent') {
        items.push({ bundle: b, destination: d, text, post, done: state.sent });
        going.add(`${b.manifest.update}/${d.id}`);
        continue;
      }
      let refusal = approval.state === 'approved' ? undefined : describeApproval(approval, d.channel, shown(b.dir));
      const prev = predecessorOf(b);
      if (!refusal && prev !== undefined && ledger.state(prev, d.id).status !== 'sent' && !going.has(`${prev}/${d.id}`))
        refusal = `update ${prev} is not published to ${d.id} yet; a follow-up goes out after its predecessor (publish update ${prev} first)`;
      items.push({
        bundle: b,
        destination: d,
        text,
        post,
        approver: approval.state === 'approved' ? approval.record.approver : undefined,
        refusal,
      });
      if (!refusal) going.add(`${b.manifest.update}/${d.id}`);
    }
  }
  return items;
}

/** A thread of the predecessor for --dry-run when it is not out yet: every field says where it will come from. */
export function pendingThread(update: number): Thread {
  return new Proxy({} as Thread, {
    get: (_t, k) => (typeof k === 'string' ? `<${k} of update ${update}>` : undefined),
  });
}

export function showItem(item: PlanItem, ledger: Ledger): ShownRequest[] {
  const prev = predecessorOf(item.bundle);
  const thread =
    prev === undefined ? undefined : (ledger.state(prev, item.destination.id).sent?.thread ?? pendingThread(prev));
  return item.destination.show(item.post, item.destination.params(item.post), thread);
}

export interface ExecuteOptions {
  ledger: Ledger;
  by: string;
  /** How long rate limits are waited out, in total per post. */
  rateLimitWaitMs: number;
  /** The operator checked an unknown post that cannot be read back and says it did not arrive: send again. */
  retryUnknown?: boolean;
  sleep: (ms: number) => Promise<void>;
  signal?: AbortSignal;
  progress?: (line: string) => void;
  /** Pause before reading back after an unknown outcome, so a slow write lands first. */
  readBackDelayMs?: number;
}

const MAX_SENDS = 3;
/** A server answering 429 with Retry-After: 0 forever is not waited out forever. */
const MAX_RATE_WAITS = 20;

/** Publish one planned item through the ledger. */
export async function execute(item: PlanItem, o: ExecuteOptions): Promise<PublishResult> {
  const { destination: d, post } = item;
  const base = { update: post.update, channel: d.channel, destination: d.id };
  const state = o.ledger.state(post.update, d.id);
  if (state.status === 'sent' && state.sent)
    return {
      ...base,
      status: 'already-published',
      url: state.sent.url,
      remoteId: state.sent.remoteId,
      reason: state.sent.hash !== post.hash ? 'published earlier with a text that has changed since' : undefined,
    };
  const prevUpdate = predecessorOf(item.bundle);
  let prev: Thread | undefined;
  if (prevUpdate !== undefined) {
    const p = o.ledger.state(prevUpdate, d.id);
    if (p.status !== 'sent' || !p.sent)
      return {
        ...base,
        status: 'refused',
        reason: `update ${prevUpdate} is not published to ${d.id}; a follow-up goes out after its predecessor`,
      };
    prev = p.sent.thread;
  }
  const entry = (
    event: 'intent' | 'sent' | 'failed' | 'unknown',
    attempt: string,
    extra: Record<string, unknown> = {},
  ) =>
    o.ledger.append({
      event,
      update: post.update,
      phase: post.phase,
      channel: d.channel,
      destination: d.id,
      draftId: post.draftId,
      hash: post.hash,
      attempt,
      by: o.by,
      ...extra,
    });
  const published = async (attempt: string, sent: Sent, via: 'response' | 'read-back') => {
    await entry('sent', attempt, { remoteId: sent.remoteId, url: sent.url, thread: sent.thread, via });
    return { ...base, status: 'published' as const, url: sent.url, remoteId: sent.remoteId };
  };

  let params: Params = d.params(post);
  // An attempt whose outcome is not known (killed in flight, timeout, 5xx): find out before sending anything.
  if ((state.status === 'in-flight' || state.status === 'unknown') && state.intent) {
    const intent = state.intent;
    if (intent.hash !== post.hash)
      return {
        ...base,
        status: 'unknown',
        reason: `an earlier attempt with a text approved before has an unknown outcome; ${d.checkHint}, then run again with --retry-unknown if it is not there`,
      };
    params = intent.params ?? params;
    o.progress?.(`update ${post.update} → ${d.id}: an earlier attempt's outcome is unknown; reading it back`);
    const rb = await d.readBack(post, params, prev);
    if (rb.kind === 'found') return published(intent.attempt, rb.sent, 'read-back');
    if (rb.kind === 'cannot' && !o.retryUnknown) {
      await entry('unknown', intent.attempt, { reason: `read-back impossible: ${rb.reason}` });
      return {
        ...base,
        status: 'unknown',
        reason: `an earlier attempt may have been posted and cannot be read back (${rb.reason}); ${d.checkHint}, then run again with --retry-unknown if it is not there`,
      };
    }
  }

  let waited = 0;
  let waits = 0;
  for (let sends = 0; sends < MAX_SENDS; sends++) {
    if (o.signal?.aborted) return { ...base, status: 'failed', reason: 'interrupted before sending' };
    const attempt = newAttempt();
    await entry('intent', attempt, { params, approvedBy: item.approver });
    const outcome = await d.send(post, params, prev);
    if (outcome.kind === 'sent') return published(attempt, outcome.sent, 'response');
    if (outcome.kind === 'failed') {
      await entry('failed', attempt, { reason: outcome.reason });
      return { ...base, status: 'failed', reason: outcome.reason };
    }
    if (outcome.kind === 'rate-limited') {
      await entry('failed', attempt, { reason: `rate limited: ${outcome.reason}` });
      if (waited + outcome.retryAfterMs > o.rateLimitWaitMs || ++waits > MAX_RATE_WAITS)
        return {
          ...base,
          status: 'failed',
          reason: `rate limited (${outcome.reason}); the destination asks to wait ${Math.ceil(outcome.retryAfterMs / 1000)} s, more than the ${Math.round(o.rateLimitWaitMs / 1000)} s allowed; run again later`,
        };
      o.progress?.(
        `update ${post.update} → ${d.id}: rate limited; waiting ${Math.ceil(outcome.retryAfterMs / 1000)} s`,
      );
      waited += outcome.retryAfterMs;
      await o.sleep(outcome.retryAfterMs);
      sends--; // a refused request is not an attempt that may have posted
      continue;
    }
    await entry('unknown', attempt, { reason: outcome.reason });
    o.progress?.(`update ${post.update} → ${d.id}: outcome unknown (${outcome.reason}); reading back`);
    if (o.readBackDelayMs) await o.sleep(o.readBackDelayMs);
    const rb = await d.readBack(post, params, prev);
    if (rb.kind === 'found') return published(attempt, rb.sent, 'read-back');
    if (rb.kind === 'cannot')
      return {
        ...base,
        status: 'unknown',
        reason: `${outcome.reason}; it cannot be read back (${rb.reason}); ${d.checkHint}, then run again with --retry-unknown if it is not there`,
      };
  }
  return {
    ...base,
    status: 'unknown',
    reason: `no answer after ${MAX_SENDS} attempts, each read back and not found; run again later`,
  };
}
