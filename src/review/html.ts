// The review page (review.html): one self-contained HTML file a PM reads and copies from before anything is posted; pure.
import type { BundleManifest, Finding } from '../model/bundle.js';
import type { Evidence, ProviderStatus, ProbeResult } from '../model/evidence.js';
import { indicatorTone, indicatorWords } from '../model/indicator.js';
import type { DiffPart } from './diff.js';
import { html, join, SafeHtml, type HtmlValue } from './escape.js';
import { publishBadge } from './publish-badge.js';
import {
  buildReviewModel,
  cardGroups,
  channelLabel,
  humanStatus,
  layerNameOf,
  lengthWords,
  localTime,
  percent,
  plural,
  type ChannelChange,
  type DraftView,
  type HypothesisView,
  type ReviewModel,
  type ReviewOptions,
  where,
} from './model.js';

/**
 * The page's one script: shows the copy buttons and copies a draft's exact text, and shows times in
 * the reader's zone. Without it every text and time is still on the page; the buttons stay hidden.
 */
export const REVIEW_SCRIPT = `for(const b of document.querySelectorAll('button.copy')){const el=document.getElementById(b.dataset.copy);if(!el)continue;b.hidden=false;b.addEventListener('click',async()=>{try{await navigator.clipboard.writeText(el.value)}catch{el.hidden=false;el.select();document.execCommand('copy');el.hidden=true}b.textContent='Copied';setTimeout(()=>{b.textContent=b.dataset.label},1500)})}
for(const t of document.querySelectorAll('time[datetime]')){const d=new Date(t.dateTime);if(!isNaN(d))t.textContent=d.toLocaleString('en-GB',{day:'numeric',month:'short',year:'numeric',hour:'2-digit',minute:'2-digit',hourCycle:'h23',timeZoneName:'short'})}`;

/**
 * The SHA-256 of REVIEW_SCRIPT (base64), written here rather than computed when the module loads: hashing at load
 * cost every draft node:crypto. test/review/html.test.ts fails when the script changes and this does not.
 */
const REVIEW_SCRIPT_SHA256 = 'RbuTtK5xcF+puxqG8+JTyVw8hgEcdqE5876fy9ok65U=';

/**
 * CSP as a second line of defence behind escaping: only the page's own script (by its hash), no
 * network, no forms, no base. base-uri and form-action do not fall back to default-src, so they are named.
 */
export const REVIEW_CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${REVIEW_SCRIPT_SHA256}'; base-uri 'none'; form-action 'none'`;

export function renderReviewHtml(manifest: BundleManifest, evidence?: Evidence, opts: ReviewOptions = {}): string {
  const m = buildReviewModel(manifest, evidence, opts);
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REVIEW_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="layerpost">
<title>Review: ${m.title}</title>
<style>${new SafeHtml(CSS)}</style>
</head>
<body>
${header(m)}
<main>
${banners(m)}
${statuspageSection(m)}
${socialSection(m)}
${decisionSection(m)}
${findingsSection(m)}
${timelineSection(m)}
${changesSection(m)}
${evidenceSection(m.evidence, m)}
${answersSection(m.manifest)}
</main>
<footer>Written by layerpost on ${when(manifest.createdAt, m)}. Nothing on this page is posted anywhere: copy each text into its channel yourself.</footer>
<script>${new SafeHtml(REVIEW_SCRIPT)}</script>
</body>
</html>
`;
  return page.value;
}

// ── Header and banners ────────────────────────────────────────────────────────

function header(m: ReviewModel): SafeHtml {
  const { manifest: b, counts } = m;
  const pills: SafeHtml[] = [
    html`<span class="pill">${m.drafts.length} draft${m.drafts.length === 1 ? '' : 's'}</span>`,
    counts.overLimit ? html`<span class="pill over">${counts.overLimit} over the limit</span>` : null,
    counts.nearLimit ? html`<span class="pill near">${counts.nearLimit} near the limit</span>` : null,
    !counts.overLimit && !counts.nearLimit ? html`<span class="pill ok">all well within limits</span>` : null,
    counts.errors ? html`<span class="pill over">${plural(counts.errors, 'problem')} to fix</span>` : null,
    counts.warnings ? html`<span class="pill near">${plural(counts.warnings, 'thing')} to check</span>` : null,
    !counts.errors && !counts.warnings ? html`<span class="pill ok">no problems found</span>` : null,
    m.overridden ? html`<span class="pill over">layer overridden</span>` : null,
    m.editedFiles.length ? html`<span class="pill near">edited by hand</span>` : null,
  ].filter((p): p is SafeHtml => p !== null);
  return html`<header>
<p class="eyebrow">Review before posting · ${b.product.name} (${b.product.feature})</p>
<h1>Incident ${b.incident} · update ${b.update} ${phaseBadge(b.phase)}</h1>
<p class="layerline">What failed: <strong>${b.layerName}</strong>${b.providerName ? html` · provider <strong>${b.providerName}</strong>` : null}${b.models.length ? html` · models ${(b.modelNames ?? b.models).join(', ')}` : null}</p>
<p class="pills">${pills}</p>
</header>`;
}

function banners(m: ReviewModel): SafeHtml {
  const b = m.manifest;
  const proposed = m.hypotheses.find((h) => h.proposed);
  const confirmed = b.override?.confirmed === true;
  return html`${
    m.overridden
      ? html`<div class="banner override${confirmed ? ' flagged' : ''}" role="alert" id="override"><strong>The operator overrode the diagnosis.</strong> layerpost proposed <strong>${m.proposedName}</strong>${proposed ? html` (${percent(proposed.confidence)} sure)` : null}; these drafts name <strong>${b.layerName}</strong>. ${
          confirmed
            ? html`The operator confirmed this choice although the evidence speaks against it${
                b.override!.contradictions.length ? html`:<ul class="contradictions">${b.override!.contradictions.map((c) => html`<li>${c}</li>`)}</ul>` : html`.`
              }`
            : html`Check that the evidence below supports the operator's choice.`
        }</div>`
      : null
  }${
    b.proposal
      ? html`<div class="banner proposal" role="note" id="proposal">Fresh evidence points to <strong>${layerNameOf(b, b.proposal.layer)}</strong> (${percent(b.proposal.confidence)}); the published layer <strong>${layerNameOf(b, b.proposal.kept)}</strong> was kept.</div>`
      : null
  }${
    b.stillFailing?.length
      ? html`<div class="banner override flagged" role="alert" id="still-failing"><strong>Drafted as ${b.phase} while probes still fail:</strong> ${b.stillFailing.join(', ')} failed before and still failed in this update's evidence. The operator kept the phase; check that the fix holds before posting.</div>`
      : null
  }${
    b.correction
      ? html`<div class="banner correction" role="note" id="correction">${correctionWords(b.correction)}</div>`
      : null
  }${
    m.editedFiles.length
      ? html`<div class="banner edited" role="note"><strong>Edited by hand:</strong> ${m.editedFiles.join(', ')} no longer match${m.editedFiles.length === 1 ? 'es' : ''} draft.json. This page shows the drafted text and its counts; re-run <code>layerpost draft</code> or check the edited files' lengths before posting.</div>`
      : null
  }`;
}

/** "Correction: earlier we said …" as "<strong>Correction in this update:</strong> earlier we said …", said once. */
function correctionWords(text: string): SafeHtml {
  const lead = /^(Correction|Update):\s*/i.exec(text);
  return lead
    ? html`<strong>${lead[1]} in this update:</strong> ${text.slice(lead[0].length)}`
    : html`<strong>Correction in this update:</strong> ${text}`;
}

// ── Status page ──────────────────────────────────────────────────────────────

function statuspageSection(m: ReviewModel): SafeHtml | null {
  const d = m.statuspage;
  if (!d) return null;
  const sp = m.manifest.statuspage;
  const title = d.draft.title ?? firstLine(d.draft.text);
  const body = d.draft.title === undefined ? restAfterFirstLine(d.draft.text) : d.draft.text;
  return html`<section id="statuspage">
