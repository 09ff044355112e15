// Which values are secrets (credentials, marked, named so) and how they are redacted (as values, never JSON text);
// literal credentials; ${VAR} in URLs; what a redirect hop carries.
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  clearSecrets,
  redact,
  redactDeep,
  redactFileText,
  registerSecret,
  resolveRefs,
} from '../../src/platform/secrets.js';
import { literalCredential, resolveField, resolveUrl } from '../../src/config/credentials.js';
import { ConfigSchema } from '../../src/config/schema.js';
import { forHop, withBasicAuth } from '../../src/platform/http.js';

afterEach(() => clearSecrets());
const env = {
  FLAG: 'true',
  REGION: 'eu-west-1',
  API_KEY: 'sk-live-abcdef123456',
  PLAIN: 'hunter2-plain',
  PW: 'p/w:x#y?z@1',
};

describe('what is a secret', () => {
  it('a value in a credential position is; a feature flag or a region is not', () => {
    resolveField('${FLAG}', env, 'p', 'http.headers.x-feature-flag');
    resolveField('${REGION}', env, 'p', 'http.url');
    resolveField('${PLAIN}', env, 'p', 'http.headers.authorization');
    expect(redact('true eu-west-1 hunter2-plain')).toBe('true eu-west-1 [REDACTED]');
  });

  it('a variable named like a secret is, wherever it is used; so is one marked ${secret:NAME}', () => {
    resolveRefs('x=${API_KEY}', env, 'p');
    resolveRefs('${secret:PLAIN}', env, 'p');
    expect(redact('sk-live-abcdef123456 hunter2-plain')).toBe('[REDACTED] [REDACTED]');
  });

  it('the credential fields: apiKey, authorization / x-api-key / api-key / cookie / *token* headers', () => {
    for (const path of [
      'llm-canary.apiKey',
      'http.headers.authorization',
      'http.headers.X-Api-Key',
      'prometheus.headers.api-key',
      'http.headers.cookie',
      'llm-canary.headers.x-auth-token',
    ]) {
      clearSecrets();
      resolveField('${PLAIN}', env, 'p', path);
      expect(redact('hunter2-plain'), path).toBe('[REDACTED]');
    }
  });
});

describe('redaction of values', () => {
  it('JSON stays JSON whatever the secret spells (true, null, a quote, a digit run)', () => {
    fc.assert(
      fc.property(fc.constantFrom('true', 'null', '"ok"', '1234', '":"1', '{"a"'), fc.jsonValue(), (secret, value) => {
        clearSecrets();
        registerSecret(secret);
        const doc = { ok: true, n: null, v: value, s: `Bearer ${secret}` };
        expect(redactDeep(doc).s).toBe('Bearer [REDACTED]');
        expect(redactDeep(doc).ok).toBe(true);
        const text = JSON.stringify(doc, null, 2) + '\n';
        expect(() => JSON.parse(redactFileText('e.json', text))).not.toThrow();
        expect(JSON.parse(redactFileText('e.json', text)).s).toBe('Bearer [REDACTED]');
      }),
      { numRuns: 300 },
    );
  });

  it('a JSON file without a secret is written byte for byte', () => {
    registerSecret('sk-live-abcdef123456');
    const text = '{\n  "a": 1\n}\n';
    expect(redactFileText('x.json', text)).toBe(text);
  });
});

