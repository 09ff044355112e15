// The draft's inputs before any evidence: the options, the answers given (flags, an answers file, a resume file),
// checked once.
import { unknownNames } from '../text/suggest.js';
import { stat } from '../platform/files.js';
import { isAbsolute, resolve } from 'node:path';
import { openIncidents, type OpenIncident } from '../bundle/store.js';
import { AnswersSchema, type Answers } from '../model/bundle.js';
import { CHANNEL_IDS, isChannelId, type ChannelId } from '../drafts/channels/index.js';
import { UsageError } from '../platform/errors.js';
import type { ResolvedConfig } from '../config/load.js';
import type { Log } from '../platform/runtime.js';
import { answerError, checkAnswers, type SourceOf } from './fields.js';
import {
  ANSWER_FIELDS,
  flagAttr,
  flagOf,
  type AnswerFlagOptions,
  type AnswerKey,
  type AnswerSource,
} from '../model/answer-fields.js';
import { loadResume } from './resume.js';

/**
 * The draft command's options: one per answer field, from its flag (src/model/answer-fields.ts), and the draft's own flags
 * (src/cli.ts).
 */
export interface DraftOptions extends AnswerFlagOptions {
  from?: string;
  /** --new: a new incident even when one of this product is open in the folder. */
  new?: boolean;
  /** Draft a layer the evidence contradicts, without a terminal to confirm it in. */
  confirmOverride?: boolean;
  answers?: string;
  channels?: string[];
  out?: string;
  templates?: string;
  yes?: boolean;
  resume?: boolean;
  deadline?: number;
}

/** How an operator continues this incident's draft after Ctrl-C or quit. */
export function resumeHint(incident: string): string {
  return `Answers given so far are saved; continue with \`layerpost draft --resume --incident ${incident}\`.`;
}

/**
 * A new incident's id: the minute it began, for people, and six random letters and digits, so that two drafts in one
 * folder in the same minute (two products, two operators) never share an incident.
 */
