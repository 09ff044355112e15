// The operator interview: shows the evidence and ranking, asks only what is not given, and reviews the drafts.
import type { Answers, Draft, Finding, Hypothesis } from '../model/bundle.js';
import { namesModels, namesProvider, PHASES, type Layer, type Phase } from '../model/layers.js';
import type { Asker } from '../platform/prompts.js';
import type { AnswerKey, Proposal } from './fields.js';

export interface InterviewInput {
  given: Answers;
  proposal: Proposal;
  ranked: Hypothesis[];
  summary: string[];
  layers: readonly Layer[];
  /** Every provider the interview could offer (the catalogue). */
  providers: ReadonlyArray<{ id: string; name: string; models: ReadonlyArray<{ id: string; name: string }> }>;
  /** Providers the config or its probes name: with the proposed one, the only ones offered (all, when none is named). */
  namedProviders?: readonly string[];
  /** The evidence was printed as it was gathered (not read from a file): the interview does not repeat it. */
  evidenceShown?: boolean;
  /** At resolved: the stated impact no rule could put in the past; the operator says what happened instead. */
  restate?: string;
  /** Called after every answer so that Ctrl-C loses nothing. */
  onAnswer(answers: Answers): Promise<void> | void;
}

const pct = (n: number) => `${Math.round(n * 100)}%`;

const PHASE_CHOICES: Record<Phase, string> = {
  investigating: 'Investigating — we are looking into a problem',
  identified: 'Identified — we know which layer failed',
  monitoring: 'Monitoring — a fix is in place, we are watching',
  resolved: 'Resolved — it is over',
};

export function rankingText(ranked: Hypothesis[], layers: readonly Layer[]): string {
  const out: string[] = [];
  for (const h of ranked.filter((x) => x.confidence > 0 || x.evidence.length)) {
    const name = layers.find((l) => l.id === h.layer)?.name ?? h.layer;
    out.push(`  ${pct(h.confidence).padStart(4)}  ${h.layer}: ${name}`);
    for (const e of h.evidence.slice(0, 3)) out.push(`          + ${e}`);
    for (const e of h.against.slice(0, 2)) out.push(`          - ${e}`);
  }
  return out.join('\n');
}

