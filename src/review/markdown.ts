// The review as Markdown (`review --markdown`), for pasting into a ticket or chat; pure.
import type { BundleManifest } from '../model/bundle.js';
import type { Evidence } from '../model/evidence.js';
import { indicatorWords } from '../model/indicator.js';
import type { DiffPart } from './diff.js';
import { buildReviewModel, channelLabel, humanStatus, layerNameOf, lengthWords, localTime, percent, plural, where, type DraftView, type ReviewOptions } from './model.js';

/**
 * Escape text from outside for inline Markdown: backslash every character that could start
 * emphasis, code, a link (every "[" is escaped, so "(" and "!" need not be), HTML, an entity
 * or a table cell; "_" only at a word's edge, as inside a word it is never emphasis. Line breaks
 * fold to spaces so a line cannot become a heading, list item or fence.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*[\]<>|~&]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\$&')
    .replace(/^(\s*)([-+=>#])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** A fenced block that shows text exactly as it will be posted, whatever backticks it contains. */
export function fence(text: string, info = 'text'): string {
  const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const f = '`'.repeat(longest + 1);
  return `${f}${info}\n${text.replace(/\r\n?/g, '\n').replace(/\n$/, '')}\n${f}`;
}

export function renderReviewMarkdown(manifest: BundleManifest, evidence?: Evidence, opts: ReviewOptions = {}): string {
  const m = buildReviewModel(manifest, evidence, opts);
  const b = manifest;
  const e = escapeMarkdown;
  const out: string[] = [];
  out.push(`# Review: ${e(b.product.name)} · incident ${e(b.incident)} · update ${b.update} (${e(humanStatus(b.phase))})`);
  out.push('');
  out.push(`**Failing layer:** ${e(b.layerName)} (${code(b.layer)})${b.providerName ? ` · **provider:** ${e(b.providerName)}` : ''}${b.models.length ? ` · **models:** ${e(b.models.join(', '))}` : ''}`);
  out.push('');
  const c = m.counts;
  out.push(
    `${plural(m.drafts.length, 'draft')} · ${[c.overLimit ? `**${c.overLimit} over the limit**` : '', c.nearLimit ? `${c.nearLimit} near the limit` : ''].filter(Boolean).join(' · ') || 'all well within limits'} · ${c.errors} to fix, ${c.warnings} to check`,
  );
  if (m.overridden) {
    const proposed = m.hypotheses.find((h) => h.proposed);
    out.push('', `> **⚠ The operator overrode the diagnosis.** layerpost proposed ${e(m.proposedName)}${proposed ? ` (${percent(proposed.confidence)} sure)` : ''}; these drafts name ${e(b.layerName)}.`);
    if (b.override?.confirmed) {
      out.push('>', '> The operator confirmed this choice although the evidence speaks against it:');
      for (const line of b.override.contradictions) out.push(`> - ${e(line)}`);
    }
  }
  if (b.stillFailing?.length) out.push('', `> **Drafted as ${e(b.phase)} while probes still fail:** ${e(b.stillFailing.join(', '))} failed before and still failed in this update's evidence.`);
  if (b.proposal) out.push('', `> Fresh evidence points to ${e(layerNameOf(b, b.proposal.layer))} (${percent(b.proposal.confidence)}); the published layer ${e(layerNameOf(b, b.proposal.kept))} was kept.`);
  if (b.correction) out.push('', `> **Correction in this update:** ${e(b.correction)}`);
  if (m.editedFiles.length) out.push('', `> **Edited by hand:** ${e(m.editedFiles.join(', '))} no longer match draft.json; the texts below are the drafted ones.`);

  if (m.statuspage) {
    const d = m.statuspage;
    out.push('', '## Status page', '');
    out.push(`**${e(d.draft.title ?? '(no title)')}** — ${e(humanStatus(b.statuspage?.status ?? b.phase))} · title ${counterText(d)}`, '');
    out.push(fence(d.draft.text, 'markdown'));
    draftFindings(out, d);
    if (b.statuspage?.components.length) {
      out.push('', '| Component | New status |', '|---|---|');
      for (const comp of b.statuspage.components) out.push(`| ${e(comp.name)} | ${e(humanStatus(comp.status))} |`);
    }
  }

  if (m.social.length) {
    out.push('', '## Posts');
    for (const d of m.social) {
      out.push('', `### ${e(d.label)} — ${counterText(d)}`, '');
      if (d.draft.title !== undefined) out.push(`**${e(d.draft.title)}**`, '');
      out.push(fence(d.draft.text));
      draftFindings(out, d);
    }
  }

  out.push('', '## Layer decision', '');
  out.push(`Operator's choice: **${e(b.layerName)}** (${code(b.layer)}). Proposed: **${e(m.proposedName)}** (${code(b.proposedLayer)})${m.overridden ? ' — **differs**' : ' — the operator agreed'}.`);
  if (m.chosenUnranked) out.push('', 'The chosen layer does not appear in the diagnosis at all.');
  for (const h of m.hypotheses) {
    const tags = [h.proposed ? 'proposed' : '', h.chosen ? 'chosen' : ''].filter(Boolean).join(', ');
    out.push('', `${h.rank}. **${e(h.name)}** (${code(h.layer)}) — ${percent(h.confidence)}${tags ? ` · _${tags}_` : ''}`);
    for (const line of h.evidence) out.push(`    - ✓ ${e(line)}`);
    for (const line of h.against) out.push(`    - ✗ ${e(line)}`);
  }

  out.push('', `## Lint findings (${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')})`, '');
  if (m.findings.length) {
    out.push('| Severity | Rule | Channel | Message | Where |', '|---|---|---|---|---|');
    for (const f of m.findings) out.push(`| ${f.severity} | ${code(f.rule)} | ${f.channel ? e(channelLabel(f.channel)) : '—'} | ${e(f.message)} | ${e(where(f))} |`);
  } else out.push('No findings.');

  const earlier = b.timeline ?? [];
  if (earlier.length) {
    out.push('', '## Earlier updates', '');
    for (const t of earlier)
      out.push(`- **Update ${t.update}** · ${e(humanStatus(t.phase))} · ${e(t.layerName)} · ${e(localTime(t.createdAt, b.product.timeZone))}${t.correction ? ` · correction: ${e(t.correction)}` : ''}`);
  }

  if (b.previous) {
    const prev = b.previous;
    out.push('', `## Changes since update ${prev.update}`, '');
    out.push(`Update ${prev.update}: ${e(humanStatus(prev.phase))}, ${e(prev.layerName)} → this update: ${e(humanStatus(b.phase))}, ${e(b.layerName)}${m.layerChanged ? ' — **layer changed**' : ''}`);
    out.push('', `Removed wording is ~~struck through~~, new wording is **bold**.`);
    for (const ch of m.changes) {
      out.push('', `### ${e(ch.label)}`, '');
      if (!ch.before) out.push('New in this update.');
      else if (!ch.after) out.push('Not in this update.');
      else if (ch.unchanged) out.push('Wording unchanged.');
      else {
        if (ch.title && ch.title.some((p) => p.kind !== 'same')) out.push(`Title: ${diffLine(ch.title)}`, '');
        out.push(diffLine(ch.text ?? []));
      }
    }
  }

  out.push('', '## Evidence', '');
  if (!evidence) out.push('No evidence.json in this bundle.');
  else {
    out.push(`Taken ${e(localTime(evidence.takenAt, b.product.timeZone))}.`);
    if (evidence.probes.length) {
      out.push('', '| Probe | Layer | Result | Samples | Latency | Detail |', '|---|---|---|---|---|---|');
      for (const p of evidence.probes) {
        const result = p.ok ? 'ok' : ['failed', p.outcome, p.status !== undefined ? `HTTP ${p.status}` : '', p.errorType ?? ''].filter(Boolean).join(' · ');
        out.push(`| ${code(p.id)} | ${code(p.layer)} | ${e(result)} | ${p.samples ? `${p.samples.failed}/${p.samples.total} failed` : ''} | ${Math.round(p.latencyMs)} ms | ${e(p.detail)} |`);
      }
    }
    for (const p of evidence.providers) {
      out.push('', `- **${e(p.name)}**: ${e(indicatorWords(p.indicator))} — ${e(p.description)}${p.cachedAt ? ` (cached from ${e(p.cachedAt)})` : ''}${p.error ? ` (source error: ${e(p.error)})` : ''}`);
      for (const i of p.incidents) out.push(`    - ${e(i.name)} — ${e(i.status)}, impact ${e(i.impact)}${i.updatedAt ? `, updated ${e(i.updatedAt)}` : ''}${i.latestUpdate ? `: “${e(i.latestUpdate)}”` : ''}`);
    }
  }

  const a = b.answers;
  const answers: Array<[string, string | undefined]> = [
    ['Impact', a.impact],
    ['Next update', a.nextUpdateMinutes !== undefined ? `in ${a.nextUpdateMinutes} minutes` : undefined],
    ['Notes', a.notes],
    ['Data loss', a.dataLoss],
  ];
  const shown = answers.filter((x): x is [string, string] => Boolean(x[1]));
  if (shown.length) {
    out.push('', "## Operator's answers", '');
    for (const [k, v] of shown) out.push(`- **${k}:** ${e(v)}`);
  }
  // Control characters (terminal escape sequences) never reach stdout; newlines and tabs are kept.
  return out.join('\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD') + '\n';
}

