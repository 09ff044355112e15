// What the review page, its Markdown form and the summary all show, derived once from a bundle; pure.
import type { BundleManifest, Draft, Finding, Hypothesis, StatuspageSummary } from '../model/bundle.js';
import type { Evidence } from '../model/evidence.js';
import { isUtcZone } from '../text/time.js';
import { diffWords, sameWording, type DiffPart } from './diff.js';
import type { ChannelPublishState } from './publish-badge.js';

export interface ReviewOptions {
  /** Channel files in the bundle whose text no longer matches draft.json (edited by hand). */
  editedFiles?: readonly string[];
  /** Each channel's approval and published posts (layerpost approve / publish). */
  publish?: Record<string, ChannelPublishState>;
}

/** ok, near (within 10% of the limit), over (past it). */
export type CounterState = 'ok' | 'near' | 'over';

export interface DraftView {
  draft: Draft;
  label: string;
  /** The length's state. */
  state: CounterState;
  /** The counter's colour: the length's state, or "error" when a lint error is on an in-limit draft. */
  tone: CounterState | 'error';
  /** This draft's own lint findings, errors first. */
  findings: Finding[];
  /** "213/280" */
  counter: string;
  /** "near the limit" / "23 over the limit" / "" */
  stateText: string;
  /** "1 problem" when the draft has lint errors, else "". */
  problemText: string;
}

export interface HypothesisView extends Hypothesis {
  rank: number;
  name: string;
  proposed: boolean;
  chosen: boolean;
}

export interface ChannelChange {
  channel: string;
  label: string;
  /** Absent when the channel is new in this update. */
  before?: Draft;
  /** Absent when the channel was dropped in this update. */
  after?: Draft;
  title?: DiffPart[];
  text?: DiffPart[];
  unchanged: boolean;
}

export interface ReviewModel {
  manifest: BundleManifest;
  evidence?: Evidence;
  title: string;
  statuspage?: DraftView;
  social: DraftView[];
  drafts: DraftView[];
  overridden: boolean;
  proposedName: string;
  hypotheses: HypothesisView[];
  /** The operator's layer does not appear in the diagnosis at all. */
  chosenUnranked: boolean;
  findings: Finding[];
  counts: { errors: number; warnings: number; overLimit: number; nearLimit: number };
  changes: ChannelChange[];
  layerChanged: boolean;
  editedFiles: readonly string[];
  publish: Record<string, ChannelPublishState>;
  /** What the banners at the top say (templates/review/words/), for the page and the Markdown alike; null: none. */
  banners: Banners;
}

export interface Banners {
  override: {
    proposedName: string;
    confidence: string | null;
    layerName: string;
    confirmed: boolean;
    contradictions: string[];
  } | null;
  proposal: { layerName: string; confidence: string; kept: string } | null;
  stillFailing: { phase: string; probes: string } | null;
  /** "Correction: earlier we said …" as lead "Correction" and the rest, so the lead is said once. */
  correction: { lead: string; text: string } | null;
  edited: { files: string; one: boolean } | null;
}

const LABELS: Record<string, string> = {
  statuspage: 'Status page',
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  threads: 'Threads',
  linkedin: 'LinkedIn',
  sms: 'SMS',
  slack: 'Slack (internal)',
};

export function channelLabel(channel: string): string {
  return LABELS[channel] ?? channel;
}

export function counterState(draft: Pick<Draft, 'length' | 'limit' | 'overLimit'>): CounterState {
  if (draft.overLimit || draft.length > draft.limit) return 'over';
  if (draft.length >= draft.limit * 0.9) return 'near';
  return 'ok';
}

export function draftView(draft: Draft, findings: readonly Finding[] = []): DraftView {
  const state = counterState(draft);
  const own = sortFindings(findings.filter((f) => f.channel === draft.channel));
  const errors = own.filter((f) => f.severity === 'error').length;
  const stateText =
    state === 'over'
      ? `${Math.max(draft.length - draft.limit, 0) || 'some'} over the limit`
      : state === 'near'
        ? 'near the limit'
        : '';
  const tone = state === 'over' ? 'over' : errors ? 'error' : state;
  return {
    draft,
    label: channelLabel(draft.channel),
    state,
    tone,
    findings: own,
    counter: `${draft.length}/${draft.limit}`,
    stateText,
    problemText: errors ? plural(errors, 'problem') : '',
  };
}

