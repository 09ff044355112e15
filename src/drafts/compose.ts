// From confirmed answers and evidence to drafts, findings and the bundle's files: no I/O, no clock.
import type { ResolvedConfig } from '../config/load.js';
import { incidentStartedAt, type Answers, type BundleManifest, type Draft, type Finding } from '../model/bundle.js';
import { CHANNELS, type ChannelId } from './channels/index.js';
import type { TemplateContext } from './context.js';
import type { SaidDiagnosis } from '../diagnosis/diagnose.js';
import { buildContext, type DraftInput } from './build-context.js';
import type { Evidence } from '../model/evidence.js';
import { isOpenIncident } from '../model/incident-status.js';
import { findLayer, type Phase } from '../model/layers.js';
import { modelDisplayName, plainProviderName } from '../model/providers.js';
import { renderDrafts, renderSaid, type Renderer, type Said } from './render.js';
import type { PreviousBundle } from '../model/bundle.js';
import { incidentTimes, startsAfterEnd, type IncidentClock, type IncidentTimes } from './incident-times.js';
import { ensureSentence } from './build-context.js';
import { UsageError } from '../platform/errors.js';

export interface ComposeInput {
  config: Pick<ResolvedConfig, 'product' | 'layers' | 'catalogue' | 'channels'>;
  evidence: Evidence;
  diagnosis: SaidDiagnosis;
  answers: Answers;
  renderer: Renderer;
  channels: readonly ChannelId[];
  incident: string;
  update: number;
  previous?: PreviousBundle;
  now: Date;
  /** Drafts the operator edited by hand, by channel (kept across re-renders). */
  edits?: Record<string, string>;
  /** Communication rules on the rendered drafts (src/lint). */
  lint?: (drafts: Draft[], ctx: TemplateContext & { said: Said }) => Finding[];
  /** Whether a text holds a secret's value (platform/secrets.ts); given, a draft that does gets a warning. */
  holdsSecret?: (text: string) => boolean;
}

export interface Composed {
  /**
   * When the incident started and was fixed, and the impacts stated so far: carried by the manifest to later updates.
   */
  clock: IncidentTimes;
  impactsStated: string[];
  ctx: TemplateContext;
  said: Said;
  drafts: Draft[];
  findings: Finding[];
}

/** The product as drafts name it: the config's, else the operator's answer, else the incident's first update's. */
export function productOf(
  config: ComposeInput['config'],
  answers: Answers,
  prev?: BundleManifest,
): { name: string; feature: string } {
  const name = config.product.name || answers.product || prev?.product.name || '';
  const feature = config.product.feature || (config.product.name ? '' : prev?.product.feature) || name;
  return { name, feature };
}

/** An open incident of this provider in the evidence, preferring one linked to the layer. */
function openIncident(
  evidence: Evidence,
  providerId: string | undefined,
  layerId: string,
): { name: string; status: string; url?: string } | undefined {
  const status = evidence.providers.find((p) => p.id === providerId);
  const open = (status?.incidents ?? []).filter(isOpenIncident);
  const inc = open.find((i) => i.layer === layerId) ?? open.find((i) => i.layer) ?? open[0];
  return inc ? { name: inc.name, status: inc.status, ...(inc.url ? { url: inc.url } : {}) } : undefined;
}

const FAILING: readonly Phase[] = ['investigating', 'identified'];

