// The short text summary `layerpost review` prints: layer, phase, each channel's length against its limit, finding
// counts; pure.
import type { BundleManifest } from '../model/bundle.js';
import { buildReviewModel, humanStatus, type ReviewOptions } from './model.js';

/** Colour hooks; identity functions when colour is off. */
export interface SummaryStyle {
  bold(s: string): string;
  dim(s: string): string;
  ok(s: string): string;
  warn(s: string): string;
  error(s: string): string;
}

export const PLAIN: SummaryStyle = { bold: (s) => s, dim: (s) => s, ok: (s) => s, warn: (s) => s, error: (s) => s };

/** One line per fact, for a terminal; `reviewPath` is where the page was written. */
export function renderSummary(
  manifest: BundleManifest,
  reviewPath: string,
  style: SummaryStyle = PLAIN,
  opts: ReviewOptions = {},
): string {
  const m = buildReviewModel(manifest, undefined, opts);
  const b = manifest;
  const lines: string[] = [];
  lines.push(
    `${style.bold(terminalText(`${b.product.name} · incident ${b.incident} · update ${b.update}`))} · ${terminalText(humanStatus(b.phase))}`,
  );
  lines.push(`layer    ${terminalText(`${b.layer} — ${b.layerName}${b.providerName ? ` (${b.providerName})` : ''}`)}`);
  if (m.overridden)
    lines.push(
      style.warn(`         overridden: layerpost proposed ${terminalText(`${b.proposedLayer} — ${m.proposedName}`)}`),
    );
  if (b.previous && m.layerChanged)
    lines.push(
      `         changed since update ${b.previous.update}: was ${terminalText(b.previous.layer)}${b.correction ? ' (the drafts carry a correction)' : ''}`,
    );
  const width = Math.max(0, ...m.drafts.map((d) => terminalText(d.draft.channel).length));
  const counterWidth = Math.max(0, ...m.drafts.map((d) => d.counter.length));
  lines.push('drafts');
  for (const d of m.drafts) {
    const paint = d.tone === 'over' || d.tone === 'error' ? style.error : d.tone === 'near' ? style.warn : style.ok;
    lines.push(
      `  ${terminalText(d.draft.channel).padEnd(width)}  ${paint(d.counter.padStart(counterWidth))}  ${style.dim(terminalText(d.draft.unit))}${d.stateText ? `  ${paint(d.stateText)}` : ''}`,
    );
  }
  if (!m.drafts.length) lines.push('  (none)');
  const { errors, warnings } = m.counts;
  const findings = `findings ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  lines.push(errors ? style.error(findings) : warnings ? style.warn(findings) : findings);
  if (m.editedFiles.length)
    lines.push(style.warn(`edited   ${terminalText(m.editedFiles.join(', '))} no longer match draft.json`));
  lines.push(`review   ${terminalText(reviewPath)}`);
  return lines.join('\n') + '\n';
}

/**
 * Text from the bundle made safe for a terminal: control characters (escape sequences that
 * could clear the screen or retitle the terminal, and line breaks) become visible \u escapes.
 */
export function terminalText(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
