// A secret in an error page's title or body is redacted before the text is shortened: a key crossing the cut must
// not leak its first half.
import { afterEach, describe, expect, it } from 'vitest';
import { clearSecrets, registerSecret } from '../../src/platform/secrets.js';
import { parseJsonBody, type HttpResponse } from '../../src/platform/http.js';
import { statusPhrase } from '../../src/evidence/probes/result.js';
import { httpReason } from '../../src/evidence/status/fetch.js';

const KEY = 'sk-ant-api03-CROSSING-THE-CUT-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ';
const response = (status: number, body: string, type = 'text/html'): HttpResponse => ({
  url: 'http://x/',
  status,
  headers: { 'content-type': type },
  body: Buffer.from(body),
  latencyMs: 1,
  redirects: 0,
});
afterEach(() => clearSecrets());

describe('truncate after redacting', () => {
  it.each([
    [
      "a probe's HTML error page (title cut at 120, then 80)",
      () => statusPhrase(502, `<html><head><title>${'Bad gateway '.repeat(5)}${KEY}</title></head></html>`).phrase,
    ],
    [
      'an HTML status page title at 80',
      () => httpReason(response(503, `<!doctype html><html><title>${'Service down '.repeat(5)}${KEY}</title></html>`)),
    ],
    [
      'a JSON source answering HTML',
      () =>
        (
          parseJsonBody(response(503, `<html><title>${'Maintenance '.repeat(5)}${KEY}</title></html>`)) as {
            reason: string;
          }
        ).reason,
    ],
    ['a plain-text body at 80', () => httpReason(response(500, `${'error '.repeat(10)}${KEY}`, 'text/plain'))],
  ])('%s', (_name, described) => {
    registerSecret(KEY);
    const text = described();
    for (let n = 8; n < KEY.length; n += 8) expect(text, text).not.toContain(KEY.slice(0, n));
    expect(text).toMatch(/\[REDACTED\]|…"?\)?$/);
  });
});

describe('a network error message', () => {
  it('is redacted before it is cut at 200', async () => {
    const { classify } = await import('../../src/platform/http.js');
    registerSecret(KEY);
    const message = classify(new Error(`${'x'.repeat(180)} ${KEY}`)).message;
    for (let n = 8; n < KEY.length; n += 8) expect(message).not.toContain(KEY.slice(0, n));
  });
});
