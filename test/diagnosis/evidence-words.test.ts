// Evidence in words: probe and incident lines an operator can paste, and the failure in public words for drafts.
import { describe, expect, it } from 'vitest';
import type { ProbeResult, ProviderStatus } from '../../src/model/evidence.js';
import { errorFacts } from '../../src/diagnosis/blame.js';
import { incidentLine, probeLine } from '../../src/diagnosis/evidence-words.js';

const MSG = 'POST https://api.anthropic.com/v1/messages';
const base = { id: 'p', layer: 'model-endpoint', provider: 'anthropic', model: 'claude-opus-4-7', kind: 'http', target: MSG, latencyMs: 1200, detail: '' } as const;
const probe = (over: Partial<ProbeResult>): ProbeResult => ({ ...base, ok: false, outcome: 'http-status', ...over });

describe('probeLine', () => {
  it.each<[string, ProbeResult, string]>([
    ['SPEC §3 example', probe({ status: 529, errorType: 'overloaded_error', samples: { total: 3, failed: 3 } }), `3/3 ${MSG} (claude-opus-4-7) → 529 overloaded_error`],
    ['a passing probe counts passes', probe({ ok: true, outcome: 'ok', status: 200, samples: { total: 3, failed: 0 } }), `3/3 ${MSG} (claude-opus-4-7) → 200 OK`],
    ['one sample has no count', probe({ status: 502 }), `${MSG} (claude-opus-4-7) → 502`],
    ['timeout says after how long', probe({ outcome: 'timeout', latencyMs: 5000.4, detail: 'x' }), `${MSG} (claude-opus-4-7) → timeout after 5000 ms`],
    ['dns keeps the reason', probe({ outcome: 'dns', detail: 'getaddrinfo ENOTFOUND api.anthropic.com' }), `${MSG} (claude-opus-4-7) → dns (getaddrinfo ENOTFOUND api.anthropic.com)`],
    ['no target uses the id', { id: 'our-handler', layer: 'integration', ok: false, outcome: 'refused', latencyMs: 3, detail: '' }, 'our-handler → refused'],
    ['model in the target is not repeated', probe({ target: 'claude-opus-4-7 canary', status: 500 }), 'claude-opus-4-7 canary → 500'],
    [
      'a canary mismatch says the why once',
      probe({ kind: 'llm-canary', outcome: 'mismatch', status: 200, detail: `${MSG} (claude-opus-4-7) → 200 but the answer failed its check: expected the answer to contain "pong", got "ping"` }),
      `${MSG} (claude-opus-4-7) → 200 but the answer failed its check: expected the answer to contain "pong", got "ping"`,
    ],
    ['a hand-written mismatch detail is kept in parentheses', probe({ outcome: 'mismatch', status: 200, detail: 'expected pong' }), `${MSG} (claude-opus-4-7) → 200 but the answer failed its check (expected pong)`],
  ])('%s', (_n, p, line) => {
    expect(probeLine(p)).toBe(line);
  });
});

describe('incidentLine', () => {
  const status: ProviderStatus = { id: 'anthropic', name: 'Anthropic', indicator: 'minor', description: '', components: [], incidents: [], url: 'https://status.claude.com' };
  it('SPEC §3 example: host, name, status, since when in UTC', () => {
    expect(incidentLine(status, { name: 'Elevated errors on Claude Opus 4.7', status: 'investigating', impact: 'minor', startedAt: '2026-01-21T06:12:00Z' })).toBe(
      "status.claude.com: 'Elevated errors on Claude Opus 4.7', investigating since 06:12 UTC",
    );
  });
  it('falls back to the provider name and leaves out an unparseable time', () => {
    expect(incidentLine({ ...status, url: undefined }, { name: 'X', status: 'identified', impact: 'major', startedAt: 'yesterday' })).toBe("Anthropic: 'X', identified");
  });
});

describe('errorFacts: the failures drafts cite, as kinds the templates put in words', () => {
  it.each<[string, ProbeResult[], ReturnType<typeof errorFacts>]>([
    ['nothing failed', [probe({ ok: true, outcome: 'ok', status: 200 })], []],
    ['Anthropic error type wins over the status', [probe({ status: 529, errorType: 'overloaded_error' })], [{ status: 529, kind: 'overloaded' }]],
    ['the status without an error type', [probe({ status: 503 })], [{ status: 503, kind: 'unavailable' }]],
    ['an unknown status is "other"', [probe({ status: 418 })], [{ status: 418, kind: 'other' }]],
    ['most frequent first, at most two', [probe({ outcome: 'timeout' }), probe({ status: 529 }), probe({ status: 529 }), probe({ outcome: 'dns' })], [{ status: 529, kind: 'overloaded' }, { kind: 'timeout' }]],
    ['network outcomes by kind', [probe({ outcome: 'tls' })], [{ kind: 'tls' }]],
  ])('%s', (_n, ps, facts) => {
    expect(errorFacts(ps)).toEqual(facts);
  });
});
