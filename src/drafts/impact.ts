// The operator's impact sentences across an incident: which one was the widest, and that one put in the past (pure).
// Only English the rules know is moved to the past; anything else is left to the operator (`--impact` at resolved).

/** Auxiliaries and a few common verbs whose past form is certain, whatever the sentence says around them. */
const PAST: ReadonlyArray<[RegExp, string]> = [
  [/\bis not\b/gi, 'was not'],
  [/\bare not\b/gi, 'were not'],
  [/\bisn['’]t\b/gi, "wasn't"],
  [/\baren['’]t\b/gi, "weren't"],
  [/\bis\b/gi, 'was'],
  [/\bare\b/gi, 'were'],
  [/\b(?:cannot|can not|can['’]t)\b/gi, 'could not'],
  [/\b(?:has|have) been\b/gi, 'had been'],
  [/\b(?:does|do) not\b/gi, 'did not'],
  [/\b(?:doesn['’]t|don['’]t)\b/gi, "didn't"],
  [/\bfails\b/gi, 'failed'],
  [/\bsees\b/gi, 'saw'],
  [/\bgets\b/gi, 'got'],
  [/\btimes out\b/gi, 'timed out'],
  // The same verbs after a plural subject ("Answers fail", "Users see errors"), unless an auxiliary, "not" or "to"
  // already carries the tense ("could not fail" must not become "could not failed").
  [/(?<!\b(?:not|to|could|did|didn['’]t|n['’]t|will|would|can|may|might|must|should)\s)\bfail\b/gi, 'failed'],
  [/(?<!\b(?:not|to|could|did|didn['’]t|n['’]t|will|would|can|may|might|must|should)\s)\bsee\b/gi, 'saw'],
  [/(?<!\b(?:not|to|could|did|didn['’]t|n['’]t|will|would|can|may|might|must|should)\s)\bget\b/gi, 'got'],
  [/(?<!\b(?:not|to|could|did|didn['’]t|n['’]t|will|would|can|may|might|must|should)\s)\btime out\b/gi, 'timed out'],
];
/** Words that make a mechanical past unsafe: a future, a modal, or a claim about now that the past would misdate. */
const UNSAFE = /\b(?:will|won['’]t|would|should|may|might|must|shall|still|now|currently|presently|yet|today|again|we|we['’]re|we['’]ve|I|am)\b|\?/i;

/** `sentence` in the past tense, or undefined where no rule can say it safely ("Uploads stall" has no verb the rules know). */
export function pastTense(sentence: string): string | undefined {
  const text = sentence.trim();
  if (!text || UNSAFE.test(text)) return undefined;
  // Each sentence of the text needs a verb the rules move; one that keeps its present tense would contradict the rest.
  const parts = text.split(/(?<=[.!…])\s+/);
  const out: string[] = [];
  for (const part of parts) {
    let changed = part;
    let moved = 0;
    for (const [re, past] of PAST)
      changed = changed.replace(re, (m) => {
        moved++;
        return m[0] === m[0]!.toUpperCase() && m[0] !== m[0]!.toLowerCase() ? past[0]!.toUpperCase() + past.slice(1) : past;
      });
    if (!moved) return undefined;
    out.push(changed);
  }
  return out.join(' ');
}

// How wide an impact reads, from its words: everyone (3) › an unqualified group (2) › some (1).
const ALL = /\b(?:all|any|every|everyone|everybody|nobody|no one|no (?:user|users|customer|customers|requests?)|entire(?:ly)?|complete(?:ly)?|total(?:ly)?|whole|fully|down|outage)\b/i;
const SOME = /\b(?:some|a few|few|several|a small|part of|certain|a minority|intermittent(?:ly)?|occasional(?:ly)?|sporadic(?:ally)?|partial(?:ly)?|slow(?:er)?)\b/i;

export function impactScope(sentence: string): number {
  return ALL.test(sentence) ? 3 : SOME.test(sentence) ? 1 : 2;
}

/** The widest of the impacts stated while the fault was happening; among equals the latest, which knew the most. */
export function widestImpact(stated: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const s of stated) if (s.trim() && (best === undefined || impactScope(s) >= impactScope(best))) best = s;
  return best;
}

/** The widest stated impact in the past tense, or undefined when none was stated or the rules cannot say it safely. */
export function pastImpact(stated: readonly string[]): string | undefined {
  const widest = widestImpact(stated);
  return widest === undefined ? undefined : pastTense(widest);
}
