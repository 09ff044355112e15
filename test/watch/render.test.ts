// watch's screen and event lines: what the operator reads, cut to the terminal, coloured only when asked.
import { describe, expect, it } from 'vitest';
import { EVIDENCE_SCHEMA, type Evidence } from '../../src/model/evidence.js';
import { events } from '../../src/watch/events.js';
import { duration, eventLine, fit, render, withPrompts, type Palette } from '../../src/watch/render.js';
import {
  advance,
  DEFAULT_THRESHOLDS,
  type IncidentUpdate,
  type WatchContext,
  type WatchState,
} from '../../src/watch/state.js';

const plain: Palette = { red: (s) => s, green: (s) => s, yellow: (s) => s, dim: (s) => s, bold: (s) => s };
const tagged: Palette = {
  red: (s) => `<r>${s}</r>`,
  green: (s) => `<g>${s}</g>`,
  yellow: (s) => `<y>${s}</y>`,
  dim: (s) => s,
  bold: (s) => s,
};
const T0 = Date.parse('2026-12-06T14:00:00Z');
const ctx: WatchContext = { incident: 'inc-9', draftFlags: [], intervalMs: 30_000, thresholds: DEFAULT_THRESHOLDS };

const failing: Evidence = {
  schema: EVIDENCE_SCHEMA,
  takenAt: new Date(T0).toISOString(),
  probes: [
    {
      id: 'opus',
      layer: 'model-endpoint',
      provider: 'anthropic',
      model: 'claude-opus-4-7',
      ok: false,
      outcome: 'http-status',
      status: 529,
      latencyMs: 90,
      detail: '529',
    },
    {
      id: 'sonnet',
      layer: 'model-endpoint',
      provider: 'anthropic',
      model: 'claude-sonnet-4-6',
      ok: true,
      outcome: 'ok',
      status: 200,
      latencyMs: 80,
      detail: 'ok',
    },
  ],
  providers: [
    {
      id: 'anthropic',
      name: 'Anthropic',
      indicator: 'minor',
      description: 'Minor',
      components: [],
      incidents: [
        {
          id: 'i',
          name: 'Elevated errors on Claude Opus 4.7',
          status: 'investigating',
          impact: 'minor',
          layer: 'model-endpoint',
        },
      ],
    },
  ],
};
const offline: Evidence = {
  ...failing,
  probes: failing.probes.map((p) => ({ ...p, ok: false, outcome: 'refused' as const })),
  takenOn: { host: 'h', reachedNoServer: true },
};

function stateAt(seconds: number, incident?: IncidentUpdate, ev = failing, prev?: WatchState): WatchState {
  const next = advance(prev, ctx, {
    evidence: ev,
    at: new Date(T0 + seconds * 1000),
    evidenceFile: `/tmp/incident-drafts/inc-9/watch/r${seconds}.json`,
    incident,
  });
  return withPrompts(next, events(prev, next));
}

