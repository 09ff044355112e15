// classify(): a proxy that refuses the tunnel is told apart from an abort (undici throws it as an AbortError).
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/platform/http.js';

/** undici's error for a proxy that answers CONNECT with `status`. */
const tunnelRefused = (status: number) =>
  Object.assign(new Error(`Proxy response (${status}) !== 200 when HTTP Tunneling`), {
    name: 'AbortError',
    code: 'UND_ERR_ABORTED',
  });

describe('classify', () => {
  it.each([
    [407, 'the proxy answered 407 (the proxy wants credentials) instead of connecting'],
    [500, 'the proxy answered 500 (the proxy failed) instead of connecting'],
    [418, 'the proxy answered 418 instead of connecting'],
  ])('a proxy answering %s is a refusal, not a timeout', (status, message) => {
    const e = classify(tunnelRefused(status), new AbortController().signal, AbortSignal.timeout(60_000), 5000);
    expect(e).toMatchObject({ outcome: 'refused', message, code: 'PROXY' });
  });

  it('an abort by the run (Ctrl-C, deadline) is still what it was', () => {
    const c = new AbortController();
    c.abort();
    expect(classify(tunnelRefused(407), c.signal).outcome).toBe('timeout');
    expect(classify(Object.assign(new Error('aborted'), { name: 'AbortError' })).outcome).toBe('timeout');
  });
});
