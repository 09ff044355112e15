// Before a run: which probes can run (the environment sets every variable they reference), their references
// resolved and their patterns checked, so that a config error is said before anything goes on the network.
import type { ProbeConfig } from '../../config/schema.js';
import { resolveFields } from '../../config/credentials.js';
import { refsIn } from '../../platform/secrets.js';
import { stringsIn } from '../../text/deep-strings.js';
import { ConfigError } from '../../platform/errors.js';
import { checkPattern } from './expect.js';
import { DEFAULT_KEY_REF } from './llm-canary.js';

/** A probe with its canary's default key reference filled in (ANTHROPIC_API_KEY …), as it is resolved. */
function withDefaultKey(p: ProbeConfig): ProbeConfig {
  const canary = p['llm-canary'];
  return canary && canary.apiKey === undefined
    ? { ...p, 'llm-canary': { ...canary, apiKey: DEFAULT_KEY_REF[canary.api] } }
    : p;
}

/** The ${ENV_VAR}s a probe references (its canary's default key included), in order. */
export function envRefs(p: ProbeConfig): string[] {
  return [...new Set(stringsIn(withDefaultKey(p)).flatMap((s) => refsIn(s).map((r) => r.name)))];
}

/** The ${ENV_VAR}s a probe needs that the environment does not set (unset or empty), in order. */
export function missingEnv(p: ProbeConfig, env: NodeJS.ProcessEnv): string[] {
  return envRefs(p).filter((name) => !env[name]);
}

export interface NotRun {
  id: string;
  /** The unset environment variables it references. */
  missing: string[];
}

/** "environment variables A, B are not set (needed by probes x, y)". */
export function describeNotRun(notRun: readonly NotRun[]): string {
  const vars = [...new Set(notRun.flatMap((n) => n.missing))];
  const ids = notRun.map((n) => `"${n.id}"`);
  return `environment variable${vars.length > 1 ? 's' : ''} ${vars.join(', ')} ${vars.length > 1 ? 'are' : 'is'} not set (needed by probe${ids.length > 1 ? 's' : ''} ${ids.join(', ')})`;
}

/**
 * The probes that can run, prepared, and those that cannot for want of environment variables. Some may be left out
 * only when `allowSome` (the others still run); otherwise, or when none can run, it is a ConfigError naming every one.
 */
export function planProbes(
  selected: readonly ProbeConfig[],
  env: NodeJS.ProcessEnv,
  allowSome: boolean,
): { runnable: ProbeConfig[]; notRun: NotRun[] } {
  const notRun = selected.map((p) => ({ id: p.id, missing: missingEnv(p, env) })).filter((n) => n.missing.length);
  if (notRun.length && (!allowSome || notRun.length === selected.length)) throw new ConfigError(describeNotRun(notRun));
  const runnable = prepareProbes(
    selected.filter((p) => !notRun.some((n) => n.id === p.id)),
    env,
  );
  return { runnable, notRun };
}

/**
 * Resolve every ${ENV_VAR} in the probes (a missing one is a ConfigError naming it, before anything runs) and
 * check their patterns. The resolved values are registered for redaction.
 */
export function prepareProbes(probes: readonly ProbeConfig[], env: NodeJS.ProcessEnv): ProbeConfig[] {
  return probes.map((p) => {
    const resolved = resolveFields(withDefaultKey(p), env, `probe "${p.id}"`) as ProbeConfig;
    for (const [where, pattern] of [
      ['http.expect.matches', resolved.http?.expect?.matches],
      ['llm-canary.expect.matches', resolved['llm-canary']?.expect?.matches],
    ] as const) {
      const problem = pattern === undefined ? undefined : checkPattern(pattern);
      if (problem) throw new ConfigError(`probe "${p.id}": ${where}: invalid regular expression (${problem})`);
    }
    return resolved;
  });
}