<h2>Status page</h2>
<article class="statuspage channel-statuspage" data-channel="statuspage">
<div class="sp-head"><span class="sp-brand">${m.manifest.product.name} status</span>${counter(d, 'title')}</div>
${copyButtons('statuspage', [['title', 'Copy title', title], ['body', 'Copy body', body]])}
<div class="sp-incident">
<h3 class="sp-title">${marked(title, d.findings, (s) => html`${s}`)}</h3>
<div class="sp-update">${phaseBadge(sp?.status ?? m.manifest.phase)} <span class="sp-meta">Update ${m.manifest.update} · ${when(m.manifest.createdAt, m)}</span></div>
<div class="sp-body">${markdownBlocks(body, d.findings)}</div>
${
  sp && sp.components.length
    ? html`<div class="scroll"><table class="sp-components"><caption>Affected components and their new status</caption><tbody>${sp.components.map(
        (c) => html`<tr><td class="wrap">${c.name}</td><td><span class="cstatus cs-${cssToken(c.status)}">${humanStatus(c.status)}</span></td></tr>`,
      )}</tbody></table></div>`
    : html`<p class="muted">No components of the status page are marked by this update.</p>`
}
</div>
${publishBadge(m.publish.statuspage)}
${draftFindings(d)}
<p class="unit">${lengthWords(d.draft)} File: ${d.draft.file}</p>
</article>
</section>`;
}

// ── Social cards ─────────────────────────────────────────────────────────────

function socialSection(m: ReviewModel): SafeHtml | null {
  if (!m.social.length) return null;
  return html`<section id="posts">
<h2>Posts</h2>
<div class="cards">${cardGroups(m.social).map((g, i) => card(m, g, i))}</div>
</section>`;
}

/** One channel's card, or one card for channels whose texts are the same (each with its own counter and handle). */
function card(m: ReviewModel, group: DraftView[], index: number): SafeHtml {
  const b = m.manifest;
  const d = group[0]!;
  const channel = d.draft.channel;
  const name = b.product.name;
  const handle = group.length === 1 ? b.product.handles?.[channel] : undefined;
  const findings = group.flatMap((g) => g.findings);
  const text = channel === 'slack' ? slackText(d.draft.text) : marked(d.draft.text, findings, postText);
  if (group.length > 1)
    return html`<article class="card same-text channel-${cssToken(channel)}" data-channel="${channel}" data-channels="${group.map((g) => g.draft.channel).join(' ')}">
