import { loadTemplateSet } from './src/templates/load.js';
import { compileSet } from './src/templates/engine.js';
import { buildContext } from './src/core/draft-context.js';
import { renderDrafts } from './src/core/render.js';
import { DEFAULT_LAYERS, PHASES } from './src/core/layers.js';
import { CHANNEL_IDS } from './src/core/channels/index.js';
const set = await loadTemplateSet();
const c = compileSet(set);
for (const layer of DEFAULT_LAYERS) for (const phase of ['investigating','resolved'] as const) {
  const ctx = buildContext({ product: { name: 'Acme Notes', feature: 'Acme AI', timeZone: 'Europe/Berlin' }, layer, phase, provider: { id: 'anthropic', name: 'Anthropic' }, models: [{ id: 'claude-opus-4-7', name: 'Claude Opus 4.7' }], impact: 'Acme AI answers are failing for many users', errors: 'HTTP 529, overloaded', evidence: { schema: 'layerpost.evidence/v1', takenAt: '2026-11-21T14:00:00Z', probes: [], providers: [] }, evidenceLines: ['3/3 POST /v1/messages → 529 overloaded_error'], nextUpdateMinutes: 30, incident: { id: 'inc-1', update: 2, startedAt: new Date('2026-11-21T13:50:00Z') }, previous: { layer: DEFAULT_LAYERS[5]!, phase: 'investigating', text: 'x' }, now: new Date('2026-11-21T14:02:00Z') });
  for (const d of renderDrafts(c, ctx, CHANNEL_IDS)) if (['x','sms','statuspage'].includes(d.channel)) console.log(`--- ${layer.id}/${phase} ${d.channel} ${d.variant} ${d.length}/${d.limit}${d.overLimit?' OVER':''}\n${d.title ? d.title + '\n' : ''}${d.text}`);
}
