// Which answers a draft needs, what layerpost proposes for each, and which flag supplies it: pure.
import type { Answers } from '../core/bundle.js';
import type { Diagnosis } from '../core/diagnosis.js';
import { proposedImpact, joinNames } from '../core/draft-context.js';
import type { Layer } from '../core/layers.js';

export type AnswerKey = 'layer' | 'phase' | 'provider' | 'models' | 'impact' | 'nextUpdateMinutes' | 'notes' | 'dataLoss';

/** The flag that gives each answer, for "missing answer" errors. */
export const FLAGS: Record<AnswerKey, string> = {
  layer: '--layer',
  phase: '--phase',
  provider: '--provider',
  models: '--models',
  impact: '--impact',
  nextUpdateMinutes: '--next-update',
  notes: '--notes',
  dataLoss: '--answers (dataLoss)',
};

export interface Proposal {
  answers: Required<Pick<Answers, 'layer' | 'phase' | 'models' | 'impact' | 'nextUpdateMinutes' | 'notes' | 'dataLoss'>> & { provider?: string };
}

export interface ProposeInput {
  diagnosis: Diagnosis;
  layers: readonly Layer[];
  feature: string;
  /** Provider ids the config names; the only one is proposed when evidence names none. */
  configuredProviders: readonly string[];
  modelName: (id: string) => string;
  previous?: Answers;
}

export function propose(input: ProposeInput, given: Answers): Proposal {
  const prev = input.previous;
  const layer = given.layer ?? input.diagnosis.ranked[0]?.layer ?? 'unknown';
  const phase = given.phase ?? prev?.phase ?? 'investigating';
  const provider = given.provider ?? input.diagnosis.provider ?? prev?.provider ?? (input.configuredProviders.length === 1 ? input.configuredProviders[0] : undefined);
  const models = given.models ?? (input.diagnosis.models.length ? input.diagnosis.models : (prev?.models ?? []));
  const names = joinNames(models.map(input.modelName));
  return {
    answers: {
      layer,
      phase,
      provider,
      models,
      impact: proposedImpact(layer, input.feature, names, phase === 'resolved'),
      nextUpdateMinutes: prev?.nextUpdateMinutes ?? 30,
      notes: '',
      dataLoss: 'No data was lost.',
    },
  };
}

/** Answers that must be given (by flag, file, prompt or --yes) before drafting. */
export function requiredKeys(answers: Answers, layers: readonly Layer[]): AnswerKey[] {
  const keys: AnswerKey[] = ['layer', 'phase', 'impact'];
  if (answers.phase !== 'resolved') keys.push('nextUpdateMinutes');
  const layer = layers.find((l) => l.id === answers.layer);
  if (layer?.providerLayer) keys.push('provider');
  return keys;
}

export function missingKeys(answers: Answers, layers: readonly Layer[]): AnswerKey[] {
  return requiredKeys(answers, layers).filter((k) => answers[k] === undefined || answers[k] === '');
}

/** Fill every answer not given with the proposal (what --yes does). */
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
    if (!layer) return `--layer: unknown layer "${answers.layer}" (known: ${layers.map((l) => l.id).join(', ')})`;
    if (answers.phase && !layer.phases.includes(answers.phase))
      return `--phase: the layer "${layer.id}" is allowed only in ${layer.phases.join(', ')}; confirm a layer before moving to "${answers.phase}"`;
  }
  if (answers.provider !== undefined && !providerIds.includes(answers.provider))
    return `--provider: unknown provider "${answers.provider}" (known: ${providerIds.join(', ')})`;
  return undefined;
}
