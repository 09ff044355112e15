// Links status text and components to the layer and models the catalogue knows; one place for every adapter.
import { escapeRegExp } from '../../text/regexp.js';
import type { CatalogueEntry } from '../../model/providers.js';

export interface Link {
  layer?: string;
  models?: string[];
}

/** A component mapping never proves an answer-quality fault; only an incident's own words about wrong output do. */
const NEVER_FROM_STATUS = 'model-quality';
/** The incident is about the content of answers: wrong, corrupted or lower-quality output. */
const ABOUT_OUTPUT =
  /\b(?:incorrect|wrong|corrupted?|garbled|gibberish|nonsensical|malformed|truncated|lower[- ]quality|degraded (?:quality|output|responses|answers)|quality of (?:responses|outputs?|answers|completions))\b/i;

/** Hyphens, underscores and repeated spaces read the same in status text ("claude-opus-4-7", "Claude Opus 4.7"). */
function canon(s: string): string {
  return s.toLowerCase().replace(/[\s_]+/g, ' ');
}

/**
 * Model ids named in the text, by the catalogue's match phrases. The longest phrase wins where phrases
 * overlap, so "GPT-5 mini" names gpt-5-mini and not gpt-5; a phrase must stand alone ("opus 4.7" is not in "opus 4.75").
 */
export function modelsNamed(text: string, entry: Pick<CatalogueEntry, 'models'>): string[] {
  const hay = canon(text);
  const hits: { start: number; end: number; id: string }[] = [];
  for (const model of entry.models) {
    const phrases = new Set([model.id, model.name, ...model.match].map(canon).filter((p) => p.length >= 2));
    for (const phrase of phrases) {
      const re = new RegExp(`(?<![\\w.-])${escapeRegExp(phrase)}(?![\\w-]|\\.\\d)`, 'g');
      for (const m of hay.matchAll(re)) hits.push({ start: m.index, end: m.index + m[0].length, id: model.id });
    }
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: typeof hits = [];
  for (const h of hits) if (!taken.some((t) => h.start < t.end && t.start < h.end)) taken.push(h);
  // In the order the text names them.
  return [...new Set(taken.sort((a, b) => a.start - b.start).map((h) => h.id))];
}

/** "All models", "across models", "multiple models": the text speaks of the API, not one model's serving. */
const ACROSS_MODELS = /\b(all|multiple|several|many|most|across|various)\b[^.;:]{0,40}\bmodels?\b/i;
/** The incident's own title names the API ("Increased error rates in the API"). */
const NAMES_API = /\b(api|apis|endpoints?|inference|requests?)\b/i;

export interface LinkInput {
  /** The incident's title. */
  name: string;
  /** Update text, newest first; used for models only when the title names none. */
  updates?: string[];
  /** Component ids the incident affects (matched by id against the catalogue). */
  componentIds?: string[];
}

/**
 * Layer and models for an incident: models named in the title (else in the latest update) or mapped from its
 * components; `model-endpoint` when specific models are named, `provider-api` when the API is (by a mapped
 * component, the title, or an entry whose whole source is the API), nothing when neither (e.g. a console-only incident).
 */
export function linkIncident(entry: CatalogueEntry, input: LinkInput): Link {
  const mapped = (input.componentIds ?? []).map((id) => entry.components[id]).filter((m) => m !== undefined);
  let models = modelsNamed(input.name, entry);
  const latest = input.updates?.find((u) => u.trim().length > 0);
  if (models.length === 0 && latest) models = modelsNamed(latest, entry);
  for (const m of mapped) for (const id of m.models ?? []) if (!models.includes(id)) models.push(id);
  const text = `${input.name}\n${latest ?? ''}`;
  const acrossModels = ACROSS_MODELS.test(text);
  const mappedLayers = mapped.map((m) => m.layer).filter((l): l is string => !!l && l !== NEVER_FROM_STATUS);
  let layer: string | undefined;
  if (models.length > 0 && !acrossModels) layer = 'model-endpoint';
  else if (mappedLayers.length > 0) layer = mappedLayers.includes('provider-api') ? 'provider-api' : mappedLayers[0];
  else if (models.length > 0 || entry.incidentLayer || NAMES_API.test(input.name))
    layer = entry.incidentLayer ?? 'provider-api';
  if (layer === NEVER_FROM_STATUS) layer = 'provider-api';
  if (ABOUT_OUTPUT.test(text.slice(0, 4000))) layer = 'model-quality';
  return { ...(layer ? { layer } : {}), ...(models.length ? { models } : {}) };
}

/** Layer and models the catalogue maps a component to, by id. */
export function linkComponent(entry: CatalogueEntry, componentId: string | undefined): Link {
  const m = componentId ? entry.components[componentId] : undefined;
  if (!m) return {};
  const layer = m.layer === NEVER_FROM_STATUS ? (m.models?.length ? 'model-endpoint' : 'provider-api') : m.layer;
  return { ...(layer ? { layer } : {}), ...(m.models?.length ? { models: [...m.models] } : {}) };
}
