// Where a config value is a credential (headers, apiKey, URL userinfo and key-like query parameters): literals there
// are refused, ${VAR} values there are secrets. Pure.
import type { Config } from './schema.js';
import {
  hasRefs,
  isCredentialHeader,
  isCredentialParam,
  isSecretName,
  refsIn,
  resolveRefs,
  registerSecret,
} from '../platform/secrets.js';

/** The fields of a probe whose value is a URL. */
const URL_FIELDS = new Set(['http.url', 'llm-canary.baseUrl', 'prometheus.url', 'evidence.from']);

/** A probe field path ("http.headers.authorization", "llm-canary.apiKey") that holds a credential as a whole. */
export function isCredentialField(path: string): boolean {
  if (/(?:^|\.)apiKey$/.test(path)) return true;
  const header = /^(?:http|llm-canary|prometheus)\.headers\.(.+)$/.exec(path);
  return header ? isCredentialHeader(header[1]!) : false;
}

export function isUrlField(path: string): boolean {
  return URL_FIELDS.has(path);
}

/**
 * The first credential written literally in the config, as "probes[1].llm-canary.apiKey: …" (the README: secrets
 * only as ${ENV_VAR}); undefined when there is none.
 */
export function literalCredential(config: Config): string | undefined {
  for (const [i, p] of (config.probes ?? []).entries()) {
    const canary = p['llm-canary'];
    if (canary?.apiKey !== undefined && !hasRefs(canary.apiKey)) {
      const name = canary.api === 'openai' ? 'OPENAI_API_KEY' : 'ANTHROPIC_API_KEY';
      return `probes[${i}].llm-canary.apiKey: a literal key; write "\${${name}}" and set the variable`;
    }
    for (const kind of ['http', 'llm-canary', 'prometheus'] as const) {
      for (const [name, value] of Object.entries(p[kind]?.headers ?? {})) {
        if (!isCredentialHeader(name, config.credentialHeaders) || value.trim() === '' || hasRefs(value)) continue;
        const example = /^bearer\s/i.test(value)
          ? 'Bearer ${API_TOKEN}'
          : /^basic\s/i.test(value)
            ? 'Basic ${API_BASIC}'
            : '${API_KEY}';
        return `probes[${i}].${kind}.headers.${name}: a literal credential; write "${example}" and set the variable`;
      }
    }
  }
  return undefined;
}

/**
 * Resolve a URL template: each ${VAR} value is percent-encoded where it lands (userinfo, path, query, fragment; a
 * host is left as is), and is a secret in the userinfo or in a key-like query parameter. A literal password in the
 * userinfo or a literal value of a key-like parameter is registered for redaction too.
 */
export function resolveUrl(template: string, env: NodeJS.ProcessEnv, where: string): string {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(template);
  const authorityEnd = scheme ? indexOfAny(template, '/?#', scheme[0].length) : 0;
  const at = scheme ? template.lastIndexOf('@', authorityEnd - 1) : -1;
  const userinfoEnd = at >= (scheme?.[0].length ?? 0) ? at : -1;
  let out = '';
  let last = 0;
  for (const ref of refsIn(template)) {
    out += template.slice(last, ref.index);
    last = ref.index + ref.length;
    const piece = template.slice(ref.index, last);
    const inUserinfo = ref.index < userinfoEnd;
    const inHost = scheme !== null && !inUserinfo && ref.index < authorityEnd;
    const param = queryParamAt(template, ref.index);
    const secret = inUserinfo || (param !== undefined && isCredentialParam(param));
    out += resolveRefs(piece, env, where, { secret, encode: inHost ? undefined : encodeURIComponent });
  }
  out += template.slice(last);
  registerLiteralUrlSecrets(out);
  return out;
}

/** Register the password of a URL's userinfo and the values of its key-like query parameters for redaction. */
export function registerLiteralUrlSecrets(url: string): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return;
  }
  for (const v of [u.password, u.password ? '' : u.username]) if (v) register(v);
  for (const [k, v] of u.searchParams) if (isCredentialParam(k) && v) register(v);
}

function register(v: string): void {
  registerSecret(v);
  try {
    registerSecret(decodeURIComponent(v));
  } catch {
    /* not percent-encoded text: the raw form is registered */
  }
}

/** The name of the query parameter whose value holds position `i` of a URL template, if any. */
function queryParamAt(template: string, i: number): string | undefined {
  const q = template.indexOf('?');
  const hash = template.indexOf('#', q);
  if (q < 0 || i < q || (hash >= 0 && i > hash)) return undefined;
  const start = Math.max(template.lastIndexOf('&', i), q) + 1;
  const eq = template.indexOf('=', start);
  if (eq < 0 || eq > i) return undefined;
  try {
    return decodeURIComponent(template.slice(start, eq));
  } catch {
    return template.slice(start, eq);
  }
}

