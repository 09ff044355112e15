// The draft flow shared by `draft` and `demo`, one way: inputs → evidence → diagnosis → answers → drafts → bundle.
import { resolve } from 'node:path';
import type { ChalkInstance as Chalk } from 'chalk';
import { type Answers, type BundleManifest, type Draft, type Finding } from '../model/bundle.js';
import { diagnose, type SaidDiagnosis } from '../diagnosis/diagnose.js';
import { sayDiagnosis } from '../templating/reasons.js';
import type { Evidence } from '../model/evidence.js';
import type { Dispatcher } from '../platform/undici.js';
import type { ResolvedConfig } from '../config/load.js';
import { InterruptedError, UsageError } from '../platform/errors.js';
import type { Asker } from '../platform/prompts.js';
import { holdsSecret } from '../platform/secrets.js';
import type { LintContext } from '../lint/types.js';
import { printJson, type Log, type Runtime } from '../platform/runtime.js';
import { draftsText } from '../answers/interview.js';
import { reviewLoop } from '../answers/review-loop.js';
import { settleAnswers } from '../answers/settle.js';
// Every draft renders templates, lints its drafts and writes a review page: loaded with the command, not on demand.
import { lintDrafts } from '../lint/drafts.js';
import { renderReviewHtml } from '../review/html.js';
import { layerPhrases, loadTemplateSet } from '../templating/load.js';
import { rendererFor } from '../templating/renderer.js';
import { layerWords } from '../drafts/layer-words.js';
import { bundleFiles } from '../bundle/contents.js';
import { compose, productOf, type Composed } from '../drafts/compose.js';
import { followUp, stillFailing } from '../answers/follow-up.js';
import { evidenceFor, type GatherProgress } from '../evidence/for-draft.js';
import { readInputs, resumeHint, type DraftOptions } from '../answers/inputs.js';
import { clearResume, saveResume } from '../answers/resume.js';
import { defaultOf } from '../model/answer-fields.js';
import {
  findPrevious,
  nextUpdateNumber,
  readPreviousEvidence,
  writeBundle,
  type OpenIncident,
} from '../bundle/store.js';
import { whoAmI } from '../publish/identity.js';

export { newIncidentId, resolveChannels, resumeHint, type DraftOptions } from '../answers/inputs.js';

/** What the draft flow is given by the command that runs it: the runtime, the loaded config, the log and colours. */
export interface DraftEnv {
  rt: Runtime;
  config: ResolvedConfig;
  log: Log;
  c: Chalk;
}

export interface DraftDeps {
  asker?: Asker;
  /** Evidence already gathered (demo); skips --from and probing. */
  evidence?: Evidence;
  lint?: (drafts: Draft[], ctx: LintContext) => Finding[];
  /** How the command shows evidence being gathered. */
  progress?: GatherProgress;
  /** The one dispatcher for every request of the gathering (demo: direct, its servers are on loopback). */
  dispatcher?: Dispatcher;
}

export interface DraftResult {
  code: number;
  bundle?: string;
  drafts: Draft[];
  findings: Finding[];
  /** For the command's report of a written bundle. */
  written?: {
    incident: string;
    update: number;
    composed: Composed;
    answers: Answers;
    diagnosis: SaidDiagnosis;
    proposedLayer: string;
    override?: BundleManifest['override'];
    proposal?: BundleManifest['proposal'];
    /** Probes that failed before and still failed in this monitoring or resolved update's evidence. */
    stillFailing: string[];
    /** This draft starts the incident (its first update). */
    newIncident: boolean;
  };
}

const minutes = (ms: number) => Math.round(ms / 60_000);

