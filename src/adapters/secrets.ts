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
  if (value.length < 4 || secrets.has(value)) return;
  secrets.add(value);
  // An echoed JSON body escapes each of them again ("\\" for a backslash the URL kept as is).
  for (const form of encodedForms(value)) for (const f of [form, JSON.stringify(form).slice(1, -1)]) if (f.length >= 4) forms.add(f);
  // Longest first, so a form that contains another is replaced whole.
  ordered = [...forms].sort((a, b) => b.length - a.length);
}

export function clearSecrets(): void {
  secrets.clear();
  forms.clear();
  ordered = [];
}

const forms = new Set<string>();
let ordered: string[] = [];

/** Percent-encode the UTF-8 bytes of the characters in `set` and of every non-ASCII character. */
function percentEncode(s: string, set: RegExp): string {
  return [...s].map((ch) => (set.test(ch) || ch > '\x7f' ? encodeURIComponent(ch).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) : ch)).join('');
}

/**
 * The ways a secret comes back to us: as is, URL-encoded (encodeURIComponent, a WHATWG URL's query and path, a
 * form body), base64 (Basic auth, echoing proxies), HTML-escaped.
 */
function encodedForms(s: string): string[] {
  const b64 = Buffer.from(s).toString('base64');
  return [
    s,
    encodeURIComponent(s),
    percentEncode(s, /[\x00-\x20"#<>'\x7f]/), // URL query (special schemes)
    percentEncode(s, /[\x00-\x20"#<>?`{}\x7f]/), // URL path
    new URLSearchParams({ s }).toString().slice(2),
    b64,
    b64.replace(/=+$/, ''),
    Buffer.from(s).toString('base64url'),
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'),
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;'),
  ];
}

/** Remove every known secret, in each of its encoded forms, from a text. */
export function redact(text: string): string {
  if (ordered.length === 0 || !text) return text;
  let out = text;
  for (const form of ordered) if (out.includes(form)) out = out.split(form).join('[REDACTED]');
  return out;
}

/** Redact every string inside a JSON-like value. */
export function redactDeep<T>(value: T): T {
  if (ordered.length === 0) return value;
  return JSON.parse(redact(JSON.stringify(value))) as T;
}
