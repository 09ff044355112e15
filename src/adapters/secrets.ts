// Resolves ${ENV_VAR} references at run time and redacts every resolved value from all output.
import { ConfigError } from '../errors.js';

const secrets = new Set<string>();
const REF = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Replace ${VAR} references with the environment's values; each value becomes a secret to redact. */
export function resolveRefs(text: string, env: NodeJS.ProcessEnv, where: string): string {
  return text.replace(REF, (_m, name: string) => {
    const value = env[name];
    if (value === undefined || value === '') throw new ConfigError(`${where}: environment variable ${name} is not set (referenced as \${${name}})`);
    registerSecret(value);
    return value;
  });
}

export function hasRefs(text: string): boolean {
  REF.lastIndex = 0;
  return REF.test(text);
}

export function registerSecret(value: string): void {
  // Very short values would redact ordinary words; a 4+ char secret is still hidden.
  if (value.length >= 4) secrets.add(value);
}

export function clearSecrets(): void {
  secrets.clear();
}

/** Remove every known secret (and its URL-encoded and base64 forms) from a text. */
export function redact(text: string): string {
  if (secrets.size === 0 || !text) return text;
  let out = text;
  for (const s of secrets) {
    for (const form of [s, encodeURIComponent(s), Buffer.from(s).toString('base64')]) {
      if (form.length >= 4 && out.includes(form)) out = out.split(form).join('[REDACTED]');
    }
  }
  return out;
}

/** Redact every string inside a JSON-like value. */
export function redactDeep<T>(value: T): T {
  if (secrets.size === 0) return value;
  return JSON.parse(redact(JSON.stringify(value))) as T;
}
