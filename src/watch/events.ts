// What changed between two rounds that the operator must hear about, each with the `draft` it proposes. Pure.
import { isActivePhase, wasFailing, type Proposal, type WatchState } from './state.js';

interface Base {
  at: string;
}
export type WatchEvent = Base &
  (
    | {
        event: 'round';
        round: number;
        layer: string;
        confidence: number;
        failing: string[];
        reachable: boolean;
        evidence?: string;
      }
    | ({ event: 'layer-changed'; from: string; to: string; rounds: number; published?: string } & Proposing)
    | ({ event: 'relapse'; phase: string; failing: string[] } & Proposing)
    | ({ event: 'recovered'; rounds: number } & Proposing)
    | ({ event: 'resolved-candidate'; minutes: number } & Proposing)
    | ({ event: 'update-due'; incident: string; update: number; due: string; overdue: boolean } & Proposing)
    | ({
        event: 'provider-incident';
        provider: string;
        change: 'opened' | 'closed';
        name: string;
        layer?: string;
      } & Proposing)
    | { event: 'unreachable'; since: string; sources: string[] }
    | { event: 'reachable'; afterSeconds: number }
  );
interface Proposing {
  propose: string;
  layer: string;
  /** The evidence file the proposed draft reads (its --from). */
  evidence?: string;
  command: string;
}
export type EventName = WatchEvent['event'];

