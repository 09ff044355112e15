// An operator's layer that the evidence contradicts needs a confirmation; where the evidence is silent, it stands.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../helpers/said.js';
import { overrideConflict, pointsElsewhere } from '../../src/diagnosis/override.js';
import { conflictSummary } from '../../src/answers/conflict-words.js';
import { loadEvidence, type EvidenceFixture } from '../fixtures/evidence/index.js';

const d = (f: EvidenceFixture) => diagnose({ evidence: loadEvidence(f) });

describe('overrideConflict', () => {
  it('model-quality while the model answers 529 is the June 2026 mistake: a conflict citing the errors', () => {
    for (const f of ['provider-api-529', 'model-endpoint-opus-529'] as const) {
      const c = overrideConflict(d(f), 'model-quality');
      expect(c, f).toBeDefined();
      expect(c!.why).toEqual({ kind: 'quality-while-failing' });
      expect(conflictSummary(c!)).toMatch(/requests fail/);
      expect(c!.lines.join(' ')).toMatch(/529/);
    }
  });

  it('a provider layer while the evidence puts the fault on our side is a conflict', () => {
    for (const [f, chosen] of [
      ['integration-handler-502', 'provider-api'],
      ['integration-auth-401', 'provider-api'],
      ['network-dns', 'provider-api'],
      ['network-dns', 'model-endpoint'],
    ] as const) {
      const c = overrideConflict(d(f), chosen);
      expect(c, `${f} → ${chosen}`).toMatchObject({ chosen, why: { kind: 'fault-ours' } });
      expect(conflictSummary(c!)).toMatch(/our side/);
    }
  });

  it('choosing what the evidence proposes, or a layer it is silent about, is no conflict', () => {
    expect(overrideConflict(d('provider-api-529'), 'provider-api')).toBeUndefined();
    expect(overrideConflict(d('all-passing'), 'provider-api')).toBeUndefined();
    expect(overrideConflict(d('empty'), 'model-quality')).toBeUndefined();
    // One model failing while another answers speaks against "the whole API": that is a contradiction too.
    const c = overrideConflict(d('model-endpoint-opus-529'), 'provider-api');
    expect(c).toMatchObject({ proposed: 'model-endpoint', why: { kind: 'speaks-against', top: 'model-endpoint' } });
    expect(conflictSummary(c!)).toMatch(
      /^the evidence speaks against provider-api and ranks model-endpoint well above it \(\d+% against \d+%\)$/,
    );
  });
});

describe('pointsElsewhere', () => {
  it('names the fresh top layer only when it differs with real confidence', () => {
    expect(pointsElsewhere(d('integration-handler-502'), 'provider-api')).toMatchObject({ layer: 'integration' });
    expect(pointsElsewhere(d('provider-api-529'), 'provider-api')).toBeUndefined();
    // Recovered evidence (everything passing) proposes nothing: recovery is not "unknown".
    expect(pointsElsewhere(d('all-passing'), 'provider-api')).toBeUndefined();
  });
});
