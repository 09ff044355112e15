// Which answers a draft needs, what layerpost proposes for each, and the one check of the answers given: pure.
import { unknownNames } from '../text/suggest.js';
import type { Answers } from '../model/bundle.js';
import type { Diagnosis } from '../diagnosis/diagnose.js';
import type { Layer, Phase } from '../model/layers.js';
import { pastImpact, widestImpact } from '../drafts/impact.js';
import { ConfigError, UsageError } from '../platform/errors.js';
import { parseTime } from '../drafts/incident-times.js';
import { ANSWER_FIELDS, defaultOf, fieldName, type AnswerKey, type AnswerSource } from '../model/answer-fields.js';

export type { AnswerKey } from '../model/answer-fields.js';

/** Phases in the same tense: an answer written in one still reads right in another of its group. */
const GROUP: Record<Phase, string> = {
  investigating: 'failing',
  identified: 'failing',
  monitoring: 'monitoring',
  resolved: 'resolved',
};
export const samePhaseGroup = (a: Phase | undefined, b: Phase | undefined) =>
  a !== undefined && b !== undefined && GROUP[a] === GROUP[b];

export interface Proposal {
  /** What --yes takes and the interview offers for each answer; absent where nothing is proposed (data loss, never). */
  answers: Answers;
  /** The layer the fresh evidence proposes (top of the diagnosis). */
  diagnosed: string;
  /** The layer the incident's last update published, for a follow-up. */
  published?: string;
  /**
   * The operator's words of the last update that this phase's tense no longer carries (notes, action): asked again or
   * dropped.
   */
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
  const phase = given.phase ?? prev?.phase ?? defaultOf('phase');
  const sameTense = samePhaseGroup(prev?.phase, phase);
  // A layer the operator changes now brings the models the fresh evidence names for it.
  const changed = given.layer !== undefined && prev?.layer !== undefined && given.layer !== prev.layer;
  const freshModels = input.diagnosis.ranked.find((h) => h.layer === given.layer)?.models ?? [];
  const answers: Answers = {
    layer: prev?.layer ?? diagnosed,
    phase,
    provider:
      prev?.provider ??
      input.diagnosis.provider ??
      (input.configuredProviders.length === 1 ? input.configuredProviders[0] : undefined),
    models: changed && freshModels.length ? freshModels : (prev?.models ?? input.diagnosis.models),
    // The operator's own words carry while they are in the right tense; otherwise the templates say it for the phase.
    impact: sameTense ? prev?.impact : undefined,
    action: sameTense ? prev?.action : undefined,
    nextUpdateMinutes: prev?.nextUpdateMinutes ?? defaultOf('nextUpdateMinutes'),
    notes: sameTense ? prev?.notes : undefined,
    product: prev?.product,
  };
  for (const k of Object.keys(answers) as (keyof Answers)[]) if (answers[k] === undefined) delete answers[k];
  // Words in another tense ("We are rolling back …" once it is done) are not carried silently: asked, or dropped and
  // said.
  const stale: NonNullable<Proposal['stale']> = {};
  if (prev && !sameTense)
    for (const k of ['notes', 'action'] as const) if (prev[k] && given[k] === undefined) stale[k] = prev[k];
  return {
    answers,
    diagnosed,
    ...(prev?.layer ? { published: prev.layer } : {}),
    ...(Object.keys(stale).length ? { stale } : {}),
  };
}

/**
 * At resolved, the stated impact the post must sum up in the past when no rule can put it there ("Users see errors"):
 * only the operator can say it then. undefined when the post can say it (or nothing was stated).
 */
export function impactToRestate(answers: Answers, impactsStated: readonly string[] = []): string | undefined {
  if (answers.phase !== 'resolved' || !impactsStated.length || pastImpact(impactsStated) !== undefined)
    return undefined;
  return widestImpact(impactsStated);
}

