// What a probe kind gets to run with, and the one function shape every kind implements.
import type { Dispatcher } from 'undici';
import type { ProbeConfig } from '../../config/schema.js';
import type { ProbeResult } from '../../model/evidence.js';

export interface ProbeContext {
  /** This probe's own bound, per sample. */
  timeoutMs: number;
  /** The run's signal: aborted at the deadline (reason name "TimeoutError") or on Ctrl-C. */
  signal: AbortSignal;
  /**
   * When the run's deadline falls (performance.now() time), for work that cannot watch the signal (a pattern match).
   */
  deadlineAt?: number;
  now: () => Date;
  /** Relative paths (evidence files) resolve against this. */
  baseDir: string;
  /** Hosts whose self-signed certificates are accepted (never global). */
  insecureHosts: readonly string[];
  /** Name resolution for the dns probe (tests inject one so no resolver is asked); default: getaddrinfo. */
  lookup?: (host: string) => Promise<Array<{ address: string; family: number }>>;
  /** undici dispatcher for a URL: the run's own, or its lenient one for an insecure host. */
  dispatcherFor(url: string): Dispatcher | undefined;
}

/** A probe kind: never throws for network faults; one result, or one per series/entry for external sources. */
export type ProbeFn = (probe: ProbeConfig, ctx: ProbeContext) => Promise<ProbeResult | ProbeResult[]>;
