// One failing probe result of Anthropic's Messages API, changed where a test says: for the diagnosis's facts and reasons.
import type { ProbeResult } from '../../src/model/evidence.js';

export const MSG = 'POST https://api.anthropic.com/v1/messages';
const base = {
  id: 'p',
  layer: 'model-endpoint',
  provider: 'anthropic',
  model: 'claude-opus-4-7',
  kind: 'http',
  target: MSG,
  latencyMs: 1200,
  detail: '',
} as const;
export const probe = (over: Partial<ProbeResult>): ProbeResult => ({
  ...base,
  ok: false,
  outcome: 'http-status',
  ...over,
});
