// From confirmed answers and evidence to drafts, findings and the bundle's files: no I/O, no clock.
import type { ResolvedConfig } from '../config/load.js';
import { ANSWERS_SCHEMA, BUNDLE_SCHEMA, type Answers, type BundleManifest, type Draft, type Finding } from '../core/bundle.js';
import { CHANNELS, type ChannelId } from '../core/channels/index.js';
import type { TemplateContext } from '../core/context.js';
import type { Diagnosis } from '../core/diagnosis.js';
import { buildContext } from '../core/draft-context.js';
import type { Evidence } from '../core/evidence.js';
import { findLayer, type Phase } from '../core/layers.js';
import { componentStatus, renderDrafts, statuspagePayload, type Renderer } from '../core/render.js';
import type { PreviousBundle } from './store.js';

export interface ComposeInput {
  config: Pick<ResolvedConfig, 'product' | 'layers' | 'catalogue' | 'channels'>;
  evidence: Evidence;
  diagnosis: Diagnosis;
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
  lint?: (drafts: Draft[], ctx: TemplateContext) => Finding[];
}

export interface Composed {
  ctx: TemplateContext;
  drafts: Draft[];
  findings: Finding[];
}

export function compose(input: ComposeInput): Composed {
  const { config, answers } = input;
  const layer = findLayer(answers.layer ?? 'unknown', config.layers);
  if (!layer) throw new Error(`unknown layer ${answers.layer}`);
  const phase = (answers.phase ?? 'investigating') as Phase;
  const provider = answers.provider ? config.catalogue.find((p) => p.id === answers.provider) : undefined;
  const modelName = (id: string) => provider?.models.find((m) => m.id === id)?.name ?? config.catalogue.flatMap((p) => p.models).find((m) => m.id === id)?.name ?? id;
  const prev = input.previous?.manifest;
  const prevLayer = prev ? findLayer(prev.layer, config.layers) : undefined;
  const top = input.diagnosis.ranked[0];
  const evidenceLines = answers.layer === top?.layer ? (top?.evidence ?? []) : (input.diagnosis.ranked.find((h) => h.layer === answers.layer)?.evidence ?? []);
  const ctx = buildContext({
    product: config.product,
    layer,
    phase,
    provider: provider ? { id: provider.id, name: provider.name, statusUrl: provider.status?.url } : undefined,
    models: (answers.models ?? []).map((id) => ({ id, name: modelName(id) })),
    impact: answers.impact ?? '',
    impactLevel: answers.impactLevel,
    errors: answers.layer === top?.layer || answers.layer === 'provider-api' || answers.layer === 'model-endpoint' ? input.diagnosis.errors : '',
    evidence: input.evidence,
    evidenceLines: evidenceLines.length ? evidenceLines : input.diagnosis.summary.filter((l) => !l.startsWith('✓')).slice(0, 5),
    nextUpdateMinutes: answers.nextUpdateMinutes ?? 30,
    notes: answers.notes,
    dataLoss: answers.dataLoss,
    incident: { id: input.incident, update: input.update, startedAt: prev ? new Date(firstCreatedAt(prev)) : input.now },
    previous: prev && prevLayer ? { layer: prevLayer, phase: prev.phase as Phase, text: prev.drafts.find((d) => d.channel === 'statuspage')?.text ?? prev.drafts[0]?.text ?? '' } : undefined,
    now: input.now,
  });
  let drafts = renderDrafts(input.renderer, ctx, input.channels, { mastodonLimit: config.channels.mastodonLimit });
  if (input.edits) {
    drafts = drafts.map((d) => {
      const text = input.edits?.[d.channel];
      if (text === undefined) return d;
      const channel = CHANNELS[d.channel as ChannelId];
      const finished = channel.finish(text);
      const m = channel.measure(d.title ?? finished, { mastodonLimit: config.channels.mastodonLimit });
      return { ...d, text: finished, length: m.length, limit: m.limit, unit: m.unit, overLimit: m.over, variant: 'edited' };
    });
  }
  // The lint rules include `length`; without them, over-limit drafts are still reported here.
  const findings: Finding[] = input.lint
    ? input.lint(drafts, ctx)
    : drafts
    .filter((d) => d.overLimit)
    .map((d) => ({
      rule: 'length',
      severity: CHANNELS[d.channel as ChannelId].softLimit ? ('warning' as const) : ('error' as const),
      channel: d.channel,
      message: `${CHANNELS[d.channel as ChannelId].name} draft is ${d.length}/${d.limit} ${d.unit} even in its ${d.variant} form; shorten the template or the answers (it is never cut mid-word)`,
    }));
  return { ctx, drafts, findings };
}

function firstCreatedAt(prev: BundleManifest): string {
  return prev.incidentStartedAt ?? prev.createdAt;
}

export interface BundleFilesInput extends ComposeInput, Composed {
  proposedLayer: string;
  previousDir?: string;
}

/** The manifest and every file of the bundle, review page included. */
export function bundleFiles(
  input: BundleFilesInput,
  update: number,
  renderReview: (m: BundleManifest, e: Evidence) => string,
): { manifest: BundleManifest; files: Record<string, string> } {
  const { ctx, drafts, answers, config } = input;
  const prev = input.previous;
  const manifest: BundleManifest = {
    schema: BUNDLE_SCHEMA,
    createdAt: input.now.toISOString(),
    incidentStartedAt: prev ? firstCreatedAt(prev.manifest) : input.now.toISOString(),
    product: { name: config.product.name, feature: config.product.feature, timeZone: config.product.timeZone, handles: Object.keys(config.channels.handles ?? {}).length ? config.channels.handles : undefined },
    incident: input.incident,
    update,
    phase: ctx.phase.id,
    layer: ctx.layer.id,
    layerName: ctx.layer.name,
    provider: ctx.provider.id || undefined,
    providerName: ctx.provider.name || undefined,
    models: ctx.models.list.map((m) => m.id),
    proposedLayer: input.proposedLayer,
    diagnosis: input.diagnosis.ranked,
    drafts,
    findings: input.findings,
    answers: { schema: ANSWERS_SCHEMA, ...answers, incident: input.incident },
    previous: prev
      ? { dir: prev.dir, update: prev.manifest.update, phase: prev.manifest.phase, layer: prev.manifest.layer, layerName: prev.manifest.layerName, drafts: prev.manifest.drafts }
      : undefined,
    correction: ctx.correction.has ? ctx.correction.text : undefined,
    statuspage: {
      status: ctx.phase.id,
      components: (config.product.components ?? []).map((c) => ({ ...c, status: componentStatus(ctx.impact.level, ctx.phase.id) })),
    },
  };
  const files: Record<string, string> = {};
  for (const d of drafts) {
    files[d.file] = d.channel === 'statuspage' ? `# ${d.title ?? ''}\n\n${d.text}\n` : d.text + '\n';
    const payload = CHANNELS[d.channel as ChannelId]?.payload;
    if (payload) files[payload.file] = payload.render(d.text);
  }
  const sp = drafts.find((d) => d.channel === 'statuspage');
  if (sp) files['statuspage.json'] = JSON.stringify(statuspagePayload(sp, ctx, config.product.components ?? []), null, 2) + '\n';
  files['evidence.json'] = JSON.stringify(input.evidence, null, 2) + '\n';
  files['answers.json'] = JSON.stringify(manifest.answers, null, 2) + '\n';
  files['draft.json'] = JSON.stringify(manifest, null, 2) + '\n';
  files['review.html'] = renderReview(manifest, input.evidence);
  return { manifest, files };
}
