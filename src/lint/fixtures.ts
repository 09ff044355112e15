// Realistic inputs lint renders every template with: every layer × phase × a few profiles (long names, many models, a URL, Japanese text).
import type { TemplateContext } from '../core/context.js';
import { buildContext, type DraftInput } from '../core/draft-context.js';
import type { Layer, Phase } from '../core/layers.js';

export interface Profile {
  id: string;
  /** What makes it hard, for the worst-case report. */
  about: string;
  /** Text outside GSM-7: SMS is UCS-2 (70 a segment) whatever the template says. */
  nonLatin?: boolean;
  input: Omit<DraftInput, 'layer' | 'phase' | 'previous' | 'evidenceTakenAt' | 'now' | 'dataLoss'> & { previousLayer?: string };
}

const NOW = new Date('2026-05-14T14:02:00Z');

// Only the typical profile's provider has an open incident: the provider-incident rule needs renders with one (where
// "following Anthropic's incident" is true) and without (where it is invented).
export const PROFILES: readonly Profile[] = [
  {
    id: 'typical',
    about: 'one provider with an open incident, one model, first update',
    input: {
      product: { name: 'Acme Notes', feature: 'Acme AI', timeZone: 'UTC', statusUrl: 'https://status.acme.example' },
      provider: { id: 'anthropic', name: 'Anthropic', statusUrl: 'https://status.claude.com', incident: { name: 'Elevated errors on Claude Opus 4.7', status: 'investigating' } },
      models: [{ id: 'claude-opus-4-7', name: 'Claude Opus 4.7' }],
      impact: { text: 'Acme AI answers are failing for many users.', reported: 'Acme AI answers are failing for many users.' },
      errors: [{ status: 529, kind: 'overloaded' }],
      evidenceLines: ['3/3 POST /v1/messages (claude-opus-4-7) → 529 overloaded_error', "status.claude.com: 'Elevated errors on Claude Opus 4.7', investigating since 13:48 UTC"],
      nextUpdateMinutes: 30,
      incident: { id: 'inc-2026-05-14', update: 1, startedAt: new Date('2026-05-14T13:48:00Z') },
    },
  },
  {
    id: 'long-names',
    about: 'long product, provider and model names, two errors, a long status URL, notes, a local time zone, a follow-up with a correction',
    input: {
      product: {
        name: 'Northwind Collaborative Knowledge Workspace',
        feature: 'Northwind Workspace AI Assistant',
        timeZone: 'America/Los_Angeles',
        statusUrl: 'https://status.northwind-knowledge-workspace.example/incidents/2026-05-14-ai-assistant-errors',
      },
      provider: { id: 'azure-openai', name: 'Azure OpenAI Service', statusUrl: 'https://azure.status.microsoft/en-us/status' },
      models: [
        { id: 'gpt-4.1-2025-04-14', name: 'GPT-4.1 (2025-04-14)' },
        { id: 'o4-mini-deep-research', name: 'o4-mini Deep Research' },
      ],
      impact: { text: 'Workspace AI Assistant answers are failing for many users.', reported: 'Workspace AI Assistant answers are failing for many users.' },
      errors: [
        { status: 503, kind: 'unavailable' },
        { status: 504, kind: 'gateway-timeout' },
      ],
      action: 'We have moved interactive requests to our West US 3 deployment.',
      notes: 'We have paused scheduled summary jobs so that interactive requests get through first.',
      evidenceLines: ['5/6 POST /openai/deployments/gpt-41/chat/completions → 503', 'Azure status: "Increased error rates" for Azure OpenAI Service in East US 2'],
      nextUpdateMinutes: 45,
      incident: { id: 'nw-ai-2026-05-14-0007', update: 3, startedAt: new Date('2026-05-14T12:55:00Z') },
      previousLayer: 'unknown',
    },
  },
  {
    id: 'many-models',
    about: 'four affected models of one provider',
    input: {
      product: { name: 'Acme Notes', feature: 'Acme AI', timeZone: 'Europe/Berlin', statusUrl: 'https://status.acme.example' },
      provider: { id: 'aws-bedrock', name: 'Amazon Bedrock', statusUrl: 'https://health.aws.amazon.com/health/status' },
      models: [
        { id: 'anthropic.claude-opus-4-7', name: 'Claude Opus 4.7' },
        { id: 'anthropic.claude-sonnet-4-6', name: 'Claude Sonnet 4.6' },
        { id: 'meta.llama4-maverick-17b-instruct', name: 'Llama 4 Maverick' },
        { id: 'mistral.mistral-large-2411', name: 'Mistral Large' },
      ],
      impact: { text: '' },
      errors: [{ status: 503, kind: 'unavailable' }],
      evidenceLines: ['5/6 InvokeModel (anthropic.claude-opus-4-7) → 503', '4/6 InvokeModel (meta.llama4-maverick-17b-instruct) → 503'],
      nextUpdateMinutes: 30,
      incident: { id: 'inc-2026-05-14', update: 1, startedAt: new Date('2026-05-14T13:48:00Z') },
    },
  },
  {
    id: 'japanese',
    about: 'Japanese product name and impact text (CJK weighting, UCS-2 SMS)',
    nonLatin: true,
    input: {
      product: { name: 'アクメノート', feature: 'アクメノートAI', timeZone: 'Asia/Tokyo', statusUrl: 'https://status.acme.example/ja' },
      provider: { id: 'anthropic', name: 'Anthropic', statusUrl: 'https://status.claude.com' },
      models: [{ id: 'claude-sonnet-4-6', name: 'Claude Sonnet 4.6' }],
      impact: { text: 'アクメノートAIの回答が多くのユーザーで失敗しています。', reported: 'アクメノートAIの回答が多くのユーザーで失敗しています。' },
      errors: [{ status: 529, kind: 'overloaded' }],
      evidenceLines: ['3/3 POST /v1/messages (claude-sonnet-4-6) → 529 overloaded_error'],
      nextUpdateMinutes: 30,
      incident: { id: 'acme-jp-42', update: 2, startedAt: new Date('2026-05-14T13:30:00Z') },
      previousLayer: 'network',
    },
  },
];

