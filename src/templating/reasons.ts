// The diagnosis in words: each typed reason and observation rendered by its template in templates/reasons/.
import type { Hypothesis } from '../model/bundle.js';
import { isProbeList, type Observation, type ProbeFact, type Ranked, type Reason } from '../model/reasons.js';

/** What renders a template by name (a ready template set). */
export interface ReasonRenderer {
  render(name: string, ctx: unknown): string;
}

/** A ranked layer with its reasons said: `evidence` for it, `against` it, in the order of its reasons. */
export type SaidRanked = Ranked & Hypothesis;

/** What the diagnosis gives to be said: ranked layers with their reasons, and the observations. */
export interface Unsaid {
  ranked: readonly Ranked[];
  observed: readonly Observation[];
}

/** A diagnosis with every reason and observation said by the template set. */
export type Said<D extends Unsaid> = Omit<D, 'ranked'> & {
  ranked: Array<D['ranked'][number] & Hypothesis>;
  /** One line per observation, in the order of `observed`. */
  summary: string[];
};

const say = (r: ReasonRenderer, name: string, ctx: unknown) => r.render(`reasons/${name}`, ctx).trim();

function sayProbe(r: ReasonRenderer, p: ProbeFact): string {
  return say(r, 'probe', p);
}

/**
 * A reason's template context: its facts, with each list of probes and the provider's name said first by
 * reasons/probe-list.hbs and reasons/provider.hbs (so every reason words them alike).
 */
function reasonView(r: ReasonRenderer, reason: Reason): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(reason))
    view[key] = isProbeList(value)
      ? say(r, 'probe-list', { lines: value.list.map((p) => sayProbe(r, p)), more: value.more })
      : value;
  view['provider'] = say(r, 'provider', { name: reason.provider });
  return view;
}

/** Each reason as its sentence, in order. */
export function renderReasons(r: ReasonRenderer, reasons: readonly Reason[]): string[] {
  return reasons.map((reason) => say(r, reason.kind, reasonView(r, reason)));
}

/** Each observation as its line, in order. */
export function renderObservations(r: ReasonRenderer, observed: readonly Observation[]): string[] {
  return observed.map((o) => say(r, o.kind, o.kind === 'seen-probe' ? { ...o, line: sayProbe(r, o.probe) } : o));
}

/** The diagnosis with its reasons and observations said (the interview, the bundle and the drafts show these). */
export function sayDiagnosis<D extends Unsaid>(r: ReasonRenderer, d: D): Said<D> {
  const ranked = d.ranked.map((h) => ({
    ...h,
    evidence: renderReasons(
      r,
      h.reasons.filter((x) => x.weight >= 0),
    ),
    against: renderReasons(
      r,
      h.reasons.filter((x) => x.weight < 0),
    ),
  }));
  return { ...d, ranked, summary: renderObservations(r, d.observed) };
}

/** The ranked layers as the bundle keeps them: the said reasons, not the typed ones. */
export function hypotheses(ranked: readonly SaidRanked[]): Hypothesis[] {
  return ranked.map(({ reasons: _typed, ...h }) => h);
}
