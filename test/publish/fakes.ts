// Fake destinations on 127.0.0.1, from the documented request and answer shapes (DESTINATIONS.md), each able to
// misbehave on request: slow, 5xx after accepting, drop the connection after accepting, 429 with Retry-After, and
// each one's own (Mastodon's duplicate-key 500, Bluesky's duplicate-rkey 500, Slack's ok:false bodies).
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Fault =
  /** Commit, then answer only after `ms` (past the client's timeout). */
  | { kind: 'slow'; ms: number }
  /** Commit, then answer 500 (or 502/503). */
  | { kind: 'error-after'; status?: number }
  /** Commit, then drop the connection without an answer. */
  | { kind: 'drop-after' }
  /** Refuse with 429 (Statuspage: 420 too) and Retry-After, committing nothing. */
  | { kind: 'rate-limit'; status?: number; retryAfter?: string }
  /** Slack: answer 200 {ok:false, error}; `commit` first for fatal_error-like errors. */
  | { kind: 'slack-error'; error: string; commit?: boolean }
  /** Answer a 4xx refusal, committing nothing. */
  | { kind: 'refuse'; status: number; body: unknown };

/** Called around a write: the kill tests SIGKILL the publisher here; 'drop' before a write drops it uncommitted. */
export type WriteHook = (route: string, phase: 'before' | 'after') => void | 'drop' | Promise<void | 'drop'>;

export interface Fake {
  url: string;
  /** Every request, as "METHOD /path". */
  hits: string[];
  /** Faults for the next writes to a route ("POST /api/v1/statuses"), in order. */
  inject(route: string, ...faults: Fault[]): void;
  onWrite?: WriteHook;
  close(): Promise<void>;
}

interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  body: string;
  path: string;
  query: URLSearchParams;
  route: string;
}

type Handler = (
  c: Ctx,
) => { status: number; body: unknown; headers?: Record<string, string>; raw?: boolean } | undefined;

/** A write route: commit() changes state and returns the answer; faults and hooks wrap it. */
interface WriteRoute {
  match: RegExp;
  method: string;
  name: string;
  commit: (
    c: Ctx,
    m: RegExpExecArray,
  ) => { status: number; body: unknown; headers?: Record<string, string>; raw?: boolean };
}