<div class="card-label"><span class="platform">${group.map((g) => g.label).join(' · ')}</span><span class="same">same text</span></div>
<p class="counters">${group.map((g) => html`<span class="counter-of" data-channel="${g.draft.channel}">${g.label} ${counter(g)}</span>`)}</p>
<div class="post">
<div class="post-head"><span class="avatar">${initial(name)}</span><span class="who">${name}${join(group.flatMap((g) => (b.product.handles?.[g.draft.channel] ? [html` <span class="handle">${b.product.handles[g.draft.channel]}</span>`] : [])))}</span><span class="when">now</span></div>
<div class="post-text">${text}</div>
</div>
${copyButtons(`post-${index + 1}`, [['text', 'Copy text', pasteable(d)]])}
${group.map((g) => publishBadge(m.publish[g.draft.channel]))}
${draftFindings({ ...d, findings })}
${group.map((g) => html`<p class="unit">${g.label}: ${lengthWords(g.draft)} File: ${g.draft.file}</p>`)}
</article>`;
  const head =
    channel === 'sms'
      ? html`<div class="post-head sms-head"><span class="who">${name}</span><span class="when">Text message</span></div>`
      : channel === 'slack'
        ? html`<div class="post-head"><span class="avatar square">${initial(name)}</span><span class="who">layerpost <span class="app">APP</span></span><span class="when">#incidents</span></div>`
        : html`<div class="post-head"><span class="avatar">${initial(name)}</span><span class="who">${name}${handle ? html` <span class="handle">${handle}</span>` : null}</span><span class="when">now</span></div>`;
  return html`<article class="card channel-${cssToken(channel)}" data-channel="${channel}">
<div class="card-label"><span class="platform">${d.label}</span>${counter(d)}</div>
<div class="post">
${head}
${d.draft.title !== undefined ? html`<p class="post-title">${d.draft.title}</p>` : null}
<div class="post-text">${text}</div>
</div>
${copyButtons(`post-${index + 1}`, [['text', 'Copy text', pasteable(d)]])}
${publishBadge(m.publish[channel])}
${draftFindings(d)}
<p class="unit">${lengthWords(d.draft)} File: ${d.draft.file}</p>
</article>`;
}

function counter(d: DraftView, what?: string): SafeHtml {
  return html`<span class="counter ${d.tone}" title="${d.draft.unit}">${what ? `${what} ` : ''}${d.counter}${d.stateText || d.problemText ? html` <span class="state">${[d.stateText, d.problemText].filter(Boolean).join(', ')}</span>` : null}</span>`;
}

/** What a person pastes: the draft's text; Slack's file escapes &, < and > for the API, which a paste must not carry. */
function pasteable(d: DraftView): string {
  return d.draft.channel === 'slack' ? d.draft.text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') : d.draft.text;
}

/** Copy buttons (hidden until the page's script shows them) and the exact texts they copy; `key` is ours, never a bundle's word. */
function copyButtons(key: string, items: Array<[part: string, label: string, text: string]>): SafeHtml {
  return html`<div class="copies">${items.map(([part, label, text]) => {
    const id = `copy-${key}-${part}`;
    return html`<button type="button" class="copy" data-copy="${id}" data-label="${label}" hidden>${label}</button><textarea class="copy-src" id="${id}" readonly hidden aria-hidden="true">${text}</textarea>`;
  })}</div>`;
}

/** A draft's own findings, on its card. */
function draftFindings(d: Pick<DraftView, 'findings'>): SafeHtml | null {
  if (!d.findings.length) return null;
  return html`<ul class="card-findings">${d.findings.map(
    (f) => html`<li class="${f.severity}"><span class="sev ${f.severity}">${f.severity === 'error' ? 'fix' : 'check'}</span> ${f.message}${f.file ? html` <span class="muted">(${where(f)})</span>` : null}</li>`,
  )}</ul>`;
}

/** The phrase a finding quotes ("will be resolved by" promises …), to mark where it stands in the text. */
export function quotedPhrase(message: string): string | undefined {
  return /"([^"\n]{2,200})"/.exec(message)?.[1];
}

/** The text rendered by `render`, each phrase a finding quotes marked (its first place, case as written). */
export function marked(text: string, findings: readonly Finding[], render: (s: string) => SafeHtml, keepWhole: readonly RegExpExecArray[] = []): SafeHtml {
  const lower = text.toLowerCase();
  const spans: Array<{ start: number; end: number; f: Finding }> = [];
  // a span of `keepWhole` (a link, a bold run) is never cut in two by a mark
  const whole = keepWhole.map((g) => ({ start: g.index, end: g.index + g[0].length }));
  for (const f of findings) {
    const phrase = quotedPhrase(f.message);
    const start = phrase ? lower.indexOf(phrase.toLowerCase()) : -1;
    if (start < 0) continue;
    const end = start + phrase!.length;
    const cuts = (s: { start: number; end: number }) => start < s.end && end > s.start && !(start <= s.start && end >= s.end);
    if (!spans.some((s) => start < s.end && end > s.start) && !whole.some(cuts)) spans.push({ start, end, f });
  }
  spans.sort((a, b) => a.start - b.start);
  const out: SafeHtml[] = [];
  let last = 0;
  for (const s of spans) {
    out.push(render(text.slice(last, s.start)), html`<mark class="finding ${s.f.severity}" title="${s.f.message}">${render(text.slice(s.start, s.end))}</mark>`);
    last = s.end;
  }
  out.push(render(text.slice(last)));
  return join(out);
}

/** A time in the product's zone, marked so the page's script can show it in the reader's own. */
function when(iso: string, m: ReviewModel): SafeHtml {
  return html`<time datetime="${iso}">${localTime(iso, m.manifest.product.timeZone)}</time>`;
}

function initial(name: string): string {
  return Array.from(name.trim())[0]?.toUpperCase() ?? '?';
}

// ── Layer decision ───────────────────────────────────────────────────────────