/** Answers that must be given (by flag, file, prompt or --yes) before drafting. */
export function requiredKeys(
  answers: Answers,
  layers: readonly Layer[],
  impactsStated: readonly string[] = [],
): AnswerKey[] {
  const keys: AnswerKey[] = ['layer', 'phase'];
  if (answers.phase === 'resolved') keys.push('dataLoss');
  else keys.push('nextUpdateMinutes');
  if (impactToRestate(answers, impactsStated) !== undefined) keys.push('impact');
  const layer = layers.find((l) => l.id === answers.layer);
  if (layer?.providerLayer) keys.push('provider');
  return keys;
}

/** The required answers not given; the product among them when it is named nowhere else (config, an earlier update). */
export function missingKeys(
  answers: Answers,
  layers: readonly Layer[],
  hasProduct: (a: Answers) => boolean = () => true,
  impactsStated: readonly string[] = [],
): AnswerKey[] {
  const missing = requiredKeys(answers, layers, impactsStated).filter(
    (k) => answers[k] === undefined || answers[k] === '',
  );
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

/** A check that failed: which field, where its value came from, and what is wrong with it. */
export interface AnswerProblem {
  key: AnswerKey;
  source: AnswerSource;
  message: string;
}

/** The problem as one line naming the field as the operator gave it: "--layer: …", or "FILE: layer: …". */
export function problemLine(p: AnswerProblem): string {
  const named = `${fieldName(p.key, p.source)}: ${p.message}`;
  return p.source.kind === 'file' || p.source.kind === 'resume' ? `${p.source.path}: ${named}` : named;
}

/** The problem as the error to throw: a bad answers or resume file is a file error, anything else a usage error. */
export function answerError(p: AnswerProblem): UsageError {
  const inFile = p.source.kind === 'file' || p.source.kind === 'resume';
  return inFile ? new ConfigError(problemLine(p)) : new UsageError(problemLine(p));
}

/** Where each answer came from; a value not traced (a proposal, an interview answer) is named by its flag. */
export type SourceOf = (key: AnswerKey) => AnswerSource;
const byFlag: SourceOf = () => ({ kind: 'flag' });

/**
 * The checks that need more than the value: the layer exists and allows the phase, the provider is known, and (with
 * `now`) a time is a time and not in the future. Run once over each set of answers; times come back as ISO instants.
 */
export function checkAnswers(
  answers: Answers,
  model: { layers: readonly Layer[]; providerIds: readonly string[]; now?: Date },
  sourceOf: SourceOf = byFlag,
): { answers: Answers; problem?: AnswerProblem } {
  const fail = (key: AnswerKey, message: string) => ({ answers, problem: { key, source: sourceOf(key), message } });
  const { layers, providerIds, now } = model;
  if (answers.layer !== undefined) {
    const layer = layers.find((l) => l.id === answers.layer);
    if (!layer)
      return fail(
        'layer',
        unknownNames(
          'layer',
          [answers.layer],
          layers.map((l) => l.id),
        ),
      );
    if (answers.phase && !layer.phases.includes(answers.phase))
      return fail(
        'phase',
        `the layer "${layer.id}" is allowed only in ${layer.phases.join(', ')}; ` +
          `confirm a layer with --layer before moving to "${answers.phase}"`,
      );
  }
  if (answers.provider !== undefined && !providerIds.includes(answers.provider))
    return fail('provider', unknownNames('provider', [answers.provider], providerIds));
  if (!now) return { answers };
  const out: Answers = { ...answers };
  for (const f of ANSWER_FIELDS) {
    const text = out[f.key];
    if (f.value.kind !== 'time' || typeof text !== 'string') continue;
    const at = parseTime(text, now);
    if (!at) return fail(f.key, `"${text}" is not a time; write 14:05 (UTC) or 2026-11-21T14:05Z`);
    if (new Date(at).getTime() > now.getTime())
      return fail(f.key, `${at} is in the future (this machine's clock says ${now.toISOString()})`);
    (out as Record<string, unknown>)[f.key] = at;
  }
  return { answers: out };
}