/** Quote an argument for a POSIX shell only when it needs it. */
export function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`;
}

/** The `draft` an event proposes: this incident, the phase and layer, and the evidence just saved. */
export function proposal(s: WatchState, phase: string, layer: string): Proposal {
  const args = [
    'draft',
    '--incident',
    s.ctx.incident,
    '--phase',
    phase,
    '--layer',
    layer,
    ...(s.evidenceFile ? ['--from', s.evidenceFile] : []),
    ...s.ctx.draftFlags,
  ];
  return {
    phase,
    layer,
    ...(s.evidenceFile ? { from: s.evidenceFile } : {}),
    command: `layerpost ${args.map(shellWord).join(' ')}`,
  };
}

function proposing(s: WatchState, phase: string, layer: string): Proposing {
  const p = proposal(s, phase, layer);
  return { propose: p.phase, layer: p.layer, ...(p.from ? { evidence: p.from } : {}), command: p.command };
}

/** The layer a follow-up keeps: the published one, else the one the watch holds, else what last failed. */
const keptLayer = (s: WatchState) =>
  s.incident?.layer ?? (s.layer !== 'unknown' ? s.layer : (s.lastFailingTop ?? s.layer));
/** The phase an update about a still-failing incident takes. */
const failingPhase = (s: WatchState) => (isActivePhase(s.incident?.phase) ? s.incident!.phase : 'investigating');

const healthyMs = (s: WatchState | undefined) => (s?.healthy ? Date.parse(s.at) - Date.parse(s.healthy.since) : -1);

/** Events from the previous state (none before the first round) to the next, in the order they are told. */
export function events(prev: WatchState | undefined, next: WatchState): WatchEvent[] {
  const at = next.at;
  const t = next.ctx.thresholds;
  const top = next.ranking[0];
  const out: WatchEvent[] = [
    {
      event: 'round',
      at,
      round: next.round,
      layer: top?.layer ?? next.layer,
      confidence: top?.confidence ?? 0,
      failing: next.failing,
      reachable: next.reachable,
      ...(next.evidenceFile ? { evidence: next.evidenceFile } : {}),
    },
  ];

  if (!next.reachable) {
    if (!prev || prev.reachable)
      out.push({
        event: 'unreachable',
        at,
        since: next.unreachableSince ?? at,
        sources: next.unreachableSources ?? [],
      });
    // Nothing else is known this round: the rest waits for a server to answer.
    return withDue(prev, next, out);
  }
  if (prev && !prev.reachable)
    out.push({
      event: 'reachable',
      at,
      afterSeconds: Math.round((Date.parse(at) - Date.parse(prev.unreachableSince ?? at)) / 1000),
    });

  if (prev && prev.layer !== next.layer) {
    // A layer named with held confidence is identified; back to "unknown" is investigating again.
    const phase = next.layer === 'unknown' ? 'investigating' : 'identified';
    const published = next.incident?.layer;
    out.push({
      event: 'layer-changed',
      at,
      from: prev.layer,
      to: next.layer,
      rounds: t.layerHoldRounds,
      ...(published ? { published } : {}),
      ...proposing(next, phase, next.layer),
    });
  }

  // The public story says it is fixed (monitoring, resolved) and probes fail again: told once per update and failure.
  const said = next.incident;
  if (
    said &&
    !isActivePhase(said.phase) &&
    next.failing.length &&
    !(prev?.failing.length && prev.incident?.update === said.update)
  ) {
    const layer = next.layer !== 'unknown' ? next.layer : said.layer;
    out.push({
      event: 'relapse',
      at,
      phase: said.phase,
      failing: next.failing,
      ...proposing(next, layer === 'unknown' ? 'investigating' : 'identified', layer),
    });
  }

  if (prev) {
    for (const p of next.providers) {
      const before = prev.providers.find((b) => b.id === p.id);
      if (!before || (before.error && !before.stale) || p.stale) continue;
      for (const inc of p.incidents)
        if (inc.bears && !before.incidents.some((b) => b.key === inc.key))
          out.push({
            event: 'provider-incident',
            at,
            provider: p.id,
            change: 'opened',
            name: inc.name,
            ...(inc.layer ? { layer: inc.layer } : {}),
            ...proposing(next, failingPhase(next), next.layer !== 'unknown' ? next.layer : (inc.layer ?? next.layer)),
          });
      for (const inc of before.incidents)
        if (inc.bears && !p.incidents.some((b) => b.key === inc.key))
          out.push({
            event: 'provider-incident',
            at,
            provider: p.id,
            change: 'closed',
            name: inc.name,
            ...(inc.layer ? { layer: inc.layer } : {}),
            ...proposing(next, next.failing.length ? failingPhase(next) : 'monitoring', keptLayer(next)),
          });
    }
  }

  const phase = next.incident?.phase;
  if (next.healthy && wasFailing(next) && phase !== 'resolved') {
    const rounds = next.healthy.rounds;
    const crossedRounds = (prev?.healthy?.rounds ?? 0) < t.recoveredRounds && rounds >= t.recoveredRounds;
    if (crossedRounds && phase !== 'monitoring')
      out.push({ event: 'recovered', at, rounds, ...proposing(next, 'monitoring', keptLayer(next)) });
    const limit = t.resolvedAfterMinutes * 60_000;
    const was = prev?.healthy && prev.healthy.rounds >= t.recoveredRounds ? healthyMs(prev) : -1;
    if (rounds >= t.recoveredRounds && was < limit && healthyMs(next) >= limit)
      out.push({
        event: 'resolved-candidate',
        at,
        minutes: Math.round(healthyMs(next) / 600) / 100,
        ...proposing(next, 'resolved', keptLayer(next)),
      });
  }
  return withDue(prev, next, out);
}

/**
 * The promised next update: said once when it is due soon and once when it is overdue (and on the first round either
 * way).
 */
function withDue(prev: WatchState | undefined, next: WatchState, out: WatchEvent[]): WatchEvent[] {
  const inc = next.incident;
  if (!inc?.nextUpdateAt || next.due === 'none') return out;
  const sameUpdate = prev?.incident?.update === inc.update;
  if (sameUpdate && prev?.due === next.due) return out;
  out.push({
    event: 'update-due',
    at: next.at,
    incident: next.ctx.incident,
    update: inc.update,
    due: inc.nextUpdateAt,
    overdue: next.due === 'overdue',
    ...proposing(next, inc.phase, inc.layer),
  });
  return out;
}

/** Events that raise a prompt (every one but the round itself and reconnecting news). */
export function isPrompt(e: WatchEvent): boolean {
  return e.event !== 'round';
}