export function newIncidentId(now: Date): string {
  const iso = now.toISOString();
  // Unique, not secret: Math.random (seeded per process) spares a draft loading node:crypto; a folder that exists is
  // never reused (chooseIncident).
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const tail = Array.from({ length: 6 }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join('');
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 16).replace(':', '')}-${tail}`;
}

/** How the incident of a draft without --incident was chosen, for the operator. */
export interface IncidentChoice {
  id: string;
  how: 'new' | 'continued';
  /** The incident continued: its last update. */
  last?: OpenIncident;
}

/**
 * The incident a draft without --incident belongs to: the one open incident of this product in the folder (said), a
 * choice among several (asked, or refused without a terminal), else a new one. --new always starts one.
 */
export async function chooseIncident(
  out: string,
  product: string | undefined,
  o: { newIncident?: boolean; now: Date; pick?: (open: OpenIncident[]) => Promise<string> },
): Promise<IncidentChoice> {
  const fresh = async (): Promise<IncidentChoice> => {
    for (;;) {
      const id = newIncidentId(o.now);
      if (!(await stat(resolve(out, id)).catch(() => undefined))) return { id, how: 'new' };
    }
  };
  if (o.newIncident) return fresh();
  // An incident of another product is never continued: two products drafting into one folder stay apart.
  const open = (await openIncidents(out)).filter((i) => !product || i.product === product);
  if (open.length === 1) return { id: open[0]!.id, how: 'continued', last: open[0] };
  if (open.length > 1) {
    const list = open.map((i) => `${i.id} (${i.product}, update ${i.update}, ${i.phase})`).join(', ');
    if (!o.pick)
      throw new UsageError(
        `${open.length} open incidents${product ? ` of ${product}` : ''} in ${out}: ${list}. Pass --incident ID to continue one, or --new to start another`,
      );
    const id = await o.pick(open);
    return id ? { id, how: 'continued', last: open.find((i) => i.id === id) } : fresh();
  }
  return fresh();
}

/** The answers the flags give, each under its file key, checked as the answers file's fields are. */
export function flagAnswers(o: AnswerFlagOptions): Answers {
  const raw: Record<string, unknown> = {};
  for (const f of ANSWER_FIELDS) {
    const v = (o as Record<string, unknown>)[flagAttr(f)];
    if (v !== undefined) raw[f.key] = v;
  }
  const parsed = AnswersSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw answerError({ key: issue.path[0] as AnswerKey, source: { kind: 'flag' }, message: issue.message });
  }
  return parsed.data;
}

export function resolveChannels(list: string[] | undefined, enabled: string[] | undefined): ChannelId[] {
  const wanted = list?.length ? list : (enabled ?? [...CHANNEL_IDS]);
  const bad = wanted.filter((c) => !isChannelId(c));
  if (bad.length) throw new UsageError(`--channels: ${unknownNames('channel', bad, CHANNEL_IDS)}`);
  return [...new Set(wanted)] as ChannelId[];
}

export interface DraftInputs {
  out: string;
  given: Answers;
  channels: ChannelId[];
  incident: string;
  /** How the incident was chosen when no --incident (or resume file) named it. */
  chosen?: IncidentChoice;
  from?: string;
  /** Where each given answer came from, so that a later check names it as given. */
  sourceOf: SourceOf;
}

/** Read and check what the operator gave before any evidence is gathered: a bad flag or file fails in milliseconds. */
export async function readInputs(
  o: DraftOptions,
  env: { cwd: string; now: Date; config: ResolvedConfig; log: Log; pick?: (open: OpenIncident[]) => Promise<string> },
): Promise<DraftInputs> {
  const { config } = env;
  // The flags first: a bad one fails before any file is read.
  const flagged = flagAnswers(o);
  const channels = resolveChannels(o.channels, config.channels.enabled);
  const out = o.out ? resolve(env.cwd, o.out) : config.out;
  const resume = o.resume ? await loadResume(out, o.incident) : undefined;
  const answersPath = o.answers ? (isAbsolute(o.answers) ? o.answers : resolve(env.cwd, o.answers)) : undefined;
  const fileAnswers = answersPath ? await (await import('./file.js')).loadAnswersFile(answersPath) : {};
  const providerIds = config.catalogue.map((p) => p.id);
  // One check of everything given; a problem names its field as given: the flag, or the file and its field.
  const file: AnswerSource | undefined = answersPath ? { kind: 'file', path: answersPath } : undefined;
  const sourceOf = (key: AnswerKey): AnswerSource => {
    if (key in flagged) return { kind: 'flag' };
    if (file && key in fileAnswers) return file;
    return resume && key in resume.answers ? { kind: 'resume', path: resume.path } : { kind: 'flag' };
  };
  const model = { layers: config.layers, providerIds, now: env.now };
  const checked = checkAnswers({ ...resume?.answers, ...fileAnswers, ...flagged }, model, sourceOf);
  if (checked.problem) throw answerError(checked.problem);
  const given = checked.answers;
  if (o.new && given.incident)
    throw new UsageError('--new starts a new incident; --incident continues one: pass one of them');
  const named = given.incident ?? resume?.incident;
  const chosen = named
    ? undefined
    : await chooseIncident(out, given.product || config.product.name, {
        newIncident: o.new,
        now: env.now,
        pick: env.pick,
      });
  const incident = named ?? chosen!.id;
  if (resume?.incident && resume.incident !== incident)
    throw new UsageError(`--resume: the saved answers are for incident ${resume.incident}, not ${incident}`);
  if (resume) {
    const restored = Object.entries(resume.answers)
      .filter(([k, v]) => k !== 'schema' && k !== 'incident' && v !== undefined && v !== '')
      .map(([k]) => flagOf(k as AnswerKey));
    env.log.info(
      `Resuming incident ${incident}: restored ${restored.length ? restored.join(', ') : 'no answers yet'}${resume.from ? `, evidence from ${resume.from}` : ''}.`,
    );
  }
  return { out, given, channels, incident, ...(chosen ? { chosen } : {}), from: o.from ?? resume?.from, sourceOf };
}
