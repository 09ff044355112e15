// RSS/Atom status feeds (AWS per-service RSS, Azure status RSS, Statuspage history.atom) → ProviderStatus, the generic
// fallback.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CLOSED_INCIDENT_STATUSES } from '../../../model/incident-status.js';
import type { CatalogueEntry } from '../../../model/providers.js';
import { linkIncident } from '../link.js';
import {
  DESCRIPTIONS,
  guard,
  indicatorFromImpact,
  isoDate,
  newestFirst,
  plainText,
  statusFor,
  unknownStatus,
  worstIndicator,
  type ComponentStatus,
  type ProviderIncident,
  type ProviderStatus,
} from './common.js';

/**
 * An item with no resolution marker counts as open only while it is this recent (Azure lists only active issues; others
 * age out).
 */
export const FEED_OPEN_DAYS = 7;

interface FeedItem {
  title: string;
  link?: string;
  id?: string;
  date?: string;
  html: string;
}

type State =
  | { open: false }
  | { open: true; status: string; impact: string; componentStatus?: ComponentStatus; latest?: string; name: string };

// AWS Service Health Dashboard RSS: "Service is operating normally: [RESOLVED] Increased Error Rates".
const AWS_PREFIX =
  /^\s*(service is operating normally|informational message|performance issues|service disruption|service impact)\s*:\s*/i;
const AWS_LEVEL: Record<string, { impact: string; componentStatus: ComponentStatus }> = {
  'informational message': { impact: 'minor', componentStatus: 'degraded_performance' },
  'performance issues': { impact: 'minor', componentStatus: 'degraded_performance' },
  'service impact': { impact: 'major', componentStatus: 'partial_outage' },
  'service disruption': { impact: 'major', componentStatus: 'major_outage' },
};
// Statuspage history entries: the newest update comes first, as "<strong>Resolved</strong> - text".
const STATUSPAGE_STATUS = /<strong>\s*([A-Za-z ]+?)\s*<\/strong>\s*(?:-|&#8211;|–)?\s*([\s\S]*?)(?:<\/p>|<br|$)/i;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

export function adaptFeed(payload: unknown, entry: CatalogueEntry, observedAt: string): ProviderStatus {
  return guard(entry, observedAt, () => {
    if (typeof payload !== 'string')
      return unknownStatus(entry, observedAt, 'wrong shape: expected an RSS or Atom document as text');
    const text = payload.replace(/^\uFEFF/, '').trim();
    if (!text.startsWith('<'))
      return unknownStatus(entry, observedAt, 'wrong shape: expected an RSS or Atom feed, got text that is not XML');
    const valid = XMLValidator.validate(text);
    if (valid !== true)
      return unknownStatus(
        entry,
        observedAt,
        `wrong shape: not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`,
      );
    const doc = parser.parse(text) as Record<string, unknown>;
    const items = readItems(doc);
    if (!items) {
      const root = Object.keys(doc).find((k) => !k.startsWith('?')) ?? 'nothing';
      return unknownStatus(entry, observedAt, `wrong shape: expected an RSS or Atom feed, got <${root}>`);
    }
    const region = entry.status?.region?.toLowerCase();
    const products = (entry.status?.products ?? []).map((p) => p.toLowerCase());
    const wanted = items.filter((i) => {
      const hay = `${i.title}\n${i.id ?? ''}\n${i.link ?? ''}\n${i.html}`.toLowerCase();
      return (!region || hay.includes(region)) && (products.length === 0 || products.some((p) => hay.includes(p)));
    });
    const incidents = openIncidents(
      newestFirst(wanted, (i) => i.date),
      entry,
      observedAt,
    );
    const indicator = worstIndicator('none', ...incidents.map((i) => indicatorFromImpact(i.impact)));
    return statusFor(entry, observedAt, {
      indicator,
      description: incidents.length
        ? `${incidents.length} open item${incidents.length > 1 ? 's' : ''} in the status feed`
        : DESCRIPTIONS.none,
      components: [],
      incidents,
    });
  });
}

/** The items of an RSS 2.0, RSS 1.0 (RDF) or Atom document; undefined when it is none of them. */
function readItems(doc: Record<string, unknown>): FeedItem[] | undefined {
  const rss = obj(doc['rss']);
  const channel = obj(rss?.['channel']) ?? obj(obj(doc['rdf:RDF'])?.['channel']);
  const rdfItems = obj(doc['rdf:RDF'])?.['item'];
  if (channel) {
    const raw = arr(channel['item'] ?? rdfItems);
    return raw
      .map(obj)
      .filter((x): x is Record<string, unknown> => !!x)
      .map((i) => ({
        title: str(i['title']) ?? '',
        link: arr(i['link']).map(str).find(Boolean),
        id: str(i['guid']),
        date: isoDate(str(i['pubDate']) ?? str(i['dc:date'])),
        html: str(i['description']) ?? str(i['content:encoded']) ?? '',
      }));
  }
  const feed = obj(doc['feed']);
  if (feed) {
    return arr(feed['entry'])
      .map(obj)
      .filter((x): x is Record<string, unknown> => !!x)
      .map((e) => {
        const links = arr(e['link'])
          .map(obj)
          .filter((x): x is Record<string, unknown> => !!x);
        const alt = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? links[0];
        return {
          title: str(e['title']) ?? '',
          link: str(alt?.['@_href']),
          id: str(e['id']),
          date: isoDate(str(e['updated']) ?? str(e['published'])),
          html: str(e['content']) ?? str(e['summary']) ?? '',
        };
      });
  }
  return undefined;
}

/**
 * Open items, newest first. AWS feeds are one service's timeline: everything newer than its latest
 * "operating normally" item is open. Statuspage entries carry their own latest status. Anything else is
 * open while it is recent.
 */
function openIncidents(items: FeedItem[], entry: CatalogueEntry, observedAt: string): ProviderIncident[] {
  const now = Date.parse(observedAt);
  const recent = (i: FeedItem) =>
    !i.date || !Number.isFinite(now) || now - Date.parse(i.date) <= FEED_OPEN_DAYS * 86_400_000;
  const out: ProviderIncident[] = [];
  const isAws = items.some((i) => AWS_PREFIX.test(i.title));
  // Feeds that post one item per update (Checkly, incident.io) repeat the incident's id: the newest item speaks for it.
  const seen = new Set<string>();
  for (const item of items) {
    if (!isAws && item.id) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
    }
    const state = stateOf(item);
    if (isAws && !state.open) break;
    if (!state.open || !recent(item)) continue;
    const inc: ProviderIncident = { name: state.name, status: state.status, impact: state.impact };
    if (item.id) inc.id = item.id;
    if (item.date) inc.updatedAt = item.date;
    if (state.latest) inc.latestUpdate = state.latest;
    if (item.link) inc.url = item.link;
    if (state.componentStatus) inc.componentStatus = state.componentStatus;
    out.push({ ...inc, ...linkIncident(entry, { name: state.name, updates: state.latest ? [state.latest] : [] }) });
  }
  return out;
}