/** What to say before drafting from evidence that is old: older than the last update, or than the configured age. */
export function staleEvidence(evidence: Evidence, now: Date, maxAgeMinutes: number, last?: BundleManifest): string[] {
  const taken = new Date(evidence.takenAt).getTime();
  const out: string[] = [];
  if (last && taken < new Date(last.createdAt).getTime())
    out.push(
      `The evidence was taken at ${evidence.takenAt}, before the last update (${last.update}, ${last.phase}, at ${last.createdAt}): it cannot show what changed since. Gather fresh evidence (layerpost probe --save FILE) if it did.`,
    );
  else if (now.getTime() - taken > maxAgeMinutes * 60_000)
    out.push(
      `The evidence is ${minutes(now.getTime() - taken)} minutes old (taken at ${evidence.takenAt}; evidenceMaxAgeMinutes is ${maxAgeMinutes}): the drafts describe that moment.`,
    );
  return out;
}

export async function runDraft(env: DraftEnv, o: DraftOptions, deps: DraftDeps = {}): Promise<DraftResult> {
  const { rt, log } = env;
  const now = rt.now();
  // Who drafts matters only to two-person approval (the drafter may not approve): only then is git asked (a process
  // every draft would otherwise pay for), while the draft is being made, not after. A one-person bundle does not say.
  const drafter = env.config.raw.publish?.approval === 'two-person' ? whoAmI(rt.cwd) : Promise.resolve(undefined);
  const interactive = rt.interactive && !o.yes;
  let asker = deps.asker;
  const askerFor =
    interactive || deps.asker
      ? async () => (asker ??= await (await import('../platform/prompts.js')).inquirerAsker(rt.interactive))
      : undefined;
  const pick = askerFor
    ? async (open: OpenIncident[]) =>
        (await askerFor()).select({
          message: 'Which incident does this update continue?',
          default: open[0]!.id,
          choices: [
            ...open.map((i) => ({ value: i.id, name: `${i.id}: ${i.product}, update ${i.update} (${i.phase})` })),
            { value: '', name: 'A new incident' },
          ],
        })
    : undefined;
  const inputs = await readInputs(o, { cwd: rt.cwd, now, config: env.config, log, pick });
  const { out, given: given0, channels, incident, from, chosen, sourceOf } = inputs;
  const config = withGivenProduct(env.config, given0.product, log);
  if (chosen?.how === 'continued' && chosen.last)
    log.info(
      `Continuing incident ${incident} (${chosen.last.product}, last update ${chosen.last.update}, ${chosen.last.phase}); pass --incident ID for another, or --new to start one.`,
    );
  const keep = (answers: Answers) => saveResume(out, { answers, from, incident });

  // Templates are compiled before any probing so a broken template fails in milliseconds.
  const overrides = [config.templatesDir, o.templates ? resolve(rt.cwd, o.templates) : undefined].filter(
    (d): d is string => !!d,
  );
  const renderer = await rendererFor(
    await loadTemplateSet(overrides, layerPhrases(config.layers, config.file ?? 'config')),
  );

  // A Ctrl-C while the evidence loads (probes, or --from URL) is an interruption, whatever error the abort caused.
  const evidence =
    deps.evidence ??
    (await evidenceFor({ from, deadlineSeconds: o.deadline }, config, rt, deps.progress, deps.dispatcher).catch(
      (err: unknown) => {
        if (rt.signal.aborted) return undefined;
        throw err;
      },
    ));
  if (rt.signal.aborted || !evidence) {
    await keep(given0).catch(() => undefined);
    throw new InterruptedError(resumeHint(incident));
  }

  // Each layer's name as the set says it, for the interview's choices and the review page's ranking.
  const layerNames = Object.fromEntries(
    Object.entries(layerWords(renderer, config.layers, config.product)).map(([id, w]) => [id, w.name]),
  );
  const said = sayDiagnosis(renderer, diagnose({ evidence, providers: config.catalogue, layers: config.layers }));
  const diagnosis = { ...said, ranked: said.ranked.map((h) => ({ ...h, name: layerNames[h.layer] ?? h.layer })) };
  let previous = await findPrevious(out, incident);
  // Old evidence is said before the operator answers anything; without a terminal once the drafts render, so that a
  // run that stops on an error says that error alone.
  const stale = staleEvidence(evidence, now, config.evidenceMaxAgeMinutes, previous?.manifest);
  if (askerFor) for (const line of stale) log.warn(line);
  const update = await nextUpdateNumber(out, incident);
  const follow = followUp(previous?.manifest);

  // The layer is the operator's act: given now, or kept from the last update; --yes never takes a new one from the
  // evidence.
  const providerIds = config.catalogue.map((p) => p.id);
  const configured = config.raw.providers?.map((p) => p.id) ?? [];
  const interview = {
    ranked: diagnosis.ranked,
    summary: diagnosis.summary,
    layers: config.layers,
    layerNames,
    providers: config.catalogue,
    // The interview offers these (and the proposed one), not all the catalogue.
    namedProviders: [...configured, ...(config.probes ?? []).flatMap((p) => (p.provider ? [p.provider] : []))],
    onAnswer: keep,
    evidenceShown: !deps.evidence && !from,
  };
  const settled = await settleAnswers({
    given: given0,
    yes: Boolean(o.yes),
    diagnosis,
    configuredProviders: configured,
    previous: follow.answers,
    published: follow.published,
    layers: config.layers,
    providerIds,
    hasProduct: (a: Answers) => Boolean(productOf(config, a, previous?.manifest).name),
    impactsStated: follow.impactsStated,
    layerGiven: given0.layer !== undefined,
    confirmOverride: Boolean(o.confirmOverride),
    sourceOf,
    asker: askerFor,
    interview,
    warn: (line: string) => log.warn(line),
  });
  let answers = settled.answers;
  const proposalNote = settled.elsewhere;

  // A fix said to be in place while the probes that failed still fail: confirmed (default No), or kept with --yes and
  // recorded.
  const phase = answers.phase ?? defaultOf('phase');
  const still =
    phase === 'monitoring' || phase === 'resolved'
      ? stillFailing(evidence, previous && (await readPreviousEvidence(previous)))
      : [];
  if (still.length) {
    const said = `${still.join(', ')} failed before and still fail${still.length === 1 ? 's' : ''} in this evidence (taken ${evidence.takenAt})`;
    if (o.yes) log.warn(`Drafting ${phase} although ${said}; recorded in draft.json.`);
    else if (askerFor) {
      const ok = await (await askerFor()).confirm({ message: `${said}. Draft ${phase} anyway?`, default: false });
      if (!ok)
        throw new UsageError(`not drafted: ${said}. Gather fresh evidence, or draft ${phase} with --yes to keep it`);
    } else
      throw new UsageError(
        `--phase ${phase}: ${said}; pass --yes to draft ${phase} anyway (recorded in draft.json), or gather fresh evidence`,
      );
  }

  const lint =
    deps.lint ??
    ((drafts: Draft[], ctx: LintContext) =>
      lintDrafts(drafts, ctx, {
        rules: config.lint.rules,
        vaguePhrases: config.lint.vaguePhrases,
        layers: config.layers,
      }));
  const composeFor = (n: number, a: Answers, edits: Record<string, string> = {}) =>
    compose({
      config,
      evidence,
      diagnosis,
      answers: a,
      renderer,
      channels,
      incident,
      update: n,
      previous,
      now,
      edits,
      lint,
      holdsSecret,
    });
  let composed = composeFor(update, answers);
  if (!askerFor) for (const line of stale) log.warn(line);
  // Length errors the operator saw and chose to write anyway (interactive only): they do not fail the run.
  let acceptedOver = false;
  let edits: Record<string, string> = {};
  if (askerFor) {
    const loop = {
      layers: config.layers,
      providerIds,
      interview: { ...interview, proposal: settled.proposal },
      warn: (line: string) => log.warn(line),
    };
    const reviewed = await reviewLoop(
      await askerFor(),
      { answers, composed },
      loop,
      (a, e) => ((edits = e), composeFor(update, a, e)),
    );
    ({ answers, composed } = reviewed);
    if (reviewed.kind === 'quit') {
      await keep(answers);
      log.info(`Nothing written. ${resumeHint(incident)}`);
      return { code: 0, drafts: composed.drafts, findings: composed.findings };
    }
    acceptedOver = reviewed.acceptedOver;
  }

  const proposedLayer = diagnosis.ranked[0]?.layer ?? 'unknown';
  // Ctrl-C before the write: nothing is written. After it has begun, the bundle is finished and the run exits 0.
  if (rt.signal.aborted) {
    await keep(answers).catch(() => undefined);
    throw new InterruptedError(resumeHint(incident));
  }
  const draftedBy = await drafter;
  let written: { dir: string; update: number };
  try {
    written = await writeBundle(out, incident, composed.ctx.phase.id, update, async (n) => {
      // Another run took the number first, or wrote its update between our reading the previous update and our
      // choosing the number: this update follows the last one written, and says so (its number, what it corrects).
      const latest = await findPrevious(out, incident);
      if (n !== update || latest?.manifest.update !== previous?.manifest.update) {
        previous = latest;
        composed = composeFor(n, answers, edits);
      }
      const input = {
        config,
        evidence,
        diagnosis,
        answers,
        renderer,
        channels,
        incident,
        update: n,
        previous,
        now,
        ...composed,
        proposedLayer,
        override: settled.override,
        proposal: proposalNote,
        draftedBy,
        stillFailing: still,
      };
      return bundleFiles(input, n, renderReviewHtml).files;
    });
  } catch (err) {
    // Nothing typed is lost: the drafts go to stdout (as JSON with --json: stdout is JSON in every outcome), the
    // answers stay for --resume where possible.
    const reason = `could not write the bundle: ${(err as Error).message}`;
    if (rt.opts.json)
      printJson(
        rt,
        {
          bundle: null,
          error: reason,
          incident,
          layer: composed.ctx.layer.id,
          phase: composed.ctx.phase.id,
          findings: composed.findings,
        },
        { drafts: draftsJson(composed.drafts) },
      );
    else rt.stdout.write(draftsText(composed.drafts, composed.findings) + '\n');
    await keep(answers).catch(() => undefined);
    throw new UsageError(`${reason}. The drafts are printed on stdout${rt.opts.json ? ' (JSON)' : ' above'}.`);
  }
  await clearResume(out, incident).catch(() => undefined);

  const errors = composed.findings.filter((f) => f.severity === 'error' && !(acceptedOver && f.rule === 'length'));
  return {
    code: errors.length ? 1 : 0,
    bundle: written.dir,
    drafts: composed.drafts,
    findings: composed.findings,
    written: {
      incident,
      update: written.update,
      composed,
      answers,
      diagnosis,
      proposedLayer,
      override: settled.override,
      proposal: proposalNote,
      stillFailing: still,
      newIncident: written.update === 1,
    },
  };
}

/** The drafts as `draft --json` prints them (SPEC §7), their text as written. */
export function draftsJson(drafts: readonly Draft[]): Array<Record<string, unknown>> {
  return drafts.map((d) => ({
    channel: d.channel,
    file: d.file,
    text: d.text,
    length: d.length,
    limit: d.limit,
    ...(d.title ? { title: d.title } : {}),
  }));
}

/**
 * --product (or the answers file's product) wins over the config's product name, as a flag does over config, and the
 * conflict is said once; a feature that only repeated the config's name follows the new one.
 */
export function withGivenProduct(
  config: ResolvedConfig,
  given: string | undefined,
  log: Pick<Log, 'info'>,
): ResolvedConfig {
  const name = given?.trim();
  if (!name || !config.product.name || name === config.product.name) return config;
  log.info(
    `--product "${name}" is used over the config's product name "${config.product.name}"${config.file ? ` (${config.file})` : ''}.`,
  );
  const feature = config.product.feature === config.product.name ? name : config.product.feature;
  return { ...config, product: { ...config.product, name, feature } };
}
