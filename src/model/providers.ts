// The embedded catalogue of LLM providers' public status sources, merged with config by id.
import type { ProviderConfig, StatusSource } from './provider-schema.js';

export interface ModelEntry {
  id: string;
  name: string;
  /** Lower-case phrases that name this model in status text ("claude opus 4.7", "opus 4.7"). */
  match: string[];
}

export interface CatalogueEntry {
  id: string;
  /** The catalogue's label, for status tables: "Google Gemini / Vertex AI". */
  name: string;
  /** How a person names the provider in a sentence, where the label is not that: "Google". */
  plainName?: string;
  status?: StatusSource;
  apiHost?: string;
  models: ModelEntry[];
  /** Component id → what it maps to. Matched by id; names drift. */
  components: Record<string, { layer?: string; models?: string[] }>;
  /**
   * Layer an incident links to when neither its components nor models say more: for sources that cover only the API
   * (Bedrock, Vertex).
   */
  incidentLayer?: string;
}

const m = (id: string, name: string, ...match: string[]): ModelEntry => ({
  id,
  name,
  match: [name.toLowerCase(), ...match],
});
const API = { layer: 'provider-api' } as const;

/*
 * Status sources, as read off real payloads and the providers' pages (see test/fixtures/provider-status/SOURCES.md):
 * component ids are the pages' own (names drift, ids do not). Where a page has no JSON, its RSS feed is the source.
 */