describe('literal credentials', () => {
  const cfg = (probe: unknown) =>
    ConfigSchema.parse({ probes: [{ id: 'p', layer: 'integration', ...(probe as object) }] });
  it('are named with their field path and the way to write them', () => {
    expect(literalCredential(cfg({ 'llm-canary': { api: 'openai', model: 'm', apiKey: 'sk-literal' } }))).toBe(
      'probes[0].llm-canary.apiKey: a literal key; write "${OPENAI_API_KEY}" and set the variable',
    );
    expect(literalCredential(cfg({ http: { url: 'https://h.example', headers: { 'x-api-key': 'abc' } } }))).toMatch(
      /^probes\[0\]\.http\.headers\.x-api-key: a literal credential; write "\$\{API_KEY\}"/,
    );
    expect(
      literalCredential(
        cfg({ prometheus: { url: 'https://h.example', headers: { Authorization: 'Basic dXNlcjpwdw==' } } }),
      ),
    ).toMatch(/^probes\[0\]\.prometheus\.headers\.Authorization: .*"Basic \$\{API_BASIC\}"/);
  });
  it('references, non-credential headers and no key at all pass', () => {
    expect(literalCredential(cfg({ 'llm-canary': { api: 'anthropic', model: 'm', apiKey: '${K}' } }))).toBeUndefined();
    expect(literalCredential(cfg({ 'llm-canary': { api: 'anthropic', model: 'm' } }))).toBeUndefined();
    expect(
      literalCredential(
        cfg({
          http: { url: 'https://h.example', headers: { authorization: 'Bearer ${T}', accept: 'application/json' } },
        }),
      ),
    ).toBeUndefined();
  });
});

describe('${VAR} in a URL', () => {
  it('is percent-encoded where it lands; a host is left as is', () => {
    const e = { ...env, HOST: 'api.example.com:8443', SEG: 'a/b' };
    expect(resolveUrl('https://${HOST}/v1/${SEG}?q=${PW}#${SEG}', e, 'p')).toBe(
      `https://api.example.com:8443/v1/a%2Fb?q=${encodeURIComponent(env.PW)}#a%2Fb`,
    );
  });
  it('is a secret in userinfo and in a key-like parameter, not in a path or another parameter', () => {
    resolveUrl('https://op:${PLAIN}@h.example/${REGION}?page=${FLAG}&access_token=${PW}', env, 'p');
    expect(redact(`hunter2-plain eu-west-1 true ${env.PW} ${encodeURIComponent(env.PW)}`)).toBe(
      '[REDACTED] eu-west-1 true [REDACTED] [REDACTED]',
    );
  });
  it('a literal password or key-like parameter is registered for redaction', () => {
    resolveUrl('https://op:literal-pass-1@h.example/?api_key=literal-key-123&page=2', {}, 'p');
    expect(redact('literal-pass-1 literal-key-123 page=2')).toBe('[REDACTED] [REDACTED] page=2');
  });
});

describe('a redirect hop', () => {
  const headers = {
    authorization: 'Bearer x',
    cookie: 'a=b',
    'x-api-key': 'k',
    'x-custom': 'v=sk-live-abcdef123456',
    accept: 'application/json',
    'x-feature-flag': 'true',
  };
  it('keeps everything within one origin', () => {
    expect(forHop(headers, new URL('https://a.example/x'), new URL('https://a.example/y'))).toBe(headers);
  });
  it('drops credentials, and any header holding a secret, on another origin or from https to http', () => {
    registerSecret('sk-live-abcdef123456');
    const kept = { accept: 'application/json', 'x-feature-flag': 'true' };
    expect(forHop(headers, new URL('https://a.example/x'), new URL('https://b.example/y'))).toEqual(kept);
    expect(forHop(headers, new URL('https://a.example/x'), new URL('https://a.example:8443/y'))).toEqual(kept);
    expect(forHop(headers, new URL('https://a.example/x'), new URL('http://a.example/y'))).toEqual(kept);
  });
  it('userinfo becomes Basic authorization, the URL goes without it, and the pair is a secret', () => {
    const { url, headers: h } = withBasicAuth(`https://op:${encodeURIComponent(env.PW)}@h.example/x`, { accept: 'a' });
    expect(url).toBe('https://h.example/x');
    const basic = Buffer.from(`op:${env.PW}`).toString('base64');
    expect(h).toEqual({ accept: 'a', authorization: `Basic ${basic}` });
    expect(redact(basic)).toBe('[REDACTED]');
    expect(withBasicAuth('https://op:pw@h.example/', { Authorization: 'Bearer t' }).headers).toEqual({
      Authorization: 'Bearer t',
    });
  });
});
