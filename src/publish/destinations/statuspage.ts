// Atlassian Statuspage (REST v1): the first update creates the incident, each later one PATCHes it with its status
// and body (a new incident update). No idempotency key: a metadata marker on the incident and the exact body are
// what a read-back looks for.
import { componentStatus } from '../../drafts/render.js';
import type { StatuspageConfig } from '../../config/publish.js';
import { isOk, notSent, jsonBody, said, type Answer } from '../http.js';
import type { Destination, Post, ReadBack, Sent, Thread } from '../types.js';
import { base, credential, type DestinationKind } from './common.js';

interface SpIncident {
  id?: string;
  shortlink?: string;
  status?: string;
  metadata?: { layerpost?: { draft_id?: string } };
  incident_updates?: Array<{ id?: string; status?: string; body?: string }>;
}

export const statuspage: DestinationKind<StatuspageConfig> = {
  id: 'statuspage',
  channel: 'statuspage',
  create(cfg, { send, env }): Destination {
    const root = `${base(cfg.url)}/pages/${encodeURIComponent(cfg.page)}`;
    const auth = () => ({
      authorization: `OAuth ${credential(cfg.apiKey, env, 'publish.statuspage.apiKey')}`,
      'content-type': 'application/json',
    });
    const notify = cfg.deliver_notifications ?? cfg.notify ?? true;
    const components = (post: Post) => {
      const status =
        post.phase === 'resolved'
          ? 'operational'
          : (cfg.componentStatus?.layers?.[post.layer] ??
            (post.impactLevel ? cfg.componentStatus?.impact?.[post.impactLevel] : undefined) ??
            componentStatus(post.impactLevel ?? 'major', post.phase));
      const ids = cfg.components ?? [];
      return ids.length ? { components: Object.fromEntries(ids.map((c) => [c, status])), component_ids: ids } : {};
    };
    const marker = (post: Post) => ({ layerpost: { draft_id: post.draftId, approval_hash: post.hash } });
    const request = (post: Post, prev: Thread | undefined) =>
      prev
        ? {
            method: 'PATCH',
            url: `${root}/incidents/${encodeURIComponent(prev.incidentId ?? '')}`,
            // The title follows the update (the cause named once known). No metadata here: a PATCH would replace the
            // incident's marker; a follow-up is found again by its exact body.
            body: {
              incident: {
                ...(post.title ? { name: post.title } : {}),
                status: post.phase,
                body: post.text,
                ...components(post),
                deliver_notifications: notify,
              },
            },
          }
        : {
            method: 'POST',
            url: `${root}/incidents`,
            body: {
              incident: {
                name: post.title ?? '',
                status: post.phase,
                body: post.text,
                ...(post.impactLevel && post.impactLevel !== 'none' ? { impact_override: post.impactLevel } : {}),
                ...components(post),
                deliver_notifications: notify,
                metadata: marker(post),
              },
            },
          };
    const sentFrom = (inc: SpIncident, post: Post): Sent | undefined => {
      if (!inc.id) return undefined;
      const upd = [...(inc.incident_updates ?? [])].find((u) => u.body === post.text && u.status === post.phase);
      if (!upd?.id) return undefined;
      return { remoteId: `${inc.id}/${upd.id}`, url: inc.shortlink, thread: { incidentId: inc.id } };
    };
    return {
      id: 'statuspage',
      channel: 'statuspage',
      checkHint: 'look at the incident on your Statuspage page',
      params: (post) => ({ marker: post.draftId }),
      show: (post, _p, prev) => {
        const r = request(post, prev);
        return [{ method: r.method, url: r.url, headers: auth(), body: r.body }];
      },
      async send(post, _params, prev) {
        const r = request(post, prev);
        const a = await send({ method: r.method, url: r.url, headers: auth(), body: jsonBody(r.body) });
        if (!isOk(a)) return notSent(a);
        const s = sentFrom((a.json ?? {}) as SpIncident, post);
        return s
          ? { kind: 'sent', sent: s }
          : { kind: 'unknown', reason: `${said(a)}: the answer holds no incident update with this text` };
      },
      async readBack(post, _params, prev): Promise<ReadBack> {
        if (prev) {
          const a = await send({
            method: 'GET',
            url: `${root}/incidents/${encodeURIComponent(prev.incidentId ?? '')}`,
            headers: auth(),
          });
          if (!isOk(a)) return { kind: 'cannot', reason: said(a) };
          const s = sentFrom((a.json ?? {}) as SpIncident, post);
          return s ? { kind: 'found', sent: s } : { kind: 'absent' };
        }
        for (const url of [`${root}/incidents/unresolved`, `${root}/incidents?limit=100`]) {
          const a: Answer = await send({ method: 'GET', url, headers: auth() });
          if (!isOk(a)) return { kind: 'cannot', reason: said(a) };
          const list = Array.isArray(a.json) ? (a.json as SpIncident[]) : [];
          // Every incident with this draft's marker: an earlier one may hold another text of it (approved again since).
          for (const inc of list.filter((i) => i.metadata?.layerpost?.draft_id === post.draftId)) {
            const s = sentFrom(inc, post);
            if (s) return { kind: 'found', sent: s };
          }
        }
        return { kind: 'absent' };
      },
    };
  },
};
