// incident.io status pages: their Statuspage-compatible summary.json dialect, or the page's own widget JSON.
import * as z from 'zod';
import type { CatalogueEntry } from '../../../model/providers.js';
import { linkComponent, linkIncident } from '../link.js';
import {
  DESCRIPTIONS,
  guard,
  indicatorFromComponents,
  normalizeComponentStatus,
  plainText,
  statusFor,
  worstIndicator,
  wrongShape,
  type ProviderComponent,
  type ProviderIncident,
  type ProviderStatus,
} from './common.js';
import { lenientArray, listOf, optText } from './lenient.js';
import { SummarySchema, fromSummary } from './statuspage.js';

// The page's own JSON (incident.io's widget API): open incidents with their affected components and
// current worst impact, which the Statuspage dialect leaves out.
const WidgetComponent = z.object({ id: optText, name: z.string(), group_name: optText, current_status: optText });
const WidgetIncident = z.object({
  id: optText,
  name: z.string(),
  status: optText,
  url: optText,
  started_at: optText,
  last_update_at: optText,
  last_update_message: optText,
  current_worst_impact: optText,
  affected_components: listOf(WidgetComponent),
});
type WidgetIncident = z.infer<typeof WidgetIncident>;
const WidgetSchema = z.object({
  ongoing_incidents: z.array(z.unknown()).transform((v) => lenientArray(WidgetIncident).parse(v)),
  in_progress_maintenances: listOf(WidgetIncident),
});

const IMPACT_FROM_WORST: Record<string, string> = {
  degraded_performance: 'minor',
  partial_outage: 'major',
  major_outage: 'critical',
  under_maintenance: 'maintenance',
};

export function adaptIncidentIo(payload: unknown, entry: CatalogueEntry, observedAt: string): ProviderStatus {
  return guard(entry, observedAt, () => {
    if (payload && typeof payload === 'object' && 'ongoing_incidents' in payload) {
      const widget = WidgetSchema.safeParse(payload);
      if (!widget.success)
        return wrongShape(entry, observedAt, 'an incident.io widget JSON (ongoing_incidents)', widget.error);
      return fromWidget(widget.data, entry, observedAt);
    }
    const parsed = SummarySchema.safeParse(payload);
    if (!parsed.success)
      return wrongShape(entry, observedAt, 'an incident.io summary.json (status.indicator, components)', parsed.error);
    return fromSummary(parsed.data, entry, observedAt);
  });
}

function fromWidget(w: z.infer<typeof WidgetSchema>, entry: CatalogueEntry, observedAt: string): ProviderStatus {
  const components = new Map<string, ProviderComponent>();
  const toIncident = (i: WidgetIncident): ProviderIncident => {
    for (const c of i.affected_components) {
      const key = c.id ?? c.name;
      if (!components.has(key))
        components.set(key, {
          ...(c.id ? { id: c.id } : {}),
          name: c.name,
          status: normalizeComponentStatus(c.current_status),
          ...(c.group_name ? { group: c.group_name } : {}),
          ...linkComponent(entry, c.id),
        });
    }
    const worst = normalizeComponentStatus(i.current_worst_impact);
    const out: ProviderIncident = {
      ...(i.id ? { id: i.id } : {}),
      name: i.name,
      status: (i.status ?? 'unknown').toLowerCase().replace(/^maintenance_/, ''),
      impact: IMPACT_FROM_WORST[worst] ?? 'unknown',
    };
    if (i.started_at) out.startedAt = i.started_at;
    if (i.last_update_at) out.updatedAt = i.last_update_at;
    if (i.last_update_message) out.latestUpdate = plainText(i.last_update_message);
    if (i.url) out.url = i.url;
    if (i.affected_components.length) out.components = i.affected_components.map((c) => c.name);
    if (worst !== 'unknown') out.componentStatus = worst;
    return {
      ...out,
      ...linkIncident(entry, {
        name: i.name,
        updates: [i.last_update_message ?? ''],
        componentIds: i.affected_components.map((c) => c.id).filter((x): x is string => !!x),
      }),
    };
  };
  const incidents = w.ongoing_incidents.map(toIncident);
  const maintenances = w.in_progress_maintenances.map(toIncident);
  let indicator = indicatorFromComponents([...components.values()]);
  if (incidents.length) indicator = worstIndicator(indicator, 'minor');
  if (indicator === 'none' && maintenances.length) indicator = 'maintenance';
  return statusFor(entry, observedAt, {
    indicator,
    description: DESCRIPTIONS[indicator],
    components: [...components.values()],
    incidents,
    maintenances,
  });
}
