// A scripted Asker for interview tests: answers by question, records what was asked and shown.
import type { Asker, Choice } from '../../src/platform/prompts.js';

export type Script = Array<{ match: RegExp; answer: unknown | ((choices?: Choice[], def?: string) => unknown) }>;

export class ScriptedAsker implements Asker {
  asked: string[] = [];
  shown: string[] = [];
  constructor(private readonly script: Script) {}
  private take(message: string, choices?: Choice[], def?: string): unknown {
    this.asked.push(message);
    const i = this.script.findIndex((s) => s.match.test(message));
    if (i < 0) throw new Error(`unexpected question: ${message}`);
    const [step] = this.script.splice(i, 1);
    return typeof step!.answer === 'function'
      ? (step!.answer as (c?: Choice[], d?: string) => unknown)(choices, def)
      : step!.answer;
  }
  async select<T extends string>(q: { message: string; choices: Choice<T>[]; default?: T }): Promise<T> {
    const a = this.take(q.message, q.choices, q.default) as T;
    if (!q.choices.some((c) => c.value === a)) throw new Error(`"${a}" is not a choice of "${q.message}"`);
    return a;
  }
  async checkbox(q: { message: string; choices: Choice[] }): Promise<string[]> {
    return this.take(q.message, q.choices) as string[];
  }
  async input(q: { message: string; default?: string; validate?: (v: string) => true | string }): Promise<string> {
    const a = String(this.take(q.message, undefined, q.default));
    const ok = q.validate?.(a) ?? true;
    if (ok !== true) throw new Error(`validation failed for "${q.message}": ${ok}`);
    return a;
  }
  async editor(q: { message: string; default: string }): Promise<string> {
    return String(this.take(q.message, undefined, q.default));
  }
  async confirm(q: { message: string; default: boolean }): Promise<boolean> {
    return Boolean(this.take(q.message, undefined, String(q.default)));
  }
  show(text: string): void {
    this.shown.push(text);
  }
  /** Questions in the script that were never asked. */
  get remaining(): number {
    return this.script.length;
  }
}
