// The draft's evidence: a saved document (--from, or the resume file's), or probes and status pages gathered now.
import type { ResolvedConfig } from '../config/load.js';
import type { Evidence, ProbeResult, ProviderStatus } from '../core/evidence.js';
import type { Runtime } from '../runtime.js';
import type { Dispatcher } from '../adapters/undici.js';

/** What the command shows while evidence is gathered: it owns the terminal, the flow only reports. */
export interface GatherProgress {
  start(): void;
  probe(r: ProbeResult): void;
  provider(s: ProviderStatus): void;
  warn(line: string): void;
}

export async function evidenceFor(
  source: { from?: string; deadlineSeconds?: number },
  config: ResolvedConfig,
  rt: Pick<Runtime, 'cwd' | 'env' | 'signal' | 'now'>,
  progress?: GatherProgress,
  dispatcher?: Dispatcher,
): Promise<Evidence> {
  if (source.from) {
    const { loadEvidence } = await import('../probes/evidence-file.js');
    const { redactDeep } = await import('../adapters/secrets.js');
    return redactDeep(await loadEvidence(source.from, { baseDir: rt.cwd, now: rt.now(), signal: rt.signal, timeoutMs: config.timeoutMs }));
  }
  const { gatherEvidence } = await import('../probes/gather.js');
  progress?.start();
  return gatherEvidence(config, {
    deadlineMs: (source.deadlineSeconds ?? config.deadlineSeconds) * 1000,
    env: rt.env,
    signal: rt.signal,
    now: rt.now,
    statuses: true,
    onProbe: (r) => progress?.probe(r),
    onProvider: (s) => progress?.provider(s),
    warn: (line) => progress?.warn(line),
    dispatcher,
  });
}
