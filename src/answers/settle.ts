// From the answers given to the answers drafted: propose the rest, judge them once, ask what is missing (or say which
// flag gives it), confirm a layer the evidence contradicts, and note fresh evidence that points elsewhere.
import type { Answers, BundleManifest } from '../model/bundle.js';
import type { SaidDiagnosis } from '../diagnosis/diagnose.js';
import type { Layer } from '../model/layers.js';
import { overrideConflict, pointsElsewhere } from '../diagnosis/override.js';
import { conflictSummary } from './conflict-words.js';
import { UsageError } from '../platform/errors.js';
import type { Asker } from '../platform/prompts.js';
import { answerError, checkAnswers, impactToRestate, missingKeys, propose, withProposed } from './fields.js';
import type { Proposal, SourceOf } from './fields.js';
import { FIELD, flagOf, type AnswerKey } from '../model/answer-fields.js';
import { askAnswers, type InterviewInput } from './interview.js';

export interface SettleInput {
  given: Answers;
  /** --yes: every answer not given is the proposed one. */
  yes: boolean;
  diagnosis: SaidDiagnosis;
  /** Provider ids the config names; the only one is proposed when evidence names none. */
  configuredProviders: readonly string[];
  /** The answers the incident's last update published, and its layer. */
  previous?: Answers;
  published?: string;
  layers: readonly Layer[];
  providerIds: readonly string[];
  /** The impacts the operator stated while the fault was happening (the resolved post sums up the widest). */
  impactsStated?: readonly string[];
  /** Whether the product is named already (config, incident or answer). */
  hasProduct(answers: Answers): boolean;
  /** The layer was given now (flag, file), not kept from the last update. */
  layerGiven: boolean;
  confirmOverride: boolean;
  /** Where each given answer came from (flag, answers file, resume file), for naming it in a problem. */
  sourceOf?: SourceOf;
  /** An asker when the operator can be asked (a terminal, or a test's), else undefined. */
  asker?: () => Promise<Asker>;
  interview: Omit<InterviewInput, 'given' | 'proposal'>;
  warn(line: string): void;
}

export interface Settled {
  answers: Answers;
  /** What was proposed for each answer (the interview's defaults, the review loop's too). */
  proposal: Proposal;
  override?: BundleManifest['override'];
  /** Fresh evidence points away from the published layer, which was kept. */
  elsewhere?: BundleManifest['proposal'];
}

