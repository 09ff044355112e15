// The operator's message when the chosen layer contradicts the evidence (src/diagnosis/override.ts finds it).
import type { Conflict } from '../diagnosis/override.js';

const pct = (n: number) => `${Math.round(n * 100)}%`;

/** One clause: what the contradiction is. */
export function conflictSummary(c: Conflict): string {
  const why = c.why;
  if (why.kind === 'quality-while-failing')
    return "the model's requests fail with errors, so the answers' quality is not what users see failing";
  if (why.kind === 'fault-ours') return `the evidence puts the fault on our side (${why.top}), not with the provider`;
  return (
    `the evidence speaks against ${c.chosen} and ranks ${why.top} well above it ` +
    `(${pct(why.topConfidence)} against ${pct(why.chosenConfidence)})`
  );
}
