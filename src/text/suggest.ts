// Did-you-mean: the closest known name to a mistyped one, and the one wording of "unknown NAME" for every id a user
// types (flags, arguments, config fields, template names).

/** The closest name by edit distance, when close enough to be a typo. */
export function suggest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(name.toLowerCase(), c.toLowerCase());
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/**
 * `unknown layer "provder-api"; did you mean "provider-api"?`, or, with no close name, `unknown layer "x" (known: …)`;
 * several names are listed each with its suggestion (`unknown channels "blusky" (did you mean "bluesky"?), "zz" (known: …)`).
 */
export function unknownNames(
  noun: string,
  names: readonly string[],
  known: readonly string[],
  plural = `${noun}s`,
): string {
  const hints = names.map((n) => suggest(n, known));
  if (names.length === 1 && hints[0]) return `unknown ${noun} "${names[0]}"; did you mean "${hints[0]}"?`;
  const list = names
    .map((n, i) => `"${n}"${names.length > 1 && hints[i] ? ` (did you mean "${hints[i]}"?)` : ''}`)
    .join(', ');
  const head = `unknown ${names.length > 1 ? plural : noun} ${list}`;
  return hints.every(Boolean) ? head : `${head} (known: ${known.join(', ') || 'none'})`;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
