// Google Cloud `incidents.json` (Vertex AI / Gemini products, matched by product id) → ProviderStatus.
import * as z from 'zod';
import type { CatalogueEntry } from '../../../model/providers.js';
import { linkComponent, linkIncident } from '../link.js';
import {
  DESCRIPTIONS,
  guard,
  indicatorFromImpact,
  isoDate,
  plainText,
  statusFor,
  worstComponentStatus,
  worstIndicator,
  wrongShape,
  type ComponentStatus,
  type ProviderComponent,
  type ProviderIncident,
  type ProviderStatus,
} from './common.js';
import { lenientArray, listOf, optText } from './lenient.js';

const Product = z.object({ id: optText, title: optText, current_title: optText });
const Location = z.object({ id: optText, title: optText });
const locations = listOf(Location);
const Update = z.object({
  status: optText,
  text: optText,
  when: optText,
  created: optText,
  modified: optText,
  affected_locations: locations,
});

const GcpIncident = z.object({
  id: optText,
  uri: optText,
  number: optText,
  external_desc: optText,
  service_name: optText,
  begin: optText,
  end: optText,
  created: optText,
  modified: optText,
  severity: optText,
  status_impact: optText,
  affected_products: listOf(Product),
  currently_affected_locations: locations,
  previously_affected_locations: locations,
  most_recent_update: Update.optional().catch(undefined),
  updates: listOf(Update),
});
type GcpIncident = z.infer<typeof GcpIncident>;

const IncidentsSchema = z.array(z.unknown()).transform((v) => lenientArray(GcpIncident).parse(v));

/** Google's status_impact / update status → component status. */
const IMPACT_STATUS: Record<string, ComponentStatus> = {
  SERVICE_OUTAGE: 'major_outage',
  SERVICE_DISRUPTION: 'partial_outage',
  SERVICE_INFORMATION: 'degraded_performance',
  AVAILABLE: 'operational',
};
const SEVERITY_IMPACT: Record<string, string> = { low: 'minor', medium: 'major', high: 'critical' };

export function adaptGoogleCloud(payload: unknown, entry: CatalogueEntry, observedAt: string): ProviderStatus {
  return guard(entry, observedAt, () => {
    const parsed = IncidentsSchema.safeParse(payload);
    if (!parsed.success) return wrongShape(entry, observedAt, 'a Google Cloud incidents.json array', parsed.error);
    const wanted = (entry.status?.products ?? []).map((p) => p.toLowerCase());
    const region = entry.status?.region?.toLowerCase();
    // Products are matched by id first; a name matches the old or the current title (products get renamed).
    const matches = (p: z.infer<typeof Product>) =>
      wanted.length === 0 ||
      [p.id, p.title, p.current_title].some((x) => x !== undefined && wanted.includes(x.toLowerCase()));
    const relevant = parsed.data.filter((i) => i.affected_products.some(matches));
    const open = relevant.filter((i) => !i.end && inRegion(i, region));

    const base = entry.status?.url ? new URL(entry.status.url).origin : 'https://status.cloud.google.com';
    const incidents = open.map((i) => toIncident(i, entry, base, matches));

    // One component per configured product (named by its current title when any incident carries it).
    const titles = new Map<string, string>();
    for (const i of relevant)
      for (const p of i.affected_products) if (p.id && matches(p)) titles.set(p.id, p.current_title ?? p.title ?? p.id);
    const components: ProviderComponent[] = [];
    const seen = new Set<string>();
    for (const key of entry.status?.products ?? []) {
      const id =
        [...titles.keys()].find(
          (k) => k.toLowerCase() === key.toLowerCase() || titles.get(k)!.toLowerCase() === key.toLowerCase(),
        ) ?? key;
      if (seen.has(id)) continue;
      seen.add(id);
      const hits = open.filter((i) =>
        i.affected_products.some(
          (p) => p.id === id || [p.title, p.current_title].some((t) => t?.toLowerCase() === key.toLowerCase()),
        ),
      );
      const status = worstComponentStatus(hits.map((i) => impactStatus(i))) ?? 'operational';
      components.push({ id, name: titles.get(id) ?? key, status, ...linkComponent(entry, id) });
    }
    const indicator = worstIndicator('none', ...incidents.map((i) => indicatorFromImpact(i.impact)));
    return statusFor(entry, observedAt, {
      indicator,
      description: incidents.length
        ? `${incidents.length} open incident${incidents.length > 1 ? 's' : ''} on Google Cloud`
        : DESCRIPTIONS.none,
      components,
      incidents,
    });
  });
}

function impactStatus(i: GcpIncident): ComponentStatus {
  const s = (i.most_recent_update?.status ?? i.status_impact ?? '').toUpperCase();
  return IMPACT_STATUS[s] ?? IMPACT_STATUS[(i.status_impact ?? '').toUpperCase()] ?? 'degraded_performance';
}

/** An open incident without location data, or one affecting the region or the global endpoint. */
function inRegion(i: GcpIncident, region: string | undefined): boolean {
  if (!region) return true;
  const locs = [...i.currently_affected_locations, ...(i.most_recent_update?.affected_locations ?? [])];
  if (locs.length === 0) return true;
  return locs.some((l) => l.id?.toLowerCase() === region || l.id?.toLowerCase() === 'global');
}

function toIncident(
  i: GcpIncident,
  entry: CatalogueEntry,
  base: string,
  matches: (p: z.infer<typeof Product>) => boolean,
): ProviderIncident {
  const latest = i.most_recent_update ?? i.updates[0];
  const name = plainText(i.external_desc ?? i.service_name ?? 'Google Cloud incident');
  const products = i.affected_products
    .filter(matches)
    .map((p) => p.current_title ?? p.title ?? p.id ?? '')
    .filter(Boolean);
  const out: ProviderIncident = {
    ...(i.id ? { id: i.id } : {}),
    name,
    status: 'open',
    impact: SEVERITY_IMPACT[(i.severity ?? '').toLowerCase()] ?? 'minor',
    componentStatus: impactStatus(i),
  };
  const startedAt = isoDate(i.begin ?? i.created);
  if (startedAt) out.startedAt = startedAt;
  const updatedAt = isoDate(latest?.when ?? latest?.modified ?? i.modified);
  if (updatedAt) out.updatedAt = updatedAt;
  if (latest?.text) out.latestUpdate = plainText(latest.text);
  if (i.uri) out.url = `${base}/${i.uri.replace(/^\/+/, '')}`;
  if (products.length) out.components = products;
  // Every product this source is filtered to is an API product: an incident on it is API evidence unless models are
  // named.
  return { ...out, ...linkIncident(entry, { name, updates: latest?.text ? [latest.text] : [] }) };
}