describe('watch render', () => {
  const published: IncidentUpdate = {
    update: 2,
    phase: 'identified',
    layer: 'model-endpoint',
    createdAt: '2026-12-06T13:40:00.000Z',
    nextUpdateAt: '2026-12-06T14:10:00.000Z',
  };

  it('shows each probe with how long it has been so, the providers, the ranking, and the countdown to the promised update', () => {
    const first = stateAt(0, published);
    const s = stateAt(95, published, failing, first);
    const text = render(s, { width: 200, c: plain, keys: true }).join('\n');
    expect(text).toContain('incident inc-9 · round 2 · every 30s · 14:01:35 UTC');
    expect(text).toContain(
      'Last update: #2 identified · model-endpoint · 13:40:00 UTC · next update in 8m 25s (14:10:00 UTC)',
    );
    expect(text).toMatch(/✗ opus\s+model-endpoint\s+http-status 529\s+failing for 1m 35s  529$/m);
    expect(text).toMatch(/✓ sonnet\s+model-endpoint\s+ok\s+passing for 1m 35s/);
    expect(text).toContain('Anthropic: minor — "Elevated errors on Claude Opus 4.7" (investigating, model-endpoint)');
    expect(text).toMatch(/Diagnosis: model-endpoint \d+%/);
    expect(text).toContain('[q] quit');
  });

  it('an overdue update is red, and its prompt names the draft to run with the key', () => {
    const s = stateAt(15 * 60, published);
    const coloured = render(s, { width: 300, c: tagged, keys: true }).join('\n');
    expect(coloured).toContain('<r>next update OVERDUE by 5m 00s (promised 14:10:00 UTC)</r>');
    expect(coloured).toContain('<r>The next update of inc-9 is overdue (promised for 14:10:00 UTC).</r>');
    // The command wraps onto more lines rather than being cut.
    const lines = render(s, { width: 100, c: plain, keys: true });
    const command = lines
      .slice(lines.findIndex((l) => l.includes('[d] runs')))
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(command).toContain(
      '[d] runs layerpost draft --incident inc-9 --phase identified --layer model-endpoint --from /tmp/incident-drafts/inc-9/watch/r900.json',
    );
    expect(lines.at(-1)).toContain('[d] draft the last proposal');
  });

  it('without keys the prompt says the command to run; no colour codes with the plain palette', () => {
    const text = render(stateAt(15 * 60, published), { width: 300, c: plain, keys: false }).join('\n');
    expect(text).toContain('Run: layerpost draft --incident inc-9');
    expect(text).not.toContain('[d]');
    expect(text).not.toMatch(/\x1b/);
  });

  it('every line fits the terminal width, however long the names', () => {
    const long = { ...failing, probes: failing.probes.map((p) => ({ ...p, id: `${p.id}-${'x'.repeat(120)}` })) };
    for (const width of [40, 80])
      for (const l of render(stateAt(0, published, long), { width, c: plain, keys: true }))
        expect([...l].length).toBeLessThanOrEqual(width);
  });

  it('a network drop shows as reconnecting, with the last evidence kept, not as a provider failure', () => {
    const first = stateAt(0, published);
    const s = stateAt(30, published, offline, first);
    const text = render(s, { width: 200, c: plain, keys: false }).join('\n');
    expect(text).toContain('reconnecting… (no server answered since 14:00:30 UTC; not a provider failure)');
    expect(text).toContain('Reconnecting: no request reached any server');
    expect(text).toMatch(/✓ sonnet/);
    // Back online: the reconnecting prompt goes.
    const back = stateAt(60, published, failing, s);
    expect(render(back, { width: 200, c: plain, keys: false }).join('\n')).not.toContain('Reconnecting');
  });

  it('each event is one line with its time and the command it proposes', () => {
    const s = stateAt(15 * 60, published);
    const es = events(undefined, s);
    expect(es.map(eventLine)).toEqual(
      [
        '14:15:00 UTC round: round 1: model-endpoint 66%, failing: opus',
        '14:15:00 UTC update-due: The next update of inc-9 is overdue (promised for 14:10:00 UTC). Run: layerpost draft --incident inc-9 --phase identified --layer model-endpoint --from /tmp/incident-drafts/inc-9/watch/r900.json',
      ].map((l, i) =>
        i === 0 ? expect.stringMatching(/^14:15:00 UTC round: round 1: model-endpoint \d+%, failing: opus$/) : l,
      ),
    );
  });

  it('says whether a layer change is a correction of what was published', () => {
    const base = {
      event: 'layer-changed',
      at: '2026-12-06T14:00:00.000Z',
      rounds: 2,
      propose: 'identified',
      command: 'layerpost draft …',
    } as const;
    expect(
      eventLine({
        ...base,
        from: 'provider-api',
        to: 'model-endpoint',
        layer: 'model-endpoint',
        published: 'provider-api',
      }),
    ).toContain('The top layer changed from provider-api to model-endpoint and held 2 rounds: a correction is likely.');
    expect(
      eventLine({
        ...base,
        from: 'model-endpoint',
        to: 'provider-api',
        layer: 'provider-api',
        published: 'provider-api',
      }),
    ).toContain('the layer the last update published: no correction is needed.');
    expect(eventLine({ ...base, from: 'unknown', to: 'network', layer: 'network' })).toContain(
      'The evidence now points to network (held 2 rounds): the cause can be named.',
    );
    expect(
      eventLine({
        event: 'relapse',
        at: base.at,
        phase: 'monitoring',
        failing: ['opus'],
        propose: 'identified',
        layer: 'provider-api',
        command: 'x',
      }),
    ).toContain('The last update said monitoring, but opus fails again.');
  });

  it('fit cuts by characters, not bytes, and duration reads naturally', () => {
    expect(fit('ééééé', 3)).toBe('éé…');
    expect(fit('\x1b[31mred\x1b[39m', 5)).toBe('\x1b[31mred\x1b[39m');
    expect([duration(4_000), duration(95_000), duration(3_725_000)]).toEqual(['4s', '1m 35s', '1h 02m']);
  });
});
