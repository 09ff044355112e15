// Mastodon: POST /api/v1/statuses with an Idempotency-Key derived from the draft and its approved text; follow-ups
// reply to the previous update's status. A read-back looks through the account's own recent statuses for the text.
import { createHash } from 'node:crypto';
import type { MastodonConfig } from '../../config/publish.js';
import { isOk, notSent, said } from '../http.js';
import type { Destination, Post, ReadBack, Thread } from '../types.js';
import { base, credential, type DestinationKind } from './common.js';

interface Status {
  id?: string;
  url?: string;
  uri?: string;
  content?: string;
  in_reply_to_id?: string | null;
}

/** A status's HTML content as the plain text it was posted from, whitespace collapsed. */
export function plainContent(html: string): string {
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
  return collapse(text);
}
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

export const mastodon: DestinationKind<MastodonConfig> = {
  id: 'mastodon',
  channel: 'mastodon',
  create(cfg, { send, env }): Destination {
    const root = base(cfg.url);
    const auth = () => ({ authorization: `Bearer ${credential(cfg.token, env, 'publish.mastodon.token')}` });
    const form = (post: Post, prev: Thread | undefined) => ({
      status: post.text,
      visibility: cfg.visibility,
      language: cfg.language,
      ...(prev ? { in_reply_to_id: prev.id ?? '' } : {}),
    });
    const sentFrom = (s: Status, prev: Thread | undefined) => ({
      remoteId: s.id!,
      url: s.url ?? s.uri,
      thread: { id: s.id!, rootId: prev?.rootId ?? s.id! },
    });
    return {
      id: 'mastodon',
      channel: 'mastodon',
      checkHint: `look at the account's statuses on ${root}`,
      params: (post) => ({
        idempotencyKey: `layerpost-${createHash('sha256').update(`${post.draftId}\n${post.hash}`).digest('hex').slice(0, 40)}`,
      }),
      show: (post, params, prev) => [
        {
          method: 'POST',
          url: `${root}/api/v1/statuses`,
          headers: {
            ...auth(),
            'idempotency-key': params.idempotencyKey!,
            'content-type': 'application/x-www-form-urlencoded',
          },
          body: form(post, prev),
        },
      ],
      async send(post, params, prev) {
        const a = await send({
          method: 'POST',
          url: `${root}/api/v1/statuses`,
          headers: {
            ...auth(),
            'idempotency-key': params.idempotencyKey!,
            'content-type': 'application/x-www-form-urlencoded',
          },
          body: new URLSearchParams(form(post, prev)).toString(),
        });
        if (!isOk(a)) return notSent(a);
        const s = (a.json ?? {}) as Status;
        return s.id
          ? { kind: 'sent', sent: sentFrom(s, prev) }
          : { kind: 'unknown', reason: `${said(a)}: no status id in the answer` };
      },
      async readBack(post, _params, prev): Promise<ReadBack> {
        const me = await send({ method: 'GET', url: `${root}/api/v1/accounts/verify_credentials`, headers: auth() });
        const id = isOk(me) ? (me.json as { id?: string } | undefined)?.id : undefined;
        if (!id) return { kind: 'cannot', reason: said(me) };
        const a = await send({
          method: 'GET',
          url: `${root}/api/v1/accounts/${encodeURIComponent(id)}/statuses?limit=40&exclude_reblogs=true`,
          headers: auth(),
        });
        if (!isOk(a) || !Array.isArray(a.json)) return { kind: 'cannot', reason: said(a) };
        const want = collapse(post.text);
        const s = (a.json as Status[]).find(
          (x) =>
            x.id && plainContent(x.content ?? '') === want && (prev ? x.in_reply_to_id === prev.id : !x.in_reply_to_id),
        );
        return s ? { kind: 'found', sent: sentFrom(s, prev) } : { kind: 'absent' };
      },
    };
  },
};
