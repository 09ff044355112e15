// When the operator's layer contradicts the evidence (SPEC §4, "Only true statements"): pure.
import type { Ranked } from './diagnose.js';
import { citesProbes } from '../model/reasons.js';
import { DEFAULT_LAYERS, type Layer } from '../model/layers.js';

export interface Conflict {
  /** The layer the evidence puts first. */
  proposed: string;
  chosen: string;
  /** What the contradiction is (src/answers/conflict-words.ts says it). */
  why: ConflictWhy;
  /** The evidence lines that contradict the choice. */
  lines: string[];
}

/** A ranked layer with its reasons said (src/templating/reasons.ts): `evidence` and `against` in the reasons' order. */
type Said = Ranked & { evidence: string[]; against: string[] };

/** The said reasons for a layer, each beside its typed reason. */
const forLayer = (h: Said | undefined) =>
  h ? h.reasons.filter((r) => r.weight >= 0).map((r, i) => ({ r, line: h.evidence[i] ?? '' })) : [];

/**
 * quality-while-failing: model quality chosen while the model's requests fail; fault-ours: a provider layer chosen
 * while the evidence puts the fault on our side (`top`); speaks-against: the evidence speaks against the chosen layer
 * and ranks `top` well above it.
 */
export type ConflictWhy =
  | { kind: 'quality-while-failing' }
  | { kind: 'fault-ours'; top: string }
  | { kind: 'speaks-against'; top: string; topConfidence: number; chosenConfidence: number };

/** How far above the chosen layer another must rank before the evidence "contradicts" the choice. */
const WELL_ABOVE = 0.3;
/** A fresh diagnosis "points elsewhere" from this confidence on. */
export const REAL_CONFIDENCE = 0.5;

/**
 * The contradiction between a chosen layer and the evidence, or undefined where the evidence agrees or is silent.
 * Above all: model quality while that model's requests fail, and a provider layer while the fault is on our side.
 */
export function overrideConflict(
  diagnosis: { ranked: Said[] },
  chosen: string,
  layers: readonly Layer[] = DEFAULT_LAYERS,
): Conflict | undefined {
  const top = diagnosis.ranked[0];
  if (!top || top.layer === chosen || top.layer === 'unknown' || top.confidence === 0) return undefined;
  const h: Said | undefined = diagnosis.ranked.find((x) => x.layer === chosen);
  const chosenLayer = layers.find((l) => l.id === chosen);
  const topLayer = layers.find((l) => l.id === top.layer);
  const conf = h?.confidence ?? 0;
  const failing = (id: string) => diagnosis.ranked.find((x) => x.layer === id);
  if (chosen === 'model-quality') {
    const serving = [failing('provider-api'), failing('model-endpoint'), failing('network')].filter(
      (x): x is Said => !!x && x.confidence >= 0.2,
    );
    if (serving.length)
      return {
        proposed: top.layer,
        chosen,
        why: { kind: 'quality-while-failing' },
        // The failing requests themselves first: they are what makes a quality claim false.
        lines: [
          ...new Set(
            [failing('provider-api'), failing('model-endpoint'), failing('network')]
              .flatMap(forLayer)
              .sort((a, b) => Number(citesProbes(b.r)) - Number(citesProbes(a.r)))
              .map((x) => x.line),
          ),
        ].slice(0, 4),
      };
  }
  if (chosenLayer?.providerLayer && topLayer?.ourSide && top.confidence >= REAL_CONFIDENCE)
    return {
      proposed: top.layer,
      chosen,
      why: { kind: 'fault-ours', top: top.layer },
      lines: top.evidence.slice(0, 4),
    };
  if ((h?.against.length ?? 0) > 0 && top.confidence - conf >= WELL_ABOVE)
    return {
      proposed: top.layer,
      chosen,
      why: { kind: 'speaks-against', top: top.layer, topConfidence: top.confidence, chosenConfidence: conf },
      lines: [...(h?.against ?? []), ...top.evidence].slice(0, 4),
    };
  return undefined;
}

/** A fresh diagnosis that points away from the published layer with real confidence. */
export function pointsElsewhere(
  diagnosis: { ranked: readonly Pick<Ranked, 'layer' | 'confidence'>[] },
  published: string,
): { layer: string; confidence: number } | undefined {
  const top = diagnosis.ranked[0];
  if (!top || top.layer === published || top.layer === 'unknown' || top.confidence < REAL_CONFIDENCE) return undefined;
  return { layer: top.layer, confidence: top.confidence };
}
