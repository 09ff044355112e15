// One chalk instance whose level follows --no-color, NO_COLOR and the terminal.
import { Chalk, type ChalkInstance } from 'chalk';

export function makeChalk(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}