export async function settleAnswers(s: SettleInput): Promise<Settled> {
  const proposal = propose(
    { diagnosis: s.diagnosis, configuredProviders: s.configuredProviders, previous: s.previous },
    s.given,
  );
  let a = s.yes ? withProposed(s.given, proposal) : { ...s.given };
  if (s.yes || !s.asker)
    for (const [k, text] of Object.entries(proposal.stale ?? {}))
      s.warn(
        `Not carried to ${a.phase ?? 'this update'}: the ${k === 'notes' ? 'note' : 'action'} of the last update (“${text}”), written while the fault was happening; pass ${k === 'notes' ? '--notes' : '--action'} to say it again.`,
      );
  // The answers given were checked as they were read; what --yes took from the proposal is judged with them, once,
  // before anything is asked: the interview then offers only answers that keep the set valid.
  const proposed = (k: AnswerKey) => s.given[k] === undefined && a[k] !== undefined;
  if ((Object.keys(a) as AnswerKey[]).some(proposed)) {
    const given = s.sourceOf ?? (() => ({ kind: 'flag' }) as const);
    const bad = checkAnswers(a, s, (k) => (proposed(k) ? { kind: 'proposed' } : given(k))).problem;
    if (bad) throw answerError(bad);
  }
  // The last update's words in another tense: kept only when the operator says they still hold (default No).
  if (!s.yes && s.asker)
    for (const [k, text] of Object.entries(proposal.stale ?? {}) as Array<['notes' | 'action', string]>) {
      if (a[k] !== undefined) continue;
      const ask = await s.asker();
      if (
        await ask.confirm({
          message: `The last update said “${text}”. Does it still apply at ${a.phase ?? proposal.answers.phase}?`,
          default: false,
        })
      )
        a[k] = text;
      await s.interview.onAnswer({ ...a });
    }
  const missing = missingKeys(a, s.layers, s.hasProduct, s.impactsStated);
  const restate = impactToRestate(a, s.impactsStated);
  if (missing.length) {
    if (!s.asker) {
      if (missing.length === 1 && missing[0] === 'product')
        throw new UsageError('no product name: set product.name in layerpost.config.yaml, or pass --product NAME');
      if (missing.includes('impact') && restate)
        throw new UsageError(
          `missing answer: --impact. The resolved post says what happened, in the past; the impact stated earlier (“${restate}”) cannot be put in the past safely: say it, e.g. --impact "…was failing for…"${
            missing.length > 1
              ? `; also missing: ${missing
                  .filter((k) => k !== 'impact')
                  .map(flagOf)
                  .join(', ')}`
              : ''
          }.`,
        );
      throw new UsageError(
        `missing answer${missing.length > 1 ? 's' : ''}: ${missing.map(flagOf).join(', ')}${missing.includes('product') ? ' (or product.name in layerpost.config.yaml)' : ''}. Pass ${missing.length > 1 ? 'them as flags' : 'it as a flag'} or in --answers FILE${missing.every((k) => k !== 'dataLoss') ? `, or --yes to take the proposed answers (proposed layer: ${proposal.answers.layer ?? 'unknown'})` : ' (only you know whether data was lost)'}.`,
      );
    }
    const ask = await s.asker();
    const product = FIELD.product.prompt;
    const validate = (v: string) => (v.trim() ? true : product.required);
    if (missing.includes('product')) a.product = (await ask.input({ message: product.message, validate })).trim();
    a = await askAnswers(ask, { ...s.interview, proposal, given: a, ...(restate ? { restate } : {}) });
  }

  // A layer the operator chose against the evidence is drafted only once confirmed; a kept one is only noted.
  const chosenNow = s.layerGiven || (Boolean(s.asker) && a.layer !== proposal.answers.layer);
  const found = chosenNow && a.layer !== s.published ? overrideConflict(s.diagnosis, a.layer!, s.layers) : undefined;
  const conflict = found && { ...found, summary: conflictSummary(found) };
  const points = s.published && a.layer === s.published ? pointsElsewhere(s.diagnosis, a.layer) : undefined;
  const elsewhere = points ? { layer: points.layer, confidence: points.confidence, kept: a.layer! } : undefined;
  if (elsewhere)
    s.warn(
      `Fresh evidence points to ${elsewhere.layer} (${Math.round(elsewhere.confidence * 100)}%); the published layer ${elsewhere.kept} is kept. Pass --layer ${elsewhere.layer} to change it (the drafts then carry a correction).`,
    );
  if (!conflict) return { answers: a, proposal, ...(elsewhere ? { elsewhere } : {}) };
  let confirmed = s.confirmOverride;
  if (!confirmed && s.asker) {
    const ask = await s.asker();
    ask.show(
      [
        `The evidence contradicts ${conflict.chosen}: ${conflict.summary}.`,
        ...conflict.lines.map((l) => `  - ${l}`),
      ].join('\n'),
    );
    confirmed = await ask.confirm({ message: `Draft ${conflict.chosen} anyway?`, default: false });
  }
  if (!confirmed)
    throw new UsageError(
      `--layer ${conflict.chosen} contradicts the evidence: ${conflict.summary} (${conflict.lines
        .slice(0, 2)
        .map((l) => l.replace(/\.$/, ''))
        .join('; ')}); pass --confirm-override to draft it anyway`,
    );
  s.warn(`Drafting ${conflict.chosen} against the evidence (${conflict.summary}); recorded in draft.json.`);
  return {
    answers: a,
    proposal,
    override: { proposed: conflict.proposed, chosen: conflict.chosen, confirmed: true, contradictions: conflict.lines },
  };
}