function decisionSection(m: ReviewModel): SafeHtml {
  const b = m.manifest;
  return html`<section id="decision">
<h2>Layer decision</h2>
<p>The operator chose <strong>${b.layerName}</strong>. layerpost proposed <strong>${m.proposedName}</strong>${m.overridden ? html` — <span class="over-text">a different layer</span>` : html` — the operator agreed`}.</p>
${m.chosenUnranked ? html`<p class="warn-text">The chosen layer does not appear in the diagnosis at all.</p>` : null}
${
  m.hypotheses.length
    ? html`<div class="scroll"><table class="diagnosis"><thead><tr><th>#</th><th>Layer</th><th>How sure</th><th>Evidence</th></tr></thead><tbody>${m.hypotheses.map(hypothesisRow)}</tbody></table></div>`
    : html`<p class="muted">No diagnosis was recorded (no evidence).</p>`
}
</section>`;
}

function hypothesisRow(h: HypothesisView): SafeHtml {
  const tags = [h.proposed ? html`<span class="tag proposed">proposed</span>` : null, h.chosen ? html`<span class="tag chosen">chosen</span>` : null];
  const pct = percent(h.confidence);
  return html`<tr class="${h.chosen ? 'chosen' : ''}">
<td>${h.rank}</td>
<td><strong>${h.name}</strong><br><code>${h.layer}</code> ${tags}</td>
<td class="conf"><span class="bar"><span style="width:${pct}"></span></span> ${pct}</td>
<td class="wrap">${
    h.evidence.length || h.against.length
      ? html`<ul class="ev">${h.evidence.map((e) => html`<li class="for"><span class="mark" aria-label="supports">✓</span> ${e}</li>`)}${h.against.map(
          (e) => html`<li class="against"><span class="mark" aria-label="against">✗</span> ${e}</li>`,
        )}</ul>`
      : html`<span class="muted">no evidence lines</span>`
  }</td>
</tr>`;
}

// ── Findings ─────────────────────────────────────────────────────────────────

function findingsSection(m: ReviewModel): SafeHtml {
  return html`<section id="findings">
<h2>Problems found <span class="count">${m.counts.errors} to fix, ${m.counts.warnings} to check</span></h2>
${
  m.findings.length
    ? html`<div class="scroll"><table class="findings"><thead><tr><th>Severity</th><th>Rule</th><th>Channel</th><th>Message</th><th>Where</th></tr></thead><tbody>${m.findings.map(findingRow)}</tbody></table></div>`
    : html`<p class="ok-text">No problems found: every check passed for these drafts.</p>`
}
</section>`;
}

function findingRow(f: Finding): SafeHtml {
  return html`<tr class="${f.severity}"><td><span class="sev ${f.severity}">${f.severity}</span></td><td><code>${f.rule}</code></td><td>${f.channel ? channelLabel(f.channel) : '—'}</td><td class="wrap">${f.message}</td><td class="wrap">${where(f)}</td></tr>`;
}

// ── Follow-up: what the earlier updates said, and the changes since the previous one ──

function timelineSection(m: ReviewModel): SafeHtml | null {
  const b = m.manifest;
  const earlier = b.timeline?.length
    ? b.timeline
    : b.previous
      ? [{ update: b.previous.update, phase: b.previous.phase, layer: b.previous.layer, layerName: b.previous.layerName, createdAt: '', dir: b.previous.dir, correction: undefined }]
      : [];
  if (!earlier.length) return null;
  const said = (u: number) => (b.previous && b.previous.update === u ? b.previous.drafts.find((d) => d.channel === 'statuspage') ?? b.previous.drafts[0] : undefined);
  return html`<section id="timeline">
<h2>Earlier updates</h2>
<ol class="timeline">${earlier.map((t) => {
    const d = said(t.update);
    return html`<li><strong>Update ${t.update}</strong> ${phaseBadge(t.phase)} ${t.layerName}${t.createdAt ? html` · ${when(t.createdAt, m)}` : null}${
      t.correction ? html`<br><span class="warn-text">Correction: ${t.correction}</span>` : null
    }${d ? html`<div class="said"><p class="side-label">It said (${channelLabel(d.channel)})</p>${d.title ? html`<p class="post-title">${d.title}</p>` : null}<div class="diff">${d.text}</div></div>` : null}</li>`;
  })}</ol>
</section>`;
}

function changesSection(m: ReviewModel): SafeHtml | null {
  const prev = m.manifest.previous;
  if (!prev) return null;
  return html`<section id="changes">
<h2>Changes since update ${prev.update}</h2>
<p>Update ${prev.update}: ${phaseBadge(prev.phase)} layer <strong>${prev.layerName}</strong> <code>${prev.layer}</code> → this update: ${phaseBadge(m.manifest.phase)} layer <strong>${m.manifest.layerName}</strong> <code>${m.manifest.layer}</code>${
    m.layerChanged ? html` <span class="tag over">layer changed</span>` : null
  }</p>
<p class="legend">Wording removed since update ${prev.update} is <del>struck through</del>; new wording is <ins>highlighted</ins>.</p>
${m.changes.map((c) => changeBlock(c, prev.update))}
</section>`;
}

function changeBlock(c: ChannelChange, prevUpdate: number): SafeHtml {
  const head = html`<h3>${c.label}${c.unchanged ? html` <span class="tag">wording unchanged</span>` : null}${!c.before ? html` <span class="tag">new in this update</span>` : null}${
    !c.after ? html` <span class="tag">not in this update</span>` : null
  }</h3>`;
  const before = c.before ? (c.text ? html`${c.title ? html`<p class="post-title">${diffSide(c.title, 'before')}</p>` : null}${diffSide(c.text, 'before')}` : html`${c.before.text}`) : html`<span class="muted">—</span>`;
  const after = c.after ? (c.text ? html`${c.title ? html`<p class="post-title">${diffSide(c.title, 'after')}</p>` : null}${diffSide(c.text, 'after')}` : html`${c.after.text}`) : html`<span class="muted">—</span>`;
  return html`<div class="change" data-channel="${c.channel}">${head}<div class="sides"><div class="side before"><p class="side-label">Update ${prevUpdate}</p><div class="diff">${before}</div></div><div class="side after"><p class="side-label">This update</p><div class="diff">${after}</div></div></div></div>`;
}

function diffSide(parts: DiffPart[], side: 'before' | 'after'): SafeHtml {
  return html`${parts.map((p) => {
    if (p.kind === 'same') return html`${p.text}`;
    if (p.kind === 'del') return side === 'before' ? html`<del>${p.text}</del>` : null;
    return side === 'after' ? html`<ins>${p.text}</ins>` : null;
  })}`;
}

// ── Evidence ─────────────────────────────────────────────────────────────────

function evidenceSection(e: Evidence | undefined, m: ReviewModel): SafeHtml {
  if (!e) return html`<section id="evidence"><h2>Evidence</h2><p class="muted">No evidence.json in this bundle.</p></section>`;
  return html`<section id="evidence">
