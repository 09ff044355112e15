// AWS Health `public/currentevents` (a JSON array, served as UTF-16) filtered by service prefix and region →
// ProviderStatus.
import * as z from 'zod';
import type { CatalogueEntry } from '../../../model/providers.js';
import { linkComponent, linkIncident } from '../link.js';
import {
  DESCRIPTIONS,
  guard,
  indicatorFromImpact,
  isoDate,
  newestFirst,
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

const code = z
  .unknown()
  .transform((v) => (typeof v === 'number' || typeof v === 'string' ? String(v).trim() : undefined))
  .optional();
const LogEntry = z.object({ summary: optText, message: optText, status: code, timestamp: z.unknown() });
const Impacted = z.object({ service_name: optText, current: code, max: code });

const AwsEvent = z.object({
  arn: optText,
  date: z.unknown(),
  region_name: optText,
  service: optText,
  service_name: optText,
  status: code,
  summary: optText,
  event_log: listOf(LogEntry),
  // Seen as an object keyed by service code; accept an array of { service, … } too.
  impacted_services: z
    .unknown()
    .optional()
    .transform((v): Record<string, z.infer<typeof Impacted>> => {
      const out: Record<string, z.infer<typeof Impacted>> = {};
      if (Array.isArray(v)) {
        for (const x of v) {
          const key =
            x && typeof x === 'object' && typeof (x as { service?: unknown }).service === 'string'
              ? (x as { service: string }).service
              : undefined;
          const r = Impacted.safeParse(x);
          if (key && r.success) out[key] = r.data;
        }
      } else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          const r = Impacted.safeParse(x);
          if (r.success) out[k] = r.data;
        }
      }
      return out;
    }),
});
type AwsEvent = z.infer<typeof AwsEvent>;

const EventsSchema = z.array(z.unknown()).transform((v) => lenientArray(AwsEvent).parse(v));

/** The dashboard's legend: 0 operating normally, 1 informational, 2 degradation, 3 disruption. */
const CODE_STATUS: Record<string, ComponentStatus> = {
  '0': 'operational',
  '1': 'degraded_performance',
  '2': 'partial_outage',
  '3': 'major_outage',
};
const CODE_IMPACT: Record<string, string> = { '0': 'none', '1': 'minor', '2': 'major', '3': 'critical' };

export function adaptAwsHealth(payload: unknown, entry: CatalogueEntry, observedAt: string): ProviderStatus {
  return guard(entry, observedAt, () => {
    const parsed = EventsSchema.safeParse(payload);
    if (!parsed.success) return wrongShape(entry, observedAt, 'an AWS Health currentevents array', parsed.error);
    const prefixes = (entry.status?.products ?? []).map((p) => p.toLowerCase());
    const region = entry.status?.region?.toLowerCase();
    const wanted = (service: string) => {
      const s = service.toLowerCase();
      const byService = prefixes.length === 0 || prefixes.some((p) => s === p || s.startsWith(`${p}-`));
      // Service codes end in the region ("bedrock-us-east-1"); a code without one is a global service.
      const hasRegion = /-[a-z]{2}(-gov)?-[a-z]+-\d+$/.test(s);
      const byRegion = !region || !hasRegion || s.endsWith(`-${region}`);
      return byService && byRegion;
    };
    const services = (e: AwsEvent) => [
      ...new Set([e.service ?? '', ...Object.keys(e.impacted_services)].filter(Boolean)),
    ];
    const relevant = parsed.data.filter((e) => services(e).some(wanted));
    const open = relevant.filter((e) => !isResolved(e));

    const components = new Map<string, ProviderComponent>();
    for (const e of relevant)
      for (const s of services(e).filter(wanted)) {
        const imp = e.impacted_services[s];
        const status = isResolved(e)
          ? 'operational'
          : (CODE_STATUS[imp?.current ?? e.status ?? ''] ?? 'degraded_performance');
        const prev = components.get(s);
        const name = `${imp?.service_name ?? e.service_name ?? s}${e.region_name ? ` (${e.region_name})` : ''}`;
        components.set(s, {
          id: s,
          name,
          status: worstComponentStatus([prev?.status ?? 'operational', status]) ?? status,
          ...linkComponent(entry, s),
        });
      }
    const incidents = open.map((e) => toIncident(e, entry));
    const indicator = worstIndicator('none', ...incidents.map((i) => indicatorFromImpact(i.impact)));
    return statusFor(entry, observedAt, {
      indicator,
      description: incidents.length
        ? `${incidents.length} open AWS Health event${incidents.length > 1 ? 's' : ''}`
        : DESCRIPTIONS.none,
      components: [...components.values()],
      incidents,
    });
  });
}

function isResolved(e: AwsEvent): boolean {
  return e.status === '0' || /^\s*\[resolved\]/i.test(e.summary ?? '');
}

function toIncident(e: AwsEvent, entry: CatalogueEntry): ProviderIncident {
  const log = newestFirst(e.event_log, (l) => isoDate(l.timestamp));
  const latest = log[0];
  const name = plainText(e.summary ?? latest?.summary ?? 'AWS Health event');
  const out: ProviderIncident = {
    ...(e.arn ? { id: e.arn } : {}),
    name:
      e.service_name && !name.toLowerCase().includes(e.service_name.toLowerCase())
        ? `${e.service_name}: ${name}`
        : name,
    status: 'open',
    impact: CODE_IMPACT[e.status ?? ''] ?? 'minor',
    componentStatus: CODE_STATUS[e.status ?? ''] ?? 'degraded_performance',
    url: 'https://health.aws.amazon.com/health/status',
  };
  const startedAt = isoDate(e.date);
  if (startedAt) out.startedAt = startedAt;
  const updatedAt = isoDate(latest?.timestamp) ?? startedAt;
  if (updatedAt) out.updatedAt = updatedAt;
  if (latest?.message) out.latestUpdate = plainText(latest.message);
  const comps = Object.values(e.impacted_services)
    .map((s) => s.service_name)
    .filter((x): x is string => !!x);
  if (comps.length) out.components = comps;
  return { ...out, ...linkIncident(entry, { name, updates: log.map((l) => l.message ?? '') }) };
}
