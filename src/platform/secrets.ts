// Resolves ${ENV_VAR} references at run time and redacts the values that are secrets from all output (string values,
// never JSON text).
import { ConfigError } from './errors.js';
import { mapStrings } from '../text/deep-strings.js';

/**
 * Headers that carry a credential: authorization, cookies, and every *api-key*, *token*, *secret*, *auth* or *-key
 * header.
 */
const CREDENTIAL_HEADER =
  /^(?:authorization|proxy-authorization|cookie)$|api-?key|token|secret|passw|auth|signature|(?:^|[-_])key$/i;
/**
 * Credential headers whose names the pattern above does not catch, kept by hand as providers add them (Azure API
 * Management, Azure Functions, Datadog, Honeycomb …). A config adds its own with `credentialHeaders`.
 */
const KNOWN_CREDENTIAL_HEADERS = [
  'ocp-apim-subscription-key',
  'x-functions-key',
  'x-honeycomb-team',
  'dd-application-key',
  'x-amz-security-token',
  'x-goog-iam-authorization-token',
  'x-csrf-token',
];
/** Names that end in "key" but carry none: a retried request's id, the WebSocket handshake nonce. */
const NOT_CREDENTIAL_HEADERS = new Set(['idempotency-key', 'x-idempotency-key', 'sec-websocket-key']);
const credentialHeaders = new Set(KNOWN_CREDENTIAL_HEADERS);

/** A config's own credential headers (`credentialHeaders`), for this run. */
export function registerCredentialHeaders(names: readonly string[]): void {
  for (const n of names) credentialHeaders.add(n.trim().toLowerCase());
}
/** Query parameters that carry one: api_key, key, token, access_token, secret, password, sig… */
const CREDENTIAL_PARAM = /^(?:key|sig|signature|code)$|api[-_]?key|token|secret|passw|pwd|auth|credential/i;

export function isCredentialHeader(name: string, extra: readonly string[] = []): boolean {
  const n = name.trim().toLowerCase();
  if (credentialHeaders.has(n) || extra.some((e) => e.trim().toLowerCase() === n)) return true;
  return !NOT_CREDENTIAL_HEADERS.has(n) && CREDENTIAL_HEADER.test(n);
}

export function isCredentialParam(name: string): boolean {
  return CREDENTIAL_PARAM.test(name);
}

const secrets = new Set<string>();
/** `${NAME}`, or `${secret:NAME}` to mark a value as a secret wherever it is used. */
const REF = /\$\{(secret:)?([A-Za-z_][A-Za-z0-9_]*)\}/g;
/** Variable names that say they hold a secret: their values are redacted wherever they are used. */
const SECRET_NAME = /KEY|TOKEN|SECRET|PASSW|PWD|CREDENTIAL|COOKIE|SESSION|AUTH/i;

export interface ResolveOptions {
  /**
   * The position is a credential (an authorization header, an apiKey, userinfo, a key= query parameter): every value is
   * a secret.
   */
  secret?: boolean;
  /** How a value is written into the text (percent-encoding in a URL); the raw value is what is registered. */
  encode?: (value: string) => string;
}

/**
 * Replace ${VAR} references with the environment's values. A value is a secret to redact when the position is a
 * credential, the reference is marked `${secret:VAR}`, or the variable's name says so (…_KEY, …_TOKEN, …); any
 * other value (a feature flag, a region) is ordinary text and is never redacted.
 */
export function resolveRefs(text: string, env: NodeJS.ProcessEnv, where: string, opts: ResolveOptions = {}): string {
  return text.replace(REF, (_m, marked: string | undefined, name: string) => {
    const value = env[name];
    if (value === undefined || value === '')
      throw new ConfigError(
        `${where}: environment variable ${name} is not set (referenced as \${${marked ?? ''}${name}})`,
      );
    if (opts.secret || marked || SECRET_NAME.test(name)) registerSecret(value);
    return opts.encode ? opts.encode(value) : value;
  });
}

/** Whether a variable's name says it holds a secret (…_KEY, …_TOKEN, …PASSWORD). */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

export function hasRefs(text: string): boolean {
  return text.search(REF) >= 0;
}

/** The references in a text, in order, with where each starts. */
export function refsIn(text: string): Array<{ index: number; length: number; name: string }> {
  // matchAll starts where the shared regexp's lastIndex stands: from the start, always.
  REF.lastIndex = 0;
  return [...text.matchAll(REF)].map((m) => ({ index: m.index, length: m[0].length, name: m[2]! }));
}

export function registerSecret(value: string): void {
  // Very short values would redact ordinary words; a 4+ char secret is still hidden.
  if (value.length < 4 || secrets.has(value)) return;
  secrets.add(value);
  // An echoed JSON body escapes each of them again ("\\" for a backslash the URL kept as is).
  for (const form of encodedForms(value))
    for (const f of [form, JSON.stringify(form).slice(1, -1)]) if (f.length >= 4) forms.add(f);
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
  return [...s]
    .map((ch) =>
      set.test(ch) || ch > '\x7f'
        ? encodeURIComponent(ch).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
        : ch,
    )
    .join('');
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
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#x27;'),
  ];
}

/** Whether a text holds any form of a known secret. */
export function holdsSecret(text: string): boolean {
  return ordered.length > 0 && ordered.some((f) => text.includes(f));
}

/** Remove every known secret, in each of its encoded forms, from a text (a line for people, never JSON text). */
export function redact(text: string): string {
  if (ordered.length === 0 || !text) return text;
  let out = text;
  for (const form of ordered) if (out.includes(form)) out = out.split(form).join('[REDACTED]');
  return out;
}

/**
 * Redact every string (keys and values) inside a JSON-like value; numbers, booleans and the structure are never
 * touched.
 */
export function redactDeep<T>(value: T): T {
  if (ordered.length === 0) return value;
  return mapStrings(value, redact, { keys: true });
}

/**
 * A file's text with secrets redacted. JSON is redacted value by value and written again (2-space indent, as every
 * JSON file here is), so a secret that happens to spell JSON syntax ("true", "null", a quote) cannot corrupt it.
 */
export function redactFileText(name: string, text: string): string {
  if (!holdsSecret(text)) return text;
  if (/\.json$/i.test(name)) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return redact(text);
    }
    return (
      JSON.stringify(redactDeep(data), null, /^[[{]\n/.test(text) ? 2 : undefined) + (text.endsWith('\n') ? '\n' : '')
    );
  }
  return redact(text);
}
