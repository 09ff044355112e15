// The answer field table: each answer a draft takes, defined once. Its flag (name, value, help), its key in answers
// files, the check of its value, its default, its prompt and whether the review menu offers to change it. Flags,
// the answers-file schema, the typed draft options, the interview and its menu are derived from this table.
// Data only, without zod: `--help` builds its flags from it.
import { namesModels, namesProvider, PHASES, type Layer } from '../model/layers.js';

/** What a value is, and the check it passes wherever it comes from (a flag, an answers file, a resume file). */
export type ValueSpec =
  | { kind: 'text'; min?: number; max?: number; pattern?: RegExp; patternMessage?: string }
  /** An instant, as the operator writes it (14:05 for UTC, or an ISO time); stored as an ISO instant. */
  | { kind: 'time' }
  | { kind: 'choice'; of: readonly string[]; noun: string }
  | { kind: 'int'; min: number; max: number; unit: string }
  | { kind: 'list' };

/** The few answers a prompt's condition reads (the table stays free of the Answers type it defines). */
export interface AnswersSoFar {
  phase?: string;
}

/** How the interview asks for a field: only when it is not given, and when `when` holds. */
export type PromptSpec = { message: string; when?: (a: AnswersSoFar, layer: Layer | undefined) => boolean } &
  /** choices: the layers ranked by the evidence, the providers offered, or fixed values with their labels. */
  (
    | { kind: 'select'; choices: 'layers' | 'providers' | Readonly<Record<string, string>> }
    /** The models of the chosen provider, pre-checked from the evidence. */
    | { kind: 'checkbox'; choices: 'models' }
    /** A sentence; `required` is what to say to an empty answer (else empty means "not given"). */
    | { kind: 'text'; required?: string }
    /** A whole number within the field's bounds; `invalid` is what to say otherwise. */
    | { kind: 'number'; invalid: string }
  );

export interface AnswerField {
  /** The key in answers files, resume files and draft.json. */
  key: string;
  /** The flag without its dashes ("next-update"), its value's placeholder and its help. */
  flag: { name: string; value: string; help: string };
  value: ValueSpec;
  /** What layerpost takes when nothing (no flag, file, earlier update or evidence) says otherwise. */
  default?: string | number;
  prompt?: PromptSpec;
  /** Asked only when a draft needs it and it is given nowhere else (config, earlier update), not by the interview. */
  askedWhenMissing?: true;
  /** The review loop's "Change an answer" menu offers it, under this name. */
  change?: string;
}

const PHASE_LABELS: Readonly<Record<(typeof PHASES)[number], string>> = {
  investigating: 'Investigating — we are looking into a problem',
  identified: 'Identified — we know which layer failed',
  monitoring: 'Monitoring — a fix is in place, we are watching',
  resolved: 'Resolved — it is over',
};

const resolved = (a: AnswersSoFar) => a.phase === 'resolved';