function indexOfAny(s: string, chars: string, from: number): number {
  for (let i = from; i < s.length; i++) if (chars.includes(s[i]!)) return i;
  return s.length;
}

/** A probe field's value resolved for its position: URLs encoded, credentials secret. */
export function resolveField(value: string, env: NodeJS.ProcessEnv, who: string, path: string): string {
  if (isUrlField(path) && /^https?:\/\//i.test(value)) return resolveUrl(value, env, `${who}: ${path}`);
  return resolveRefs(value, env, `${who}: ${path}`, { secret: isCredentialField(path) });
}

/** resolveField over every string of a value (a probe's config), each named by its path. */
export function resolveFields(value: unknown, env: NodeJS.ProcessEnv, who: string): unknown {
  const walk = (v: unknown, path: string): unknown => {
    if (typeof v === 'string') return resolveField(v, env, who, path);
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${path}[${i}]`));
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, path ? `${path}.${k}` : k)]));
    return v;
  };
  return walk(value, '');
}

/**
 * The default key a canary sends when it names none (llm-canary.ts's DEFAULT_KEY_REF, kept here as data so this module
 * stays pure).
 */
const CANARY_DEFAULT = {
  anthropic: { key: '${ANTHROPIC_API_KEY}', base: 'https://api.anthropic.com' },
  openai: { key: '${OPENAI_API_KEY}', base: 'https://api.openai.com' },
} as const;

export interface CredentialSend {
  probe: string;
  /** host[:port] the credential goes to. */
  host: string;
  /** The references it sends ("${ANTHROPIC_API_KEY}"). */
  refs: string[];
}

/**
 * Where a config's probes send credentials: every probe whose request carries a ${VAR} reference (a canary's
 * default key included) in a header, its URL or its body, with the host it goes to. A probe without a reference
 * sends nothing of ours. Pure.
 */
export function credentialSends(config: Config): CredentialSend[] {
  const out: CredentialSend[] = [];
  for (const p of config.probes ?? []) {
    const canary = p['llm-canary'];
    const request = p.http ?? canary ?? p.prometheus;
    const url =
      p.http?.url ??
      p.prometheus?.url ??
      (canary ? (canary.baseUrl ?? CANARY_DEFAULT[canary.api].base) : undefined) ??
      (/^https?:\/\//i.test(p.evidence?.from ?? '') ? p.evidence!.from : undefined);
    if (!url) continue;
    // A reference is a credential by its place (a credential header, the key, URL userinfo or a key-like parameter)
    // or by its name (${…_KEY}, ${secret:…}); ${REGION} in a URL is not one.
    const refs = new Set<string>();
    const take = (text: string, always: boolean) => {
      for (const r of refsIn(text)) {
        const ref = text.slice(r.index, r.index + r.length);
        if (always || ref.startsWith('${secret:') || isSecretName(r.name)) refs.add(ref);
      }
    };
    for (const [name, value] of Object.entries(request?.headers ?? {}))
      take(value, isCredentialHeader(name, config.credentialHeaders));
    if (canary) take(canary.apiKey ?? CANARY_DEFAULT[canary.api].key, true);
    if (p.http?.body !== undefined) take(JSON.stringify(p.http.body), false);
    take(url, false);
    for (const part of credentialPartsOfUrl(url)) take(part, true);
    if (!refs.size) continue;
    out.push({ probe: p.id, host: hostOf(url), refs: [...refs] });
  }
  return out;
}

/** The userinfo and the values of key-like query parameters of a URL template. */
function credentialPartsOfUrl(url: string): string[] {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url);
  const parts: string[] = [];
  if (scheme) {
    const end = indexOfAny(url, '/?#', scheme[0].length);
    const at = url.lastIndexOf('@', end - 1);
    if (at >= scheme[0].length) parts.push(url.slice(scheme[0].length, at));
  }
  const q = url.indexOf('?');
  if (q >= 0)
    for (const pair of url
      .slice(q + 1)
      .split('#')[0]!
      .split('&')) {
      const eq = pair.indexOf('=');
      if (eq > 0 && isCredentialParam(pair.slice(0, eq))) parts.push(pair.slice(eq + 1));
    }
  return parts;
}

/** host[:port] of a URL template (a ${VAR} in the host stays as written). */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#]*)/i.exec(url)?.[1] ?? url;
  }
}