export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    id: 'anthropic',
    name: 'Anthropic',
    // Atlassian Statuspage page tymt9n04zgry; status.anthropic.com redirects here.
    status: { kind: 'statuspage', url: 'https://status.claude.com' },
    apiHost: 'api.anthropic.com',
    models: [
      m('claude-opus-4-7', 'Claude Opus 4.7', 'opus 4.7'),
      m('claude-sonnet-4-6', 'Claude Sonnet 4.6', 'sonnet 4.6'),
      m('claude-haiku-4-5', 'Claude Haiku 4.5', 'haiku 4.5'),
      m('claude-opus-4-6', 'Claude Opus 4.6', 'opus 4.6'),
      m('claude-sonnet-4-5', 'Claude Sonnet 4.5', 'sonnet 4.5'),
      m('claude-opus-4-1', 'Claude Opus 4.1', 'opus 4.1'),
    ],
    components: {
      k8w3r06qmzrp: API, // Claude API (api.anthropic.com)
      // rwppv331jlwc claude.ai, 0qbwn08sd68x Claude Console, yyzkbfz2thpt Claude Code: not the API a product calls.
    },
  },
  {
    id: 'openai',
    name: 'OpenAI',
    // incident.io since 2025, serving a Statuspage-compatible summary.json.
    status: { kind: 'incidentio', url: 'https://status.openai.com' },
    apiHost: 'api.openai.com',
    models: [
      m('gpt-5', 'GPT-5', 'gpt5'),
      m('gpt-5-mini', 'GPT-5 mini', 'gpt-5-mini'),
      m('gpt-4.1', 'GPT-4.1'),
      m('gpt-4o', 'GPT-4o'),
      m('gpt-4o-mini', 'GPT-4o mini', 'gpt-4o-mini'),
      m('gpt-4.1-mini', 'GPT-4.1 mini', 'gpt-4.1-mini'),
      m('o3', 'o3'),
      m('o4-mini', 'o4-mini'),
    ],
    components: {
      '01JMXBRMFEQW613TFE89F45035': API, // Realtime
      '01JMXBRMFE5ESNNV8JDHVCGSRD': API, // Batch
      '01JMXBRMFEV0AJ0VVS68N9CD6R': API, // Embeddings
      '01JMXBRMFEVZ7E0X9GD9FWR9WX': API, // Moderations
      '01JMXBRMFEMZK0HPK19RYET250': API, // Fine-tuning
      '01JMXBRMFESJCBGJR10PDD3WCQ': API, // Files
      '01JMXBRMFEKVBWKK82B44QFMCE': API, // Audio
      '01JMXBRMFE4MAP2BHSJNZ787WX': API, // Images
      '01KMP3KP5MGE23B80K1EK4S8PV': API, // Codex API
    },
  },
  {
    id: 'google',
    name: 'Google Gemini / Vertex AI',
    plainName: 'Google',
    // Google Cloud incidents.json, product "Vertex Gemini API" (now titled "Gemini on Agent Platform"), by id.
    // AI Studio's Gemini API publishes no JSON; this is the closest public machine-readable source.
    status: { kind: 'google-cloud', url: 'https://status.cloud.google.com', products: ['Z0FZJAMvEB4j3NbCJs6B'] },
    apiHost: 'generativelanguage.googleapis.com',
    models: [
      m('gemini-2.5-pro', 'Gemini 2.5 Pro'),
      m('gemini-2.5-flash', 'Gemini 2.5 Flash'),
      m('gemini-2.5-flash-lite', 'Gemini 2.5 Flash-Lite', 'gemini 2.5 flash lite'),
      m('gemini-3-pro-preview', 'Gemini 3 Pro', 'gemini-3.0-pro-preview', 'gemini 3.0 pro'),
      m('gemini-3-flash-preview', 'Gemini 3 Flash', 'gemini-3.0-flash-preview', 'gemini 3.0 flash'),
    ],
    components: { Z0FZJAMvEB4j3NbCJs6B: API },
    incidentLayer: 'provider-api',
  },
  {
    id: 'aws-bedrock',
    name: 'AWS Bedrock',
    plainName: 'Amazon Bedrock',
    // AWS Health current events (UTF-16 JSON); one region: a healthy us-east-1 says nothing about eu-west-1.
    status: {
      kind: 'aws-health',
      url: 'https://health.aws.amazon.com/public/currentevents',
      products: ['bedrock'],
      region: 'us-east-1',
    },
    apiHost: 'bedrock-runtime.us-east-1.amazonaws.com',
    models: [
      m('anthropic.claude-opus-4-7', 'Claude Opus 4.7', 'opus 4.7'),
      m('anthropic.claude-sonnet-4-6', 'Claude Sonnet 4.6', 'sonnet 4.6'),
      m('amazon.nova-pro', 'Amazon Nova Pro', 'nova pro'),
      m('meta.llama3-3-70b', 'Llama 3.3 70B', 'llama 3.3'),
    ],
    components: { 'bedrock-us-east-1': API },
    incidentLayer: 'provider-api',
  },
  {
    id: 'azure-openai',
    name: 'Azure OpenAI',
    // Azure's status RSS lists only broad, active incidents (often empty); no per-service state.
    // The API host is per resource ({resource}.openai.azure.com): set apiHost in config.
    status: { kind: 'feed', url: 'https://azure.status.microsoft/en-us/status/feed/' },
    models: [m('gpt-5', 'GPT-5'), m('gpt-4.1', 'GPT-4.1'), m('gpt-4o', 'GPT-4o')],
    components: {},
    incidentLayer: 'provider-api',
  },
  {
    id: 'mistral',
    name: 'Mistral AI',
    // A Checkly status page: no JSON API, an RSS feed with one item per update.
    status: { kind: 'feed', url: 'https://status.mistral.ai/feed.rss' },
    apiHost: 'api.mistral.ai',
    models: [
      m('mistral-large-latest', 'Mistral Large', 'mistral-large'),
      m('mistral-medium-latest', 'Mistral Medium', 'mistral-medium'),
      m('mistral-small-latest', 'Mistral Small', 'mistral-small'),
      m('codestral-latest', 'Codestral'),
      m('magistral-medium-latest', 'Magistral Medium', 'magistral'),
    ],
    components: {},
  },
  {
    id: 'cohere',
    name: 'Cohere',
    status: { kind: 'statuspage', url: 'https://status.cohere.com' },
    apiHost: 'api.cohere.com',
    models: [
      m('command-a-03-2025', 'Command A', 'command-a'),
      m('command-r-plus', 'Command R+', 'command r plus'),
      m('embed-v4.0', 'Embed v4', 'embed 4'),
      m('rerank-v3.5', 'Rerank 3.5'),
    ],
    components: {},
  },
  {
    id: 'groq',
    name: 'Groq',
    // groqstatus.com (status.groq.com redirects): Atlassian Statuspage.
    status: { kind: 'statuspage', url: 'https://groqstatus.com' },
    apiHost: 'api.groq.com',
    models: [
      m('llama-3.3-70b-versatile', 'Llama 3.3 70B', 'llama-3.3-70b'),
      m('llama-3.1-8b-instant', 'Llama 3.1 8B', 'llama-3.1-8b'),
      m('openai/gpt-oss-120b', 'GPT-OSS 120B', 'gpt-oss-120b'),
      m('qwen/qwen3-32b', 'Qwen3 32B', 'qwen3-32b'),
    ],
    components: {},
  },
  {
    id: 'together',
    name: 'Together AI',
    // A Better Stack status page; its documented RSS feed is /feed.rss.
    status: { kind: 'feed', url: 'https://status.together.ai/feed.rss' },
    apiHost: 'api.together.xyz',
    models: [
      m('meta-llama/Llama-3.3-70B-Instruct-Turbo', 'Llama 3.3 70B', 'llama-3.3-70b'),
      m('deepseek-ai/DeepSeek-V3', 'DeepSeek V3', 'deepseek-v3'),
    ],
    components: {},
  },
  {
    id: 'fireworks',
    name: 'Fireworks AI',
    status: { kind: 'statuspage', url: 'https://status.fireworks.ai' },
    apiHost: 'api.fireworks.ai',
    models: [
      m('accounts/fireworks/models/llama-v3p3-70b-instruct', 'Llama 3.3 70B', 'llama-v3p3-70b'),
      m('accounts/fireworks/models/deepseek-v3', 'DeepSeek V3', 'deepseek-v3'),
    ],
    components: {},
  },
  {
    id: 'openrouter',
    name: 'OpenRouter',
    // An OnlineOrNot page: no keyless JSON; the incidents RSS feed. Covers the gateway, not the upstream providers.
    status: { kind: 'feed', url: 'https://status.openrouter.ai/incidents.rss' },
    apiHost: 'openrouter.ai',
    models: [],
    components: {},
  },
];

