// From the answers given to the answers drafted: ask what is missing (or say which flag gives it), check them once,
// confirm a layer the evidence contradicts; then the review loop over the drafts, the only step that goes round.
import type { Answers, BundleManifest, Draft, Finding } from '../core/bundle.js';
import { CHANNELS, type ChannelId } from '../core/channels/index.js';
import type { Diagnosis } from '../core/diagnosis.js';
import type { Layer } from '../core/layers.js';
import { overrideConflict } from '../core/override.js';
import { UsageError } from '../errors.js';
import type { Asker } from '../adapters/prompts.js';
import { checkAnswers, FLAGS, missingKeys, type AnswerKey, type Proposal } from './answers.js';
import { askAnswers, reviewDrafts, type InterviewInput } from './interview.js';

export interface SettleInput {
  given: Answers;
  proposal: Proposal;
  diagnosis: Diagnosis;
  layers: readonly Layer[];
  providerIds: readonly string[];
  /** The layer the incident's last update published, if any. */
  published?: string;
  /** Whether the product is named already (config, incident or answer). */
  hasProduct(answers: Answers): boolean;
  /** The layer was given now (flag, file), not kept from the last update. */
  layerGiven: boolean;
  confirmOverride: boolean;
  /** An asker when the operator can be asked (a terminal, or a test's), else undefined. */
  asker?: () => Promise<Asker>;
  interview: Omit<InterviewInput, 'given'>;
  warn(line: string): void;
}

export interface Settled {
  answers: Answers;
  override?: BundleManifest['override'];
}

/** The keys still missing, the product among them. */
function missingOf(s: Pick<SettleInput, 'layers' | 'hasProduct'>, a: Answers): AnswerKey[] {
  return [...missingKeys(a, s.layers), ...(s.hasProduct(a) ? [] : (['product'] as const))];
}

/** Check answers after they are complete; the one place an answer set is judged whole. */
export function checkSettled(s: Pick<SettleInput, 'layers' | 'providerIds' | 'hasProduct'>, a: Answers): void {
  const bad = checkAnswers(a, s.layers, s.providerIds);
  if (bad) throw new UsageError(bad);
  const missing = missingOf(s, a);
  if (missing.length) throw new UsageError(`missing answer: ${FLAGS[missing[0]!]}`);
}

export async function settleAnswers(s: SettleInput): Promise<Settled> {
  let a = { ...s.given };
  const missing = missingOf(s, a);
  if (missing.length) {
    if (!s.asker) {
      if (missing.length === 1 && missing[0] === 'product') throw new UsageError('no product name: set product.name in layerpost.config.yaml, or pass --product NAME');
      throw new UsageError(
        `missing answer${missing.length > 1 ? 's' : ''}: ${missing.map((k) => FLAGS[k]).join(', ')}${missing.includes('product') ? ' (or product.name in layerpost.config.yaml)' : ''}. Pass ${missing.length > 1 ? 'them as flags' : 'it as a flag'} or in --answers FILE${missing.every((k) => k !== 'dataLoss') ? `, or --yes to take the proposed answers (proposed layer: ${s.proposal.answers.layer ?? 'unknown'})` : ' (only you know whether data was lost)'}.`,
      );
    }
    const ask = await s.asker();
    if (!s.hasProduct(a)) a.product = (await ask.input({ message: "Our product's name, as users know it:", validate: (v) => (v.trim() ? true : 'Drafts need a name.') })).trim();
    a = await askAnswers(ask, { ...s.interview, given: a });
  }
  checkSettled(s, a);

  // A layer the operator chose against the evidence is drafted only once confirmed; a kept one is only noted.
  const chosenNow = s.layerGiven || (Boolean(s.asker) && a.layer !== s.proposal.answers.layer);
  const conflict = chosenNow && a.layer !== s.published ? overrideConflict(s.diagnosis, a.layer!, s.layers) : undefined;
  if (!conflict) return { answers: a };
  let confirmed = s.confirmOverride;
  if (!confirmed && s.asker) {
    const ask = await s.asker();
    ask.show([`The evidence contradicts ${conflict.chosen}: ${conflict.summary}.`, ...conflict.lines.map((l) => `  - ${l}`)].join('\n'));
    confirmed = await ask.confirm({ message: `Draft ${conflict.chosen} anyway?`, default: false });
  }
  if (!confirmed) throw new UsageError(`--layer ${conflict.chosen} contradicts the evidence: ${conflict.summary} (${conflict.lines.slice(0, 2).join('; ')}); pass --confirm-override to draft it anyway`);
  s.warn(`Drafting ${conflict.chosen} against the evidence (${conflict.summary}); recorded in draft.json.`);
  return { answers: a, override: { proposed: conflict.proposed, chosen: conflict.chosen, confirmed: true, contradictions: conflict.lines } };
}

export interface Reviewable {
  drafts: Draft[];
  findings: Finding[];
}

export type Reviewed<C> = { kind: 'write'; answers: Answers; composed: C; acceptedOver: boolean } | { kind: 'quit'; answers: Answers; composed: C };

/**
 * Show the drafts and act on the operator's choice until they write or quit: edit a draft, change an answer (a hand
 * edit the change would make stale is dropped or kept by the operator's choice), accept a draft over a hard limit.
 */
export async function reviewLoop<C extends Reviewable>(
  ask: Asker,
  start: { answers: Answers; composed: C },
  s: Pick<SettleInput, 'layers' | 'providerIds' | 'hasProduct' | 'interview' | 'warn'>,
  recompose: (answers: Answers, edits: Record<string, string>) => C,
): Promise<Reviewed<C>> {
  let { answers, composed } = start;
  const edits: Record<string, string> = {};
  for (;;) {
    const action = await reviewDrafts(ask, composed.drafts, composed.findings);
    if (action.kind === 'quit') return { kind: 'quit', answers, composed };
    if (action.kind === 'write') {
      const over = composed.drafts.filter((d) => d.overLimit && !CHANNELS[d.channel as ChannelId]?.softLimit);
      if (!over.length) return { kind: 'write', answers, composed, acceptedOver: false };
      const accept = await ask.confirm({ message: `${over.map((d) => `${d.channel} is ${d.length}/${d.limit}`).join(', ')}: over the platform's limit, it will not post as it is. Write it anyway?`, default: false });
      if (accept) return { kind: 'write', answers, composed, acceptedOver: true };
      continue;
    }
    if (action.kind === 'edit') edits[action.channel] = action.text;
    if (action.kind === 'change') {
      const changed = { ...answers };
      delete changed[action.key];
      answers = await askAnswers(ask, { ...s.interview, given: changed }, [action.key]);
      const bad = checkAnswers(answers, s.layers, s.providerIds);
      if (bad) s.warn(bad);
      const edited = Object.keys(edits);
      if (edited.length) {
        const drop = await ask.confirm({ message: `You edited ${edited.join(', ')} by hand. Drop ${edited.length > 1 ? 'those edits' : 'that edit'} so the changed answer applies? (No keeps your text as written)`, default: true });
        if (drop) for (const ch of edited) delete edits[ch];
      }
    }
    composed = recompose(answers, edits);
  }
}