export function compose(input: ComposeInput): Composed {
  const { config, answers } = input;
  const layer = findLayer(answers.layer ?? 'unknown', config.layers);
  if (!layer) throw new Error(`unknown layer ${answers.layer}`);
  const phase = (answers.phase ?? 'investigating') as Phase;
  const prev = input.previous?.manifest;
  const provider = answers.provider ? config.catalogue.find((p) => p.id === answers.provider) : undefined;
  const prevLayer = prev ? findLayer(prev.layer, config.layers) : undefined;
  const hypothesis = input.diagnosis.ranked.find((h) => h.layer === layer.id);
  // The cause cites only evidence for the published layer; once the fault is over, the errors it was drafted with.
  const fresh = input.diagnosis.errors[layer.id] ?? [];
  const carried = prev && prev.layer === layer.id ? (prev.causeErrors ?? []) : [];
  const errors = (fresh.length ? fresh : carried) as DraftInput['errors'];
  const failing = FAILING.includes(phase);
  // The impact given while the fault was happening: this update's while it still is, else the one the incident carries.
  const reportedBefore =
    prev?.impactReported ?? (prev && FAILING.includes(prev.phase as Phase) ? prev.answers.impact : undefined);
  const reported = (failing ? answers.impact : undefined) ?? reportedBefore ?? '';
  const impactsStated = statedImpacts(prev, failing ? answers.impact : undefined);
  const clock = clockOf(input, prev);
  const product = { ...config.product, ...productOf(config, answers, prev) };
  // The provider as the evidence knows it; the context decides where drafts name it (a correction names the one it
  // corrects).
  const named = provider
    ? {
        id: provider.id,
        name: plainProviderName(provider),
        statusUrl: provider.status?.url,
        incident: openIncident(input.evidence, provider.id, layer.id),
      }
    : undefined;
  const ctx = buildContext({
    product,
    layer,
    phase,
    provider: named,
    models: (answers.models ?? []).map((id) => ({
      id,
      name: modelDisplayName(config.catalogue, id, answers.provider),
    })),
    impact: { text: answers.impact ?? '', reported, level: answers.impactLevel, stated: impactsStated },
    errors,
    evidenceLines: hypothesis?.evidence.length
      ? hypothesis.evidence
      : input.diagnosis.summary.filter((_l, i) => !input.diagnosis.observed[i]?.ok).slice(0, 5),
    evidenceTakenAt: input.evidence.takenAt,
    nextUpdateMinutes: answers.nextUpdateMinutes ?? 30,
    action: answers.action ?? (failing ? layer.mitigation : undefined),
    notes: answers.notes,
    dataLoss: answers.dataLoss,
    incident: {
      id: input.incident,
      update: input.update,
      startedAt: new Date(clock.startedAt),
      endedAt: new Date(clock.endedAt),
    },
    previous: prev && prevLayer ? { layer: prevLayer, phase: prev.phase as Phase } : undefined,
    now: input.now,
  });
  const said = renderSaid(
    input.renderer,
    ctx,
    config.layers.map((l) => l.id),
  );
  let drafts = renderDrafts(input.renderer, ctx, input.channels, { mastodonLimit: config.channels.mastodonLimit });
  if (input.edits) {
    drafts = drafts.map((d) => {
      const text = input.edits?.[d.channel];
      if (text === undefined) return d;
      const channel = CHANNELS[d.channel as ChannelId];
      const finished = channel.finish(text);
      const m = channel.measure(d.title ?? finished, { mastodonLimit: config.channels.mastodonLimit });
      return {
        ...d,
        text: finished,
        length: m.length,
        limit: m.limit,
        unit: m.unit,
        overLimit: m.over,
        variant: 'edited',
      };
    });
  }
  // The lint rules include `length`; without them, over-limit drafts are still reported here.
  const findings: Finding[] = input.lint
    ? input.lint(drafts, { ...ctx, said })
    : drafts
        .filter((d) => d.overLimit)
        .map((d) => ({
          rule: 'length',
          severity: CHANNELS[d.channel as ChannelId].softLimit ? ('warning' as const) : ('error' as const),
          channel: d.channel,
          message: `${CHANNELS[d.channel as ChannelId].name} draft is ${d.length}/${d.limit} ${d.unit} even in its ${d.variant} form; shorten the template or the answers (it is never cut mid-word)`,
        }));
  // A hand-edited draft is judged as text: a tip about template variables would not help the operator fix it.
  const edited = new Set(Object.keys(input.edits ?? {}));
  const judged = edited.size
    ? findings.map((f) => (f.channel && edited.has(f.channel) ? { ...f, message: aboutEditedText(f.message) } : f))
    : findings;
  return {
    clock,
    impactsStated,
    ctx,
    said,
    drafts,
    findings: input.holdsSecret ? [...judged, ...secretFindings(drafts, input.holdsSecret)] : judged,
  };
}

/**
 * A warning for each draft that holds the value of a secret: drafts are never redacted, so the operator must see it
 * before posting.
 */
export function secretFindings(drafts: readonly Draft[], holdsSecret: (text: string) => boolean): Finding[] {
  return drafts
    .filter((d) => holdsSecret(`${d.title ?? ''}\n${d.text}`))
    .map((d) => ({
      rule: 'secret-in-draft',
      severity: 'warning' as const,
      channel: d.channel,
      message: `the ${d.channel} draft holds the value of a secret from the environment (a key, token or password the config references); drafts are never redacted: check it before posting`,
    }));
}

/** The impacts the operator stated while the fault was happening, this update's included, each once. */
export function statedImpacts(prev: BundleManifest | undefined, now: string | undefined): string[] {
  const before = prev ? (prev.impactsStated ?? (prev.impactReported ? [prev.impactReported] : [])) : [];
  const out = [...before];
  const added = ensureSentence(now);
  if (added && !out.includes(added)) out.push(added);
  return out;
}

/** The incident's clock after this update; at resolved a start after the end is refused (a clock stepped back). */
function clockOf(input: ComposeInput, prev: BundleManifest | undefined): IncidentTimes {
  const previous: IncidentClock | undefined = prev
    ? (prev.clock ?? { startedAt: incidentStartedAt(prev), startedFrom: 'update' })
    : undefined;
  const probes = input.evidence.probes;
  const clock = incidentTimes({
    previous,
    evidence: {
      takenAt: input.evidence.takenAt,
      failing: probes.some((p) => !p.ok),
      allPassing: probes.length > 0 && probes.every((p) => p.ok),
    },
    given: { started: input.answers.started, resolvedAt: input.answers.resolvedAt },
    now: input.now,
  });
  if (input.answers.phase === 'resolved' && startsAfterEnd(clock)) {
    const from = { operator: '--started', evidence: 'the first failing evidence', update: 'the first update' }[
      clock.startedFrom
    ];
    const to = {
      operator: '--resolved-at',
      evidence: 'the first evidence with every probe passing',
      update: "this update's time (this machine's clock)",
    }[clock.endedFrom];
    throw new UsageError(
      `the incident would end before it started: it started at ${clock.startedAt} (${from}) and ended at ${clock.endedAt} (${to}); has a clock stepped back? Pass --started TIME and --resolved-at TIME`,
    );
  }
  return clock;
}

/**
 * "no next-update time …; add \"Next update by {{nextUpdate.at.utc}}.\"" → "no next-update time … (in your edited
 * text)".
 */
export function aboutEditedText(message: string): string {
  const kept = message.split('; ').filter((part) => !part.includes('{{'));
  return `${(kept.length ? kept : [message.replace(/\{\{[^}]*\}\}/g, '…')]).join('; ')} (in your edited text)`;
}
