import { describe, expect, it } from 'vitest';
import { atLeast, doctorChecks, type DoctorFacts } from '../../src/doctor/checks.js';

const facts = (over: Partial<DoctorFacts> = {}): DoctorFacts => ({
  config: {
    file: '/srv/team/layerpost.config.yaml',
    given: false,
    foundAbove: true,
    searchedFrom: '/srv/team/ops',
    noneLine: 'No layerpost.config…',
    untrustedSends: [],
    trusted: false,
  },
  credentials: [],
  probes: { total: 2, embeddedDefaults: false },
  sources: [{ id: 'anthropic', target: 'https://status.claude.com', ok: true, detail: 'answered' }],
  targets: [],
  templates: { where: 'the embedded templates', files: 65, errors: 0, warnings: 0 },
  node: { version: '22.12.0', required: '>=20.18' },
  compileCache: { dir: '/home/op/.cache/layerpost/v8', root: '/home/op/.cache', disabled: false },
  ...over,
});
const status = (f: DoctorFacts, id: string) => doctorChecks(f).find((k) => k.id === id)!.status;

describe('doctor checks', () => {
  it('all well: every check ok', () => {
    expect(doctorChecks(facts()).map((k) => k.status)).toEqual(Array(8).fill('ok'));
  });
  it.each([
    [
      'an invalid config fails',
      facts({
        config: {
          given: true,
          error: 'x.yaml: probes[0].layer: unknown layer',
          searchedFrom: '/',
          noneLine: '',
          untrustedSends: [],
          trusted: false,
        },
      }),
      'config',
      'fail',
    ],
    [
      'no config is a warning',
      facts({
        config: {
          given: false,
          searchedFrom: '/srv',
          noneLine: 'No layerpost.config…',
          untrustedSends: [],
          trusted: false,
        },
      }),
      'config',
      'warn',
    ],
    [
      'a config above that sends a key to an unknown host warns',
      facts({ config: { ...facts().config, untrustedSends: ['probe "x" sends ${K} to evil.example'] } }),
      'config',
      'warn',
    ],
    [
      '… unless --trust-config',
      facts({ config: { ...facts().config, untrustedSends: ['probe "x" sends ${K} to evil.example'], trusted: true } }),
      'config',
      'ok',
    ],
    [
      'a key unset for one of two probes warns',
      facts({ credentials: [{ name: 'K', set: false, probes: ['a'] }] }),
      'credentials',
      'warn',
    ],
    [
      'keys unset for every probe fail',
      facts({
        credentials: [
          { name: 'K', set: false, probes: ['a'] },
          { name: 'L', set: false, probes: ['b'] },
        ],
      }),
      'credentials',
      'fail',
    ],
    [
      'a proxy that does not answer warns',
      facts({ proxy: { shown: 'http://p:3128', answers: false, detail: 'connection refused' } }),
      'proxy',
      'warn',
    ],
    [
      'an unreachable source warns',
      facts({ sources: [{ id: 'a', target: 'https://a', ok: false, detail: 'timed out' }] }),
      'status-sources',
      'warn',
    ],
    [
      'a template error fails',
      facts({ templates: { where: 't', files: 3, errors: 1, warnings: 0 } }),
      'templates',
      'fail',
    ],
    ['an old Node fails', facts({ node: { version: '18.19.0', required: '>=20.18' } }), 'node', 'fail'],
    [
      'no safe cache folder: a warning',
      facts({ compileCache: { root: '/home/op/.cache', disabled: false } }),
      'startup-cache',
      'warn',
    ],
    [
      'the cache turned off: a warning',
      facts({ compileCache: { root: '/home/op/.cache', disabled: true } }),
      'startup-cache',
      'warn',
    ],
  ])('%s', (_name, f, id, expected) => {
    expect(status(f, id)).toBe(expected);
  });
  it('says a credential is set or not, never its value (it has none to say)', () => {
    const k = doctorChecks(facts({ credentials: [{ name: 'ANTHROPIC_API_KEY', set: true, probes: ['opus'] }] })).find(
      (c) => c.id === 'credentials',
    )!;
    expect(k.summary).toBe('1 variable set: ANTHROPIC_API_KEY');
    expect(k.details).toEqual(['ANTHROPIC_API_KEY: set (needed by opus)']);
  });
  it('compares versions numerically', () => {
    expect(atLeast('20.18.0', '>=20.18')).toBe(true);
    expect(atLeast('20.9.0', '>=20.18')).toBe(false);
    expect(atLeast('v24.1.0', '>=20.18')).toBe(true);
  });
});
