// The operator interview: shows the evidence and ranking, asks only what is not given, and reviews the drafts.
import type { Answers, Draft, Finding, Hypothesis } from '../model/bundle.js';
import type { Layer, Phase } from '../model/layers.js';
import type { Asker } from '../platform/prompts.js';
import type { Proposal } from './fields.js';
import { ANSWER_FIELDS, intInRange, type AnswerField, type AnswerKey } from '../model/answer-fields.js';

export interface InterviewInput {
  given: Answers;
  proposal: Proposal;
  ranked: Hypothesis[];
  summary: string[];
  layers: readonly Layer[];
  /** Each layer's name as the template set says it ({{> layer-name}} for no provider yet), by id. */
  layerNames?: Readonly<Record<string, string>>;
  /** Every provider the interview could offer (the catalogue). */
  providers: ReadonlyArray<{ id: string; name: string; models: ReadonlyArray<{ id: string; name: string }> }>;
  /**
   * Providers the config or its probes name: with the proposed one, the only ones offered (all, when none is named).
   */
  namedProviders?: readonly string[];
  /** The evidence was printed as it was gathered (not read from a file): the interview does not repeat it. */
  evidenceShown?: boolean;
  /** At resolved: the stated impact no rule could put in the past; the operator says what happened instead. */
  restate?: string;
  /** Called after every answer so that Ctrl-C loses nothing. */
  onAnswer(answers: Answers): Promise<void> | void;
}

const pct = (n: number) => `${Math.round(n * 100)}%`;

/** A layer's name: the template set's words, else a team's own layer's name from config, else its id. */
function nameOf(id: string, input: Pick<InterviewInput, 'layers' | 'layerNames'>): string {
  return input.layerNames?.[id] || input.layers.find((l) => l.id === id)?.name || id;
}

export function rankingText(ranked: Hypothesis[], input: Pick<InterviewInput, 'layers' | 'layerNames'>): string {
  const out: string[] = [];
  for (const h of ranked.filter((x) => x.confidence > 0 || x.evidence.length)) {
    const name = nameOf(h.layer, input);
    out.push(`  ${pct(h.confidence).padStart(4)}  ${h.layer}: ${name}`);
    for (const e of h.evidence.slice(0, 3)) out.push(`          + ${e}`);
    for (const e of h.against.slice(0, 2)) out.push(`          - ${e}`);
  }
  return out.join('\n');
}

/**
 * Ask for every answer that is not given (or, from the review loop, those in `only`), in the order of the answer
 * table, each as its prompt says; returns the completed answers.
 */
export async function askAnswers(ask: Asker, input: InterviewInput, only?: AnswerKey[]): Promise<Answers> {
  const a: Answers = { ...input.given };
  const p = input.proposal.answers;
  const want = (k: AnswerKey) => (only ? only.includes(k) : a[k] === undefined);
  const set = (k: AnswerKey, v: unknown) => ((a as Record<string, unknown>)[k] = v);

  if (!only) {
    // Evidence gathered just now was printed line by line as it came: the ranking follows it, not a second copy.
    const evidence = input.evidenceShown ? [] : ['Evidence:', ...input.summary.map((l) => `  ${l}`), ''];
    ask.show(
      [...evidence, 'Which layer failed (layerpost proposes the first):', rankingText(input.ranked, input), ''].join(
        '\n',
      ),
    );
  }
  for (const f of ANSWER_FIELDS as readonly AnswerField[]) {
    const k = f.key as AnswerKey;
    const prompt = f.prompt;
    if (!prompt || f.askedWhenMissing) continue;
    const layer = input.layers.find((l) => l.id === a.layer);
    // A phase the chosen layer does not allow is asked again.
    const disallowed = k === 'phase' && !!layer && !!a.phase && !layer.phases.includes(a.phase);
    if (!(want(k) || disallowed) || (prompt.when && !prompt.when(a, layer))) continue;
    const proposed = p[k];
    let value: unknown;
    if (prompt.kind === 'select') {
      const choices = selectChoices(k, prompt.choices, a, input);
      if (!choices.length) continue;
      // The proposed answer where it is a choice; the phase falls back to the first its layer allows.
      const offered = typeof proposed === 'string' && choices.some((c) => c.value === proposed);
      const def = offered ? proposed : k === 'phase' ? choices[0]!.value : (proposed as string | undefined);
      value = await ask.select({ message: prompt.message, ...(def !== undefined ? { default: def } : {}), choices });
    } else if (prompt.kind === 'checkbox') {
      const provider = input.providers.find((pr) => pr.id === (a.provider ?? p.provider));
      if (!provider) continue;
      const known = new Map(provider.models.map((m) => [m.id, m.name]));
      const checked = (p.models ?? []) as string[];
      for (const m of checked) if (!known.has(m)) known.set(m, m);
      const choices = [...known].map(([id, name]) => ({ value: id, name, checked: checked.includes(id) }));
      value = await ask.checkbox({ message: prompt.message, choices });
    } else if (prompt.kind === 'number') {
      const spec = f.value as { min: number; max: number };
      const validate = (s: string) => (intInRange(spec, s) !== undefined ? true : prompt.invalid);
      const v = await ask.input({ message: prompt.message, default: String(proposed ?? f.default), validate });
      value = intInRange(spec, v);
    } else if (k === 'impact' && input.restate && a.phase === 'resolved') {
      // At resolved, an impact no rule can put in the past: only the operator can say what happened.
      value = (
        await ask.input({
          message: `Earlier you said “${input.restate}”. What happened to our users, in the past tense, for the resolved post?`,
          validate: (v) => (v.trim() ? true : 'The resolved post sums up the incident: say what users saw.'),
        })
      ).trim();
    } else {
      const required = prompt.required;
      const text = required
        ? await ask.input({ message: prompt.message, validate: (v) => (v.trim() ? true : required) })
        : await ask.input({ message: prompt.message, default: typeof proposed === 'string' ? proposed : '' });
      value = text.trim() || undefined;
    }
    set(k, value);
    await input.onAnswer({ ...a });
  }
  return a;
}

