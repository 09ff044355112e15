// Resolved drafts speak in the past tense about what was not affected.
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/core/draft-context.js';
import { DEFAULT_LAYERS, type Phase } from '../../src/core/layers.js';

const NOW = new Date('2026-11-21T14:02:00Z');
const ctx = (layerId: string, phase: Phase) =>
  buildContext({
    product: { name: 'Acme Notes', feature: 'Acme AI', timeZone: 'UTC' },
    layer: DEFAULT_LAYERS.find((l) => l.id === layerId)!,
    phase,
    provider: { id: 'anthropic', name: 'Anthropic' },
    models: [{ id: 'claude-opus-4-7', name: 'Claude Opus 4.7' }],
    impact: 'Acme AI is working normally again',
    errors: 'HTTP 529, overloaded',
    evidence: { schema: 'layerpost.evidence/v1', takenAt: NOW.toISOString(), probes: [], providers: [] },
    evidenceLines: [],
    nextUpdateMinutes: 30,
    incident: { id: 'i', update: 2, startedAt: NOW },
    now: NOW,
  });

describe('not-affected sentence by phase', () => {
  it.each(DEFAULT_LAYERS.filter((l) => l.id !== 'unknown').map((l) => [l.id]))('%s: present while open, past once resolved', (id) => {
    const open = ctx(id, 'monitoring').layer.notAffected;
    const done = ctx(id, 'resolved').layer.notAffected;
    expect(done).not.toBe(open);
    expect(done).toMatch(/\b(was|were|kept|worked|stayed)\b/);
    expect(done).not.toMatch(/\b(is|are) (not|working|completing|unchanged)\b/);
    expect(done).not.toContain('{provider}');
  });
});
