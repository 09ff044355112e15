// Which answers a draft needs, what layerpost proposes for each, and which flag supplies it: pure.
import { unknownNames } from '../text/suggest.js';
import type { Answers } from '../model/bundle.js';
import type { Diagnosis } from '../diagnosis/diagnose.js';
import type { Layer, Phase } from '../model/layers.js';
import { pastImpact, widestImpact } from '../drafts/impact.js';

export type AnswerKey = 'layer' | 'phase' | 'provider' | 'models' | 'impact' | 'action' | 'nextUpdateMinutes' | 'notes' | 'dataLoss' | 'product' | 'started' | 'resolvedAt';

/** The flag that gives each answer, for "missing answer" errors. */
export const FLAGS: Record<AnswerKey, string> = {
  layer: '--layer',
  phase: '--phase',
  provider: '--provider',
  models: '--models',
  impact: '--impact',
  action: '--action',
  nextUpdateMinutes: '--next-update',
  notes: '--notes',
  dataLoss: '--data-loss',
  product: '--product',
  started: '--started',
  resolvedAt: '--resolved-at',
};

/** Phases in the same tense: an answer written in one still reads right in another of its group. */
const GROUP: Record<Phase, string> = { investigating: 'failing', identified: 'failing', monitoring: 'monitoring', resolved: 'resolved' };
export const samePhaseGroup = (a: Phase | undefined, b: Phase | undefined) => a !== undefined && b !== undefined && GROUP[a] === GROUP[b];

export interface Proposal {
  /** What --yes takes and the interview offers for each answer; absent where nothing is proposed (data loss, never). */
  answers: Answers;
  /** The layer the fresh evidence proposes (top of the diagnosis). */
  diagnosed: string;
  /** The layer the incident's last update published, for a follow-up. */
  published?: string;
  /** The operator's words of the last update that this phase's tense no longer carries (notes, action): asked again or dropped. */
  stale?: Partial<Record<'notes' | 'action', string>>;
}

export interface ProposeInput {
  diagnosis: Diagnosis;
  /** Provider ids the config names; the only one is proposed when evidence names none. */
  configuredProviders: readonly string[];
  /** The answers the incident's last update published (a follow-up starts from them). */
  previous?: Answers;
}

/** Every answer of update n defaults to what update n−1 published; a first update to the diagnosis. */
export function propose(input: ProposeInput, given: Answers): Proposal {
  const prev = input.previous;
  const diagnosed = input.diagnosis.ranked[0]?.layer ?? 'unknown';
  const phase = given.phase ?? prev?.phase ?? 'investigating';
  const sameTense = samePhaseGroup(prev?.phase, phase);
  // A layer the operator changes now brings the models the fresh evidence names for it.
  const changed = given.layer !== undefined && prev?.layer !== undefined && given.layer !== prev.layer;
  const freshModels = input.diagnosis.ranked.find((h) => h.layer === given.layer)?.models ?? [];
  const answers: Answers = {
    layer: prev?.layer ?? diagnosed,
    phase,
    provider: prev?.provider ?? input.diagnosis.provider ?? (input.configuredProviders.length === 1 ? input.configuredProviders[0] : undefined),
    models: changed && freshModels.length ? freshModels : (prev?.models ?? input.diagnosis.models),
    // The operator's own words carry while they are in the right tense; otherwise the templates say it for the phase.
    impact: sameTense ? prev?.impact : undefined,
    action: sameTense ? prev?.action : undefined,
    nextUpdateMinutes: prev?.nextUpdateMinutes ?? 30,
    notes: sameTense ? prev?.notes : undefined,
    product: prev?.product,
  };
  for (const k of Object.keys(answers) as (keyof Answers)[]) if (answers[k] === undefined) delete answers[k];
  // Words in another tense ("We are rolling back …" once it is done) are not carried silently: asked, or dropped and said.
  const stale: NonNullable<Proposal['stale']> = {};
  if (prev && !sameTense) for (const k of ['notes', 'action'] as const) if (prev[k] && given[k] === undefined) stale[k] = prev[k];
  return { answers, diagnosed, ...(prev?.layer ? { published: prev.layer } : {}), ...(Object.keys(stale).length ? { stale } : {}) };
}

/**
 * At resolved, the stated impact the post must sum up in the past when no rule can put it there ("Users see errors"):
 * only the operator can say it then. undefined when the post can say it (or nothing was stated).
 */
export function impactToRestate(answers: Answers, impactsStated: readonly string[] = []): string | undefined {
  if (answers.phase !== 'resolved' || !impactsStated.length || pastImpact(impactsStated) !== undefined) return undefined;
  return widestImpact(impactsStated);
}

/** Answers that must be given (by flag, file, prompt or --yes) before drafting. */
export function requiredKeys(answers: Answers, layers: readonly Layer[], impactsStated: readonly string[] = []): AnswerKey[] {
  const keys: AnswerKey[] = ['layer', 'phase'];
  if (answers.phase === 'resolved') keys.push('dataLoss');
  else keys.push('nextUpdateMinutes');
  if (impactToRestate(answers, impactsStated) !== undefined) keys.push('impact');
  const layer = layers.find((l) => l.id === answers.layer);
  if (layer?.providerLayer) keys.push('provider');
  return keys;
}

/** The required answers not given; the product among them when it is named nowhere else (config, an earlier update). */
export function missingKeys(answers: Answers, layers: readonly Layer[], hasProduct: (a: Answers) => boolean = () => true, impactsStated: readonly string[] = []): AnswerKey[] {
  const missing = requiredKeys(answers, layers, impactsStated).filter((k) => answers[k] === undefined || answers[k] === '');
  return hasProduct(answers) ? missing : [...missing, 'product'];
}

/** Fill every answer not given with the proposal (what --yes does). Data loss is never proposed. */
export function withProposed(given: Answers, proposal: Proposal): Answers {
  const out: Answers = { ...given };
  for (const [k, v] of Object.entries(proposal.answers) as [keyof Answers, unknown][]) {
    if (out[k] === undefined && v !== undefined) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

/** Checks that depend on the layer model: the layer exists and allows the phase. */
export function checkAnswers(answers: Answers, layers: readonly Layer[], providerIds: readonly string[]): string | undefined {
  if (answers.layer !== undefined) {
    const layer = layers.find((l) => l.id === answers.layer);
    if (!layer) return `--layer: ${unknownNames('layer', [answers.layer], layers.map((l) => l.id))}`;
    if (answers.phase && !layer.phases.includes(answers.phase))
      return `--phase: the layer "${layer.id}" is allowed only in ${layer.phases.join(', ')}; confirm a layer with --layer before moving to "${answers.phase}"`;
  }
  if (answers.provider !== undefined && !providerIds.includes(answers.provider))
    return `--provider: ${unknownNames('provider', [answers.provider], providerIds)}`;
  return undefined;
}