<h2>Evidence <span class="count">taken ${when(e.takenAt, m)}</span></h2>
<h3>Probes</h3>
${
  e.probes.length
    ? html`<div class="scroll"><table class="probes"><thead><tr><th>Probe</th><th>Layer</th><th>Target</th><th>Result</th><th>Samples</th><th>Latency</th><th>Detail</th></tr></thead><tbody>${e.probes.map(probeRow)}</tbody></table></div>`
    : html`<p class="muted">No probe results.</p>`
}
<h3>Providers</h3>
${e.providers.length ? e.providers.map((p) => providerBlock(p, m)) : html`<p class="muted">No provider status.</p>`}
</section>`;
}

function probeRow(p: ProbeResult): SafeHtml {
  const result = [p.outcome, p.status !== undefined ? `HTTP ${p.status}` : '', p.errorType ?? ''].filter(Boolean).join(' · ');
  return html`<tr class="${p.ok ? 'ok' : 'fail'}"><td><code>${p.id}</code>${p.model ? html`<br><span class="muted">${p.model}</span>` : null}</td><td><code>${p.layer}</code></td><td class="wrap">${p.target ?? ''}</td><td><span class="sev ${p.ok ? 'ok' : 'error'}">${p.ok ? 'ok' : 'failed'}</span> ${p.ok ? '' : result}</td><td>${
    p.samples ? `${p.samples.failed}/${p.samples.total} failed` : ''
  }</td><td class="num">${Math.round(p.latencyMs)} ms</td><td class="wrap">${p.detail}</td></tr>`;
}

function providerBlock(p: ProviderStatus, m: ReviewModel): SafeHtml {
  const troubled = p.components.filter((c) => c.status !== 'operational');
  return html`<div class="provider">
<p><strong>${p.name}</strong> <span class="indicator ind-${indicatorTone(p.indicator)}">${indicatorWords(p.indicator)}</span> ${p.description}${p.url ? html` · <span class="muted">${p.url}</span>` : null}${
    p.cachedAt ? html` <span class="warn-text">(an earlier answer, from ${when(p.cachedAt, m)})</span>` : null
  }${p.error ? html` <span class="over-text">source error: ${p.error}</span>` : null}</p>
${
  p.incidents.length
    ? html`<ul class="incidents">${p.incidents.map(
        (i) =>
          html`<li><strong>${i.name}</strong> — ${i.status}, impact ${i.impact}${i.startedAt ? html`, since ${when(i.startedAt, m)}` : null}${i.updatedAt ? html`, updated ${when(i.updatedAt, m)}` : null}${
            i.latestUpdate ? html`<br><q>${i.latestUpdate}</q>` : null
          }</li>`,
      )}</ul>`
    : html`<p class="muted">No open incidents.</p>`
}
${
  troubled.length
    ? html`<p>Components not operational: ${join(
        troubled.map((c) => html`${c.name} <span class="cstatus cs-${cssToken(c.status)}">${humanStatus(c.status)}</span>`),
        html`, `,
      )}</p>`
    : null
}
</div>`;
}

// ── Operator's answers ───────────────────────────────────────────────────────

function answersSection(b: BundleManifest): SafeHtml {
  const a = b.answers;
  const rows: Array<[string, HtmlValue]> = [
    ['Impact', a.impact],
    ['Impact level', a.impactLevel],
    ['Next update', a.nextUpdateMinutes !== undefined ? `in ${a.nextUpdateMinutes} minutes` : undefined],
    ['Notes', a.notes],
    ['Data loss', a.dataLoss],
  ];
  const shown = rows.filter(([, v]) => v !== undefined && v !== '');
  return html`<section id="answers">
