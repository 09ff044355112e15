// Atlassian Statuspage v2 `summary.json` (and incident.io's dialect of it) → ProviderStatus.
import * as z from 'zod';
import { CLOSED_INCIDENT_STATUSES } from '../../../model/incident-status.js';
import type { CatalogueEntry } from '../../../model/providers.js';
import { linkComponent, linkIncident } from '../link.js';
import {
  DESCRIPTIONS,
  guard,
  indicatorFromComponents,
  indicatorFromImpact,
  newestFirst,
  normalizeComponentStatus,
  normalizeIndicator,
  plainText,
  statusFor,
  worstComponentStatus,
  worstIndicator,
  wrongShape,
  type ProviderComponent,
  type ProviderIncident,
  type ProviderStatus,
} from './common.js';
import { lenientArray, listOf, optText } from './lenient.js';

// Every key the dialects leave out is optional (PROVIDERS.md: incident.io omits incidents, shortlink,
// started_at, components, affected_components, scheduled_maintenances, page.time_zone).
const AffectedComponent = z.object({ code: optText, name: optText, old_status: optText, new_status: optText });

const Update = z.object({
  id: optText,
  status: optText,
  body: optText,
  created_at: optText,
  display_at: optText,
  updated_at: optText,
  affected_components: listOf(AffectedComponent),
});

const Component = z.object({
  id: optText,
  name: z.string(),
  status: optText,
  group: z.unknown().optional(),
  group_id: optText,
  components: z.unknown().optional(),
  position: z.unknown().optional(),
});
type Component = z.infer<typeof Component>;

const Incident = z.object({
  id: optText,
  name: z.string(),
  status: optText,
  impact: optText,
  shortlink: optText,
  started_at: optText,
  created_at: optText,
  updated_at: optText,
  monitoring_at: optText,
  resolved_at: optText,
  scheduled_for: optText,
  scheduled_until: optText,
  components: listOf(Component),
  incident_updates: listOf(Update),
});
type Incident = z.infer<typeof Incident>;

export const SummarySchema = z
  .object({
    page: z.object({ id: optText, name: optText, url: optText, updated_at: optText }).optional().catch(undefined),
    status: z.object({ indicator: z.unknown(), description: optText }).optional(),
    components: z
      .unknown()
      .transform((v) => (Array.isArray(v) ? lenientArray(Component).parse(v) : undefined))
      .optional(),
    incidents: listOf(Incident),
    scheduled_maintenances: listOf(Incident),
  })
  .refine((s) => s.status !== undefined || s.components !== undefined, {
    message: 'neither status.indicator nor components',
  });
export type Summary = z.infer<typeof SummarySchema>;

const OPEN_MAINTENANCE = new Set(['in_progress', 'verifying']);

export function adaptStatuspage(payload: unknown, entry: CatalogueEntry, observedAt: string): ProviderStatus {
  return guard(entry, observedAt, () => {
    const parsed = SummarySchema.safeParse(payload);
    if (!parsed.success)
      return wrongShape(entry, observedAt, 'a Statuspage summary.json (status.indicator, components)', parsed.error);
    return fromSummary(parsed.data, entry, observedAt);
  });
}

/** The normalized status of a parsed summary; shared with the incident.io dialect. */
export function fromSummary(s: Summary, entry: CatalogueEntry, observedAt: string): ProviderStatus {
  const all = s.components ?? [];
  const byId = new Map(all.filter((c) => c.id).map((c) => [c.id!, c]));
  const groupName = (c: Component) => (c.group_id ? byId.get(c.group_id)?.name : undefined);
  const components: ProviderComponent[] = all
    .filter((c) => c.group !== true)
    .map((c) => {
      const group = groupName(c);
      return {
        ...(c.id ? { id: c.id } : {}),
        name: c.name,
        status: normalizeComponentStatus(c.status),
        ...(group ? { group } : {}),
        ...linkComponent(entry, c.id),
      };
    });
  const nameOf = (id: string | undefined, fallback: string | undefined) =>
    (id ? byId.get(id)?.name : undefined) ?? fallback;
  const base = s.page?.url?.replace(/\/+$/, '') ?? entry.status?.url.replace(/\/+$/, '');

  const incidents = s.incidents
    .filter((i) => !CLOSED_INCIDENT_STATUSES.has((i.status ?? '').toLowerCase()))
    .map((i) => toIncident(i, entry, nameOf, base));
  const maintenances = s.scheduled_maintenances
    .filter((m) => OPEN_MAINTENANCE.has((m.status ?? '').toLowerCase()))
    .map((m) => toIncident(m, entry, nameOf, base));

  let indicator = s.status ? normalizeIndicator(s.status.indicator) : 'unknown';
  let description = s.status?.description?.trim() || '';
  if (!s.status) {
    // No overall indicator in the payload: what the components and open incidents say.
    indicator = worstIndicator(
      indicatorFromComponents(components),
      ...incidents.map((i) => indicatorFromImpact(i.impact)),
    );
    if (indicator === 'none' && maintenances.length) indicator = 'maintenance';
  }
  if (!description) description = DESCRIPTIONS[indicator];
  const error =
    indicator === 'unknown'
      ? `unrecognized status.indicator ${JSON.stringify(s.status?.indicator)?.slice(0, 40) ?? 'undefined'}`
      : undefined;
  return statusFor(entry, observedAt, { indicator, description, components, incidents, maintenances, error });
}

function toIncident(
  i: Incident,
  entry: CatalogueEntry,
  nameOf: (id: string | undefined, fallback: string | undefined) => string | undefined,
  base: string | undefined,
): ProviderIncident {
  const updates = newestFirst(i.incident_updates, (u) => u.display_at ?? u.created_at ?? u.updated_at);
  const latest = updates[0];
  // Affected components by id: the incident's list, else the newest update that names any.
  const ids = new Set<string>();
  const names: string[] = [];
  const current = new Map<string, string>();
  for (const c of i.components) {
    if (c.id) ids.add(c.id);
    const n = nameOf(c.id, c.name);
    if (n && !names.includes(n)) names.push(n);
    if (c.id && c.status) current.set(c.id, c.status);
  }
  const touched = updates.find((u) => u.affected_components.length > 0);
  for (const a of touched?.affected_components ?? []) {
    if (a.code) ids.add(a.code);
    const n = nameOf(a.code, a.name);
    if (n && !names.includes(n)) names.push(n);
    if (a.code && a.new_status && !current.has(a.code)) current.set(a.code, a.new_status);
  }
  const componentStatus = worstComponentStatus(current.values());
  const link = linkIncident(entry, {
    name: i.name,
    updates: updates.map((u) => u.body ?? ''),
    componentIds: [...ids],
  });
  const url = i.shortlink ?? (base && i.id ? `${base}/incidents/${i.id}` : undefined);
  const out: ProviderIncident = {
    ...(i.id ? { id: i.id } : {}),
    name: i.name,
    status: (i.status ?? latest?.status ?? 'unknown').toLowerCase(),
    impact: (i.impact ?? 'unknown').toLowerCase(),
  };
  const startedAt = i.started_at ?? i.scheduled_for ?? i.created_at;
  if (startedAt) out.startedAt = startedAt;
  const updatedAt = latest?.display_at ?? latest?.created_at ?? i.updated_at;
  if (updatedAt) out.updatedAt = updatedAt;
  if (latest?.body) out.latestUpdate = plainText(latest.body);
  if (url) out.url = url;
  if (names.length) out.components = names;
  if (componentStatus && componentStatus !== 'unknown') out.componentStatus = componentStatus;
  return { ...out, ...link };
}