/** A select's choices: the layers as the evidence ranks them, the providers offered, or the field's own values. */
function selectChoices(
  key: AnswerKey,
  from: 'layers' | 'providers' | Readonly<Record<string, string>>,
  a: Answers,
  input: InterviewInput,
) {
  const p = input.proposal.answers;
  if (from === 'layers') {
    // A phase given already narrows the layers to those that allow it (an unknown cause is only investigated).
    const allows = (l: Layer) => !a.phase || l.phases.includes(a.phase);
    const fits = input.layers.some(allows) ? allows : () => true;
    return [...input.ranked]
      .filter((h) => input.layers.some((l) => l.id === h.layer && fits(l)))
      .map((h) => {
        const l = input.layers.find((x) => x.id === h.layer)!;
        return {
          value: l.id,
          name: `${l.id} (${pct(h.confidence)}): ${nameOf(l.id, input)}`,
          description: h.evidence[0],
        };
      });
  }
  if (from === 'providers') {
    const named = new Set([...(input.namedProviders ?? []), ...(p.provider ? [p.provider] : [])]);
    const offered = named.size ? input.providers.filter((pr) => named.has(pr.id)) : input.providers;
    return offered.map((pr) => ({ value: pr.id, name: pr.name }));
  }
  const layer = input.layers.find((l) => l.id === a.layer);
  // The phases the chosen layer allows.
  const values = Object.keys(from).filter((v) => key !== 'phase' || (layer?.phases.includes(v as Phase) ?? true));
  return values.map((v) => ({ value: v, name: from[v]! }));
}

/** What the operator may do with the drafts, in the order offered. */
const REVIEW_CHOICES = {
  write: 'Write the bundle',
  edit: 'Edit a draft in $EDITOR',
  change: 'Change an answer',
  quit: 'Quit without writing (answers are kept for --resume)',
};
/** The answers the review loop can change, as its menu names them: the table's fields with a `change` name. */
export const CHANGEABLE: Partial<Record<AnswerKey, string>> = Object.fromEntries(
  (ANSWER_FIELDS as readonly AnswerField[]).flatMap((f) => (f.change ? [[f.key, f.change]] : [])),
);
const menu = <K extends string>(names: Partial<Record<K, string>>) =>
  (Object.entries(names) as [K, string][]).map(([value, name]) => ({ value, name }));

export type ReviewAction =
  | { kind: 'write' }
  | { kind: 'quit' }
  | { kind: 'edit'; channel: string; text: string }
  | { kind: 'change'; key: AnswerKey };

export function draftsText(drafts: Draft[], findings: Finding[]): string {
  const out: string[] = [];
  for (const d of drafts) {
    const mark = d.overLimit ? '✗' : d.length > d.limit * 0.9 ? '!' : '✓';
    out.push(
      `── ${d.channel} ${mark} ${d.length}/${d.limit} ${d.unit}${d.variant !== 'default' ? ` (${d.variant} variant)` : ''}`,
    );
    if (d.title) out.push(`# ${d.title}`);
    out.push(d.text);
    for (const f of findings.filter((x) => x.channel === d.channel))
      out.push(`   ${f.severity === 'error' ? '✗' : '!'} ${f.rule}: ${f.message}`);
    out.push('');
  }
  const general = findings.filter((f) => !f.channel);
  for (const f of general) out.push(`${f.severity === 'error' ? '✗' : '!'} ${f.rule}: ${f.message}`);
  return out.join('\n');
}

/** Show the drafts and ask what to do next. */
export async function reviewDrafts(ask: Asker, drafts: Draft[], findings: Finding[]): Promise<ReviewAction> {
  ask.show(draftsText(drafts, findings));
  const choice = await ask.select({
    message: 'What now?',
    default: 'write',
    choices: menu(REVIEW_CHOICES),
  });
  if (choice === 'write' || choice === 'quit') return { kind: choice };
  if (choice === 'edit') {
    const channel = await ask.select({
      message: 'Which draft?',
      choices: drafts.map((d) => ({ value: d.channel, name: `${d.channel} (${d.length}/${d.limit})` })),
    });
    const draft = drafts.find((d) => d.channel === channel)!;
    const text = await ask.editor({ message: `Edit the ${channel} draft`, default: draft.text });
    return { kind: 'edit', channel, text: text.replace(/\s+$/, '') };
  }
  const key = await ask.select<AnswerKey>({
    message: 'Which answer?',
    choices: menu(CHANGEABLE),
  });
  return { kind: 'change', key };
}
