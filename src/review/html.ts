// The review page (review.html): one self-contained HTML file a PM reads and copies from before anything is posted,
// rendered by templates/review/page.hbs (HTML escaping on) from the review model; pure.
import type { BundleManifest, Finding } from '../model/bundle.js';
import type { Evidence } from '../model/evidence.js';
import { indicatorTone, indicatorWords } from '../model/indicator.js';
import type { DiffPart } from './diff.js';
import { html, join, SafeHtml } from './escape.js';
import { publishBadge } from './publish-badge.js';
import {
  buildReviewModel,
  cardGroups,
  channelLabel,
  lengthWords,
  plural,
  type ChannelChange,
  type DraftView,
  type ReviewModel,
  type ReviewOptions,
  where,
} from './model.js';
import { reviewTemplates } from './templates.js';
import { markdownBlocks, marked, postText, slackText } from './text.js';

export { markdownBlocks, marked, postText, quotedPhrase, slackMarks, slackText } from './text.js';

const assets = reviewTemplates();

/**
 * The page's one script (templates/review/page.js): shows the copy buttons and copies a draft's exact text, and shows
 * times in the reader's zone. Without it every text and time is still on the page; the buttons stay hidden.
 */
export const REVIEW_SCRIPT = assets.script;

/**
 * CSP as a second line of defence behind escaping: only the page's own script (by its hash, computed by the build: a
 * draft never hashes), no network, no forms, no base. base-uri and form-action do not fall back to default-src, so
 * they are named. Styles stay 'unsafe-inline': the confidence bars are style attributes.
 */
export const REVIEW_CSP =
  `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${assets.scriptSha256}'; ` +
  `base-uri 'none'; form-action 'none'`;

export function renderReviewHtml(manifest: BundleManifest, evidence?: Evidence, opts: ReviewOptions = {}): string {
  const m = buildReviewModel(manifest, evidence, opts);
  // Control characters (other than tab and line breaks) have no business in a page: shown as U+FFFD.
  return assets.render.page(pageView(m)).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\uFFFD');
}

/** What page.hbs shows: the model's values, and the rich texts (drafts as their channels show them) as markup. */
function pageView(m: ReviewModel) {
  const b = m.manifest;
  const c = m.counts;
  const pill = (text: string, tone = '') => ({ text, tone });
  return {
    csp: html`${REVIEW_CSP}`,
    css: new SafeHtml(assets.css),
    script: new SafeHtml(assets.script),
    timeZone: b.product.timeZone,
    title: m.title,
    createdAt: b.createdAt,
    header: {
      product: b.product.name,
      feature: b.product.feature,
      incident: b.incident,
      update: b.update,
      phase: b.phase,
      layerName: b.layerName,
      providerName: b.providerName ?? null,
      models: b.models.length ? (b.modelNames ?? b.models).join(', ') : null,
      pills: [
        pill(`${m.drafts.length} draft${m.drafts.length === 1 ? '' : 's'}`),
        c.overLimit ? pill(`${c.overLimit} over the limit`, 'over') : null,
        c.nearLimit ? pill(`${c.nearLimit} near the limit`, 'near') : null,
        !c.overLimit && !c.nearLimit ? pill('all well within limits', 'ok') : null,
        c.errors ? pill(`${plural(c.errors, 'problem')} to fix`, 'over') : null,
        c.warnings ? pill(`${plural(c.warnings, 'thing')} to check`, 'near') : null,
        !c.errors && !c.warnings ? pill('no problems found', 'ok') : null,
        m.overridden ? pill('layer overridden', 'over') : null,
        m.editedFiles.length ? pill('edited by hand', 'near') : null,
      ].filter((p) => p !== null),
    },
    banners: m.banners,
    statuspage: statuspageView(m),
    cards: cardGroups(m.social).map((g, i) => cardView(m, g, i)),
    decision: {
      layerName: b.layerName,
      proposedName: m.proposedName,
      overridden: m.overridden,
      chosenUnranked: m.chosenUnranked,
      hypotheses: m.hypotheses.map((h) => ({ ...h, lines: h.evidence.length + h.against.length > 0 })),
    },
    findings: {
      errors: c.errors,
      warnings: c.warnings,
      rows: m.findings.map((f) => ({
        severity: f.severity,
        rule: f.rule,
        channel: f.channel ? channelLabel(f.channel) : '—',
        message: f.message,
        where: where(f),
      })),
    },
    timeline: timelineView(m),
    changes: b.previous
      ? {
          prev: b.previous,
          now: { phase: b.phase, layerName: b.layerName, layer: b.layer },
          layerChanged: m.layerChanged,
          blocks: m.changes.map(changeView),
        }
      : null,
    evidence: evidenceView(m.evidence),
    answers: answersView(b),
  };
}

