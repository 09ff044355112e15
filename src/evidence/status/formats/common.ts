// Shared pieces of the status adapters: the adapter type, normalizing statuses, and the "unknown" answer.
import type * as z from 'zod';
import {
  COMPONENT_STATUSES,
  INDICATORS,
  ProviderStatusSchema,
  type ComponentStatus,
  type Indicator,
  type ProviderComponent,
  type ProviderIncident,
  type ProviderStatus,
} from '../../../model/evidence.js';
import { formatPath } from '../../../text/zod-format.js';
import { outsideDeep } from '../../../text/sanitize.js';
import type { CatalogueEntry } from '../../../model/providers.js';

/** A pure function of a payload: never throws, a payload of the wrong shape is an "unknown" status with a reason. */
export type StatusAdapter = (payload: unknown, entry: CatalogueEntry, observedAt: string) => ProviderStatus;

/** What an adapter read, in the catalogue entry's envelope (id, name, source and URL), observed at `observedAt`. */
export function statusFor(
  entry: CatalogueEntry,
  observedAt: string,
  read: Pick<ProviderStatus, 'indicator' | 'description' | 'components' | 'incidents' | 'maintenances' | 'error'>,
): ProviderStatus {
  const out: ProviderStatus = {
    id: entry.id,
    name: entry.name,
    indicator: read.indicator,
    description: read.description,
    components: read.components,
    incidents: read.incidents,
    source: entry.status?.kind,
    url: entry.status?.url,
    observedAt,
  };
  if (read.maintenances?.length) out.maintenances = read.maintenances;
  if (read.error !== undefined) out.error = read.error;
  // Everything a status page says is outside text: no escape sequence, control, bidi or zero-width character goes on.
  return outsideDeep(out);
}

export function unknownStatus(entry: CatalogueEntry, observedAt: string, error: string): ProviderStatus {
  return statusFor(entry, observedAt, {
    indicator: 'unknown',
    description: 'Status unknown',
    components: [],
    incidents: [],
    error,
  });
}

/**
 * Run an adapter body; a throw (a bug, or a payload that slipped past the schema) and an output that
 * fails the normalized schema both become "unknown" with the reason, so callers never see a throw.
 */
export function guard(entry: CatalogueEntry, observedAt: string, body: () => ProviderStatus): ProviderStatus {
  let out: ProviderStatus;
  try {
    out = body();
  } catch (err) {
    return unknownStatus(entry, observedAt, `could not read the payload (${(err as Error)?.message ?? String(err)})`);
  }
  const checked = ProviderStatusSchema.safeParse(out);
  if (!checked.success)
    return unknownStatus(entry, observedAt, `wrong shape after normalizing: ${describeZod(checked.error)}`);
  return checked.data;
}

/** One short line for a zod error: the first issue with its path. */
export function describeZod(err: z.core.$ZodError): string {
  const first = err.issues[0];
  if (!first) return 'invalid';
  const path = formatPath(first.path, '(root)');
  const more = err.issues.length > 1 ? ` (and ${err.issues.length - 1} more)` : '';
  return `${path}: ${first.message}${more}`;
}

export function wrongShape(
  entry: CatalogueEntry,
  observedAt: string,
  what: string,
  err?: z.core.$ZodError,
): ProviderStatus {
  return unknownStatus(entry, observedAt, `wrong shape: expected ${what}${err ? ` (${describeZod(err)})` : ''}`);
}

const INDICATOR_SET = new Set<string>(INDICATORS);
export function normalizeIndicator(v: unknown): Indicator {
  const s = typeof v === 'string' ? v.trim().toLowerCase() : '';
  return INDICATOR_SET.has(s) ? (s as Indicator) : 'unknown';
}

const COMPONENT_SET = new Set<string>(COMPONENT_STATUSES);
/** Statuspage and incident.io component statuses, one level each ("full_outage" is incident.io's "major_outage"). */
export function normalizeComponentStatus(v: unknown): ComponentStatus {
  const s =
    typeof v === 'string'
      ? v
          .trim()
          .toLowerCase()
          .replace(/[\s-]+/g, '_')
      : '';
  if (COMPONENT_SET.has(s)) return s as ComponentStatus;
  switch (s) {
    case 'full_outage':
    case 'outage':
    case 'down':
      return 'major_outage';
    case 'degraded':
    case 'degraded_perf':
      return 'degraded_performance';
    case 'maintenance':
      return 'under_maintenance';
    default:
      return 'unknown';
  }
}

