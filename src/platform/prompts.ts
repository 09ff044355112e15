// The prompt seam: an Asker interface, and the real one on @inquirer/prompts (loaded only when a terminal asks).
import { UsageError } from './errors.js';

export interface Choice<T extends string = string> {
  value: T;
  name: string;
  description?: string;
  checked?: boolean;
}

export interface Asker {
  select<T extends string>(q: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  checkbox(q: { message: string; choices: Choice[] }): Promise<string[]>;
  input(q: { message: string; default?: string; validate?: (v: string) => true | string }): Promise<string>;
  editor(q: { message: string; default: string }): Promise<string>;
  confirm(q: { message: string; default: boolean }): Promise<boolean>;
  /** Show text to the operator (stderr). */
  show(text: string): void;
}

/** The real prompts, writing to stderr so stdout stays clean for --json and drafts. */
export async function inquirerAsker(interactive: boolean): Promise<Asker> {
  if (!interactive)
    throw new UsageError('cannot prompt: stdin or stderr is not a terminal, or --no-input or CI is set');
  const p = await import('@inquirer/prompts');
  const context = { output: process.stderr, clearPromptOnDone: false };
  return {
    select: (q) => p.select({ message: q.message, choices: q.choices, default: q.default, pageSize: 10 }, context),
    checkbox: (q) => p.checkbox({ message: q.message, choices: q.choices, pageSize: 12 }, context),
    input: (q) => p.input({ message: q.message, default: q.default, validate: q.validate }, context),
    editor: (q) =>
      p.editor({ message: q.message, default: q.default, waitForUserInput: false, postfix: '.txt' }, context),
    confirm: (q) => p.confirm({ message: q.message, default: q.default }, context),
    show: (text) => void process.stderr.write(text + '\n'),
  };
}
