// Realistic inputs lint renders every template with: every layer × phase × a few profiles (long names, many models, a URL, Japanese text).
import type { TemplateContext } from '../drafts/context.js';
import { buildContext, type DraftInput } from '../drafts/build-context.js';
import type { Layer, Phase } from '../model/layers.js';
import { rememberZoned } from '../text/time.js';
import localTimes from './local-times.json' with { type: 'json' };
import profiles from './profiles.json' with { type: 'json' };

export interface Profile {
  id: string;
  /** What makes it hard, for the worst-case report. */
  about: string;
  /** Text outside GSM-7: SMS is UCS-2 (70 a segment) whatever the template says. */
  nonLatin?: boolean;
  input: Omit<DraftInput, 'layer' | 'phase' | 'previous' | 'evidenceTakenAt' | 'now' | 'dataLoss'> & {
    previousLayer?: string;
  };
}

const NOW = new Date('2026-05-14T14:02:00Z');

// The profiles are data (profiles.json). Only the typical profile's provider has an open incident: the
// provider-incident rule needs renders with one (where "following Anthropic's incident" is true) and without (where it is invented).
type ProfileData = Omit<Profile, 'input'> & {
  input: Omit<Profile['input'], 'incident'> & {
    incident: Omit<Profile['input']['incident'], 'startedAt'> & { startedAt: string };
  };
};
export const PROFILES: readonly Profile[] = (profiles as ProfileData[]).map((p) => ({
  ...p,
  input: { ...p.input, incident: { ...p.input.incident, startedAt: new Date(p.input.incident.startedAt) } },
}));

export interface RenderCase {
  layer: Layer;
  phase: Phase;
  profile: Profile;
  ctx: TemplateContext;
}

/** Product overrides from config replace the typical profile's names, so a team's own product is rendered too. */
export function renderCases(
  layers: readonly Layer[],
  product?: { name: string; feature: string; statusUrl?: string },
): RenderCase[] {
  const key = JSON.stringify(product ?? null);
  const cached = memo.get(layers)?.get(key);
  if (cached) return cached;
  const cases = buildCases(layers, product);
  memo.set(layers, (memo.get(layers) ?? new Map()).set(key, cases));
  return cases;
}

// Contexts are pure functions of their inputs: build them once per layer model and product.
const memo = new WeakMap<readonly Layer[], Map<string, RenderCase[]>>();

function buildCases(
  layers: readonly Layer[],
  product?: { name: string; feature: string; statusUrl?: string },
): RenderCase[] {
  const profiles = product
    ? PROFILES.map((p) =>
        p.id === 'typical'
          ? {
              ...p,
              input: {
                ...p.input,
                product: {
                  ...p.input.product,
                  name: product.name,
                  feature: product.feature,
                  statusUrl: product.statusUrl ?? p.input.product.statusUrl,
                },
              },
            }
          : p,
      )
    : PROFILES;
  // The profiles' moments in their zones, as Intl gives them (test/lint/fixtures.test.ts checks each): asking Intl
  // costs more than all of lint's contexts.
  rememberZoned(localTimes);
  const cases: RenderCase[] = [];
  for (const layer of layers)
    for (const phase of layer.phases)
      for (const profile of profiles) {
        const { previousLayer, ...input } = profile.input;
        const prev =
          previousLayer && previousLayer !== layer.id ? layers.find((l) => l.id === previousLayer) : undefined;
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
