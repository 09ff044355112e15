// Commands are shells over typed options: every `draft` flag reaches its field of DraftOptions, none is dropped.
import { describe, expect, it } from 'vitest';
import type { Option } from 'commander';
import { buildProgram } from '../../src/cli.js';
import { draftOptions } from '../../src/commands/draft.js';

/** A value each kind of flag parses: a word, a number of minutes or seconds, a list. */
function sample(o: Option): string[] {
  if (!o.required && !o.optional) return [o.long!];
  if (/next-update|deadline/.test(o.long!)) return [o.long!, '30'];
  if (o.long === '--phase') return [o.long, 'identified'];
  return [o.long!, 'x'];
}

describe('draft: flags → options', () => {
  it('every flag of `layerpost draft` is a field of its typed options, with the value given', async () => {
    let captured: Record<string, unknown> | undefined;
    const program = buildProgram(async (_load, opts) => {
      captured = opts;
    });
    const draft = program.commands.find((c) => c.name() === 'draft')!;
    const flags = draft.options.filter((o) => o.long && !o.negate);
    expect(flags.length).toBe(20);
    await program.parseAsync(['node', 'layerpost', 'draft', ...flags.flatMap(sample)]);
    const options = draftOptions(captured!) as Record<string, unknown>;
    for (const o of flags) expect(options[o.attributeName()], o.long).toBeDefined();
    // And nothing else: each field of the options is one flag's.
    expect(Object.keys(options).filter((k) => options[k] !== undefined).sort()).toEqual(flags.map((o) => o.attributeName()).sort());
  });
});
