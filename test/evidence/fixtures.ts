// Test helpers for the probe suites: fixture bodies, a probe context, and a run with test defaults.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ProbeConfig } from '../../src/config/schema.js';
import type { ProbeContext } from '../../src/evidence/probes/types.js';
import { runDispatchers } from '../../src/platform/dispatcher.js';
import { prepareProbes } from '../../src/evidence/probes/prepare.js';
import { runProbes, type RunProbesOptions } from '../../src/evidence/probes/runner.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/probes/', import.meta.url));
export const fixture = (name: string): string => readFileSync(FIXTURES + name, 'utf8');

export function ctx(over: Partial<ProbeContext> = {}): ProbeContext {
  return {
    timeoutMs: 2_000,
    signal: new AbortController().signal,
    now: () => new Date(),
    baseDir: FIXTURES,
    insecureHosts: [],
    dispatcherFor: () => undefined,
    ...over,
  };
}

export function run(probes: ProbeConfig[], over: Partial<RunProbesOptions> = {}) {
  const env = over.env ?? {};
  const dispatchers = runDispatchers(env, over.insecureHosts ?? []);
  return runProbes(prepareProbes(probes, env), {
    concurrency: 16,
    deadlineMs: 10_000,
    defaultTimeoutMs: 2_000,
    env: {},
    now: () => new Date(),
    baseDir: FIXTURES,
    dispatchers,
    ...over,
  });
}

export const httpProbeOf = (
  id: string,
  url: string,
  extra: Partial<NonNullable<ProbeConfig['http']>> = {},
  base: Partial<ProbeConfig> = {},
): ProbeConfig => ({
  id,
  layer: 'integration',
  ...base,
  http: { method: 'GET', url, ...extra },
});