/** Normalize a config model reference to a ModelEntry. */
export function toModelEntry(
  ref: string | { id: string; name?: string; match?: string[] },
  known: ModelEntry[] = [],
): ModelEntry {
  const id = typeof ref === 'string' ? ref : ref.id;
  const existing = known.find((k) => k.id === id);
  // An id the catalogue does not know is named by the family rule (derivedModelName), or as it is.
  if (typeof ref === 'string')
    return (
      existing ?? {
        id,
        name: derivedModelName(id),
        match: [...new Set([id.toLowerCase(), derivedModelName(id).toLowerCase(), prettyModelName(id).toLowerCase()])],
      }
    );
  const name = ref.name ?? existing?.name ?? derivedModelName(id);
  return { id, name, match: ref.match ?? existing?.match ?? [id.toLowerCase(), name.toLowerCase()] };
}

/** "claude-opus-4-7" → "Claude Opus 4.7"; "gpt-4o" → "GPT-4o": words for status-text matching, not a display name. */
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

// A dated snapshot ("-20250514", "-2024-08-06") or a revision ("-001", "-v1:0", "@20250514") names the same model.
const SNAPSHOT = /(?:-\d{8}|-\d{4}-\d{2}-\d{2}|-\d{3}|-latest|-v\d+(?::\d+)?|@\d{8})+$/;
const TIERS: Record<string, string> = { opus: 'Opus', sonnet: 'Sonnet', haiku: 'Haiku' };

