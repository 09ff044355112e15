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
/**
 * What users do, in the clause that says when the fault hit ("… when they send a message"): the verbs such a clause
 * takes, with their past. A clause whose verb is not here leaves the sentence without a safe past, so the operator
 * states it: "Users saw errors when they send a message" mixes two times.
 */
const CLAUSE_VERBS: Readonly<Record<string, string>> = {
  send: 'sent',
  use: 'used',
  open: 'opened',
  try: 'tried',
  load: 'loaded',
  ask: 'asked',
  upload: 'uploaded',
  download: 'downloaded',
  log: 'logged',
  sign: 'signed',
  call: 'called',
  type: 'typed',
  run: 'ran',
  save: 'saved',
  search: 'searched',
  write: 'wrote',
  post: 'posted',
  start: 'started',
  click: 'clicked',
  submit: 'submitted',
  generate: 'generated',
  make: 'made',
  create: 'created',
  chat: 'chatted',
  reply: 'replied',
  request: 'requested',
  access: 'accessed',
  edit: 'edited',
  share: 'shared',
  view: 'viewed',
  visit: 'visited',
  export: 'exported',
  import: 'imported',
  connect: 'connected',
  pay: 'paid',
  buy: 'bought',
  book: 'booked',
  go: 'went',
  come: 'came',
  refresh: 'refreshed',
  reload: 'reloaded',
  retry: 'retried',
  attach: 'attached',
  record: 'recorded',
  talk: 'talked',
  speak: 'spoke',
  read: 'read',
  translate: 'translated',
  summarize: 'summarized',
  summarise: 'summarised',
};
/** The base of a verb as a clause writes it after its subject: "sends", "tries", "pushes" → send, try, push. */
function clauseVerb(word: string): string | undefined {
  const w = word.toLowerCase();
  const candidates = [w, w.replace(/ies$/, 'y'), w.replace(/es$/, ''), w.replace(/s$/, '')];
  return candidates.find((c) => CLAUSE_VERBS[c] !== undefined);
}
/** A clause saying when the fault hit: a conjunction, its subject and the word after it (the clause's verb). */
const CLAUSE =
  /\b(when|whenever|while|if|as soon as|each time|every time|after|before|once)\s+(they|you|he|she|it|users|customers|people|(?:a|the|any) (?:user|customer|person)|someone|anyone)\s+([A-Za-z]+)/gi;
/** Past forms the rules above write, and auxiliaries already in the past: a clause that starts with one is done. */
const ALREADY_PAST = /^(?:was|were|had|did|could|would|got|saw|failed|timed|wasn|weren|didn)$/i;

/** `past` capitalized as `word` is (a sentence's first word stays capitalized). */
function inCaseOf(word: string, past: string): string {
  const first = word[0]!;
  return first === first.toUpperCase() && first !== first.toLowerCase() ? past[0]!.toUpperCase() + past.slice(1) : past;
}

/** Moves the verb of each "when they …" clause to the past, or says there is none it can move (undefined). */
function pastClauses(sentence: string): string | undefined {
  let unsafe = false;
  const out = sentence.replace(CLAUSE, (m, conj: string, subject: string, verb: string) => {
    if (ALREADY_PAST.test(verb)) return m;
    const base = clauseVerb(verb);
    if (base === undefined) {
      unsafe = true;
      return m;
    }
    const past = CLAUSE_VERBS[base]!;
    return `${conj} ${subject} ${inCaseOf(verb, past)}`;
  });
  return unsafe ? undefined : out;
}

/** Words that make a mechanical past unsafe: a future, a modal, or a claim about now that the past would misdate. */
const UNSAFE =
  /\b(?:will|won['’]t|would|should|may|might|must|shall|still|now|currently|presently|yet|today|again|we|we['’]re|we['’]ve|I|am)\b|\?/i;

/**
 * `sentence` in the past tense, or undefined where no rule can say it safely ("Uploads stall" has no verb the rules
 * know).
 */
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
        return inCaseOf(m, past);
      });
    if (!moved) return undefined;
    const clauses = pastClauses(changed);
    if (clauses === undefined) return undefined;
    out.push(clauses);
  }
  return out.join(' ');
}

// How wide an impact reads, from its words: everyone (3) › an unqualified group (2) › some (1).
const ALL =
  /\b(?:all|any|every|everyone|everybody|nobody|no one|no (?:user|users|customer|customers|requests?)|entire(?:ly)?|complete(?:ly)?|total(?:ly)?|whole|fully|down|outage)\b/i;
const SOME =
  /\b(?:some|a few|few|several|a small|part of|certain|a minority|intermittent(?:ly)?|occasional(?:ly)?|sporadic(?:ally)?|partial(?:ly)?|slow(?:er)?)\b/i;

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
