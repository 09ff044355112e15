// The draft's evidence: a saved document (--from, or the resume file's), or probes and status pages gathered now.
import type { ResolvedConfig } from '../config/load.js';
import type { Evidence, ProbeResult, ProviderStatus } from '../model/evidence.js';
import type { Runtime } from '../platform/runtime.js';
import type { Dispatcher } from '../platform/undici.js';

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
    const { loadEvidence } = await import('./file.js');
    const { redactDeep } = await import('../platform/secrets.js');
    return redactDeep(
      await loadEvidence(source.from, {
        baseDir: rt.cwd,
        now: rt.now(),
        signal: rt.signal,
        timeoutMs: config.timeoutMs,
      }),
    );
  }
  const [{ gatherEvidence }, { describeNotRun }] = await Promise.all([
    import('./gather.js'),
    import('./probes/prepare.js'),
  ]);
  progress?.start();
  return gatherEvidence(config, {
    deadlineMs: (source.deadlineSeconds ?? config.deadlineSeconds) * 1000,
    env: rt.env,
    signal: rt.signal,
    now: rt.now,
    statuses: true,
    onProbe: (r) => progress?.probe(r),
    onProvider: (s) => progress?.provider(s),
    // as probe does: what can run runs, what cannot is named (and recorded in the evidence)
    onNotRun: (n) => progress?.warn(`layerpost: ${describeNotRun(n)}; not run`),
    warn: (line) => progress?.warn(line),
    dispatcher,
  });
}
