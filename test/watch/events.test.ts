// watch's pure core: the state after each round and the events between two states, from realistic evidence sequences.
import { describe, expect, it } from 'vitest';
import { EVIDENCE_SCHEMA, type Evidence, type ProbeResult, type ProviderStatus } from '../../src/model/evidence.js';
import { events, shellWord, type WatchEvent } from '../../src/watch/events.js';
import {
  advance,
  DEFAULT_THRESHOLDS,
  type IncidentUpdate,
  type WatchContext,
  type WatchState,
} from '../../src/watch/state.js';

const PROVIDERS = [
  {
    id: 'anthropic',
    name: 'Anthropic',
    models: [
      { id: 'claude-opus-4-7', name: 'Claude Opus 4.7' },
      { id: 'claude-sonnet-4-6', name: 'Claude Sonnet 4.6' },
    ],
  },
];
const T0 = Date.parse('2026-12-06T14:00:00Z');

const canary = (model: string, status: number): ProbeResult => ({
  id: model.includes('opus') ? 'opus' : 'sonnet',
  layer: 'model-endpoint',
  provider: 'anthropic',
  model,
  kind: 'llm-canary',
  ok: status === 200,
  outcome: status === 200 ? 'ok' : 'http-status',
  status,
  ...(status === 529 ? { errorType: 'overloaded_error' } : {}),
  latencyMs: 100,
  detail: String(status),
});
const refused = (id: string): ProbeResult => ({
  id,
  layer: 'model-endpoint',
  provider: 'anthropic',
  ok: false,
  outcome: 'refused',
  latencyMs: 1,
  detail: 'connection refused',
});
const status = (
  incidents: Array<{ id: string; name: string; layer?: string; models?: string[] }>,
  error?: string,
): ProviderStatus => ({
  id: 'anthropic',
  name: 'Anthropic',
  indicator: error ? 'unknown' : incidents.length ? 'minor' : 'none',
  description: '',
  components: [],
  incidents: incidents.map((i) => ({ ...i, status: 'investigating', impact: 'minor' })),
  ...(error ? { error } : {}),
});

type Stage = 'healthy' | 'overloaded' | 'one-model' | 'offline' | 'status-down';
function evidence(stage: Stage): Evidence {
  const e: Evidence = { schema: EVIDENCE_SCHEMA, takenAt: new Date(T0).toISOString(), probes: [], providers: [] };
  if (stage === 'healthy') e.probes = [canary('claude-opus-4-7', 200), canary('claude-sonnet-4-6', 200)];
  if (stage === 'overloaded') {
    e.probes = [canary('claude-opus-4-7', 529), canary('claude-sonnet-4-6', 529)];
    e.providers = [
      status([
        { id: 'i1', name: 'Elevated errors on the Claude API', layer: 'provider-api' },
        { id: 'c1', name: 'Console login issues' },
      ]),
    ];
  } else if (stage === 'one-model') {
    e.probes = [canary('claude-opus-4-7', 529), canary('claude-sonnet-4-6', 200)];
    e.providers = [
      status([
        { id: 'i1', name: 'Elevated errors on Claude Opus 4.7', layer: 'model-endpoint', models: ['claude-opus-4-7'] },
      ]),
    ];
  } else if (stage === 'status-down') {
    e.probes = [canary('claude-opus-4-7', 529), canary('claude-sonnet-4-6', 529)];
    e.providers = [status([], 'HTTP 503')];
  } else if (stage === 'offline') {
    e.probes = [refused('opus'), refused('sonnet')];
    e.providers = [status([], 'connection refused')];
    e.takenOn = { host: 'h', reachedNoServer: true };
  } else e.providers = [status([])];
  return e;
}

const ctx = (over: Partial<WatchContext['thresholds']> = {}): WatchContext => ({
  incident: 'inc-1',
  draftFlags: ['--out', '/tmp/o u t'],
  intervalMs: 30_000,
  thresholds: { ...DEFAULT_THRESHOLDS, recoveredRounds: 2, resolvedAfterMinutes: 3, ...over },
});

/** Run stages one round each (30 s apart) and collect every event after the first round's. */
function play(
  stages: Stage[],
  opts: { incident?: (round: number) => IncidentUpdate | undefined; c?: WatchContext } = {},
) {
  const c = opts.c ?? ctx();
  let s: WatchState | undefined;
  const all: WatchEvent[][] = [];
  stages.forEach((stage, i) => {
    const next = advance(s, c, {
      evidence: evidence(stage),
      at: new Date(T0 + i * 30_000),
      evidenceFile: `/ev/r${i + 1}.json`,
      incident: opts.incident?.(i + 1),
      providers: PROVIDERS,
    });
    all.push(events(s, next));
    s = next;
  });
  return { rounds: all, state: s!, told: all.flat().filter((e) => e.event !== 'round') };
}

