// The review loop, the only step of a draft that goes round: show the drafts, act on the operator's choice, re-compose.
import type { Answers, Draft, Finding } from '../model/bundle.js';
import { CHANNELS, type ChannelId } from '../drafts/channels/index.js';
import type { Layer } from '../model/layers.js';
import type { Asker } from '../platform/prompts.js';
import { checkAnswers, problemLine } from './fields.js';
import { askAnswers, reviewDrafts, type InterviewInput } from './interview.js';

export interface Reviewable {
  drafts: Draft[];
  findings: Finding[];
}

export type Reviewed<C> =
  | { kind: 'write'; answers: Answers; composed: C; acceptedOver: boolean }
  | { kind: 'quit'; answers: Answers; composed: C };

/**
 * Show the drafts and act on the operator's choice until they write or quit: edit a draft, change an answer (a hand
 * edit the change would make stale is dropped or kept by the operator's choice), accept a draft over a hard limit.
 */
export async function reviewLoop<C extends Reviewable>(
  ask: Asker,
  start: { answers: Answers; composed: C },
  s: {
    layers: readonly Layer[];
    providerIds: readonly string[];
    interview: Omit<InterviewInput, 'given'>;
    warn(line: string): void;
  },
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
      const accept = await ask.confirm({
        message: `${over.map((d) => `${d.channel} is ${d.length}/${d.limit}`).join(', ')}: over the platform's limit, it will not post as it is. Write it anyway?`,
        default: false,
      });
      if (accept) return { kind: 'write', answers, composed, acceptedOver: true };
      continue;
    }
    if (action.kind === 'edit') edits[action.channel] = action.text;
    if (action.kind === 'change') {
      const changed = { ...answers };
      delete changed[action.key];
      answers = await askAnswers(ask, { ...s.interview, given: changed }, [action.key]);
      const bad = checkAnswers(answers, s).problem;
      if (bad) s.warn(problemLine(bad));
      const edited = Object.keys(edits);
      if (edited.length) {
        const drop = await ask.confirm({
          message: `You edited ${edited.join(', ')} by hand. Drop ${edited.length > 1 ? 'those edits' : 'that edit'} so the changed answer applies? (No keeps your text as written)`,
          default: true,
        });
        if (drop) for (const ch of edited) delete edits[ch];
      }
    }
    composed = recompose(answers, edits);
  }
}
