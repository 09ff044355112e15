// A seeded pseudo-random source for the property tests that compare a fast path with its plain form: the same seed
// gives the same inputs on every run and every machine.

/** `rand(n)`: the next number in [0, n) of the sequence that starts at `seed` (a linear congruential generator). */
export function seeded(seed: number): (n: number) => number {
  return (n) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
}
