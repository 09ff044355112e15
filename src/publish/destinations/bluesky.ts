// Bluesky (AT Protocol): an app-password session, then app.bsky.feed.post records with link facets, follow-ups as
// replies (root = the first update, parent = the one before). The record key is chosen here, from the approval, so
// getRecord at that key tells whether an attempt landed.
import { createHash } from 'node:crypto';
import type { BlueskyConfig } from '../../config/publish.js';
import { isOk, notSent, jsonBody, said } from '../http.js';
import type { Destination, Outcome, Post, ReadBack, ShownRequest, Thread } from '../types.js';
import { base, credential, type DestinationKind } from './common.js';

const COLLECTION = 'app.bsky.feed.post';
const B32 = '234567abcdefghijklmnopqrstuvwxyz';

/** A TID record key (13 base32-sortable characters): microseconds since the epoch, then a 10-bit clock id. */
export function tid(micros: bigint, clockId: number): string {
  let v = ((micros & ((1n << 53n) - 1n)) << 10n) | BigInt(clockId & 0x3ff);
  let out = '';
  for (let i = 0; i < 13; i++) {
    out = B32[Number(v & 31n)]! + out;
    v >>= 5n;
  }
  return out;
}

/** The record key of a post: the approval time, and a clock id from the approved text's hash. */
export function recordKey(post: Post): string {
  const ms = Date.parse(post.approvedAt);
  const jitter = parseInt(createHash('sha256').update(`${post.draftId}\n${post.hash}`).digest('hex').slice(0, 6), 16);
  return tid(BigInt(Number.isFinite(ms) ? ms : 0) * 1000n + BigInt(jitter % 1000), jitter >> 10);
}

/** Link facets for every http(s) URL in the text, with UTF-8 byte offsets (end exclusive). */
export function linkFacets(text: string): unknown[] {
  const facets: unknown[] = [];
  for (const m of text.matchAll(/https?:\/\/[^\s<>"]{1,2000}/g)) {
    const uri = m[0].replace(/[.,;:!?)\]]+$/, '');
    const byteStart = Buffer.byteLength(text.slice(0, m.index));
    facets.push({
      index: { byteStart, byteEnd: byteStart + Buffer.byteLength(uri) },
      features: [{ $type: 'app.bsky.richtext.facet#link', uri }],
    });
  }
  return facets;
}

interface Session {
  did: string;
  handle: string;
  accessJwt: string;
}

export const bluesky: DestinationKind<BlueskyConfig> = {
  id: 'bluesky',
  channel: 'bluesky',
  create(cfg, { send, env }): Destination {
    const xrpc = `${base(cfg.url)}/xrpc`;
    let session: Session | undefined;
    const login = async (): Promise<Session | Outcome> => {
      if (session) return session;
      const a = await send({
        method: 'POST',
        url: `${xrpc}/com.atproto.server.createSession`,
        headers: { 'content-type': 'application/json' },
        body: jsonBody({
          identifier: cfg.identifier,
          password: credential(cfg.password, env, 'publish.bluesky.password'),
        }),
      });
      // Nothing is posted by a session call: a failure there is a definite "not sent".
      if (!isOk(a)) {
        const o = notSent(a);
        return o.kind === 'rate-limited' ? o : { kind: 'failed', reason: `Bluesky session: ${said(a)}` };
      }
      const j = (a.json ?? {}) as Partial<Session>;
      if (!j.did || !j.accessJwt)
        return { kind: 'failed', reason: 'Bluesky session: no did or accessJwt in the answer' };
      session = { did: j.did, handle: j.handle ?? cfg.identifier, accessJwt: j.accessJwt };
      return session;
    };
    const record = (post: Post, params: Record<string, string>, prev: Thread | undefined) => {
      const facets = linkFacets(post.text);
      return {
        $type: COLLECTION,
        text: post.text,
        createdAt: params.createdAt,
        langs: [cfg.language],
        ...(facets.length ? { facets } : {}),
        ...(prev
          ? { reply: { root: { uri: prev.rootUri, cid: prev.rootCid }, parent: { uri: prev.uri, cid: prev.cid } } }
          : {}),
      };
    };
    const sentFrom = (s: Session, rkey: string, uri: string, cid: string, prev: Thread | undefined) => ({
      remoteId: uri,
      url: `${base(cfg.appUrl)}/profile/${s.handle}/post/${rkey}`,
      thread: { uri, cid, rootUri: prev?.rootUri ?? uri, rootCid: prev?.rootCid ?? cid },
    });
    return {
      id: 'bluesky',
      channel: 'bluesky',
      checkHint: `look at ${cfg.identifier}'s posts`,
      params: (post) => ({ rkey: recordKey(post), createdAt: new Date().toISOString() }),
      show: (post, params, prev): ShownRequest[] => [
        {
          method: 'POST',
          url: `${xrpc}/com.atproto.server.createSession`,
          headers: { 'content-type': 'application/json' },
          body: { identifier: cfg.identifier, password: credential(cfg.password, env, 'publish.bluesky.password') },
        },
        {
          method: 'POST',
          url: `${xrpc}/com.atproto.repo.createRecord`,
          headers: { authorization: 'Bearer <accessJwt>', 'content-type': 'application/json' },
          body: { repo: '<did>', collection: COLLECTION, rkey: params.rkey, record: record(post, params, prev) },
        },
      ],
      async send(post, params, prev) {
        const s = await login();
        if ('kind' in s) return s;
        const a = await send({
          method: 'POST',
          url: `${xrpc}/com.atproto.repo.createRecord`,
          headers: { authorization: `Bearer ${s.accessJwt}`, 'content-type': 'application/json' },
          body: jsonBody({
            repo: s.did,
            collection: COLLECTION,
            rkey: params.rkey,
            record: record(post, params, prev),
          }),
        });
        if (!isOk(a)) return notSent(a);
        const j = (a.json ?? {}) as { uri?: string; cid?: string };
        return j.uri && j.cid
          ? { kind: 'sent', sent: sentFrom(s, params.rkey!, j.uri, j.cid, prev) }
          : { kind: 'unknown', reason: `${said(a)}: no uri/cid in the answer` };
      },
      async readBack(_post, params, prev): Promise<ReadBack> {
        const s = await login();
        if ('kind' in s) return { kind: 'cannot', reason: 'reason' in s ? s.reason : 'no session' };
        const q = new URLSearchParams({ repo: s.did, collection: COLLECTION, rkey: params.rkey! });
        const a = await send({
          method: 'GET',
          url: `${xrpc}/com.atproto.repo.getRecord?${q}`,
          headers: { authorization: `Bearer ${s.accessJwt}` },
        });
        if (isOk(a)) {
          const j = (a.json ?? {}) as { uri?: string; cid?: string };
          return j.uri && j.cid
            ? { kind: 'found', sent: sentFrom(s, params.rkey!, j.uri, j.cid, prev) }
            : { kind: 'cannot', reason: 'getRecord answered without uri/cid' };
        }
        // A missing record is a 400 RecordNotFound on the reference PDS (404 elsewhere).
        if (a.kind === 'response' && (a.status === 400 || a.status === 404) && /RecordNotFound|not found/i.test(a.text))
          return { kind: 'absent' };
        return { kind: 'cannot', reason: said(a) };
      },
    };
  },
};
