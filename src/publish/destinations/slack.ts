// Slack: chat.postMessage with a bot token (the first update is a thread's root, follow-ups reply in it, marked with
// message metadata that conversations.history/replies read back), or an incoming webhook as the simple mode (no
// thread, no id, no read-back: an unknown outcome there is left to the operator).
import type { SlackConfig } from '../../config/publish.js';
import { isOk, notSent, jsonBody, retryAfterMs, said } from '../http.js';
import type { Destination, Outcome, Post, ReadBack } from '../types.js';
import { base, credential, type DestinationKind } from './common.js';

const EVENT_TYPE = 'layerpost_post';
/**
 * ok:false errors after which the message may exist (Slack: "It's possible some aspect of the operation succeeded").
 */
const MAYBE_POSTED = new Set(['fatal_error', 'internal_error', 'request_timeout', 'service_unavailable']);

interface SlackMessage {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: { draft_id?: string; approval_hash?: string } };
}

export const slack: DestinationKind<SlackConfig> = {
  id: 'slack',
  channel: 'slack',
  create(cfg, deps): Destination {
    return cfg.webhook ? webhook(cfg.webhook, deps) : bot(cfg, deps);
  },
};

function bot(cfg: SlackConfig, { send, env }: Parameters<DestinationKind<SlackConfig>['create']>[1]): Destination {
  const api = base(cfg.url);
  const channel = cfg.channel!;
  const auth = () => ({
    authorization: `Bearer ${credential(cfg.token!, env, 'publish.slack.token')}`,
    'content-type': 'application/json; charset=utf-8',
  });
  const body = (post: Post, prev: Record<string, string> | undefined) => ({
    channel,
    text: post.text,
    unfurl_links: false,
    ...(prev ? { thread_ts: prev.rootTs, ...(cfg.broadcast ? { reply_broadcast: true } : {}) } : {}),
    metadata: { event_type: EVENT_TYPE, event_payload: { draft_id: post.draftId, approval_hash: post.hash } },
  });
  const permalink = async (ts: string): Promise<string | undefined> => {
    const a = await send({
      method: 'GET',
      url: `${api}/chat.getPermalink?channel=${encodeURIComponent(channel)}&message_ts=${encodeURIComponent(ts)}`,
      headers: auth(),
    });
    const j = isOk(a) ? (a.json as { ok?: boolean; permalink?: string }) : undefined;
    return j?.ok && typeof j.permalink === 'string' ? j.permalink : undefined;
  };
  const sent = async (ts: string, prev: Record<string, string> | undefined) => ({
    remoteId: `${channel}/${ts}`,
    url: await permalink(ts),
    thread: { channel, rootTs: prev?.rootTs ?? ts },
  });
  return {
    id: 'slack',
    channel: 'slack',
    checkHint: `look in the Slack channel ${channel}${cfg.token ? ' (reading it back needs the channels:history or groups:history scope)' : ''}`,
    params: (post) => ({ marker: post.draftId }),
    show: (post, _p, prev) => [
      { method: 'POST', url: `${api}/chat.postMessage`, headers: auth(), body: body(post, prev) },
    ],
    async send(post, _params, prev): Promise<Outcome> {
      const a = await send({
        method: 'POST',
        url: `${api}/chat.postMessage`,
        headers: auth(),
        body: jsonBody(body(post, prev)),
      });
      if (!isOk(a)) return notSent(a);
      const j = (a.json ?? {}) as { ok?: boolean; ts?: string; error?: string };
      if (j.ok && j.ts) return { kind: 'sent', sent: await sent(j.ts, prev) };
      const error = j.error ?? 'no ok in the answer';
      if (error === 'ratelimited' || error === 'rate_limited')
        return { kind: 'rate-limited', retryAfterMs: retryAfterMs(a.headers), reason: `Slack: ${error}` };
      if (MAYBE_POSTED.has(error) || j.ok === undefined) return { kind: 'unknown', reason: `Slack: ${error}` };
      return { kind: 'failed', reason: `Slack: ${error}` };
    },
    async readBack(post, _params, prev): Promise<ReadBack> {
      const url = prev
        ? `${api}/conversations.replies?channel=${encodeURIComponent(channel)}&ts=${encodeURIComponent(prev.rootTs ?? '')}&limit=200&include_all_metadata=true`
        : `${api}/conversations.history?channel=${encodeURIComponent(channel)}&limit=200&include_all_metadata=true`;
      const a = await send({ method: 'GET', url, headers: auth() });
      if (!isOk(a)) return { kind: 'cannot', reason: said(a) };
      const j = (a.json ?? {}) as { ok?: boolean; error?: string; messages?: SlackMessage[] };
      if (!j.ok) return { kind: 'cannot', reason: `Slack: ${j.error ?? 'not ok'}` };
      const m = (j.messages ?? []).find(
        (x) =>
          x.metadata?.event_type === EVENT_TYPE &&
          x.metadata.event_payload?.draft_id === post.draftId &&
          x.metadata.event_payload.approval_hash === post.hash,
      );
      return m?.ts ? { kind: 'found', sent: await sent(m.ts, prev) } : { kind: 'absent' };
    },
  };
}

function webhook(ref: string, { send, env }: Parameters<DestinationKind<SlackConfig>['create']>[1]): Destination {
  const url = () => credential(ref, env, 'publish.slack.webhook');
  return {
    id: 'slack',
    channel: 'slack',
    checkHint:
      'look in the channel the webhook posts to (an incoming webhook returns no message id, so layerpost cannot read it back)',
    params: (post) => ({ marker: post.draftId }),
    show: (post) => [
      { method: 'POST', url: url(), headers: { 'content-type': 'application/json' }, body: { text: post.text } },
    ],
    async send(post): Promise<Outcome> {
      const a = await send({
        method: 'POST',
        url: url(),
        headers: { 'content-type': 'application/json' },
        body: jsonBody({ text: post.text }),
      });
      if (isOk(a))
        return a.text.trim() === 'ok'
          ? { kind: 'sent', sent: { remoteId: `webhook:${post.draftId}`, thread: {} } }
          : { kind: 'unknown', reason: said(a) };
      return notSent(a);
    },
    readBack: async () => ({ kind: 'cannot', reason: 'an incoming webhook cannot be read back' }),
  };
}
