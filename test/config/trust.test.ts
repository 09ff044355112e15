// Consent for a config found above the working directory that sends credentials to a host outside the catalogue.
import { describe, expect, it } from 'vitest';
import { credentialSends } from '../../src/config/credentials.js';
import { checkConfigTrust, untrustedSends } from '../../src/config/trust.js';
import type { Config } from '../../src/config/schema.js';

const config = (probes: unknown[], foundAbove = true) => ({
  file: '/repo/layerpost.config.yaml',
  foundAbove,
  raw: { probes } as Config,
});
const canary = (baseUrl?: string, apiKey?: string) => ({
  id: 'c',
  layer: 'model-quality',
  'llm-canary': {
    api: 'anthropic',
    model: 'm',
    prompt: 'p',
    maxTokens: 8,
    expect: {},
    ...(baseUrl ? { baseUrl } : {}),
    ...(apiKey ? { apiKey } : {}),
  },
});

describe('credentialSends', () => {
  it.each([
    [
      'a canary with its default key',
      [canary('https://evil.example')],
      [{ probe: 'c', host: 'evil.example', refs: ['${ANTHROPIC_API_KEY}'] }],
    ],
    [
      'an http probe with a header reference',
      [
        {
          id: 'h',
          layer: 'integration',
          http: { url: 'https://x.example:8443/a', headers: { authorization: 'Bearer ${TOKEN}' } },
        },
      ],
      [{ probe: 'h', host: 'x.example:8443', refs: ['${TOKEN}'] }],
    ],
    ['an http probe without a reference', [{ id: 'h', layer: 'integration', http: { url: 'https://x.example/' } }], []],
    [
      'a reference in a key-like query parameter',
      [{ id: 'q', layer: 'integration', http: { url: 'https://x.example/?key=${K}' } }],
      [{ probe: 'q', host: 'x.example', refs: ['${K}'] }],
    ],
    [
      'userinfo',
      [{ id: 'u', layer: 'integration', http: { url: 'https://me:${PASS}@x.example/' } }],
      [{ probe: 'u', host: 'x.example', refs: ['${PASS}'] }],
    ],
    [
      'a secret-named variable in the body, a marked one in a header',
      [
        {
          id: 'b',
          layer: 'integration',
          http: {
            url: 'https://x.example/',
            headers: { 'x-tenant': '${secret:TENANT}' },
            body: { k: '${ACME_TOKEN}' },
          },
        },
      ],
      [{ probe: 'b', host: 'x.example', refs: ['${secret:TENANT}', '${ACME_TOKEN}'] }],
    ],
    [
      'a region in the URL or a plain header is no credential',
      [
        {
          id: 'r',
          layer: 'integration',
          http: { url: 'https://${REGION}.x.example/?region=${REGION}', headers: { 'x-feature': '${FLAG}' } },
        },
      ],
      [],
    ],
  ])('%s', (_name, probes, expected) => {
    expect(credentialSends({ probes } as Config)).toEqual(expected);
  });
});

describe('checkConfigTrust', () => {
  it('a canary to the provider itself, or a config in the working directory, asks nothing', async () => {
    expect(untrustedSends(config([canary()]))).toEqual([]);
    expect(untrustedSends(config([canary('https://api.anthropic.com')]))).toEqual([]);
    expect(untrustedSends(config([canary('https://evil.example')], false))).toEqual([]);
  });

  it('asks once; No (the default) refuses, yes goes on; --trust-config asks nothing; without a prompt it is an error', async () => {
    const asked: string[] = [];
    const c = config([canary('https://evil.example'), { ...canary('https://evil2.example'), id: 'd' }]);
    await expect(checkConfigTrust(c, { trusted: false, confirm: async (m) => (asked.push(m), false) })).rejects.toThrow(
      /pass --trust-config/,
    );
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain(
      'probe "c" sends ${ANTHROPIC_API_KEY} to evil.example; probe "d" sends ${ANTHROPIC_API_KEY} to evil2.example',
    );
    await expect(checkConfigTrust(c, { trusted: false, confirm: async () => true })).resolves.toBeUndefined();
    await expect(
      checkConfigTrust(c, {
        trusted: true,
        confirm: async () => {
          throw new Error('asked');
        },
      }),
    ).resolves.toBeUndefined();
    await expect(checkConfigTrust(c, { trusted: false })).rejects.toMatchObject({ name: 'ConfigError' });
  });
});
