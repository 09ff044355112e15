// Whether any request reached a server: only when every probe and status source failed before one (DNS, refused,
// proxy) does the run count as this machine's problem.
import { describe, expect, it } from 'vitest';
import type { ProbeResult, ProviderStatus } from '../../src/model/evidence.js';
import { reachedNoServer } from '../../src/evidence/offline.js';
import { shownProxy } from '../../src/platform/dispatcher.js';

const probe = (outcome: ProbeResult['outcome']): ProbeResult => ({
  id: outcome,
  layer: 'network',
  ok: outcome === 'ok',
  outcome,
  latencyMs: 1,
  detail: '',
});
const status = (error?: string): ProviderStatus => ({
  id: 's',
  name: 'S',
  indicator: error ? 'unknown' : 'none',
  description: '',
  components: [],
  incidents: [],
  ...(error ? { error } : {}),
});

describe('reachedNoServer', () => {
  it.each([
    [
      'every probe dns or refused, every source the same',
      [probe('dns'), probe('refused')],
      [status('DNS lookup failed (ENOTFOUND)'), status('connection refused')],
      true,
    ],
    [
      'a proxy that does not tunnel',
      [],
      [status('the proxy answered 403 (forbidden by the proxy) instead of connecting')],
      true,
    ],
    ['one probe answered (even with an error status)', [probe('dns'), probe('http-status')], [], false],
    ['a TLS failure reached a server', [probe('dns'), probe('tls')], [], false],
    ['a timeout may have reached one', [probe('refused'), probe('timeout')], [], false],
    ['one status source answered', [probe('dns')], [status()], false],
    ['a source that answered badly', [probe('dns')], [status('HTTP 503 with an HTML body')], false],
    ['nothing was asked', [], [], false],
  ])('%s → %s', (_name, probes, providers, expected) => {
    expect(reachedNoServer(probes, providers)).toBe(expected);
  });
});

describe('shownProxy', () => {
  it.each([
    [{}, undefined],
    [{ HTTPS_PROXY: 'http://proxy.corp:3128' }, 'http://proxy.corp:3128'],
    [{ https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2' }, 'http://lower:1'],
    [{ HTTP_PROXY: 'http://only-http:8080' }, 'http://only-http:8080'],
    [{ HTTPS_PROXY: 'http://user:secret@proxy.corp:3128' }, 'http://proxy.corp:3128'],
    [{ HTTPS_PROXY: '' }, undefined],
  ])('%j → %s', (env, expected) => {
    expect(shownProxy(env)).toBe(expected);
  });
});

describe('parseNoProxy', () => {
  it.each([
    [
      '127.0.0.0/8,.corp',
      '.corp',
      [
        ['127.1.2.3', 'ipv4', true],
        ['128.0.0.1', 'ipv4', false],
      ],
      [],
    ],
    [
      '10.0.0.0/8 fd00::/8 host.corp:8080',
      'host.corp:8080',
      [
        ['10.255.0.1', 'ipv4', true],
        ['fd12::1', 'ipv6', true],
        ['fe80::1', 'ipv6', false],
      ],
      [],
    ],
    ['*.corp, *, 10.0.*, 1.2.3.4/40', '*.corp,*', [], ['10.0.*', '1.2.3.4/40']],
  ] as const)('%s', async (value, names, checks, unsupported) => {
    const { parseNoProxy } = await import('../../src/platform/no-proxy.js');
    const p = parseNoProxy(value);
    expect(p.names).toBe(names);
    expect(p.unsupported).toEqual(unsupported);
    for (const [ip, type, inside] of checks) expect(p.ranges?.check(ip, type) ?? false, ip).toBe(inside);
  });
});
