// A seeded pseudo-random source for the property tests that compare a fast path with its plain form: the same seed
// gives the same inputs on every run and every machine.

/**
 * `rand(n)`: the next number in [0, n) of the sequence that starts at `seed` (mulberry32: 32-bit integer steps, every
 * bit well mixed). A linear congruential step computed in floating point, as these tests used before, loses its low
 * bits past 2^53: `rand(16)` gave 0 nine times in ten.
 */
export function seeded(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * n);
  };
}

/** `count` pieces drawn from `pieces` by `rand`, joined: a property test's random text. */
export function randomText(rand: (n: number) => number, pieces: readonly string[], count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += pieces[rand(pieces.length)];
  return text;
}