function counterView(d: DraftView) {
  return {
    tone: d.tone,
    unit: d.draft.unit,
    text: d.counter,
    state: [d.stateText, d.problemText].filter(Boolean).join(', '),
  };
}

function findingsView(findings: readonly Finding[]) {
  return findings.map((f) => ({
    severity: f.severity,
    error: f.severity === 'error',
    message: f.message,
    where: f.file ? where(f) : '',
  }));
}

/**
 * Copy buttons (hidden until the page's script shows them) and the exact texts they copy; `key` is ours, never a
 * bundle's word.
 */
function copies(key: string, items: Array<[part: string, label: string, text: string]>) {
  return items.map(([part, label, text]) => ({ id: `copy-${key}-${part}`, label, text }));
}

function statuspageView(m: ReviewModel) {
  const d = m.statuspage;
  if (!d) return null;
  const sp = m.manifest.statuspage;
  const title = d.draft.title ?? firstLine(d.draft.text);
  const body = d.draft.title === undefined ? restAfterFirstLine(d.draft.text) : d.draft.text;
  return {
    brand: m.manifest.product.name,
    counter: counterView(d),
    copies: copies('statuspage', [
      ['title', 'Copy title', title],
      ['body', 'Copy body', body],
    ]),
    titleHtml: marked(title, d.findings, (s) => html`${s}`),
    status: sp?.status ?? m.manifest.phase,
    update: m.manifest.update,
    createdAt: m.manifest.createdAt,
    body: markdownBlocks(body, d.findings),
    components: sp?.components ?? [],
    badges: publishBadge(m.publish.statuspage),
    findings: findingsView(d.findings),
    units: [{ label: null, words: lengthWords(d.draft), file: d.draft.file }],
  };
}

/** One channel's card, or one card for channels whose texts are the same (each with its own counter and handle). */
function cardView(m: ReviewModel, group: DraftView[], index: number) {
  const b = m.manifest;
  const d = group[0]!;
  const channel = d.draft.channel;
  const findings = group.flatMap((g) => g.findings);
  const handles = (g: readonly DraftView[]) =>
    g.flatMap((x) => (b.product.handles?.[x.draft.channel] ? [b.product.handles[x.draft.channel]!] : []));
  return {
    same: group.length > 1,
    channel,
    channels: group.map((g) => g.draft.channel).join(' '),
    label: group.map((g) => g.label).join(' · '),
    counter: counterView(d),
    counters: group.map((g) => ({ channel: g.draft.channel, label: g.label, counter: counterView(g) })),
    name: b.product.name,
    initial: Array.from(b.product.name.trim())[0]?.toUpperCase() ?? '?',
    handles: handles(group),
    sms: channel === 'sms',
    slack: channel === 'slack',
    hasTitle: d.draft.title !== undefined,
    postTitle: d.draft.title ?? '',
    text: channel === 'slack' ? slackText(d.draft.text) : marked(d.draft.text, findings, postText),
    copies: copies(`post-${index + 1}`, [['text', 'Copy text', pasteable(d)]]),
    badges: join(group.map((g) => publishBadge(m.publish[g.draft.channel]))),
    findings: findingsView(findings),
    units: group.map((g) => ({
      label: group.length > 1 ? g.label : null,
      words: lengthWords(g.draft),
      file: g.draft.file,
    })),
  };
}