const COMPONENT_RANK: Record<ComponentStatus, number> = {
  operational: 0,
  unknown: 0,
  under_maintenance: 1,
  degraded_performance: 2,
  partial_outage: 3,
  major_outage: 4,
};
export function worstComponentStatus(statuses: Iterable<string>): ComponentStatus | undefined {
  let worst: ComponentStatus | undefined;
  for (const raw of statuses) {
    const s = normalizeComponentStatus(raw);
    if (!worst || COMPONENT_RANK[s] > COMPONENT_RANK[worst]) worst = s;
  }
  return worst;
}

const INDICATOR_RANK: Record<Indicator, number> = {
  none: 0,
  unknown: 0,
  maintenance: 1,
  minor: 2,
  major: 3,
  critical: 4,
};
export function worstIndicator(...xs: Indicator[]): Indicator {
  return xs.reduce<Indicator>((a, b) => (INDICATOR_RANK[b] > INDICATOR_RANK[a] ? b : a), 'none');
}

/** What the components alone say about the page, for sources without an overall indicator. */
export function indicatorFromComponents(components: ProviderComponent[]): Indicator {
  const worst = worstComponentStatus(components.map((c) => c.status));
  switch (worst) {
    case 'major_outage':
      return 'major';
    case 'partial_outage':
    case 'degraded_performance':
      return 'minor';
    case 'under_maintenance':
      return 'maintenance';
    default:
      return 'none';
  }
}

/** Incident impact words to an indicator level; anything else counts as minor while the incident is open. */
export function indicatorFromImpact(impact: string): Indicator {
  const s = impact.toLowerCase();
  if (s === 'critical' || s === 'major' || s === 'minor' || s === 'maintenance') return s;
  if (s === 'none') return 'none';
  return 'minor';
}

export const DESCRIPTIONS: Record<Indicator, string> = {
  none: 'All systems operational',
  minor: 'Minor incident or degraded service',
  major: 'Major outage',
  critical: 'Critical outage',
  maintenance: 'Maintenance in progress',
  unknown: 'Status unknown',
};

export const COMPONENT_WORDS: Record<ComponentStatus, string> = {
  operational: 'operational',
  degraded_performance: 'degraded performance',
  partial_outage: 'partial outage',
  major_outage: 'major outage',
  under_maintenance: 'under maintenance',
  unknown: 'unknown',
};

/**
 * A parseable date as ISO 8601 (UTC), else undefined. Accepts ISO strings, RFC 822 dates with US zones, and epoch
 * seconds/ms.
 */
export function isoDate(v: unknown): string | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  let ms: number;
  if (typeof v === 'number' || (typeof v === 'string' && /^\d{9,13}$/.test(v.trim()))) {
    const n = Number(v);
    ms = n < 1e11 ? n * 1000 : n;
  } else if (typeof v === 'string') {
    ms = Date.parse(withNumericZone(v.trim()));
  } else return undefined;
  if (!Number.isFinite(ms)) return undefined;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

const US_ZONES: Record<string, string> = {
  PST: '-0800',
  PDT: '-0700',
  MST: '-0700',
  MDT: '-0600',
  CST: '-0600',
  CDT: '-0500',
  EST: '-0500',
  EDT: '-0400',
  UTC: '+0000',
  GMT: '+0000',
  UT: '+0000',
};
/**
 * RFC 822 dates end in a zone name ("… 12:16:32 PST", as AWS writes them); say it as an offset so every runtime parses
 * it.
 */
function withNumericZone(s: string): string {
  return s.replace(/\s([A-Z]{2,3})$/, (m, z: string) => (US_ZONES[z] ? ` ${US_ZONES[z]}` : m));
}

/** Newest first by the first parseable of the given dates. */
export function newestFirst<T>(items: T[], when: (t: T) => string | undefined): T[] {
  return items
    .map((t, i) => ({ t, i, ms: Date.parse(when(t) ?? '') }))
    .sort((a, b) => {
      const am = Number.isFinite(a.ms) ? a.ms : -Infinity;
      const bm = Number.isFinite(b.ms) ? b.ms : -Infinity;
      return bm - am || a.i - b.i;
    })
    .map((x) => x.t);
}

/** Markdown/HTML to one plain paragraph, for `latestUpdate`. */
export function plainText(s: string): string {
  return s
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/\*\*|__|^#+\s*/gm, '')
    .replace(/\\\s/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export type { ProviderIncident, ProviderComponent, ProviderStatus, Indicator, ComponentStatus };