<h2>Operator's answers</h2>
${shown.length ? html`<dl>${shown.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>` : html`<p class="muted">No free-text answers.</p>`}
</section>`;
}

// ── Text renderers: every piece of external text goes through `html` (escaped) ──

/** Markdown-ish body as a status page shows it: paragraphs, "-" lists, "#" headings, bold, code, http(s) links. Never raw HTML. */
export function markdownBlocks(text: string, findings: readonly Finding[] = []): SafeHtml {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n{2,}/).map((b) => b.trim()).filter(Boolean);
  // a phrase a finding quotes is marked where it does not cut through a Markdown mark
  const inline = (line: string) => (findings.length ? marked(line, findings, inlineMarkdown, matches(line, MD_INLINE)) : inlineMarkdown(line));
  return html`${blocks.map((block) => {
    const lines = block.split('\n');
    if (lines.every((l) => /^\s*[-*+]\s+/.test(l))) return html`<ul>${lines.map((l) => html`<li>${inline(l.replace(/^\s*[-*+]\s+/, ''))}</li>`)}</ul>`;
    const heading = /^(#{1,6})\s+(.*)$/.exec(block);
    if (heading && lines.length === 1) return html`<h4>${inline(heading[2]!)}</h4>`;
    return html`<p>${join(lines.map(inline), html`<br>`)}</p>`;
  })}`;
}

// Linear time: no part can run past the character that starts another attempt ("[" for a link's label and target,
// "<" for a Slack link), so a text of "[" or "<http://a" repeated is not tried to its end from every position.
const MD_INLINE = /\*\*([^*\n]+?)\*\*|`([^`\n]+)`|\[([^[\]\n]+)\]\(([^()[\]\s]+)\)|(https?:\/\/[^\s<>"'`)\]]+)/g;
// Slack's *bold* and _italic_ need a neighbour on each side that is not a letter, a digit or the marker itself; that
// check is done on the match (flanked) rather than with Unicode lookarounds, which V8 compiles slowly on every draft.
const SLACK_INLINE = /\*([^*\n]+)\*|_([^_\n]+)_|`([^`\n]+)`|<(https?:\/\/[^|<>\s]+)(?:\|([^<>\n]+))?>|(https?:\/\/[^\s<>"'`)\]]+)/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the marker-delimited match text[start, end) has no letter, digit or marker next to it on either side. */
function flanked(text: string, start: number, end: number): boolean {
  const marker = text[start]!;
  const bad = (c: string) => c !== '' && (c === marker || LETTER_OR_DIGIT.test(c));
  return !bad(codePointBefore(text, start)) && !bad(end < text.length ? String.fromCodePoint(text.codePointAt(end)!) : '');
}

/** The code point that ends just before index i (a surrogate pair whole), or '' at the start. */
function codePointBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1]!;
}

/** The Slack marks of a text, in order: the matches slackText renders (exported for its equivalence test). */
export function slackMarks(text: string): RegExpExecArray[] {
  return matches(text, SLACK_INLINE, (g) => (g[1] === undefined && g[2] === undefined) || flanked(text, g.index, g.index + g[0].length));
}

function inlineMarkdown(text: string): SafeHtml {
  return scan(text, MD_INLINE, (g) => {
    if (g[1] !== undefined) return html`<strong>${g[1]}</strong>`;
    if (g[2] !== undefined) return html`<code>${g[2]}</code>`;
    if (g[3] !== undefined) return link(g[4]!, g[3], g[0]);
    return link(g[5]!, undefined, g[0]);
  });
}

/** Slack mrkdwn subset: *bold*, _italic_, `code`, <url|text>. */
export function slackText(text: string): SafeHtml {
  // slack.md carries Slack's own escapes (&amp; &lt; &gt;); show the text as Slack would, escaped again for HTML.
  const shown = text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return rendered(shown, slackMarks(shown), (g) => {
    if (g[1] !== undefined) return html`<strong>${g[1]}</strong>`;
    if (g[2] !== undefined) return html`<em>${g[2]}</em>`;
    if (g[3] !== undefined) return html`<code>${g[3]}</code>`;
    if (g[4] !== undefined) return link(g[4], g[5], g[0]);
    return link(g[6]!, undefined, g[0]);
  });
}

const POST_MARKS = /(https?:\/\/[^\s<>"'`]+[^\s<>"'`.,;:!?)\]])|(?<![\p{L}\p{N}_])([#@][\p{L}\p{N}_]+)/gu;

/** A plain-text post: exactly its text, with links, hashtags and mentions coloured as the platforms do. */
export function postText(text: string): SafeHtml {
  return scan(text, POST_MARKS, (g) => (g[1] !== undefined ? html`<span class="link">${g[1]}</span>` : html`<span class="tag-text">${g[2]}</span>`));
}

/** Each match of a global `re` rendered, the text between escaped. */
function scan(text: string, re: RegExp, render: (g: RegExpExecArray) => SafeHtml): SafeHtml {
  return rendered(text, matches(text, re), render);
}

/** The matches of a global `re`, in order; one that `accept` refuses is retried one character on, as a lookaround would. */
function matches(text: string, re: RegExp, accept: (g: RegExpExecArray) => boolean = () => true): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let g = re.exec(text); g; g = re.exec(text)) {
    if (accept(g)) out.push(g);
    else re.lastIndex = g.index + 1;
  }
  return out;
}

/** The text with each match rendered and the text between escaped. */
function rendered(text: string, marks: readonly RegExpExecArray[], render: (g: RegExpExecArray) => SafeHtml): SafeHtml {
  const out: SafeHtml[] = [];
  let last = 0;
  for (const g of marks) {
    out.push(html`${text.slice(last, g.index)}`, render(g));
    last = g.index + g[0].length;
  }
  out.push(html`${text.slice(last)}`);
  return join(out);
}