/**
 * A model's display name by its family's naming rule, for ids the catalogue does not list; any other id as it is
 * (re-casing an unknown id would invent a version). Dated snapshots name their family: the date is dropped.
 *   claude-opus-4-8 → Claude Opus 4.8; claude-sonnet-4-20250514 → Claude Sonnet 4; claude-3-5-haiku-20241022 → Claude 3.5 Haiku
 *   gpt-4o-mini → GPT-4o mini; gpt-4.1-2025-04-14 → GPT-4.1; gpt-5-nano → GPT-5 nano
 *   gemini-2.5-flash-lite → Gemini 2.5 Flash-Lite; gemini-2.0-flash-001 → Gemini 2.0 Flash
 */
export function derivedModelName(id: string): string {
  const bare = id.replace(/^(?:anthropic|openai|google)[./]/i, '');
  const base = bare.replace(SNAPSHOT, '');
  let m = /^claude-(opus|sonnet|haiku)-(\d{1,2})(?:-(\d{1,2}))?$/i.exec(base);
  if (m) return `Claude ${TIERS[m[1]!.toLowerCase()]} ${m[2]}${m[3] ? `.${m[3]}` : ''}`;
  m = /^claude-(\d{1,2})(?:-(\d{1,2}))?-(opus|sonnet|haiku)$/i.exec(base);
  if (m) return `Claude ${m[1]}${m[2] ? `.${m[2]}` : ''} ${TIERS[m[3]!.toLowerCase()]}`;
  m = /^gpt-(\d+(?:\.\d+)?o?)(?:-(mini|nano|pro|turbo))?$/i.exec(base);
  if (m) return `GPT-${m[1]!.toLowerCase()}${m[2] ? ` ${m[2].toLowerCase()}` : ''}`;
  m = /^(o\d)(?:-(mini|pro))?$/i.exec(base);
  if (m) return `${m[1]!.toLowerCase()}${m[2] ? `-${m[2].toLowerCase()}` : ''}`;
  m = /^gemini-(\d+(?:\.\d+)?)-(pro|flash|flash-lite|ultra|nano)(?:-preview)?$/i.exec(base);
  if (m)
    return `Gemini ${m[1]} ${m[2]!
      .toLowerCase()
      .split('-')
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join('-')}`;
  return id;
}

/** The provider's name as a sentence uses it. */
export function plainProviderName(entry: Pick<CatalogueEntry, 'name' | 'plainName'>): string {
  return entry.plainName ?? entry.name;
}

/**
 * A model's display name from the catalogue (the provider's first), else by its family's rule, else its id unchanged.
 */
export function modelDisplayName(
  catalogue: readonly Pick<CatalogueEntry, 'id' | 'models'>[],
  id: string,
  providerId?: string,
): string {
  const own = catalogue.find((p) => p.id === providerId)?.models.find((m) => m.id === id);
  const listed = own ?? catalogue.flatMap((p) => p.models).find((m) => m.id === id);
  // A config entry given as a bare id carries the id as its name: the rule names it better when it knows the family.
  return listed && listed.name !== listed.id ? listed.name : derivedModelName(id);
}

/** Merge config providers over the catalogue by id; config adds new ones. */
export function mergeCatalogue(
  config: readonly ProviderConfig[] = [],
  base: readonly CatalogueEntry[] = CATALOGUE,
): CatalogueEntry[] {
  const out = base.map((e) => ({ ...e, models: [...e.models], components: { ...e.components } }));
  for (const p of config) {
    const i = out.findIndex((e) => e.id === p.id);
    const prev = i >= 0 ? out[i] : undefined;
    const entry: CatalogueEntry = {
      id: p.id,
      name: p.name ?? prev?.name ?? p.id,
      ...(p.name ? {} : prev?.plainName ? { plainName: prev.plainName } : {}),
      status: p.status ?? prev?.status,
      apiHost: p.apiHost ?? prev?.apiHost,
      models: p.models ? p.models.map((r) => toModelEntry(r, prev?.models)) : (prev?.models ?? []),
      components: { ...prev?.components, ...p.components },
      ...(prev?.incidentLayer ? { incidentLayer: prev.incidentLayer } : {}),
    };
    if (i >= 0) out[i] = entry;
    else out.push(entry);
  }
  return out;
}
