// The draft flow shared by `draft` and `demo`: evidence → diagnosis → answers → drafts → bundle.
import { isAbsolute, resolve } from 'node:path';
import { AnswersSchema, type Answers, type BundleManifest, type Draft, type Finding } from '../core/bundle.js';
import { CHANNEL_IDS, CHANNELS, isChannelId, type ChannelId } from '../core/channels/index.js';
import type { LintContext } from '../lint/types.js';
import { overrideConflict, pointsElsewhere } from '../core/override.js';
import { diagnose } from '../core/diagnosis.js';
import type { Evidence } from '../core/evidence.js';
import { formatZodError } from '../core/zod-format.js';
import { ConfigError, InterruptedError, UsageError } from '../errors.js';
import type { Asker } from '../adapters/prompts.js';
import { printJson } from '../runtime.js';
import type { ResolvedConfig } from '../config/load.js';
import type { Log, Runtime } from '../runtime.js';
import type { ChalkInstance as Chalk } from 'chalk';
import { checkAnswers, FLAGS, missingKeys, propose, withProposed, type AnswerKey } from '../interview/answers.js';
import { askAnswers, draftsText, reviewDrafts } from '../interview/interview.js';
import { bundleFiles, compose, productOf } from './compose.js';
import { probeProgressLine, providerLine } from '../probes/progress.js';
// Every draft renders templates, lints its drafts and writes a review page: loaded with the command, not on demand.
import { lintDrafts } from '../lint/drafts.js';
import { renderReviewHtml } from '../review/html.js';
import { layerPhrases, loadTemplateSet } from '../templates/load.js';
import { rendererFor } from '../templates/renderer.js';
import { clearResume, findPrevious, loadResume, nextUpdateNumber, saveResume, writeBundle } from './store.js';

/** What the draft flow is given by the command that runs it: the runtime, the loaded config, the log and colours. */
export interface DraftEnv {
  rt: Runtime;
  config: ResolvedConfig;
  log: Log;
  c: Chalk;
}

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

export interface DraftDeps {
  asker?: Asker;
  /** Evidence already gathered (demo); skips --from and probing. */
  evidence?: Evidence;
  lint?: (drafts: Draft[], ctx: LintContext) => Finding[];
}

export interface DraftResult {
  code: number;
  bundle?: string;
  drafts: Draft[];
  findings: Finding[];
}

/** How an operator continues this incident's draft after Ctrl-C or quit. */
export function resumeHint(incident: string): string {
  return `Answers given so far are saved; continue with \`layerpost draft --resume --incident ${incident}\`.`;
}

