// The bundle's contents: the manifest (draft.json) and every file beside it, from a composed update. No I/O.
import { ANSWERS_SCHEMA, BUNDLE_SCHEMA, incidentStartedAt, type BundleManifest } from '../model/bundle.js';
import { CHANNELS, type ChannelId } from '../drafts/channels/index.js';
import type { Evidence } from '../model/evidence.js';
import { componentStatus, statuspagePayload } from '../drafts/render.js';
import type { ComposeInput, Composed } from '../drafts/compose.js';
import { hypotheses } from '../templating/reasons.js';

export interface BundleFilesInput extends ComposeInput, Composed {
  proposedLayer: string;
  previousDir?: string;
  /** A confirmed override of the evidence, recorded. */
  override?: BundleManifest['override'];
  /** Fresh evidence that points away from the published layer, which was kept. */
  proposal?: BundleManifest['proposal'];
  /** Who drafted the update, recorded for two-person approval. */
  draftedBy?: string;
  /** Probes that failed before and still failed in a monitoring or resolved update's evidence, kept by the operator. */
  stillFailing?: string[];
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
    incidentStartedAt: prev ? incidentStartedAt(prev.manifest) : input.now.toISOString(),
    product: {
      name: ctx.product.name,
      feature: ctx.product.feature,
      timeZone: config.product.timeZone,
      handles: Object.keys(config.channels.handles ?? {}).length ? config.channels.handles : undefined,
    },
    incident: input.incident,
    update,
    phase: ctx.phase.id,
    layer: ctx.layer.id,
    layerName: input.said.layerName || ctx.layer.name,
    provider: ctx.provider.id || undefined,
    providerName: ctx.provider.name || undefined,
    models: ctx.models.list.map((m) => m.id),
    modelNames: ctx.models.list.map((m) => m.name),
    proposedLayer: input.proposedLayer,
    diagnosis: hypotheses(input.diagnosis.ranked),
    drafts,
    findings: input.findings,
    answers: { schema: ANSWERS_SCHEMA, ...answers, incident: input.incident },
    previous: prev
      ? {
          dir: prev.dir,
          update: prev.manifest.update,
          phase: prev.manifest.phase,
          layer: prev.manifest.layer,
          layerName: prev.manifest.layerName,
          drafts: prev.manifest.drafts,
        }
      : undefined,
    timeline: prev ? [...(prev.manifest.timeline ?? []), timelineEntry(prev.manifest, prev.dir)] : [],
    ...(input.override ? { override: input.override } : {}),
    ...(input.proposal ? { proposal: input.proposal } : {}),
    ...(input.stillFailing?.length ? { stillFailing: input.stillFailing } : {}),
    ...(ctx.impact.reported ? { impactReported: ctx.impact.reported } : {}),
    ...(input.impactsStated.length ? { impactsStated: input.impactsStated } : {}),
    clock: {
      startedAt: input.clock.startedAt,
      startedFrom: input.clock.startedFrom,
      ...(input.clock.recoveredAt ? { recoveredAt: input.clock.recoveredAt } : {}),
    },
    causeErrors: ctx.evidence.errors.map((e) => ({ status: e.status || undefined, kind: e.kind })),
    correction: ctx.correction.has ? input.said.correction : undefined,
    ...(input.draftedBy ? { draftedBy: input.draftedBy } : {}),
    statuspage: {
      status: ctx.phase.id,
      components: (config.product.components ?? []).map((c) => ({
        ...c,
        status: componentStatus(ctx.impact.level, ctx.phase.id),
      })),
    },
  };
  const files: Record<string, string> = {};
  for (const d of drafts) {
    files[d.file] = d.channel === 'statuspage' ? `# ${d.title ?? ''}\n\n${d.text}\n` : d.text + '\n';
    const payload = CHANNELS[d.channel as ChannelId]?.payload;
    if (payload) files[payload.file] = payload.render(d.text);
  }
  const sp = drafts.find((d) => d.channel === 'statuspage');
  if (sp)
    files['statuspage.json'] =
      JSON.stringify(statuspagePayload(sp, ctx, config.product.components ?? []), null, 2) + '\n';
  files['evidence.json'] = JSON.stringify(input.evidence, null, 2) + '\n';
  files['answers.json'] = JSON.stringify(manifest.answers, null, 2) + '\n';
  files['draft.json'] = JSON.stringify(manifest, null, 2) + '\n';
  files['review.html'] = renderReview(manifest, input.evidence);
  return { manifest, files };
}

function timelineEntry(m: BundleManifest, dir: string): NonNullable<BundleManifest['timeline']>[number] {
  return {
    update: m.update,
    phase: m.phase,
    layer: m.layer,
    layerName: m.layerName,
    createdAt: m.createdAt,
    dir,
    ...(m.correction ? { correction: m.correction } : {}),
  };
}