/** Only http(s) targets become links, and the target is shown; anything else stays literal text. */
function link(url: string, label: string | undefined, literal: string): SafeHtml {
  if (!/^https?:\/\//i.test(url)) return html`${literal}`;
  if (label === undefined || label === url) return html`<a href="${url}" rel="noopener noreferrer">${url}</a>`;
  return html`<a href="${url}" rel="noopener noreferrer">${label}</a> <span class="href">(${url})</span>`;
}

// ── Small pieces ─────────────────────────────────────────────────────────────

function phaseBadge(phase: string): SafeHtml {
  return html`<span class="badge phase-${cssToken(phase)}">${humanStatus(phase)}</span>`;
}

/** A class-name token from outside text: letters, digits and dashes only. */
function cssToken(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0]!.replace(/^#+\s*/, '');
}

function restAfterFirstLine(text: string): string {
  const i = text.indexOf('\n');
  return i < 0 ? '' : text.slice(i + 1);
}

const CSS = `
:root{--fg:#1d2330;--muted:#5b6474;--line:#d9dee7;--bg:#f5f7fa;--card:#fff;--ok:#1a7f37;--near:#9a6700;--near-bg:#fff4d6;--over:#c0262d;--over-bg:#ffe3e3;--accent:#2557d6}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue","DejaVu Sans",Arial,sans-serif;color:var(--fg);background:var(--bg)}
header,main,footer{max-width:1180px;margin:0 auto;padding:0 20px}
header{padding-top:22px}
h1{font-size:24px;margin:4px 0 6px;display:flex;gap:10px;align-items:center;flex-wrap:wrap}
h2{font-size:19px;margin:30px 0 10px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:16px;margin:16px 0 8px}
code{font:13px/1.4 ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;background:#eef1f6;padding:1px 4px;border-radius:4px;overflow-wrap:anywhere}
.eyebrow{margin:0;color:var(--muted);font-size:13px;text-transform:uppercase;letter-spacing:.04em}
.layerline{margin:0 0 8px}
.pills{display:flex;gap:6px;flex-wrap:wrap;margin:8px 0}
.pill{border:1px solid var(--line);background:var(--card);border-radius:999px;padding:2px 10px;font-size:13px}
.pill.ok{color:var(--ok);border-color:#b7dfc2}.pill.near{color:var(--near);background:var(--near-bg);border-color:#f0d58a}.pill.over{color:var(--over);background:var(--over-bg);border-color:#f3b3b5}
.banner{border-radius:8px;padding:12px 16px;margin:14px 0;border:1px solid}
.banner.override{background:var(--over-bg);border-color:#f3b3b5;border-left:6px solid var(--over)}
.banner.correction{background:#e8f0ff;border-color:#b9cdf7;border-left:6px solid var(--accent)}
.banner.edited{background:var(--near-bg);border-color:#f0d58a;border-left:6px solid var(--near)}
.badge{display:inline-block;font-size:12px;font-weight:600;border-radius:4px;padding:1px 8px;color:#fff;background:#6b7280;vertical-align:middle}
.phase-investigating{background:#c0262d}.phase-identified{background:#d9730d}.phase-monitoring{background:#2557d6}.phase-resolved{background:#1a7f37}
.statuspage{background:var(--card);border:1px solid var(--line);border-radius:10px;overflow:hidden;max-width:820px}
.sp-head{display:flex;justify-content:space-between;align-items:center;padding:10px 16px;background:#24292f;color:#fff;font-weight:600}
.sp-head .counter{background:#fff}
.sp-incident{padding:14px 18px;border-left:5px solid #d9730d;margin:14px}
.sp-title{font-size:19px;margin:0 0 6px;overflow-wrap:anywhere}
.sp-meta{color:var(--muted);font-size:13px}
.sp-body p{margin:8px 0}.sp-body{overflow-wrap:anywhere}
.sp-components{border-collapse:collapse;margin-top:10px;min-width:320px}
.sp-components caption{text-align:left;font-size:13px;color:var(--muted);padding-bottom:4px}
.sp-components td{border-top:1px solid var(--line);padding:5px 10px 5px 0}
.cstatus{font-size:12px;font-weight:600;border-radius:4px;padding:1px 6px;background:#eef1f6}
.cs-operational{color:var(--ok);background:#e3f4e8}.cs-degraded-performance{color:var(--near);background:var(--near-bg)}.cs-partial-outage{color:#b35900;background:#ffe8d1}.cs-major-outage{color:#fff;background:var(--over)}.cs-under-maintenance{color:#fff;background:var(--accent)}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(340px,100%),1fr));gap:16px}
.card{min-width:0}
.scroll{overflow-x:auto;max-width:100%}
.copies{display:flex;gap:6px;margin:6px 0 0}
.copy{font:inherit;font-size:13px;border:1px solid var(--line);background:var(--card);border-radius:6px;padding:2px 10px;cursor:pointer}
.copy:hover{border-color:var(--accent);color:var(--accent)}
.card-findings{margin:6px 0 0;padding:6px 10px;list-style:none;background:var(--card);border:1px solid var(--line);border-radius:8px;font-size:13px;overflow-wrap:anywhere}
.card-findings li{margin:2px 0}.card-findings li.error{color:#8a1c21}
.banner.flagged{border-width:2px}
.banner.proposal{background:#e8f0ff;border-color:#b9cdf7;border-left:6px solid var(--accent)}
.contradictions{margin:6px 0 0;padding-left:20px}
.timeline{padding-left:20px}.timeline li{margin:6px 0}
.said{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:6px 10px;margin-top:4px}
.card{display:flex;flex-direction:column}
.card-label{display:flex;justify-content:space-between;align-items:center;margin-bottom:6px;font-weight:600}
.same{font-weight:400;color:var(--muted)}.counters{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 8px;font-size:13px}
mark.finding{background:var(--near-bg);border-bottom:2px solid var(--near);color:inherit}mark.finding.error{background:#fde8e8;border-color:var(--over)}
.post{background:var(--card);border:1px solid var(--line);border-radius:14px;padding:12px 14px;flex:1}
.post-head{display:flex;gap:8px;align-items:center;margin-bottom:6px}
.avatar{width:36px;height:36px;border-radius:50%;background:#3b4a6b;color:#fff;display:inline-flex;align-items:center;justify-content:center;font-weight:700;flex:none}
.avatar.square{border-radius:8px;background:#4a154b}
.who{font-weight:700;flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.handle,.when{color:var(--muted);font-weight:400;font-size:13px}
.app{font-size:10px;background:#e8e8e8;color:#555;padding:0 3px;border-radius:3px;vertical-align:middle}
.post-title{font-weight:700;margin:0 0 4px}
.post-text{white-space:pre-wrap;overflow-wrap:anywhere}
.post-text .link,.post-text .tag-text{color:#1d9bf0}
.channel-x .post{border-radius:16px}
.channel-bluesky .post{border-color:#b9d4ff}.channel-bluesky .post-text .link,.channel-bluesky .post-text .tag-text{color:#0a7aff}.channel-bluesky .avatar{background:#0a7aff}
.channel-mastodon .post{background:#f4f3fb;border-color:#d4d0ef}.channel-mastodon .post-text .link,.channel-mastodon .post-text .tag-text{color:#563acc}.channel-mastodon .avatar{background:#563acc;border-radius:8px}
.channel-threads .post{border-radius:18px}.channel-threads .avatar{background:#000}.channel-threads .post-text .link,.channel-threads .post-text .tag-text{color:#0095f6}
.channel-linkedin .post{border-radius:8px}.channel-linkedin .avatar{background:#0a66c2;border-radius:4px}.channel-linkedin .post-text .link,.channel-linkedin .post-text .tag-text{color:#0a66c2}
.channel-sms .post{background:#f2f2f7;border-radius:22px;border:6px solid #1d2330}
.channel-sms .post-text{background:#e5e5ea;border-radius:16px 16px 16px 4px;padding:8px 12px;display:inline-block;max-width:92%}
.sms-head{justify-content:space-between;border-bottom:1px solid var(--line);padding-bottom:4px}
.channel-slack .post{border-radius:6px;border-left:4px solid #4a154b}.channel-slack .post-text a{color:#1264a3}
.counter{font:600 13px/1.4 ui-monospace,"DejaVu Sans Mono",Menlo,monospace;border-radius:999px;padding:1px 9px;border:1px solid var(--line);background:var(--card);color:var(--ok);white-space:nowrap}
.counter.near{color:var(--near);background:var(--near-bg);border-color:#f0d58a}
.counter.over{color:#fff;background:var(--over);border-color:var(--over)}
.counter.error{color:var(--over);background:var(--over-bg);border-color:var(--over)}
.counter .state{font-weight:400}
.unit{margin:4px 2px 0;color:var(--muted);font-size:12px}
table{border-collapse:collapse;width:100%;background:var(--card)}
th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid var(--line);font-size:14px;overflow-wrap:break-word}
th{font-size:12px;text-transform:uppercase;letter-spacing:.03em;color:var(--muted);white-space:nowrap}
td.wrap{overflow-wrap:anywhere}
td code{overflow-wrap:normal}
tr.chosen td{background:#eef4ff}
.tag{display:inline-block;font-size:11px;font-weight:600;border-radius:4px;padding:0 6px;background:#eef1f6;color:var(--muted);vertical-align:middle}
.tag.chosen{background:var(--accent);color:#fff}.tag.proposed{background:#e0e7f5;color:#24408e}.tag.over{background:var(--over);color:#fff}
.conf{white-space:nowrap}.bar{display:inline-block;width:70px;height:8px;background:#e5e9f0;border-radius:4px;vertical-align:middle;overflow:hidden}.bar span{display:block;height:100%;background:var(--accent)}
.ev{margin:0;padding:0;list-style:none}.ev li{margin:2px 0}
.ev .for .mark{color:var(--ok);font-weight:700}.ev .against .mark{color:var(--over);font-weight:700}
.sev{font-size:12px;font-weight:700;text-transform:uppercase}.sev.error{color:var(--over)}.sev.warning{color:var(--near)}.sev.ok{color:var(--ok)}
.num{text-align:right;white-space:nowrap}
.indicator{font-size:12px;font-weight:600;padding:1px 6px;border-radius:4px;background:#eef1f6}
.ind-ok{color:var(--ok)}.ind-warn{color:var(--near);background:var(--near-bg)}.ind-bad{color:#fff;background:var(--over)}
.provider{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px 14px;margin-bottom:10px}
.incidents{margin:4px 0;padding-left:18px}
q{color:var(--muted)}
.muted{color:var(--muted)}.ok-text{color:var(--ok)}.warn-text{color:var(--near)}.over-text{color:var(--over);font-weight:600}
.count{font-size:14px;font-weight:400;color:var(--muted)}
.legend{font-size:13px;color:var(--muted)}
.change{margin-bottom:14px}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:12px}
.side{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px 12px}
.side-label{margin:0 0 4px;font-size:12px;text-transform:uppercase;color:var(--muted)}
.diff{white-space:pre-wrap;overflow-wrap:anywhere}
del{background:var(--over-bg);color:#8a1c21;text-decoration:line-through}
ins{background:#dcf5e3;color:#11592a;text-decoration:none;border-bottom:2px solid var(--ok)}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 14px}
dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere;white-space:pre-wrap}
a{color:var(--accent)}.href{color:var(--muted);font-size:12px;overflow-wrap:anywhere}
footer{color:var(--muted);font-size:12px;padding:30px 20px 40px}
@media (max-width:700px){.diagnosis thead{display:none}.diagnosis,.diagnosis tbody,.diagnosis tr,.diagnosis td{display:block;width:auto}.diagnosis tr{border-bottom:1px solid var(--line);padding:6px 0}.diagnosis td{border:0;padding:2px 0}header,main,footer{overflow-wrap:anywhere}.card-label,.sp-head{flex-wrap:wrap;gap:4px}.counter{white-space:normal}.sides{grid-template-columns:1fr}.cards{grid-template-columns:1fr}header,main,footer{padding:0 10px}dl{grid-template-columns:1fr}.sp-incident{margin:8px;padding:10px}.sp-components{min-width:0}}
@media print{body{background:#fff}.cards{grid-template-columns:1fr 1fr}.post,.statuspage,.side{break-inside:avoid}}
`;