/** In the order the interview asks them and `draft --help` lists them. */
export const ANSWER_FIELDS = [
  {
    key: 'layer',
    flag: { name: 'layer', value: '<id>', help: 'the failing layer (see `layerpost layers`)' },
    value: { kind: 'text' },
    prompt: { kind: 'select', message: 'Which layer failed?', choices: 'layers' },
    change: 'Layer',
  },
  {
    key: 'phase',
    flag: { name: 'phase', value: '<phase>', help: PHASES.join(' | ') },
    value: { kind: 'choice', of: PHASES, noun: 'phase' },
    default: 'investigating',
    prompt: { kind: 'select', message: 'Phase of the incident?', choices: PHASE_LABELS },
    change: 'Phase',
  },
  {
    key: 'provider',
    flag: { name: 'provider', value: '<id>', help: 'the provider concerned' },
    value: { kind: 'text' },
    prompt: {
      kind: 'select',
      message: 'Which provider?',
      choices: 'providers',
      when: (_a, layer) => !!layer && namesProvider(layer),
    },
    change: 'Provider',
  },
  {
    key: 'models',
    flag: { name: 'models', value: '<list>', help: 'affected models, comma-separated' },
    value: { kind: 'list' },
    prompt: {
      kind: 'checkbox',
      message: 'Affected models (pre-checked from the evidence)?',
      choices: 'models',
      when: (_a, layer) => !!layer && namesProvider(layer) && namesModels(layer.id),
    },
    change: 'Models',
  },
  {
    key: 'impact',
    flag: { name: 'impact', value: '<text>', help: "our users' impact, one plain sentence" },
    value: { kind: 'text', max: 500 },
    prompt: {
      kind: 'text',
      message: "Our users' impact, in one plain sentence (empty: the template's words for this phase):",
    },
    change: 'User impact',
  },
  {
    key: 'nextUpdateMinutes',
    flag: { name: 'next-update', value: '<minutes>', help: 'minutes until the next update' },
    value: { kind: 'int', min: 0, max: 24 * 60, unit: 'minutes' },
    default: 30,
    prompt: {
      kind: 'number',
      message: 'Next update in how many minutes?',
      invalid: 'A whole number of minutes, at most 1440.',
      when: (a) => !resolved(a),
    },
    change: 'Next update',
  },
  {
    key: 'dataLoss',
    flag: {
      name: 'data-loss',
      value: '<text>',
      help: 'at resolved: whether data was lost, one sentence (required: only you know it)',
    },
    value: { kind: 'text', max: 500 },
    prompt: {
      kind: 'text',
      message: 'Was any data lost? Say it in one sentence for the public post:',
      required: 'Only you know this: say whether data was lost.',
      when: resolved,
    },
  },
  {
    key: 'action',
    flag: {
      name: 'action',
      value: '<text>',
      help: "what we are doing about it (else the layer's mitigation from config, or a neutral sentence)",
    },
    value: { kind: 'text', max: 500 },
    prompt: { kind: 'text', message: 'What are we doing about it? (empty: a neutral sentence)' },
    change: 'What we are doing',
  },
  {
    key: 'notes',
    flag: { name: 'notes', value: '<text>', help: 'anything to add' },
    value: { kind: 'text', max: 2000 },
    prompt: { kind: 'text', message: 'Anything else to add? Optional:' },
    change: 'Notes',
  },
  {
    key: 'started',
    flag: {
      name: 'started',
      value: '<time>',
      help: 'when the incident started (14:05 for UTC, or 2026-11-21T14:05Z); else the first failing evidence',
    },
    value: { kind: 'time' },
  },
  {
    key: 'resolvedAt',
    flag: {
      name: 'resolved-at',
      value: '<time>',
      help: 'at resolved: when it was fixed; else the first evidence with every probe passing',
    },
    value: { kind: 'time' },
  },
  {
    key: 'product',
    flag: { name: 'product', value: '<name>', help: "the product's name (over the config's)" },
    value: { kind: 'text', min: 1, max: 200 },
    prompt: { kind: 'text', message: "Our product's name, as users know it:", required: 'Drafts need a name.' },
    askedWhenMissing: true,
  },
  {
    key: 'incident',
    flag: {
      name: 'incident',
      value: '<id>',
      help:
        'incident id that ties follow-up updates together ' +
        '(default: the one open incident of this product, else a new one)',
    },
    value: {
      kind: 'text',
      pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
      patternMessage: 'expected letters, digits, ".", "_" or "-"',
    },
  },
] as const satisfies readonly AnswerField[];

type Fields = (typeof ANSWER_FIELDS)[number];
export type AnswerKey = Fields['key'];
export type AnswerFieldOf<K extends AnswerKey> = Extract<Fields, { key: K }>;

/** The TypeScript type of a value of this spec. */
export type ValueOf<S> = S extends { kind: 'int' }
  ? number
  : S extends { kind: 'list' }
    ? string[]
    : S extends { kind: 'choice'; of: readonly (infer C)[] }
      ? C
      : string;

/** The answers the table defines, each optional. */
export type TableAnswers = { [F in Fields as F['key']]?: ValueOf<F['value']> };

type Camel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
/** commander's name for a flag's value in the parsed options ("next-update" → nextUpdate). */
export type FlagAttr<F extends AnswerField> = Camel<F['flag']['name']>;
/** The answer flags as commander parses them: one option per field, under the flag's camel-cased name. */
export type AnswerFlagOptions = { [F in Fields as FlagAttr<F>]?: FlagValueOf<F['value']> };
/** A flag's value before the field's check: a choice is any word until then. */
type FlagValueOf<S> = S extends { kind: 'int' } ? number : S extends { kind: 'list' } ? string[] : string;

export const FIELD: { readonly [K in AnswerKey]: AnswerFieldOf<K> } = Object.fromEntries(
  ANSWER_FIELDS.map((f) => [f.key, f]),
) as never;

/** A field's flag, `--next-update`: looked up in the table itself, so that a field added to it has one. */
export function flagOf(key: AnswerKey): string {
  const field = (ANSWER_FIELDS as readonly AnswerField[]).find((f) => f.key === key);
  return field ? `--${field.flag.name}` : key;
}
export const flagAttr = (f: AnswerField): string => f.flag.name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The default of a field that has one. */
export function defaultOf<K extends 'phase' | 'nextUpdateMinutes'>(key: K): ValueOf<AnswerFieldOf<K>['value']> {
  return FIELD[key].default as never;
}

/** Where an answer came from, so that a check names it the way the operator gave it. */
export type AnswerSource =
  { kind: 'flag' } | { kind: 'file'; path: string } | { kind: 'resume'; path: string } | { kind: 'proposed' };

/** The field as its source names it: `--next-update` for a flag, `nextUpdateMinutes` in an answers file. */
export function fieldName(key: AnswerKey, source: AnswerSource = { kind: 'flag' }): string {
  return source.kind === 'file' ? key : source.kind === 'resume' ? `answers.${key}` : flagOf(key);
}

/** The check of a value of this spec, without zod (commander's parsers, the interview's validation). */
export function intInRange(spec: { min: number; max: number }, text: string): number | undefined {
  const t = text.trim();
  if (!/^\d{1,9}$/.test(t)) return undefined;
  const n = Number(t);
  return n >= spec.min && n <= spec.max ? n : undefined;
}