function counterText(d: DraftView): string {
  const state = [d.stateText, d.problemText].filter(Boolean).join(', ');
  return `\`${d.counter}\`${state ? ` **${state}**` : ''}`;
}

/** Under a draft: its length in words and its own findings, so the reader need not look them up in the table. */
function draftFindings(out: string[], d: DraftView): void {
  out.push('', escapeMarkdown(lengthWords(d.draft)));
  if (!d.findings.length) return;
  out.push('');
  for (const f of d.findings) out.push(`- **${f.severity === 'error' ? 'Fix' : 'Check'}:** ${escapeMarkdown(f.message)}${f.file ? ` (${escapeMarkdown(where(f))})` : ''}`);
}

/** An id as a code span; anything that is not id-shaped is shown as escaped text instead. */
function code(text: string): string {
  return /^[\w.:/@-]+$/.test(text) ? `\`${text}\`` : escapeMarkdown(text);
}

function diffLine(parts: DiffPart[]): string {
  return parts
    .map((p) => {
      const text = escapeMarkdown(p.text);
      if (p.kind === 'same' || !p.text.trim()) return p.kind === 'del' ? '' : text;
      const lead = text.match(/^\s*/)![0];
      const trail = text.match(/\s*$/)![0];
      const core = text.trim();
      return p.kind === 'del' ? `${lead}~~${core}~~${trail}` : `${lead}**${core}**${trail}`;
    })
    .join('');
}
