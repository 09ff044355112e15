import { describe, expect, it, afterEach } from 'vitest';
import { providerError, snippet, statusPhrase, requestLabel } from '../../src/evidence/probes/result.js';
import { clearSecrets, registerSecret } from '../../src/platform/secrets.js';
import { fixture } from './fixtures.js';

afterEach(() => clearSecrets());

describe('providerError', () => {
  it.each([
    ['anthropic-529.json', 'overloaded_error', 'Overloaded'],
    ['anthropic-429.json', 'rate_limit_error', 'This request would exceed'],
    ['anthropic-401.json', 'authentication_error', 'invalid x-api-key'],
    ['openai-429.json', 'rate_limit_exceeded', 'Rate limit reached'],
    ['openai-insufficient-quota.json', 'insufficient_quota', 'You exceeded your current quota'],
    ['openai-500.json', 'server_error', 'The server had an error'],
  ])('%s → %s', (file, type, message) => {
    const e = providerError(JSON.parse(fixture(file)));
    expect(e?.type).toBe(type);
    expect(e?.message).toContain(message);
  });

  it('reads Google-style bodies by their status, not the numeric code', () => {
    expect(
      providerError({ error: { code: 429, message: 'Resource has been exhausted', status: 'RESOURCE_EXHAUSTED' } }),
    ).toEqual({
      type: 'RESOURCE_EXHAUSTED',
      message: 'Resource has been exhausted',
    });
  });

  it.each([[null], ['text'], [{ ok: true }], [{ error: {} }], [[1, 2]]])('finds nothing in %j', (body) => {
    expect(providerError(body)).toBeUndefined();
  });
});

describe('statusPhrase', () => {
  it('names status, provider type and message', () => {
    expect(statusPhrase(529, fixture('anthropic-529.json'))).toEqual({
      phrase: '529 overloaded_error: Overloaded',
      errorType: 'overloaded_error',
    });
  });
  it('falls back to a short flattened body', () => {
    const { phrase, errorType } = statusPhrase(502, '<html>\n<body>Bad   Gateway</body></html>');
    expect(phrase).toBe('502: <html> <body>Bad Gateway</body></html>');
    expect(errorType).toBeUndefined();
  });
});

describe('snippet', () => {
  it('redacts before it truncates, so half a secret never survives', () => {
    const secret = 'sk-ant-api03-SECRETSECRETSECRET';
    registerSecret(secret);
    const text = 'x'.repeat(50) + secret + 'y'.repeat(50);
    for (const max of [55, 60, 70, 80, 200]) {
      const s = snippet(text, max);
      expect(s).not.toContain('sk-ant');
      expect(s).not.toContain('SECRETSECRET');
      expect(s.length).toBeLessThanOrEqual(max);
    }
  });
});

describe('requestLabel', () => {
  it('keeps method, path and model, never host or query', () => {
    expect(requestLabel('POST', 'https://api.anthropic.com/v1/messages?key=abc', 'claude-opus-4-7')).toBe(
      'POST /v1/messages (claude-opus-4-7)',
    );
  });
});