export interface RenderCase {
  layer: Layer;
  phase: Phase;
  profile: Profile;
  ctx: TemplateContext;
}

/** Product overrides from config replace the typical profile's names, so a team's own product is rendered too. */
export function renderCases(layers: readonly Layer[], product?: { name: string; feature: string; statusUrl?: string }): RenderCase[] {
  const key = JSON.stringify(product ?? null);
  const cached = memo.get(layers)?.get(key);
  if (cached) return cached;
  const cases = buildCases(layers, product);
  memo.set(layers, (memo.get(layers) ?? new Map()).set(key, cases));
  return cases;
}

// Contexts are pure functions of their inputs: build them once per layer model and product.
const memo = new WeakMap<readonly Layer[], Map<string, RenderCase[]>>();

function buildCases(layers: readonly Layer[], product?: { name: string; feature: string; statusUrl?: string }): RenderCase[] {
  const profiles = product
    ? PROFILES.map((p) => (p.id === 'typical' ? { ...p, input: { ...p.input, product: { ...p.input.product, name: product.name, feature: product.feature, statusUrl: product.statusUrl ?? p.input.product.statusUrl } } } : p))
    : PROFILES;
  const cases: RenderCase[] = [];
  for (const layer of layers)
    for (const phase of layer.phases)
      for (const profile of profiles) {
        const { previousLayer, ...input } = profile.input;
        const prev = previousLayer && previousLayer !== layer.id ? layers.find((l) => l.id === previousLayer) : undefined;
        const ctx = buildContext({
          ...input,
          layer,
          phase,
          evidenceTakenAt: NOW.toISOString(),
          now: NOW,
          // The operator's impact was written while it was failing: at monitoring and resolved only its report is carried.
          impact: phase === 'monitoring' || phase === 'resolved' ? { ...input.impact, text: '' } : input.impact,
          dataLoss: phase === 'resolved' ? 'No customer data was lost.' : undefined,
          previous: prev ? { layer: prev, phase: 'investigating' } : undefined,
        });
        cases.push({ layer, phase, profile, ctx });
      }
  return cases;
}

export function describeCase(c: Pick<RenderCase, 'layer' | 'phase' | 'profile'>): string {
  return `layer ${c.layer.id} × ${c.phase}, ${c.profile.id} fixture`;
}