async function serve(
  reads: Array<{ method: string; match: RegExp; handle: (c: Ctx, m: RegExpExecArray) => ReturnType<Handler> }>,
  writes: WriteRoute[],
  auth: (c: Ctx) => ReturnType<Handler>,
  port = 0,
): Promise<Fake> {
  const faults = new Map<string, Fault[]>();
  const sockets = new Set<Socket>();
  const hits: string[] = [];
  const fake: Fake = {
    url: '',
    hits,
    inject: (route, ...f) => faults.set(route, [...(faults.get(route) ?? []), ...f]),
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
  const send = (
    res: ServerResponse,
    a: { status: number; body: unknown; headers?: Record<string, string>; raw?: boolean },
  ) => {
    if (res.destroyed) return;
    const text = a.raw ? String(a.body) : JSON.stringify(a.body);
    res
      .writeHead(a.status, { 'content-type': a.raw ? 'text/plain' : 'application/json; charset=utf-8', ...a.headers })
      .end(text);
  };
  const server = createServer(async (req, res) => {
    let body = '';
    req.setEncoding('utf8');
    for await (const chunk of req) body += chunk;
    const u = new URL(req.url ?? '/', 'http://x');
    const route = `${req.method} ${u.pathname}`;
    hits.push(route);
    const c: Ctx = { req, res, body, path: u.pathname, query: u.searchParams, route };
    try {
      const denied = auth(c);
      if (denied) return send(res, denied);
      for (const w of writes) {
        const m = req.method === w.method ? w.match.exec(u.pathname) : null;
        if (!m) continue;
        const fault = faults.get(w.name)?.shift();
        if (fault?.kind === 'rate-limit')
          return send(res, {
            status: fault.status ?? 429,
            body: { error: 'rate limited', message: 'Rate limit exceeded' },
            headers: { 'retry-after': fault.retryAfter ?? '1' },
          });
        if (fault?.kind === 'refuse') return send(res, { status: fault.status, body: fault.body });
        if (fault?.kind === 'slack-error' && !fault.commit)
          return send(res, { status: 200, body: { ok: false, error: fault.error } });
        if ((await fake.onWrite?.(w.name, 'before')) === 'drop' || res.destroyed || req.socket.destroyed)
          return void req.socket.destroy();
        const answer = w.commit(c, m);
        await fake.onWrite?.(w.name, 'after');
        if (!fault) return send(res, answer);
        if (fault.kind === 'slow') return void setTimeout(() => send(res, answer), fault.ms).unref();
        if (fault.kind === 'error-after')
          return send(res, {
            status: fault.status ?? 500,
            body: { error: 'Internal Server Error', message: 'Internal Server Error' },
          });
        if (fault.kind === 'drop-after') return void req.socket.destroy();
        if (fault.kind === 'slack-error') return send(res, { status: 200, body: { ok: false, error: fault.error } });
        return send(res, answer);
      }
      for (const r of reads) {
        const m = req.method === r.method ? r.match.exec(u.pathname) : null;
        if (!m) continue;
        const a = r.handle(c, m);
        if (a) return send(res, a);
      }
      send(res, { status: 404, body: { error: 'Not found', message: `no route ${route}` } });
    } catch (err) {
      send(res, { status: 500, body: { error: String(err) } });
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r, j) => server.once('error', j).listen(port, '127.0.0.1', r));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

const json = (c: Ctx): Record<string, unknown> => {
  try {
    return JSON.parse(c.body) as Record<string, unknown>;
  } catch {
    return {};
  }
};

// ── Statuspage ───────────────────────────────────────────────────────────────

export interface SpUpdate {
  id: string;
  status: string;
  body: string;
  deliver_notifications: boolean;
  affected_components: Array<{ code: string; new_status: string }>;
}
export interface SpIncident {
  id: string;
  name: string;
  status: string;
  impact: string;
  shortlink: string;
  metadata: Record<string, unknown>;
  incident_updates: SpUpdate[];
  components: Record<string, string>;
}

const SP_STATUS = ['investigating', 'identified', 'monitoring', 'resolved'];
const COMPONENT = ['operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance'];

export async function fakeStatuspage(opts: {
  page: string;
  key: string;
  port?: number;
}): Promise<Fake & { incidents: SpIncident[] }> {
  const incidents: SpIncident[] = [];
  let n = 0;
  const prefix = `/v1/pages/${opts.page}`;
  const update = (inc: SpIncident, i: Record<string, unknown>) => {
    const comps = (i.components ?? {}) as Record<string, string>;
    for (const [k, v] of Object.entries(comps)) inc.components[k] = v;
    const u: SpUpdate = {
      id: `u${++n}`,
      status: String(i.status ?? inc.status),
      body: String(i.body ?? ''),
      deliver_notifications: i.deliver_notifications !== false,
      affected_components: Object.entries(comps).map(([code, new_status]) => ({ code, new_status })),
    };
    inc.incident_updates.unshift(u); // newest first, as Statuspage lists them
  };
  const invalid = (i: Record<string, unknown>) =>
    (i.status !== undefined && !SP_STATUS.includes(String(i.status))) ||
    Object.values((i.components ?? {}) as Record<string, string>).some((s) => !COMPONENT.includes(s));
  const fake = await serve(
    [
      {
        method: 'GET',
        match: new RegExp(`^${prefix}/incidents/unresolved$`),
        handle: () => ({ status: 200, body: incidents.filter((i) => i.status !== 'resolved') }),
      },
      {
        method: 'GET',
        match: new RegExp(`^${prefix}/incidents$`),
        handle: (c) => {
          const q = c.query.get('q');
          return {
            status: 200,
            body: incidents
              .filter((i) => !q || i.name.includes(q) || i.incident_updates.some((u) => u.body.includes(q)))
              .slice(0, Number(c.query.get('limit') ?? 100)),
          };
        },
      },
      {
        method: 'GET',
        match: new RegExp(`^${prefix}/incidents/([^/]+)$`),
        handle: (_c, m) => {
          const i = incidents.find((x) => x.id === m[1]);
          return i ? { status: 200, body: i } : { status: 404, body: { message: 'Incident not found' } };
        },
      },
    ],
    [
      {
        name: 'POST /incidents',
        method: 'POST',
        match: new RegExp(`^${prefix}/incidents$`),
        commit: (c) => {
          const i = (json(c).incident ?? {}) as Record<string, unknown>;
          if (!i.name || invalid(i))
            return { status: 422, body: { message: 'Validation failed: status or component status is invalid' } };
          const id = `inc${++n}`;
          const inc: SpIncident = {
            id,
            name: String(i.name),
            status: String(i.status ?? 'investigating'),
            impact: String(i.impact_override ?? 'minor'),
            shortlink: `${fake.url}/s/${id}`,
            metadata: (i.metadata ?? {}) as Record<string, unknown>,
            incident_updates: [],
            components: {},
          };
          update(inc, i);
          incidents.push(inc);
          return { status: 201, body: inc };
        },
      },
      {
        name: 'PATCH /incidents/:id',
        method: 'PATCH',
        match: new RegExp(`^${prefix}/incidents/([^/]+)$`),
        commit: (c, m) => {
          const inc = incidents.find((x) => x.id === m[1]);
          if (!inc) return { status: 404, body: { message: 'Incident not found' } };
          const i = (json(c).incident ?? {}) as Record<string, unknown>;
          if (invalid(i)) return { status: 422, body: { message: 'Validation failed' } };
          if (i.status) inc.status = String(i.status);
          if (i.name) inc.name = String(i.name);
          if (i.metadata) inc.metadata = { ...inc.metadata, ...(i.metadata as object) };
          if (i.body) update(inc, i);
          return { status: 200, body: inc };
        },
      },
    ],
    (c) =>
      c.req.headers.authorization === `OAuth ${opts.key}`
        ? undefined
        : { status: 401, body: { error: 'Could not authenticate' } },
    opts.port,
  );
  return Object.assign(fake, { incidents });
}

// ── Slack ────────────────────────────────────────────────────────────────────

export interface SlackMsg {
  ts: string;
  channel: string;
  text: string;
  thread_ts?: string;
  reply_broadcast?: boolean;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export async function fakeSlack(opts: {
  token: string;
  channel: string;
  historyScope?: boolean;
  port?: number;
}): Promise<Fake & { messages: SlackMsg[]; webhookPosts: string[] }> {
  const messages: SlackMsg[] = [];
  const webhookPosts: string[] = [];
  let clock = 1_700_000_000;
  const ok = (body: Record<string, unknown>) => ({ status: 200, body: { ok: true, ...body } });
  const notOk = (error: string) => ({ status: 200, body: { ok: false, error } });
  const withMeta = (c: Ctx, m: SlackMsg) =>
    c.query.get('include_all_metadata') === 'true' ? m : { ...m, metadata: undefined };
  const fake = await serve(
    [
      {
        method: 'GET',
        match: /^\/api\/conversations\.history$/,
        handle: (c) =>
          opts.historyScope === false
            ? notOk('missing_scope')
            : c.query.get('channel') !== opts.channel
              ? notOk('channel_not_found')
              : ok({
                  messages: messages
                    .filter((m) => !m.thread_ts)
                    .reverse()
                    .map((m) => withMeta(c, m)),
                }),
      },
      {
        method: 'GET',
        match: /^\/api\/conversations\.replies$/,
        handle: (c) => {
          if (opts.historyScope === false) return notOk('missing_scope');
          const ts = c.query.get('ts');
          const thread = messages.filter((m) => m.ts === ts || m.thread_ts === ts);
          return thread.length ? ok({ messages: thread.map((m) => withMeta(c, m)) }) : notOk('thread_not_found');
        },
      },
      {
        method: 'GET',
        match: /^\/api\/chat\.getPermalink$/,
        handle: (c) => {
          const m = messages.find((x) => x.ts === c.query.get('message_ts'));
          return m
            ? ok({ permalink: `${fake.url}/archives/${m.channel}/p${m.ts.replace('.', '')}` })
            : notOk('message_not_found');
        },
      },
    ],
    [
      {
        name: 'POST /api/chat.postMessage',
        method: 'POST',
        match: /^\/api\/chat\.postMessage$/,
        commit: (c) => {
          const b = json(c);
          if (b.channel !== opts.channel) return notOk('channel_not_found');
          if (!b.text) return notOk('no_text');
          if (b.thread_ts && !messages.some((m) => m.ts === b.thread_ts && !m.thread_ts))
            return notOk('thread_not_found');
          const msg: SlackMsg = {
            ts: `${++clock}.000100`,
            channel: String(b.channel),
            text: String(b.text),
            thread_ts: b.thread_ts as string | undefined,
            reply_broadcast: b.reply_broadcast === true,
            metadata: b.metadata as SlackMsg['metadata'],
          };
          messages.push(msg);
          return ok({ channel: msg.channel, ts: msg.ts, message: msg });
        },
      },
      {
        name: 'POST /webhook',
        method: 'POST',
        match: /^\/services\/T0\/B0\/secretpath$/,
        commit: (c) => {
          const b = json(c);
          if (!b.text) return { status: 400, body: 'invalid_payload', raw: true };
          webhookPosts.push(String(b.text));
          return { status: 200, body: 'ok', raw: true };
        },
      },
    ],
    (c) =>
      c.path.startsWith('/services/') || c.req.headers.authorization === `Bearer ${opts.token}`
        ? undefined
        : notOk('invalid_auth'),
    opts.port,
  );
  return Object.assign(fake, { messages, webhookPosts });
}

// ── Mastodon ─────────────────────────────────────────────────────────────────

export interface Toot {
  id: string;
  url: string;
  content: string;
  text: string;
  in_reply_to_id: string | null;
  visibility: string;
  language: string;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
/** Mastodon's rendering: paragraphs, <br>, links shortened with invisible spans. */
function mastodonHtml(text: string): string {
  const para = (p: string) =>
    escapeHtml(p)
      .replace(
        /https?:\/\/[^\s<]+/g,
        (u) =>
          `<a href="${u}" rel="nofollow noopener" target="_blank"><span class="invisible">${u.slice(0, u.indexOf('//') + 2)}</span><span class="ellipsis">${u.slice(u.indexOf('//') + 2, u.indexOf('//') + 25)}</span><span class="invisible">${u.slice(u.indexOf('//') + 25)}</span></a>`,
      )
      .replace(/\n/g, '<br />');
  return text
    .split(/\n\n+/)
    .map((p) => `<p>${para(p)}</p>`)
    .join('');
}

export async function fakeMastodon(opts: {
  token: string;
  duplicateKey500?: boolean;
  port?: number;
}): Promise<Fake & { statuses: Toot[] }> {
  const statuses: Toot[] = [];
  const keys = new Map<string, Toot>();
  let n = 100;
  const fake = await serve(
    [
      {
        method: 'GET',
        match: /^\/api\/v1\/accounts\/verify_credentials$/,
        handle: () => ({ status: 200, body: { id: '1', acct: 'status', username: 'status' } }),
      },
      {
        method: 'GET',
        match: /^\/api\/v1\/accounts\/1\/statuses$/,
        handle: (c) => ({
          status: 200,
          body: [...statuses]
            .reverse()
            .slice(0, Number(c.query.get('limit') ?? 20))
            .map(({ text: _t, ...s }) => s),
        }),
      },
      {
        method: 'GET',
        match: /^\/api\/v1\/statuses\/(\d+)$/,
        handle: (_c, m) => {
          const s = statuses.find((x) => x.id === m[1]);
          return s ? { status: 200, body: s } : { status: 404, body: { error: 'Record not found' } };
        },
      },
    ],
    [
      {
        name: 'POST /api/v1/statuses',
        method: 'POST',
        match: /^\/api\/v1\/statuses$/,
        commit: (c) => {
          const f = c.req.headers['content-type']?.includes('json')
            ? (json(c) as Record<string, string>)
            : Object.fromEntries(new URLSearchParams(c.body));
          const key = c.req.headers['idempotency-key'] as string | undefined;
          const seen = key ? keys.get(key) : undefined;
          // mastodon/mastodon#40399: a repeat with the same key answered 500 instead of the original status.
          if (seen)
            return opts.duplicateKey500
              ? { status: 500, body: { error: "We're sorry, but something went wrong on our end." } }
              : { status: 200, body: seen };
          if (!f.status?.trim()) return { status: 422, body: { error: "Validation failed: Text can't be blank" } };
          if ([...f.status].length > 500)
            return { status: 422, body: { error: 'Validation failed: Text character limit of 500 exceeded' } };
          if (f.in_reply_to_id && !statuses.some((s) => s.id === f.in_reply_to_id))
            return { status: 404, body: { error: 'Record not found' } };
          const id = String(++n);
          const t: Toot = {
            id,
            url: `${fake.url}/@status/${id}`,
            content: mastodonHtml(f.status),
            text: f.status,
            in_reply_to_id: f.in_reply_to_id || null,
            visibility: f.visibility ?? 'public',
            language: f.language ?? 'en',
          };
          statuses.push(t);
          if (key) keys.set(key, t);
          return { status: 200, body: t };
        },
      },
    ],
    (c) =>
      c.req.headers.authorization === `Bearer ${opts.token}`
        ? undefined
        : { status: 401, body: { error: 'The access token is invalid' } },
    opts.port,
  );
  return Object.assign(fake, { statuses });
}

// ── Bluesky ──────────────────────────────────────────────────────────────────

export interface SkeetRecord {
  uri: string;
  cid: string;
  rkey: string;
  value: {
    text: string;
    createdAt: string;
    facets?: Array<{ index: { byteStart: number; byteEnd: number }; features: Array<{ uri: string }> }>;
    reply?: { root: { uri: string; cid: string }; parent: { uri: string; cid: string } };
  };
}

export async function fakeBluesky(opts: {
  identifier: string;
  password: string;
  port?: number;
}): Promise<Fake & { records: SkeetRecord[]; sessions: () => number }> {
  const did = 'did:plc:fake0status';
  const jwt = 'fake-access-jwt-0123456789';
  const records: SkeetRecord[] = [];
  const state = { sessions: 0 };
  const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
  const xerr = (status: number, error: string, message: string) => ({ status, body: { error, message } });
  const fake = await serve(
    [
      {
        method: 'POST',
        match: /^\/xrpc\/com\.atproto\.server\.createSession$/,
        handle: (c) => {
          const b = json(c);
          if (b.identifier !== opts.identifier || b.password !== opts.password)
            return xerr(401, 'AuthenticationRequired', 'Invalid identifier or password');
          state.sessions++;
          return { status: 200, body: { did, handle: opts.identifier, accessJwt: jwt, refreshJwt: 'fake-refresh' } };
        },
      },
      {
        method: 'GET',
        match: /^\/xrpc\/com\.atproto\.repo\.getRecord$/,
        handle: (c) => {
          const r = records.find((x) => x.rkey === c.query.get('rkey') && c.query.get('repo') === did);
          return r
            ? { status: 200, body: { uri: r.uri, cid: r.cid, value: r.value } }
            : xerr(
                400,
                'RecordNotFound',
                `Could not locate record: at://${did}/app.bsky.feed.post/${c.query.get('rkey')}`,
              );
        },
      },
    ],
    [
      {
        name: 'POST createRecord',
        method: 'POST',
        match: /^\/xrpc\/com\.atproto\.repo\.createRecord$/,
        commit: (c) => {
          if (c.req.headers.authorization !== `Bearer ${jwt}`)
            return xerr(400, 'InvalidToken', 'Token could not be verified');
          const b = json(c) as { repo?: string; collection?: string; rkey?: string; record?: SkeetRecord['value'] };
          const rec = b.record;
          if (b.repo !== did || b.collection !== 'app.bsky.feed.post' || !rec?.text || !rec.createdAt)
            return xerr(400, 'InvalidRequest', 'Input/record must have the property "text"');
          const graphemes = [...segmenter.segment(rec.text)].length;
          if (graphemes > 300)
            return xerr(
              400,
              'InvalidRequest',
              `Invalid app.bsky.feed.post record: grapheme too big (maximum 300, got ${graphemes}) at $.record.text`,
            );
          const bytes = Buffer.from(rec.text);
          for (const f of rec.facets ?? [])
            if (
              f.index.byteEnd > bytes.length ||
              bytes.subarray(f.index.byteStart, f.index.byteEnd).toString() !== f.features[0]?.uri
            )
              return xerr(400, 'InvalidRequest', 'facet byte range does not match its uri');
          const rkey = b.rkey ?? `${Date.now()}`;
          if (!/^[234567a-z]{13}$/.test(rkey)) return xerr(400, 'InvalidRequest', 'Invalid record key');
          // The reference PDS answers a second createRecord at an existing rkey with a bare 500 (atproto#3718).
          if (records.some((r) => r.rkey === rkey)) return xerr(500, 'InternalServerError', 'Internal Server Error');
          const uri = `at://${did}/app.bsky.feed.post/${rkey}`;
          const cid = 'bafy' + createHash('sha256').update(JSON.stringify(rec)).digest('hex').slice(0, 40);
          records.push({ uri, cid, rkey, value: rec });
          return { status: 200, body: { uri, cid, validationStatus: 'valid' } };
        },
      },
    ],
    () => undefined,
    opts.port,
  );
  return Object.assign(fake, { records, sessions: () => state.sessions });
}
