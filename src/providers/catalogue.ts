// The embedded catalogue of LLM providers' public status sources, merged with config by id.
import type { ProviderConfig, StatusSource } from '../config/schema.js';

export interface ModelEntry {
  id: string;
  name: string;
  /** Lower-case phrases that name this model in status text ("claude opus 4.7", "opus 4.7"). */
  match: string[];
}

export interface CatalogueEntry {
  id: string;
  name: string;
  status?: StatusSource;
  apiHost?: string;
  models: ModelEntry[];
  /** Component id → what it maps to. Matched by id; names drift. */
  components: Record<string, { layer?: string; models?: string[] }>;
}

const m = (id: string, name: string, ...match: string[]): ModelEntry => ({ id, name, match: [name.toLowerCase(), ...match] });

export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    id: 'anthropic',
    name: 'Anthropic',
    status: { kind: 'statuspage', url: 'https://status.claude.com' },
    apiHost: 'api.anthropic.com',
    models: [
      m('claude-opus-4-7', 'Claude Opus 4.7', 'opus 4.7'),
      m('claude-sonnet-4-6', 'Claude Sonnet 4.6', 'sonnet 4.6'),
      m('claude-haiku-4-5', 'Claude Haiku 4.5', 'haiku 4.5'),
    ],
    components: {
      k8w3r06qmzrp: { layer: 'provider-api' }, // Claude API (api.anthropic.com)
    },
  },
  {
    id: 'openai',
    name: 'OpenAI',
    status: { kind: 'incidentio', url: 'https://status.openai.com' },
    apiHost: 'api.openai.com',
    models: [m('gpt-5', 'GPT-5', 'gpt5'), m('gpt-5-mini', 'GPT-5 mini', 'gpt-5-mini'), m('gpt-4.1', 'GPT-4.1')],
    components: {},
  },
];

/** Normalize a config model reference to a ModelEntry. */
export function toModelEntry(ref: string | { id: string; name?: string; match?: string[] }, known: ModelEntry[] = []): ModelEntry {
  const id = typeof ref === 'string' ? ref : ref.id;
  const existing = known.find((k) => k.id === id);
  if (typeof ref === 'string') return existing ?? { id, name: prettyModelName(id), match: [id.toLowerCase(), prettyModelName(id).toLowerCase()] };
  const name = ref.name ?? existing?.name ?? prettyModelName(id);
  return { id, name, match: ref.match ?? existing?.match ?? [id.toLowerCase(), name.toLowerCase()] };
}

/** "claude-opus-4-7" → "Claude Opus 4.7"; "gpt-4o" → "GPT-4o". */
export function prettyModelName(id: string): string {
  if (/^gpt-/i.test(id)) return 'GPT-' + id.slice(4);
  const parts = id.split('-');
  const words: string[] = [];
  const nums: string[] = [];
  for (const p of parts) {
    if (/^\d+$/.test(p)) nums.push(p);
    else {
      if (nums.length) words.push(nums.splice(0).join('.'));
      words.push(p.charAt(0).toUpperCase() + p.slice(1));
    }
  }
  if (nums.length) words.push(nums.join('.'));
  return words.join(' ');
}

/** Merge config providers over the catalogue by id; config adds new ones. */
export function mergeCatalogue(config: readonly ProviderConfig[] = [], base: readonly CatalogueEntry[] = CATALOGUE): CatalogueEntry[] {
  const out = base.map((e) => ({ ...e, models: [...e.models], components: { ...e.components } }));
  for (const p of config) {
    const i = out.findIndex((e) => e.id === p.id);
    const prev = i >= 0 ? out[i] : undefined;
    const entry: CatalogueEntry = {
      id: p.id,
      name: p.name ?? prev?.name ?? p.id,
      status: p.status ?? prev?.status,
      apiHost: p.apiHost ?? prev?.apiHost,
      models: p.models ? p.models.map((r) => toModelEntry(r, prev?.models)) : (prev?.models ?? []),
      components: { ...prev?.components, ...p.components },
    };
    if (i >= 0) out[i] = entry;
    else out.push(entry);
  }
  return out;
}
