// The draft's inputs before any evidence: the options, the answers given (flags, an answers file, a resume file), checked once.
import { unknownNames } from '../text/suggest.js';
import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { openIncidents, type OpenIncident } from '../bundle/store.js';
import { AnswersSchema, type Answers } from '../model/bundle.js';
import { CHANNEL_IDS, isChannelId, type ChannelId } from '../drafts/channels/index.js';
import { formatZodError } from '../text/zod-format.js';
import { ConfigError, UsageError } from '../platform/errors.js';
import type { ResolvedConfig } from '../config/load.js';
import type { Log } from '../platform/runtime.js';
import { checkAnswers, FLAGS, type AnswerKey } from './fields.js';
import { loadResume } from './resume.js';
import { parseTime } from '../drafts/incident-times.js';

/** The draft command's options, one per flag (src/cli.ts). */
export interface DraftOptions {
  from?: string;
  layer?: string;
  phase?: string;
  provider?: string;
  models?: string[];
  impact?: string;
  nextUpdate?: number;
  notes?: string;
  action?: string;
  dataLoss?: string;
  started?: string;
  resolvedAt?: string;
  /** --new: a new incident even when one of this product is open in the folder. */
  new?: boolean;
  product?: string;
  /** Draft a layer the evidence contradicts, without a terminal to confirm it in. */
  confirmOverride?: boolean;
  answers?: string;
  channels?: string[];
  out?: string;
  incident?: string;
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
    if (!o.pick) throw new UsageError(`${open.length} open incidents${product ? ` of ${product}` : ''} in ${out}: ${list}. Pass --incident ID to continue one, or --new to start another`);
    const id = await o.pick(open);
    return id ? { id, how: 'continued', last: open.find((i) => i.id === id) } : fresh();
  }
  return fresh();
}

/** "--next-update: …" → "nextUpdateMinutes: …": checkAnswers speaks in flags; a file has fields. */
function asField(message: string): string {
  for (const [key, flag] of Object.entries(FLAGS)) if (message.startsWith(`${flag}: `)) return `${key}: ${message.slice(flag.length + 2)}`;
  return message;
}

function flagAnswers(o: DraftOptions): Answers {
  const raw: Record<string, unknown> = {
    layer: o.layer,
    phase: o.phase,
    provider: o.provider,
    models: o.models,
    impact: o.impact,
    nextUpdateMinutes: o.nextUpdate,
    notes: o.notes,
    action: o.action,
    dataLoss: o.dataLoss,
    started: o.started,
    resolvedAt: o.resolvedAt,
    product: o.product,
    incident: o.incident,
  };
  for (const k of Object.keys(raw)) if (raw[k] === undefined) delete raw[k];
  const parsed = AnswersSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0] ?? '') as AnswerKey | 'incident';
    const flag = key === 'incident' ? '--incident' : (FLAGS[key as AnswerKey] ?? key);
    throw new UsageError(`${flag}: ${formatZodError('', parsed.error).replace(/^: [^:]+: /, '')}`);
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
  // A bad value in the file is reported against the file and its field, not against a flag the operator never typed.
  const badInFile = answersPath ? checkAnswers(fileAnswers, config.layers, providerIds) : undefined;
  if (badInFile) throw new ConfigError(`${answersPath}: ${asField(badInFile)}`);
  const given: Answers = { ...resume?.answers, ...fileAnswers, ...flagged };
  const bad = checkAnswers(given, config.layers, providerIds);
  if (bad) throw new UsageError(bad);
  for (const key of ['started', 'resolvedAt'] as const) {
    const text = given[key];
    if (text === undefined) continue;
    const at = parseTime(text, env.now);
    if (!at) throw new UsageError(`${FLAGS[key]}: "${text}" is not a time; write 14:05 (UTC) or 2026-11-21T14:05Z`);
    if (new Date(at).getTime() > env.now.getTime()) throw new UsageError(`${FLAGS[key]}: ${at} is in the future (this machine's clock says ${env.now.toISOString()})`);
    given[key] = at;
  }
  if (o.new && given.incident) throw new UsageError('--new starts a new incident; --incident continues one: pass one of them');
  const named = given.incident ?? resume?.incident;
  const chosen = named ? undefined : await chooseIncident(out, given.product || config.product.name, { newIncident: o.new, now: env.now, pick: env.pick });
  const incident = named ?? chosen!.id;
  if (resume?.incident && resume.incident !== incident) throw new UsageError(`--resume: the saved answers are for incident ${resume.incident}, not ${incident}`);
  if (resume) {
    const restored = Object.entries(resume.answers).filter(([k, v]) => k !== 'schema' && k !== 'incident' && v !== undefined && v !== '').map(([k]) => FLAGS[k as AnswerKey] ?? k);
    env.log.info(`Resuming incident ${incident}: restored ${restored.length ? restored.join(', ') : 'no answers yet'}${resume.from ? `, evidence from ${resume.from}` : ''}.`);
  }
  return { out, given, channels, incident, ...(chosen ? { chosen } : {}), from: o.from ?? resume?.from };
}