export function newIncidentId(now: Date): string {
  const iso = now.toISOString();
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 16).replace(':', '')}`;
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
  if (bad.length) throw new UsageError(`--channels: unknown channel${bad.length > 1 ? 's' : ''} ${bad.join(', ')} (known: ${CHANNEL_IDS.join(', ')})`);
  return [...new Set(wanted)] as ChannelId[];
}

export async function runDraft(env: DraftEnv, o: DraftOptions, deps: DraftDeps = {}): Promise<DraftResult> {
  const { rt, config, log, c } = env;
  const out = o.out ? resolve(rt.cwd, o.out) : config.out;
  const resume = o.resume ? await loadResume(out, o.incident) : undefined;
  const answersPath = o.answers ? (isAbsolute(o.answers) ? o.answers : resolve(rt.cwd, o.answers)) : undefined;
  const fileAnswers = answersPath ? await (await import('./answers-file.js')).loadAnswersFile(answersPath) : {};
  const providerIds = config.catalogue.map((p) => p.id);
  // A bad value in the file is reported against the file and its field, not against a flag the operator never typed.
  const badInFile = answersPath ? checkAnswers(fileAnswers, config.layers, providerIds) : undefined;
  if (badInFile) throw new ConfigError(`${answersPath}: ${asField(badInFile)}`);
  let given: Answers = { ...resume?.answers, ...fileAnswers, ...flagAnswers(o) };
  const bad = checkAnswers(given, config.layers, providerIds);
  if (bad) throw new UsageError(bad);
  const channels = resolveChannels(o.channels, config.channels.enabled);
  const now = rt.now();
  const incident = given.incident ?? resume?.incident ?? newIncidentId(now);
  if (resume?.incident && resume.incident !== incident) throw new UsageError(`--resume: the saved answers are for incident ${resume.incident}, not ${incident}`);
  const from = o.from ?? resume?.from;
  if (resume) {
    const restored = Object.entries(resume.answers).filter(([k, v]) => k !== 'schema' && k !== 'incident' && v !== undefined && v !== '').map(([k]) => FLAGS[k as AnswerKey] ?? k);
    log.info(`Resuming incident ${incident}: restored ${restored.length ? restored.join(', ') : 'no answers yet'}${resume.from ? `, evidence from ${resume.from}` : ''}.`);
  }

  // Templates are compiled before any probing so a broken template fails in milliseconds.
  const overrides = [config.templatesDir, o.templates ? resolve(rt.cwd, o.templates) : undefined].filter((d): d is string => !!d);
  const renderer = await rendererFor(await loadTemplateSet(overrides, layerPhrases(config.layers, config.file ?? 'config')));

  let evidence: Evidence;
  if (deps.evidence) evidence = deps.evidence;
  else if (from) {
    const { loadEvidence } = await import('../probes/evidence-file.js');
    evidence = await loadEvidence(from, { baseDir: rt.cwd, now, signal: rt.signal, timeoutMs: config.timeoutMs });
  } else {
    const { gatherEvidence } = await import('../probes/gather.js');
    log.progress(c.dim('Gathering evidence (probes and provider status)…'));
    evidence = await gatherEvidence(config, {
      deadlineMs: (o.deadline ?? config.deadlineSeconds) * 1000,
      env: rt.env,
      signal: rt.signal,
      now: rt.now,
      statuses: true,
      onProbe: (r) => log.progress(probeProgressLine(r, c)),
      onProvider: (s) => log.progress(providerLine(s, c)),
      warn: (line) => log.warn(line),
    });
  }
  if (rt.signal.aborted) {
    await saveResume(out, { answers: given, from, incident }).catch(() => undefined);
    throw new InterruptedError(resumeHint(incident));
  }

  const diagnosis = diagnose({ evidence, providers: config.catalogue, layers: config.layers });
  let previous = await findPrevious(out, incident);
  const update = await nextUpdateNumber(out, incident);
  const prevAnswers = previous ? { ...previous.manifest.answers, product: previous.manifest.answers.product ?? previous.manifest.product.name } : undefined;
  const proposal = propose({ diagnosis, configuredProviders: config.raw.providers?.map((p) => p.id) ?? [], previous: prevAnswers }, given);
  // The layer is the operator's act: given now, or kept from the last update; --yes never takes a new one from the evidence.
  const layerGiven = given.layer !== undefined;
  if (o.yes) given = withProposed(given, proposal);

  const interactive = rt.interactive && !o.yes;
  let asker = deps.asker;
  const getAsker = async () => (asker ??= await (await import('../adapters/prompts.js')).inquirerAsker(rt.interactive));
  const named = new Set([...(config.raw.providers ?? []).map((p) => p.id), ...(config.probes ?? []).flatMap((p) => (p.provider ? [p.provider] : [])), ...(proposal.answers.provider ? [proposal.answers.provider] : [])]);
  const providers = (named.size ? config.catalogue.filter((p) => named.has(p.id)) : config.catalogue).map((p) => ({ id: p.id, name: p.name, models: p.models }));
  const onAnswer = (a: Answers) => saveResume(out, { answers: a, from, incident });
  const interview = { proposal, ranked: diagnosis.ranked, summary: diagnosis.summary, layers: config.layers, providers, onAnswer, evidenceShown: !deps.evidence && !from };

  // A real draft says whose service is affected: the config's product, the incident's, or the operator's answer.
  const needsProduct = () => (productOf(config, given, previous?.manifest).name ? [] : (['product'] as const));
  let missing = [...missingKeys(given, config.layers), ...needsProduct()];
  if (missing.length) {
    if (!interactive && !deps.asker) {
      if (missing.length === 1 && missing[0] === 'product') throw new UsageError('no product name: set product.name in layerpost.config.yaml, or pass --product NAME');
      throw new UsageError(
        `missing answer${missing.length > 1 ? 's' : ''}: ${missing.map((k) => FLAGS[k]).join(', ')}${missing.includes('product') ? ' (or product.name in layerpost.config.yaml)' : ''}. Pass ${missing.length > 1 ? 'them as flags' : 'it as a flag'} or in --answers FILE${missing.every((k) => k !== 'dataLoss') ? `, or --yes to take the proposed answers (proposed layer: ${proposal.answers.layer ?? 'unknown'})` : ' (only you know whether data was lost)'}.`,
      );
    }
    if (needsProduct().length) given.product = (await (await getAsker()).input({ message: "Our product's name, as users know it:", validate: (v) => (v.trim() ? true : 'Drafts need a name.') })).trim();
    given = await askAnswers(await getAsker(), { ...interview, given });
  }
  const again = checkAnswers(given, config.layers, providerIds);
  if (again) throw new UsageError(again);
  missing = [...missingKeys(given, config.layers), ...needsProduct()];
  if (missing.length) throw new UsageError(`missing answer: ${FLAGS[missing[0]!]}`);

  // A layer the operator chose against the evidence is drafted only once confirmed; a kept one is only noted.
  let override: BundleManifest['override'];
  const chosenNow = layerGiven || (interactive && given.layer !== proposal.answers.layer);
  const conflict = chosenNow && given.layer !== previous?.manifest.layer ? overrideConflict(diagnosis, given.layer!, config.layers) : undefined;
  if (conflict) {
    const what = `--layer ${conflict.chosen} contradicts the evidence: ${conflict.summary} (${conflict.lines.slice(0, 2).join('; ')})`;
    let confirmed = Boolean(o.confirmOverride);
    if (!confirmed && (interactive || deps.asker)) {
      (await getAsker()).show([`The evidence contradicts ${conflict.chosen}: ${conflict.summary}.`, ...conflict.lines.map((l) => `  - ${l}`)].join('\n'));
      confirmed = await (await getAsker()).confirm({ message: `Draft ${conflict.chosen} anyway?`, default: false });
    }
    if (!confirmed) throw new UsageError(`${what}; pass --confirm-override to draft it anyway`);
    override = { proposed: conflict.proposed, chosen: conflict.chosen, confirmed: true, contradictions: conflict.lines };
    log.warn(`Drafting ${conflict.chosen} against the evidence (${conflict.summary}); recorded in draft.json.`);
  }
  const elsewhere = previous && given.layer === previous.manifest.layer ? pointsElsewhere(diagnosis, given.layer!) : undefined;
  const proposalNote = elsewhere ? { layer: elsewhere.layer, confidence: elsewhere.confidence, kept: given.layer! } : undefined;
  if (elsewhere)
    log.warn(`Fresh evidence points to ${elsewhere.layer} (${Math.round(elsewhere.confidence * 100)}%); the published layer ${given.layer} is kept. Pass --layer ${elsewhere.layer} to change it (the drafts then carry a correction).`);

  const edits: Record<string, string> = {};
  const lint = deps.lint ?? loadLint(config);
  const composeFor = (n: number, prev: typeof previous) => compose({ config, evidence, diagnosis, answers: given, renderer, channels, incident, update: n, previous: prev, now, edits, lint });
  let composed = composeFor(update, previous);
  // Length errors the operator saw and chose to write anyway (interactive only): they do not fail the run.
  let acceptedOver = false;
  if (interactive || deps.asker) {
    for (;;) {
      const action = await reviewDrafts(await getAsker(), composed.drafts, composed.findings);
      if (action.kind === 'write') {
        const over = composed.drafts.filter((d) => d.overLimit && !CHANNELS[d.channel as ChannelId]?.softLimit);
        if (!over.length) break;
        const ask = await getAsker();
        if (await ask.confirm({ message: `${over.map((d) => `${d.channel} is ${d.length}/${d.limit}`).join(', ')}: over the platform's limit, it will not post as it is. Write it anyway?`, default: false })) {
          acceptedOver = true;
          break;
        }
        continue;
      }
      if (action.kind === 'quit') {
        await saveResume(out, { answers: given, from, incident });
        log.info(`Nothing written. ${resumeHint(incident)}`);
        return { code: 0, drafts: composed.drafts, findings: composed.findings };
      }
      if (action.kind === 'edit') edits[action.channel] = action.text;
      if (action.kind === 'change') {
        const changed = { ...given };
        delete changed[action.key];
        given = await askAnswers(await getAsker(), { ...interview, given: changed }, [action.key]);
        const err = checkAnswers(given, config.layers, providerIds);
        if (err) log.warn(err);
        // A hand-edited draft does not follow a changed answer: the operator chooses, never a silently stale text.
        const edited = Object.keys(edits);
        if (edited.length) {
          const drop = await (await getAsker()).confirm({ message: `You edited ${edited.join(', ')} by hand. Drop ${edited.length > 1 ? 'those edits' : 'that edit'} so the changed answer applies? (No keeps your text as written)`, default: true });
          if (drop) for (const ch of edited) delete edits[ch];
        }
      }
      composed = composeFor(update, previous);
    }
  }

  const proposedLayer = diagnosis.ranked[0]?.layer ?? 'unknown';
  let written: { dir: string; update: number };
  // Ctrl-C before the write: nothing is written. After it has begun, the bundle is finished and the run exits 0.
  if (rt.signal.aborted) {
    await saveResume(out, { answers: given, from, incident }).catch(() => undefined);
    throw new InterruptedError(resumeHint(incident));
  }
  try {
    written = await writeBundle(out, incident, composed.ctx.phase.id, update, async (n) => {
      // Another run took the number first: this update follows that one, and says so (its number, what it corrects).
      if (n !== update) {
        previous = await findPrevious(out, incident);
        composed = composeFor(n, previous);
      }
      const input = { config, evidence, diagnosis, answers: given, renderer, channels, incident, update: n, previous, now, ...composed, proposedLayer, override, proposal: proposalNote };
      return bundleFiles(input, n, renderReviewHtml).files;
    });
  } catch (err) {
    // Nothing typed is lost: the drafts go to stdout, the answers stay for --resume where possible.
    rt.stdout.write(draftsText(composed.drafts, composed.findings) + '\n');
    await saveResume(out, { answers: given, from, incident }).catch(() => undefined);
    throw new UsageError(`could not write the bundle: ${(err as Error).message}. The drafts are printed on stdout above.`);
  }
  await clearResume(out, incident).catch(() => undefined);

  const errors = composed.findings.filter((f) => f.severity === 'error' && !(acceptedOver && f.rule === 'length'));
  if (rt.opts.json) {
    printJson(rt, {
      bundle: written.dir,
      incident,
      update: written.update,
      layer: composed.ctx.layer.id,
      phase: composed.ctx.phase.id,
      proposedLayer,
      ...(override ? { override } : {}),
      ...(proposalNote ? { proposal: proposalNote } : {}),
      diagnosis: diagnosis.ranked.map((h) => ({ layer: h.layer, confidence: h.confidence, evidence: h.evidence, against: h.against })),
      drafts: composed.drafts.map((d) => ({ channel: d.channel, file: d.file, text: d.text, length: d.length, limit: d.limit, ...(d.title ? { title: d.title } : {}) })),
      findings: composed.findings,
    });
  } else {
    for (const d of composed.drafts) {
      const soft = CHANNELS[d.channel as ChannelId]?.softLimit;
      const mark = d.overLimit && !soft ? c.red('✗') : d.overLimit || d.length > d.limit * 0.9 ? c.yellow('!') : c.green('✓');
      const note = d.overLimit && soft ? ' over the preferred length: it is still delivered, as more than one message' : '';
      log.info(`${mark} ${d.channel.padEnd(10)} ${String(d.length).padStart(5)}/${d.limit} ${c.dim(d.unit)}${d.variant !== 'default' ? c.dim(` (${d.variant})`) : ''}${note}`);
    }
    for (const f of composed.findings) log.info(`${f.severity === 'error' ? c.red('✗') : c.yellow('!')} ${f.channel ? `${f.channel}: ` : ''}${f.rule}: ${f.message}`);
    if (given.layer !== proposedLayer && !elsewhere) log.info(c.yellow(`Note: the evidence proposes ${proposedLayer}; the drafts say ${given.layer}. Both are recorded.`));
    // The path once: on stdout (for scripts), and on stderr only when stdout is not a terminal showing it already.
    if (!rt.stdout.isTTY) log.info(`Bundle written: ${written.dir}`);
    rt.stdout.write(written.dir + '\n');
  }
  return { code: errors.length ? 1 : 0, bundle: written.dir, drafts: composed.drafts, findings: composed.findings };
}

function loadLint(config: DraftEnv['config']): (drafts: Draft[], ctx: LintContext) => Finding[] {
  return (drafts, ctx) => lintDrafts(drafts, ctx, { rules: config.lint.rules, vaguePhrases: config.lint.vaguePhrases, layers: config.layers });
}
