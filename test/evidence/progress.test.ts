// Progress lines while probes finish: the id, layer, latency and outcome columns line up whatever the ids and layers.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { ProbeResult } from '../../src/model/evidence.js';
import { probeProgressLine } from '../../src/evidence/probes/progress.js';

const plain = new Chalk({ level: 0 });
const result = (id: string, layer: string, ok: boolean, latencyMs: number): ProbeResult =>
  ({
    id,
    layer,
    ok,
    latencyMs,
    outcome: ok ? 'ok' : 'http-status',
    status: ok ? 200 : 529,
    detail: ok ? '' : 'POST /v1/messages → 529 overloaded_error',
  }) as unknown as ProbeResult;

describe('probeProgressLine columns', () => {
  it('line up when printed one by one without knowing the other ids (as draft does)', () => {
    const lines = [
      result('anthropic-tcp', 'network', true, 12),
      result('anthropic-opus', 'model-endpoint', false, 812.4),
      result('dns', 'integration', true, 3),
    ].map((r) => probeProgressLine(r, plain));
    const col = (line: string, word: RegExp) => line.search(word);
    expect(new Set(lines.map((l) => col(l, /network|model-endpoint|integration/))).size).toBe(1);
    expect(new Set(lines.map((l) => col(l, / ms /))).size).toBe(1);
    expect(lines[1]).toContain(' 812 ms  http-status 529');
  });

  it('a given width wider than the minimum is kept (probe pads to its longest id)', () => {
    const id = 'a-very-long-probe-identifier';
    const lines = [result(id, 'network', true, 1), result('x', 'network', true, 1)].map((r) =>
      probeProgressLine(r, plain, id.length),
    );
    expect(lines[0]!.indexOf('network')).toBe(lines[1]!.indexOf('network'));
  });
});
