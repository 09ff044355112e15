// The `evidence` probe: the probe results of another evidence document (a file or URL, e.g. a second region), merged
// in.
import type { ProbeConfig } from '../../config/schema.js';
import type { ProbeResult } from '../../model/evidence.js';
import { redact } from '../../platform/secrets.js';
import type { ProbeContext } from './types.js';
import { finish, resultBase } from './result.js';
import { loadEvidence } from '../file.js';

export async function evidenceSourceProbe(probe: ProbeConfig, ctx: ProbeContext): Promise<ProbeResult[]> {
  const from = probe.evidence!.from;
  const started = performance.now();
  try {
    const doc = await loadEvidence(from, {
      baseDir: ctx.baseDir,
      now: ctx.now(),
      signal: ctx.signal,
      timeoutMs: ctx.timeoutMs,
    });
    const source = redact(from);
    // Ids are prefixed so "anthropic-opus" seen from another region stays beside ours instead of replacing it.
    return doc.probes.map((r) => ({
      ...r,
      id: `${probe.id}:${r.id}`,
      observedAt: r.observedAt ?? doc.takenAt,
      source: r.source ?? source,
    }));
  } catch (err) {
    return [finish(resultBase(probe, 'evidence', from), 'error', performance.now() - started, (err as Error).message)];
  }
}