/** Ask for every answer that is not given; returns the completed answers. */
export async function askAnswers(ask: Asker, input: InterviewInput, only?: AnswerKey[]): Promise<Answers> {
  const a: Answers = { ...input.given };
  const p = input.proposal.answers;
  const want = (k: AnswerKey) => (only ? only.includes(k) : a[k] === undefined);
  const save = async () => input.onAnswer({ ...a });

  if (!only) {
    // Evidence gathered just now was printed line by line as it came: the ranking follows it, not a second copy.
    const evidence = input.evidenceShown ? [] : ['Evidence:', ...input.summary.map((l) => `  ${l}`), ''];
    ask.show([...evidence, 'Which layer failed (layerpost proposes the first):', rankingText(input.ranked, input.layers), ''].join('\n'));
  }
  if (want('layer')) {
    // A phase given already narrows the layers to those that allow it (an unknown cause is only investigated).
    const allows = (l: Layer) => !a.phase || l.phases.includes(a.phase);
    const fits = input.layers.some(allows) ? allows : () => true;
    a.layer = await ask.select({
      message: 'Which layer failed?',
      default: p.layer,
      choices: [...input.ranked]
        .filter((h) => input.layers.some((l) => l.id === h.layer && fits(l)))
        .map((h) => {
          const l = input.layers.find((x) => x.id === h.layer)!;
          return { value: l.id, name: `${l.id} (${pct(h.confidence)}): ${l.name}`, description: h.evidence[0] };
        }),
    });
    await save();
  }
  const layer = input.layers.find((l) => l.id === a.layer);
  // A phase the chosen layer does not allow is asked again.
  if (want('phase') || (layer && a.phase && !layer.phases.includes(a.phase))) {
    const phases = PHASES.filter((ph) => layer?.phases.includes(ph) ?? true);
    a.phase = await ask.select({ message: 'Phase of the incident?', default: p.phase && phases.includes(p.phase) ? p.phase : phases[0], choices: phases.map((ph) => ({ value: ph, name: PHASE_CHOICES[ph] })) });
    await save();
  }
  if (layer && namesProvider(layer)) {
    const named = new Set([...(input.namedProviders ?? []), ...(p.provider ? [p.provider] : [])]);
    const offered = named.size ? input.providers.filter((pr) => named.has(pr.id)) : input.providers;
    if (want('provider') && offered.length) {
      a.provider = await ask.select({
        message: 'Which provider?',
        default: p.provider,
        choices: offered.map((pr) => ({ value: pr.id, name: pr.name })),
      });
      await save();
    }
    const provider = input.providers.find((pr) => pr.id === (a.provider ?? p.provider));
    if (want('models') && provider && layer && namesModels(layer.id)) {
      const known = new Map(provider.models.map((m) => [m.id, m.name]));
      for (const m of p.models ?? []) if (!known.has(m)) known.set(m, m);
      a.models = await ask.checkbox({
        message: 'Affected models (pre-checked from the evidence)?',
        choices: [...known].map(([id, name]) => ({ value: id, name, checked: (p.models ?? []).includes(id) })),
      });
      await save();
    }
  }
  if (want('impact') && input.restate && a.phase === 'resolved') {
    a.impact = (
      await ask.input({
        message: `Earlier you said “${input.restate}”. What happened to our users, in the past tense, for the resolved post?`,
        validate: (v) => (v.trim() ? true : 'The resolved post sums up the incident: say what users saw.'),
      })
    ).trim();
    await save();
  }
  if (want('impact')) {
    const impact = (await ask.input({ message: "Our users' impact, in one plain sentence (empty: the template's words for this phase):", default: p.impact ?? '' })).trim();
    a.impact = impact || undefined;
    await save();
  }
  if (a.phase !== 'resolved' && want('nextUpdateMinutes')) {
    const v = await ask.input({
      message: 'Next update in how many minutes?',
      default: String(p.nextUpdateMinutes),
      validate: (s) => (/^\d{1,4}$/.test(s.trim()) && Number(s) <= 1440 ? true : 'A whole number of minutes, at most 1440.'),
    });
    a.nextUpdateMinutes = Number(v.trim());
    await save();
  }
  if (a.phase === 'resolved' && want('dataLoss')) {
    a.dataLoss = (await ask.input({ message: 'Was any data lost? Say it in one sentence for the public post:', validate: (v) => (v.trim() ? true : 'Only you know this: say whether data was lost.') })).trim();
    await save();
  }
  if (want('action')) {
    const action = (await ask.input({ message: 'What are we doing about it? (empty: a neutral sentence)', default: p.action ?? '' })).trim();
    a.action = action || undefined;
    await save();
  }
  if (want('notes')) {
    a.notes = (await ask.input({ message: 'Anything else to add? Optional:', default: p.notes ?? '' })).trim() || undefined;
    await save();
  }
  return a;
}

/** What the operator may do with the drafts, in the order offered. */
const REVIEW_CHOICES = { write: 'Write the bundle', edit: 'Edit a draft in $EDITOR', change: 'Change an answer', quit: 'Quit without writing (answers are kept for --resume)' };
/** The answers the review loop can change, as its menu names them (data loss and product are asked where they are needed). */
const CHANGEABLE: Partial<Record<AnswerKey, string>> = { layer: 'Layer', phase: 'Phase', provider: 'Provider', models: 'Models', impact: 'User impact', action: 'What we are doing', nextUpdateMinutes: 'Next update', notes: 'Notes' };
const menu = <K extends string>(names: Partial<Record<K, string>>) => (Object.entries(names) as [K, string][]).map(([value, name]) => ({ value, name }));

export type ReviewAction = { kind: 'write' } | { kind: 'quit' } | { kind: 'edit'; channel: string; text: string } | { kind: 'change'; key: AnswerKey };

export function draftsText(drafts: Draft[], findings: Finding[]): string {
  const out: string[] = [];
  for (const d of drafts) {
    const mark = d.overLimit ? '✗' : d.length > d.limit * 0.9 ? '!' : '✓';
    out.push(`── ${d.channel} ${mark} ${d.length}/${d.limit} ${d.unit}${d.variant !== 'default' ? ` (${d.variant} variant)` : ''}`);
    if (d.title) out.push(`# ${d.title}`);
    out.push(d.text);
    for (const f of findings.filter((x) => x.channel === d.channel)) out.push(`   ${f.severity === 'error' ? '✗' : '!'} ${f.rule}: ${f.message}`);
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
    const channel = await ask.select({ message: 'Which draft?', choices: drafts.map((d) => ({ value: d.channel, name: `${d.channel} (${d.length}/${d.limit})` })) });
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
