// A draft's input for rendering tests: Acme AI over Anthropic's Claude Opus 4.7 answering 529, on layer ID at PHASE,
// changed where a test says.
import type { DraftInput } from '../../src/drafts/build-context.js';
import { DEFAULT_LAYERS, type Phase } from '../../src/model/layers.js';

export const NOW = new Date('2026-11-21T14:40:00Z');
export const layerOf = (id: string) => DEFAULT_LAYERS.find((l) => l.id === id)!;

export function draftInput(id: string, phase: Phase, over: Partial<DraftInput> = {}): DraftInput {
  return {
    product: { name: 'Acme Notes', feature: 'Acme AI', timeZone: 'UTC' },
    layer: layerOf(id),
    phase,
    provider: { id: 'anthropic', name: 'Anthropic' },
    models: [{ id: 'claude-opus-4-7', name: 'Claude Opus 4.7' }],
    impact: { text: '' },
    errors: [{ status: 529, kind: 'overloaded' }],
    evidenceLines: [],
    evidenceTakenAt: NOW.toISOString(),
    nextUpdateMinutes: 30,
    incident: { id: 'i', update: 2, startedAt: NOW },
    now: NOW,
    ...over,
  };
}
