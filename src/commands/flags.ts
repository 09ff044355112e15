// commander's parsed flags read into a command's typed options: each reader takes the flag's camel-cased name and
// answers only for a value of its kind, so a flag not given (or of another kind) is undefined, never a guess.
import { ANSWER_FIELDS, flagAttr, type AnswerFlagOptions } from '../answers/table.js';

export interface Flags {
  text(name: string): string | undefined;
  number(name: string): number | undefined;
  list(name: string): string[] | undefined;
  /** A switch: true when given. */
  on(name: string): true | undefined;
  /** A --no-NAME switch: false when given (commander's default for it is true). */
  off(name: string): false | undefined;
}

export function readFlags(opts: Record<string, unknown>): Flags {
  return {
    text: (k) => (typeof opts[k] === 'string' ? (opts[k] as string) : undefined),
    number: (k) => (typeof opts[k] === 'number' ? (opts[k] as number) : undefined),
    list: (k) => (Array.isArray(opts[k]) ? (opts[k] as string[]) : undefined),
    on: (k) => (opts[k] === true ? true : undefined),
    off: (k) => (opts[k] === false ? false : undefined),
  };
}

/** The answer table's flags (src/answers/table.ts) as commander parsed them, each read as its value spec says. */
export function answerFlags(opts: Record<string, unknown>): AnswerFlagOptions {
  const f = readFlags(opts);
  const out: Record<string, unknown> = {};
  for (const field of ANSWER_FIELDS) {
    const name = flagAttr(field);
    const kind = field.value.kind;
    out[name] = kind === 'int' ? f.number(name) : kind === 'list' ? f.list(name) : f.text(name);
  }
  return out as AnswerFlagOptions;
}
