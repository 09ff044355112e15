// A header is a credential by its name (a maintained list, the built-in pattern, and a config's credentialHeaders) as
// well as by its variable: Azure's Ocp-Apim-Subscription-Key and x-functions-key are never sent across origins,
// their values are redacted whatever the variable is called, and a literal one is refused.
import { afterEach, describe, expect, it } from 'vitest';
import { clearSecrets, isCredentialHeader, redact, registerCredentialHeaders } from '../../src/platform/secrets.js';
import { resolveField } from '../../src/config/credentials.js';
import { parseConfigText } from '../../src/config/parse.js';
import { forHop } from '../../src/platform/http.js';

afterEach(() => clearSecrets());
const env = { AZ_SUB: 'azure-subscription-value-123', FN: 'functions-value-456', ACME: 'acme-pass-789' };

describe('credential headers by name', () => {
  it.each([
    ['Ocp-Apim-Subscription-Key', true],
    ['x-functions-key', true],
    ['x-honeycomb-team', true],
    ['DD-Application-Key', true],
    ['x-hub-signature-256', true],
    ['x-api-key', true],
    ['Idempotency-Key', false],
    ['content-type', false],
    ['anthropic-version', false],
  ])('%s → %s', (name, expected) => {
    expect(isCredentialHeader(name)).toBe(expected);
  });

  it('its value is a secret whatever the variable is called, and a redirect to another origin drops it', () => {
    const sub = resolveField('${AZ_SUB}', env, 'p', 'http.headers.Ocp-Apim-Subscription-Key');
    const fn = resolveField('${FN}', env, 'p', 'http.headers.x-functions-key');
    expect(redact(`${sub} ${fn}`)).toBe('[REDACTED] [REDACTED]');
    clearSecrets();
    const hop = forHop(
      {
        'Ocp-Apim-Subscription-Key': 'not-registered-1',
        'x-functions-key': 'not-registered-2',
        accept: 'application/json',
      },
      new URL('https://a.example/x'),
      new URL('https://b.example/y'),
    );
    expect(hop).toEqual({ accept: 'application/json' });
  });

  it('a literal one is refused', () => {
    const text = JSON.stringify({
      probes: [
        {
          id: 'fn',
          layer: 'integration',
          http: { url: 'https://fn.example/api', headers: { 'x-functions-key': 'literal-functions-key-value' } },
        },
      ],
    });
    expect(() => parseConfigText(text, 'layerpost.config.json')).toThrow(
      /probes\[0\]\.http\.headers\.x-functions-key: a literal credential/,
    );
  });

  it("a config's credentialHeaders are credentials too: literal refused, value redacted", () => {
    const config = (value: string) =>
      JSON.stringify({
        credentialHeaders: ['X-Acme-Pass'],
        probes: [
          { id: 'a', layer: 'integration', http: { url: 'https://acme.example/', headers: { 'x-acme-pass': value } } },
        ],
      });
    expect(() => parseConfigText(config('literal-value'), 'c.json')).toThrow(/x-acme-pass: a literal credential/);
    expect(isCredentialHeader('X-Acme-Pass')).toBe(false);
    registerCredentialHeaders(parseConfigText(config('${ACME}'), 'c.json').credentialHeaders!);
    expect(redact(resolveField('${ACME}', env, 'p', 'http.headers.X-Acme-Pass'))).toBe('[REDACTED]');
  });
});
