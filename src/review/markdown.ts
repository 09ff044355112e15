// The review as Markdown (`review --markdown`), for pasting into a ticket or chat: templates/review/markdown.hbs
// rendered from the review model, every outside value escaped for Markdown by the template's helpers; pure.
import type { BundleManifest } from '../model/bundle.js';
import type { Evidence } from '../model/evidence.js';
import { indicatorWords } from '../model/indicator.js';
import {
  buildReviewModel,
  channelLabel,
  lengthWords,
  where,
  type DraftView,
  type ReviewModel,
  type ReviewOptions,
} from './model.js';
import { fence, reviewTemplates } from './templates.js';

export { escapeMarkdown } from './text.js';
export { fence };

export function renderReviewMarkdown(manifest: BundleManifest, evidence?: Evidence, opts: ReviewOptions = {}): string {
  const m = buildReviewModel(manifest, evidence, opts);
  const out = reviewTemplates().render.markdown(markdownView(m)).trimStart();
  // Control characters (terminal escape sequences) never reach stdout; newlines and tabs are kept.
  return out.trimEnd().replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD') + '\n';
}

function draftView(d: DraftView) {
  return {
    label: d.label,
    counter: { text: d.counter, state: [d.stateText, d.problemText].filter(Boolean).join(', ') },
    hasTitle: d.draft.title !== undefined,
    title: d.draft.title ?? '(no title)',
    text: d.draft.text,
    words: lengthWords(d.draft),
    findings: d.findings.map((f) => ({
      error: f.severity === 'error',
      message: f.message,
      where: f.file ? where(f) : '',
    })),
  };
}

function markdownView(m: ReviewModel) {
  const b = m.manifest;
  const c = m.counts;
  const e = m.evidence;
  return {
    timeZone: b.product.timeZone,
    product: b.product.name,
    incident: b.incident,
    update: b.update,
    phase: b.phase,
    layerName: b.layerName,
    layer: b.layer,
    providerName: b.providerName ?? null,
    models: b.models.length ? b.models.join(', ') : null,
    drafts: m.drafts.length,
    ...c,
    banners: m.banners,
    statuspage: m.statuspage
      ? {
          ...draftView(m.statuspage),
          status: b.statuspage?.status ?? b.phase,
          components: b.statuspage?.components ?? [],
        }
      : null,
    posts: m.social.map(draftView),
    proposedName: m.proposedName,
    proposedLayer: b.proposedLayer,
    overridden: m.overridden,
    chosenUnranked: m.chosenUnranked,
    hypotheses: m.hypotheses.map((h) => ({
      ...h,
      tags: [h.proposed ? 'proposed' : '', h.chosen ? 'chosen' : ''].filter(Boolean).join(', '),
    })),
    findings: m.findings.map((f) => ({
      severity: f.severity,
      rule: f.rule,
      channel: f.channel ? channelLabel(f.channel) : '—',
      message: f.message,
      where: where(f),
    })),
    earlier: (b.timeline ?? []).map((t) => ({ ...t, correction: t.correction ?? null })),
    changes: b.previous
      ? {
          prev: b.previous,
          now: { phase: b.phase, layerName: b.layerName },
          layerChanged: m.layerChanged,
          blocks: m.changes.map((ch) => ({
            label: ch.label,
            isNew: !ch.before,
            dropped: !ch.after,
            unchanged: ch.unchanged,
            title: ch.title && ch.title.some((p) => p.kind !== 'same') ? ch.title : null,
            text: ch.text ?? [],
          })),
        }
      : null,
    evidence: e
      ? {
          takenAt: e.takenAt,
          probes: e.probes.map((p) => ({
            id: p.id,
            layer: p.layer,
            result: p.ok
              ? 'ok'
              : ['failed', p.outcome, p.status !== undefined ? `HTTP ${p.status}` : '', p.errorType ?? '']
                  .filter(Boolean)
                  .join(' · '),
            samples: p.samples ? `${p.samples.failed}/${p.samples.total} failed` : '',
            latency: Math.round(p.latencyMs),
            detail: p.detail,
          })),
          providers: e.providers.map((p) => ({
            name: p.name,
            words: indicatorWords(p.indicator),
            description: p.description,
            cachedAt: p.cachedAt ?? null,
            error: p.error ?? null,
            incidents: p.incidents.map((i) => ({
              ...i,
              updatedAt: i.updatedAt ?? null,
              latestUpdate: i.latestUpdate ?? null,
            })),
          })),
        }
      : null,
    answers: answersOf(b),
  };
}

/** The operator's free-text answers that were given, as the page lists them. */
export function answersOf(b: BundleManifest): Array<{ key: string; value: string }> {
  const a = b.answers;
  const rows: Array<[string, string | undefined]> = [
    ['Impact', a.impact],
    ['Impact level', a.impactLevel],
    ['Next update', a.nextUpdateMinutes !== undefined ? `in ${a.nextUpdateMinutes} minutes` : undefined],
    ['Notes', a.notes],
    ['Data loss', a.dataLoss],
  ];
  return rows
    .filter((r): r is [string, string] => r[1] !== undefined && r[1] !== '')
    .map(([key, value]) => ({ key, value }));
}