/** What a person pastes: the draft's text; Slack's file escapes &, < and > for the API, a paste must not. */
function pasteable(d: DraftView): string {
  return d.draft.channel === 'slack'
    ? d.draft.text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    : d.draft.text;
}

function timelineView(m: ReviewModel) {
  const b = m.manifest;
  const earlier = b.timeline?.length
    ? b.timeline
    : b.previous
      ? [
          {
            update: b.previous.update,
            phase: b.previous.phase,
            layerName: b.previous.layerName,
            createdAt: '',
            correction: undefined,
          },
        ]
      : [];
  if (!earlier.length) return null;
  const said = (u: number) =>
    b.previous && b.previous.update === u
      ? (b.previous.drafts.find((d) => d.channel === 'statuspage') ?? b.previous.drafts[0])
      : undefined;
  return earlier.map((t) => {
    const d = said(t.update);
    return {
      update: t.update,
      phase: t.phase,
      layerName: t.layerName,
      createdAt: t.createdAt,
      correction: t.correction ?? null,
      said: d ? { label: channelLabel(d.channel), title: d.title ?? null, text: d.text } : null,
    };
  });
}

function changeView(c: ChannelChange) {
  const side = (draft: ChannelChange['before'], which: 'before' | 'after') =>
    !draft
      ? null
      : c.text
        ? html`${c.title ? html`<p class="post-title">${diffSide(c.title, which)}</p>` : null}${diffSide(
            c.text,
            which,
          )}`
        : html`${draft.text}`;
  return {
    channel: c.channel,
    label: c.label,
    unchanged: c.unchanged,
    isNew: !c.before,
    dropped: !c.after,
    before: side(c.before, 'before'),
    after: side(c.after, 'after'),
  };
}

function diffSide(parts: DiffPart[], side: 'before' | 'after'): SafeHtml {
  return html`${parts.map((p) => {
    if (p.kind === 'same') return html`${p.text}`;
    if (p.kind === 'del') return side === 'before' ? html`<del>${p.text}</del>` : null;
    return side === 'after' ? html`<ins>${p.text}</ins>` : null;
  })}`;
}

function evidenceView(e: Evidence | undefined) {
  if (!e) return { has: false };
  return {
    has: true,
    takenAt: e.takenAt,
    probes: e.probes.map((p) => ({
      id: p.id,
      model: p.model ?? null,
      layer: p.layer,
      target: p.target ?? '',
      ok: p.ok,
      result: [p.outcome, p.status !== undefined ? `HTTP ${p.status}` : '', p.errorType ?? '']
        .filter(Boolean)
        .join(' · '),
      samples: p.samples ? `${p.samples.failed}/${p.samples.total} failed` : '',
      latency: Math.round(p.latencyMs),
      detail: p.detail,
    })),
    providers: e.providers.map((p) => ({
      name: p.name,
      tone: indicatorTone(p.indicator),
      words: indicatorWords(p.indicator),
      description: p.description,
      url: p.url ?? null,
      cachedAt: p.cachedAt ?? null,
      error: p.error ?? null,
      incidents: p.incidents.map((i) => ({
        ...i,
        startedAt: i.startedAt ?? null,
        updatedAt: i.updatedAt ?? null,
        latestUpdate: i.latestUpdate ?? null,
      })),
      troubled: p.components.filter((c) => c.status !== 'operational'),
    })),
  };
}

function answersView(b: BundleManifest) {
  const a = b.answers;
  const rows: Array<[string, string | undefined]> = [
    ['Impact', a.impact],
    ['Impact level', a.impactLevel],
    ['Next update', a.nextUpdateMinutes !== undefined ? `in ${a.nextUpdateMinutes} minutes` : undefined],
    ['Notes', a.notes],
    ['Data loss', a.dataLoss],
  ];
  return rows.filter(([, v]) => v !== undefined && v !== '').map(([key, value]) => ({ key, value }));
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0]!.replace(/^#+\s*/, '');
}

function restAfterFirstLine(text: string): string {
  const i = text.indexOf('\n');
  return i < 0 ? '' : text.slice(i + 1);
}