function stateOf(item: FeedItem): State {
  const title = plainText(item.title);
  const aws = AWS_PREFIX.exec(title);
  if (aws) {
    const prefix = aws[1]!.toLowerCase();
    const name =
      title
        .slice(aws[0].length)
        .replace(/^\[resolved\]\s*/i, '')
        .trim() || title;
    if (prefix === 'service is operating normally' || /^\s*\[resolved\]/i.test(title.slice(aws[0].length)))
      return { open: false };
    const level = AWS_LEVEL[prefix] ?? { impact: 'minor', componentStatus: 'degraded_performance' as const };
    return { open: true, status: 'open', name, latest: plainText(item.html) || undefined, ...level };
  }
  const sp = STATUSPAGE_STATUS.exec(item.html);
  if (sp) {
    const status = sp[1]!.trim().toLowerCase();
    if (CLOSED_INCIDENT_STATUSES.has(status)) return { open: false };
    return { open: true, status, impact: 'unknown', name: title, latest: plainText(sp[2] ?? '') || undefined };
  }
  // Checkly and similar: the body opens with "Status: Resolved<br/>".
  const body = plainText(item.html);
  const head = item.html.replace(/^\s*(<[^>]+>\s*)*/, '');
  const labelled = /^status:\s*([^<\n]{1,40}?)\s*(?:<br\s*\/?>|<\/p>|\n|$)/i.exec(head);
  const said = labelled?.[1]?.trim().toLowerCase();
  if (said && CLOSED_INCIDENT_STATUSES.has(said)) return { open: false };
  if (/^\s*\[(resolved|completed)\]|\bresolved\s*:/i.test(title)) return { open: false };
  if (said)
    return {
      open: true,
      status: said,
      impact: 'unknown',
      name: title || 'Status feed item',
      latest: plainText(head.slice(labelled![0].length)).slice(0, 600) || undefined,
    };
  return {
    open: true,
    status: 'open',
    impact: 'unknown',
    name: title || 'Status feed item',
    latest: body.slice(0, 600) || undefined,
  };
}

function obj(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}
function arr(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}
function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  const o = obj(v);
  if (o && typeof o['#text'] === 'string') return o['#text'];
  if (o && typeof o['@_href'] === 'string') return o['@_href'];
  return undefined;
}
