// Evidence as facts: probes and incidents for the reasons, and the failure as kinds for drafts (no words).
import { describe, expect, it } from 'vitest';
import { MSG, probe } from '../helpers/probe.js';
import type { ProbeResult, ProviderStatus } from '../../src/model/evidence.js';
import { errorFacts } from '../../src/diagnosis/blame.js';
import { incidentFact, probeFact } from '../../src/diagnosis/facts.js';

describe('probeFact: a probe as facts, no words', () => {
  it('counts samples, keeps the model only when the target does not name it, and the recorded check', () => {
    const f = probeFact(
      probe({
        kind: 'llm-canary',
        outcome: 'mismatch',
        status: 200,
        detail: 'x → 200 but y',
        failedCheck: 'y',
        samples: { total: 3, failed: 2 },
      }),
    );
    expect(f).toMatchObject({
      what: MSG,
      model: 'claude-opus-4-7',
      counted: true,
      count: 2,
      total: 3,
      status: 200,
      mismatch: true,
      check: 'y',
    });
    expect(probeFact(probe({ target: 'claude-opus-4-7 canary', status: 500 }))).toMatchObject({
      model: '',
      counted: false,
      httpStatus: true,
    });
  });
  it('a mismatch with no status recorded counts as 200', () => {
    expect(probeFact(probe({ outcome: 'mismatch' })).status).toBe(200);
  });
});

describe('incidentFact', () => {
  const status: ProviderStatus = {
    id: 'anthropic',
    name: 'Anthropic',
    indicator: 'minor',
    description: '',
    components: [],
    incidents: [],
    url: 'https://status.claude.com',
  };
  it('SPEC §3 example: host, name, status, since when in UTC', () => {
    expect(
      incidentFact(status, {
        name: 'Elevated errors on Claude Opus 4.7',
        status: 'investigating',
        impact: 'minor',
        startedAt: '2026-01-21T06:12:00Z',
      }),
    ).toEqual({
      where: 'status.claude.com',
      name: 'Elevated errors on Claude Opus 4.7',
      status: 'investigating',
      since: '06:12 UTC',
    });
  });
  it('falls back to the provider name and leaves out an unparseable time', () => {
    expect(
      incidentFact(
        { ...status, url: undefined },
        { name: 'X', status: 'identified', impact: 'major', startedAt: 'yesterday' },
      ),
    ).toEqual({ where: 'Anthropic', name: 'X', status: 'identified', since: '' });
  });
});

describe('errorFacts: the failures drafts cite, as kinds the templates put in words', () => {
  it.each<[string, ProbeResult[], ReturnType<typeof errorFacts>]>([
    ['nothing failed', [probe({ ok: true, outcome: 'ok', status: 200 })], []],
    [
      'Anthropic error type wins over the status',
      [probe({ status: 529, errorType: 'overloaded_error' })],
      [{ status: 529, kind: 'overloaded' }],
    ],
    ['the status without an error type', [probe({ status: 503 })], [{ status: 503, kind: 'unavailable' }]],
    ['an unknown status is "other"', [probe({ status: 418 })], [{ status: 418, kind: 'other' }]],
    [
      'most frequent first, at most two',
      [probe({ outcome: 'timeout' }), probe({ status: 529 }), probe({ status: 529 }), probe({ outcome: 'dns' })],
      [{ status: 529, kind: 'overloaded' }, { kind: 'timeout' }],
    ],
    ['network outcomes by kind', [probe({ outcome: 'tls' })], [{ kind: 'tls' }]],
  ])('%s', (_n, ps, facts) => {
    expect(errorFacts(ps)).toEqual(facts);
  });
});
