// One chalk instance whose level follows --no-color, NO_COLOR and the terminal. Without colour (NO_COLOR, CI, a pipe)
// chalk is not loaded at all: a plain stand-in returns the text unchanged, chained styles included (c.red.bold(…)).
import type { ChalkInstance } from 'chalk';

const plainStyle = (...text: unknown[]): string => text.join(' ');
// Any style name gives the stand-in again; `then` and symbols do not, so it is not mistaken for a promise (await).
const PLAIN: ChalkInstance = new Proxy(plainStyle, {
  get: (target, key) =>
    key === 'level' ? 0 : key === 'then' || typeof key === 'symbol' || key in target ? Reflect.get(target, key) : PLAIN,
}) as unknown as ChalkInstance;

export async function makeChalk(enabled: boolean): Promise<ChalkInstance> {
  if (!enabled) return PLAIN;
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}