describe('watch events', () => {
  it('every round says its layer and failing probes; the first round tells nothing else', () => {
    const { rounds } = play(['overloaded']);
    expect(rounds[0]).toEqual([
      expect.objectContaining({
        event: 'round',
        round: 1,
        layer: 'provider-api',
        failing: ['opus', 'sonnet'],
        reachable: true,
        evidence: '/ev/r1.json',
      }),
    ]);
  });

  it('a new top layer is told only after it held two rounds, with the draft it proposes', () => {
    const { told, rounds } = play(['overloaded', 'one-model', 'overloaded', 'one-model', 'one-model']);
    expect(rounds[1]!.filter((e) => e.event === 'layer-changed')).toEqual([]);
    expect(rounds[3]!.filter((e) => e.event === 'layer-changed')).toEqual([]);
    const changes = told.filter((e) => e.event === 'layer-changed');
    expect(changes).toEqual([
      expect.objectContaining({
        from: 'provider-api',
        to: 'model-endpoint',
        propose: 'identified',
        layer: 'model-endpoint',
        command:
          "layerpost draft --incident inc-1 --phase identified --layer model-endpoint --from /ev/r5.json --out '/tmp/o u t'",
      }),
    ]);
  });

  it('recovery proposes monitoring after N passing rounds and resolved after M minutes; a failure in between starts over', () => {
    const { rounds } = play([
      'overloaded',
      'healthy',
      'overloaded',
      'healthy',
      'healthy',
      'healthy',
      'healthy',
      'healthy',
      'healthy',
      'healthy',
    ]);
    const at = (e: WatchEvent['event']) => rounds.flatMap((r, i) => (r.some((x) => x.event === e) ? [i + 1] : []));
    // Round 2 passes, round 3 fails again: no proposal until rounds 4 and 5 both pass; resolved 3 minutes (6 rounds of
    // 30 s) after round 4.
    expect(at('recovered')).toEqual([5]);
    expect(at('resolved-candidate')).toEqual([10]);
    const recovered = rounds[4]!.find((e) => e.event === 'recovered')!;
    expect(recovered).toMatchObject({ propose: 'monitoring', layer: 'provider-api', rounds: 2 });
    expect(rounds[9]!.find((e) => e.event === 'resolved-candidate')).toMatchObject({
      propose: 'resolved',
      layer: 'provider-api',
      minutes: 3,
    });
  });

  it('healthy from the start proposes nothing without an incident, and monitoring for an incident still at identified', () => {
    expect(play(['healthy', 'healthy', 'healthy']).told).toEqual([]);
    const published: IncidentUpdate = {
      update: 2,
      phase: 'identified',
      layer: 'model-endpoint',
      createdAt: new Date(T0 - 60_000).toISOString(),
    };
    const { told } = play(['healthy', 'healthy', 'healthy'], { incident: () => published });
    expect(told.map((e) => e.event)).toEqual(['recovered']);
    expect(told[0]).toMatchObject({ propose: 'monitoring', layer: 'model-endpoint' });
    // At monitoring already, only resolved is left to propose.
    const monitoring = { ...published, phase: 'monitoring' };
    expect(play(Array(8).fill('healthy') as Stage[], { incident: () => monitoring }).told.map((e) => e.event)).toEqual([
      'resolved-candidate',
    ]);
  });

  it('a provider opening or closing an incident that bears on the layer is told; one about its console is not', () => {
    const { rounds } = play(['healthy', 'overloaded', 'one-model', 'healthy']);
    const providerEvents = rounds.map((r) =>
      r
        .filter((e) => e.event === 'provider-incident')
        .map((e) => e.event === 'provider-incident' && `${e.change} ${e.name}`),
    );
    expect(providerEvents).toEqual([
      [],
      ['opened Elevated errors on the Claude API'],
      [],
      ['closed Elevated errors on Claude Opus 4.7'],
    ]);
    // Opened while failing: an update in the failing phase; closed with every probe passing: monitoring, the layer
    // kept.
    expect(rounds[1]!.find((e) => e.event === 'provider-incident')).toMatchObject({
      propose: 'investigating',
      layer: 'provider-api',
    });
    // No layer held two rounds here: the layer is what failed last.
    expect(rounds[3]!.find((e) => e.event === 'provider-incident')).toMatchObject({
      propose: 'monitoring',
      layer: 'model-endpoint',
    });
    const identified: IncidentUpdate = {
      update: 1,
      phase: 'identified',
      layer: 'model-endpoint',
      createdAt: new Date(T0).toISOString(),
    };
    const closed = play(['one-model', 'healthy'], { incident: () => identified }).told.find(
      (e) => e.event === 'provider-incident',
    );
    expect(closed).toMatchObject({ change: 'closed', propose: 'monitoring', layer: 'model-endpoint' });
  });

  it('a status source that fails this round does not close its incident', () => {
    const { told } = play(['overloaded', 'status-down', 'overloaded']);
    expect(told.filter((e) => e.event === 'provider-incident')).toEqual([]);
  });

  it('a network drop is "unreachable" and changes nothing else: no provider incident closed, no recovery, no layer change', () => {
    const { rounds, state } = play(['overloaded', 'offline', 'offline', 'offline', 'overloaded']);
    expect(rounds.map((r) => r.filter((e) => e.event !== 'round').map((e) => e.event))).toEqual([
      [],
      ['unreachable'],
      [],
      [],
      ['reachable'],
    ]);
    expect(rounds[2]![0]).toMatchObject({ event: 'round', reachable: false, evidence: '/ev/r1.json' });
    expect(rounds[1]!.find((e) => e.event === 'unreachable')).toMatchObject({
      since: new Date(T0 + 30_000).toISOString(),
      sources: ['opus', 'sonnet', 'anthropic'],
    });
    expect(state.layer).toBe('provider-api');
    expect(rounds[4]!.find((e) => e.event === 'reachable')).toMatchObject({ afterSeconds: 90 });
  });

  it('the promised next update is told when due soon, again when overdue, and not again until a new update promises another', () => {
    const due = new Date(T0 + 3 * 60_000).toISOString();
    const first: IncidentUpdate = {
      update: 1,
      phase: 'investigating',
      layer: 'provider-api',
      createdAt: new Date(T0 - 27 * 60_000).toISOString(),
      nextUpdateAt: due,
    };
    const second: IncidentUpdate = {
      update: 2,
      phase: 'identified',
      layer: 'provider-api',
      createdAt: new Date(T0 + 4 * 60_000).toISOString(),
      nextUpdateAt: new Date(T0 + 34 * 60_000).toISOString(),
    };
    const { rounds } = play(Array(12).fill('overloaded') as Stage[], { incident: (r) => (r <= 8 ? first : second) });
    const dues = rounds.flatMap((r, i) =>
      r.filter((e) => e.event === 'update-due').map((e) => [i + 1, e.event === 'update-due' && e.overdue]),
    );
    // Due soon at 2 minutes before (round 3: T0+60 s), overdue once past it (round 8: T0+210 s); the second update is
    // far off.
    expect(dues).toEqual([
      [3, false],
      [8, true],
    ]);
    expect(rounds[2]!.find((e) => e.event === 'update-due')).toMatchObject({
      incident: 'inc-1',
      update: 1,
      due,
      propose: 'investigating',
      layer: 'provider-api',
    });
  });

  it('an incident already overdue when the watch starts is told at the first round', () => {
    const late: IncidentUpdate = {
      update: 3,
      phase: 'identified',
      layer: 'network',
      createdAt: new Date(T0 - 40 * 60_000).toISOString(),
      nextUpdateAt: new Date(T0 - 10 * 60_000).toISOString(),
    };
    expect(play(['overloaded'], { incident: () => late }).told).toEqual([
      expect.objectContaining({ event: 'update-due', overdue: true, layer: 'network', propose: 'identified' }),
    ]);
  });

  it('probes failing again after the last update said monitoring is told once, proposing the failing phase again', () => {
    const monitoring: IncidentUpdate = {
      update: 3,
      phase: 'monitoring',
      layer: 'provider-api',
      createdAt: new Date(T0 - 60_000).toISOString(),
    };
    const { rounds } = play(['healthy', 'overloaded', 'overloaded', 'healthy', 'overloaded'], {
      incident: () => monitoring,
    });
    const relapses = rounds.map((r) => r.filter((e) => e.event === 'relapse'));
    expect(relapses.map((r) => r.length)).toEqual([0, 1, 0, 0, 1]);
    expect(relapses[1]![0]).toMatchObject({
      phase: 'monitoring',
      failing: ['opus', 'sonnet'],
      propose: 'identified',
      layer: 'provider-api',
    });
    // Still at identified, failing is the story already told: no relapse.
    expect(
      play(['healthy', 'overloaded'], { incident: () => ({ ...monitoring, phase: 'identified' }) }).told.filter(
        (e) => e.event === 'relapse',
      ),
    ).toEqual([]);
  });

  it('a layer that comes back to the published one says no correction is needed', () => {
    const published: IncidentUpdate = {
      update: 1,
      phase: 'identified',
      layer: 'provider-api',
      createdAt: new Date(T0 - 60_000).toISOString(),
    };
    const { told } = play(['one-model', 'one-model', 'overloaded', 'overloaded'], { incident: () => published });
    expect(
      told
        .filter((e) => e.event === 'layer-changed')
        .map((e) => e.event === 'layer-changed' && [e.from, e.to, e.published]),
    ).toEqual([
      ['provider-api', 'model-endpoint', 'provider-api'],
      ['model-endpoint', 'provider-api', 'provider-api'],
    ]);
  });

  it('commands quote what a shell would split', () => {
    expect(shellWord("/tmp/a b/it's.json")).toBe(`'/tmp/a b/it'\\''s.json'`);
    expect(shellWord('/tmp/plain-path_1.json')).toBe('/tmp/plain-path_1.json');
    expect(shellWord('$(rm -rf /)')).toBe(`'$(rm -rf /)'`);
  });
});
