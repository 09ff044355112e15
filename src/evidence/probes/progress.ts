// Progress lines on stderr while evidence is gathered: one per probe as it finishes, one per status source.
import type { ChalkInstance } from 'chalk';
import type { ProbeResult, ProviderStatus } from '../../model/evidence.js';
import { isOpenIncident } from '../../model/incident-status.js';
import { indicatorWords } from '../../model/indicator.js';
import { colorFor } from '../status/render.js';

type Chalk = ChalkInstance;

/** Lines printed as probes finish cannot know every id's length: ids pad to at least this, so columns line up. */
export const MIN_ID_WIDTH = 20;
/** The longest layer id (model-endpoint), so the latency column lines up whatever the layer. */
const LAYER_WIDTH = 14;

/**
 * One progress line: "✗ anthropic-opus  model-endpoint  812 ms  http-status 529  3/3 failed  POST /v1/messages … → 529
 * overloaded_error".
 */
export function probeProgressLine(r: ProbeResult, c: Chalk, idWidth = MIN_ID_WIDTH, verbose = false): string {
  const mark = r.ok ? c.green('✓') : c.red('✗');
  const outcome = r.outcome + (r.status !== undefined && !r.ok ? ` ${r.status}` : '');
  const parts = [
    mark,
    r.id.padEnd(Math.max(idWidth, MIN_ID_WIDTH)),
    c.dim(r.layer.padEnd(LAYER_WIDTH)),
    `${Math.round(r.latencyMs)} ms`.padStart(8),
    r.ok ? c.green(outcome) : c.red(outcome),
  ];
  if (r.samples && r.samples.total > 1)
    parts.push(
      r.samples.failed
        ? c.yellow(`${r.samples.failed}/${r.samples.total} failed`)
        : c.dim(`${r.samples.total}/${r.samples.total} passed`),
    );
  if (r.indicates) parts.push(c.yellow(`→ ${r.indicates} evidence`));
  if (!r.ok || verbose || /WARNING/.test(r.detail)) parts.push(r.ok ? c.dim(r.detail) : r.detail);
  return parts.join('  ');
}

export function providerLine(s: ProviderStatus, c: Chalk): string {
  const open = s.incidents.filter(isOpenIncident);
  const ind = colorFor(c, s.indicator)(indicatorWords(s.indicator));
  const tail = s.error
    ? ` (${s.error})`
    : open.length
      ? ` — ${open.map((i) => `"${i.name}"`).join('; ')}`
      : s.description
        ? ` — ${s.description}`
        : '';
  return `• ${s.name} status: ${ind}${tail}${s.cachedAt ? c.dim(` (cached ${s.cachedAt})`) : ''}`;
}