function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/**
 * How a draft was counted and made, in a PM's words: "191 of 280 characters, as X counts them; the shorter version".
 */
export function lengthWords(d: Draft): string {
  const made =
    d.variant === 'short'
      ? '; the shorter version (the full one did not fit)'
      : d.variant === 'edited'
        ? '; edited by hand'
        : '';
  return `${d.length} of ${d.limit} ${UNIT_WORDS[d.channel] ?? 'characters'}${made}.`;
}

const UNIT_WORDS: Record<string, string> = {
  statuspage: 'characters in the title',
  x: 'characters, as X counts them (links and emoji count double)',
  bluesky: 'characters',
  mastodon: 'characters, as Mastodon counts them',
  threads: 'characters, as Threads counts them',
  linkedin: 'characters, as LinkedIn counts them',
  sms: 'characters (one text message holds this many)',
  slack: 'characters',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A time as a PM reads it: "30 Nov 2026, 11:13 CET", in the product's time zone (UTC when none or
 * unknown); the page's script turns it into the reader's own zone. The stamp itself when not a date.
 */
export function localTime(iso: string, timeZone?: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  // UTC is written out by hand: the first Intl.DateTimeFormat of a process loads ICU's locale and zone data.
  if (!timeZone || isUtcZone(timeZone))
    return `${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()}, ${t.toISOString().slice(11, 16)} UTC`;
  const fmt = (zone: string) =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    }).format(t);
  try {
    return fmt(timeZone || 'UTC');
  } catch {
    return fmt('UTC');
  }
}

/** Plain layer name for an id: the manifest's own words for its layers, else the default model's. */
export function layerNameOf(manifest: BundleManifest, id: string): string {
  if (id === manifest.layer) return manifest.layerName;
  if (manifest.previous && id === manifest.previous.layer) return manifest.previous.layerName;
  return manifest.diagnosis.find((h) => h.layer === id)?.name || id;
}

export function percent(confidence: number): string {
  return `${Math.round(Math.min(Math.max(confidence, 0), 1) * 100)}%`;
}

export function buildReviewModel(manifest: BundleManifest, evidence?: Evidence, opts: ReviewOptions = {}): ReviewModel {
  const drafts = manifest.drafts.map((d) => draftView(d, manifest.findings));
  const statuspage = drafts.find((d) => d.draft.channel === 'statuspage');
  const hypotheses = manifest.diagnosis.map((h, i) => ({
    ...h,
    rank: i + 1,
    name: h.name || layerNameOf(manifest, h.layer),
    proposed: h.layer === manifest.proposedLayer,
    chosen: h.layer === manifest.layer,
  }));
  const findings = sortFindings(manifest.findings);
  const overridden = manifest.layer !== manifest.proposedLayer;
  const proposed = hypotheses.find((h) => h.proposed);
  const edited = opts.editedFiles ?? [];
  const lead = manifest.correction ? /^(Correction|Update):\s*/i.exec(manifest.correction) : null;
  const banners: Banners = {
    override: overridden
      ? {
          proposedName: layerNameOf(manifest, manifest.proposedLayer),
          confidence: proposed ? percent(proposed.confidence) : null,
          layerName: manifest.layerName,
          confirmed: manifest.override?.confirmed === true,
          contradictions: manifest.override?.confirmed ? manifest.override.contradictions : [],
        }
      : null,
    proposal: manifest.proposal
      ? {
          layerName: layerNameOf(manifest, manifest.proposal.layer),
          confidence: percent(manifest.proposal.confidence),
          kept: layerNameOf(manifest, manifest.proposal.kept),
        }
      : null,
    stillFailing: manifest.stillFailing?.length
      ? { phase: manifest.phase, probes: manifest.stillFailing.join(', ') }
      : null,
    correction: manifest.correction
      ? lead
        ? { lead: lead[1]!, text: manifest.correction.slice(lead[0].length) }
        : { lead: 'Correction', text: manifest.correction }
      : null,
    edited: edited.length ? { files: edited.join(', '), one: edited.length === 1 } : null,
  };
  return {
    manifest,
    evidence,
    title: `${manifest.product.name} · incident ${manifest.incident} · update ${manifest.update}`,
    statuspage,
    social: drafts.filter((d) => d !== statuspage),
    drafts,
    overridden,
    proposedName: layerNameOf(manifest, manifest.proposedLayer),
    hypotheses,
    chosenUnranked: !hypotheses.some((h) => h.chosen),
    findings,
    counts: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      overLimit: drafts.filter((d) => d.state === 'over').length,
      nearLimit: drafts.filter((d) => d.state === 'near').length,
    },
    changes: manifest.previous ? channelChanges(manifest.previous.drafts, manifest.drafts) : [],
    layerChanged: manifest.previous !== undefined && manifest.previous.layer !== manifest.layer,
    editedFiles: opts.editedFiles ?? [],
    publish: opts.publish ?? {},
    banners,
  };
}

