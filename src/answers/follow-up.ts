// How a follow-up reuses the previous update, the whole path in one place (pure):
// 1. src/bundle/store.ts: findPrevious reads the incident's last NNN-phase folder (its draft.json), readPreviousEvidence
//    the evidence.json beside it.
// 2. Here: what the answers take from it. Its answers are the proposals (the layer is kept unless the operator gives
//    one: --yes never takes a new layer from the evidence; provider, models and product carry over); the layer it
//    published (drafting another one is a correction); the impacts stated so far; the probes that failed then and
//    still fail now (monitoring and resolved ask before saying a fix is in place).
// 3. src/drafts/compose.ts: the context takes the previous layer (correction.kind), the incident's clock (its start)
//    and the stated impacts (the resolved post says the widest, in the past).
import type { Answers, BundleManifest } from '../model/bundle.js';
import type { Evidence } from '../model/evidence.js';
import { statedImpacts } from '../drafts/compose.js';

export interface FollowUp {
  /** The previous update's answers, with the product it was drafted for: this update's proposals. */
  answers?: Answers;
  /** The layer the previous update published. */
  published?: string;
  /** The impacts the operator stated while the fault was happening. */
  impactsStated: string[];
}

/** What this update takes from the previous one (nothing for an incident's first update). */
export function followUp(previous: BundleManifest | undefined): FollowUp {
  if (!previous) return { impactsStated: [] };
  return {
    answers: { ...previous.answers, product: previous.answers.product ?? previous.product.name },
    published: previous.layer,
    impactsStated: statedImpacts(previous, undefined),
  };
}

/**
 * Probes failing in `evidence` that also failed in the previous update's evidence. Without a previous update, or
 * when its evidence could not be read, every failing probe counts.
 */
export function stillFailing(evidence: Evidence, before: Evidence | undefined): string[] {
  const failing = evidence.probes.filter((p) => !p.ok).map((p) => p.id);
  if (!failing.length || !before) return failing;
  const failed = new Set(before.probes.filter((p) => !p.ok).map((p) => p.id));
  return failing.filter((id) => failed.has(id));
}