/** Markdown's **bold** as its words. */
function plainMarks(text: string): string {
  return text.replace(/\*\*([^*\n]+?)\*\*/g, '$1');
}

/** Channels whose posts are plain text of one kind: when their texts are the same, the page shows them once. */
const SAME_KIND = new Set(['x', 'bluesky', 'mastodon', 'threads']);

/**
 * The social drafts as cards: those of SAME_KIND with the very same title and text share one card, in first-seen order.
 */
export function cardGroups(social: readonly DraftView[]): DraftView[][] {
  const groups: DraftView[][] = [];
  for (const d of social) {
    const same = SAME_KIND.has(d.draft.channel)
      ? groups.find(
          (g) =>
            SAME_KIND.has(g[0]!.draft.channel) &&
            g[0]!.draft.text === d.draft.text &&
            g[0]!.draft.title === d.draft.title,
        )
      : undefined;
    if (same) same.push(d);
    else groups.push([d]);
  }
  return groups;
}

/** Per channel, in this update's order (then channels dropped since): the word diff against the previous update. */
export function channelChanges(previous: readonly Draft[], current: readonly Draft[]): ChannelChange[] {
  const out: ChannelChange[] = [];
  for (const after of current) {
    const before = previous.find((d) => d.channel === after.channel);
    if (!before) {
      out.push({ channel: after.channel, label: channelLabel(after.channel), after, unchanged: false });
      continue;
    }
    const title =
      before.title !== undefined || after.title !== undefined
        ? diffWords(before.title ?? '', after.title ?? '')
        : undefined;
    out.push({
      channel: after.channel,
      label: channelLabel(after.channel),
      before,
      after,
      title,
      // the wording, not the status page's Markdown marks: `**` would show as text in the diff
      text: diffWords(plainMarks(before.text), plainMarks(after.text)),
      unchanged: sameWording(before.text, after.text) && sameWording(before.title ?? '', after.title ?? ''),
    });
  }
  for (const before of previous) {
    if (!current.some((d) => d.channel === before.channel))
      out.push({ channel: before.channel, label: channelLabel(before.channel), before, unchanged: false });
  }
  return out;
}

/**
 * The status-page summary from a Statuspage incident payload ({incident:{status, components:{id: status}}}),
 * for bundles whose manifest does not carry one. The payload has component ids only, so ids stand
 * in for names. Undefined when the payload has no such shape.
 */
export function statuspageFromPayload(payload: unknown): StatuspageSummary | undefined {
  const incident = (payload as { incident?: unknown } | null)?.incident as
    { status?: unknown; components?: unknown } | undefined;
  if (!incident || typeof incident !== 'object' || typeof incident.status !== 'string') return undefined;
  const components: StatuspageSummary['components'] = [];
  if (incident.components && typeof incident.components === 'object' && !Array.isArray(incident.components)) {
    for (const [id, status] of Object.entries(incident.components as Record<string, unknown>)) {
      if (typeof status === 'string') components.push({ id, name: id, status });
    }
  }
  return { status: incident.status, components };
}

/** "Degraded performance" from "degraded_performance". */
export function humanStatus(status: string): string {
  const s = status.replace(/[_-]+/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "templates/x/default.hbs:3:7", or "" when the finding names no file. */
export function where(f: Pick<Finding, 'file' | 'line' | 'column'>): string {
  if (!f.file) return '';
  return `${f.file}${f.line !== undefined ? `:${f.line}${f.column !== undefined ? `:${f.column}` : ''}` : ''}`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
