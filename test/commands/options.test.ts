// Commands are shells over typed options: every flag of every command reaches its field of that command's options,
// and no field comes from anything but a flag.
import { describe, expect, it } from 'vitest';
import type { Option } from 'commander';
import { buildProgram } from '../../src/cli.js';
import { approveOptions } from '../../src/commands/approve.js';
import { demoOptions } from '../../src/commands/demo.js';
import { draftOptions } from '../../src/commands/draft.js';
import { initOptions } from '../../src/commands/init.js';
import { layersOptions } from '../../src/commands/layers.js';
import { lintOptions } from '../../src/commands/lint.js';
import { probeOptions } from '../../src/commands/probe.js';
import { publishOptions } from '../../src/commands/publish.js';
import { reviewOptions } from '../../src/commands/review.js';
import { statusOptions } from '../../src/commands/status.js';
import { templatesOptions } from '../../src/commands/templates.js';
import { watchOptions } from '../../src/commands/watch.js';

const NUMBERS = new Set([
  '--next-update',
  '--deadline',
  '--timeout',
  '--concurrency',
  '--max-warnings',
  '--interval',
  '--recovered-rounds',
  '--resolved-after',
  '--due-warning',
  '--unreachable-limit',
  '--keep',
  '--rounds',
]);

/** A value each kind of flag accepts: a switch alone, a choice of its own, a number, else a word. */
function sample(o: Option): string[] {
  if (!o.required && !o.optional) return [o.long!];
  if (o.argChoices?.length) return [o.long!, o.argChoices[o.argChoices.length - 1]!];
  if (o.long === '--phase') return [o.long, 'identified'];
  if (o.long === '--format') return [o.long, 'sarif'];
  if (NUMBERS.has(o.long!)) return [o.long!, '30'];
  return [o.long!, 'x'];
}

const CONVERTERS: Record<string, (opts: Record<string, unknown>) => object> = {
  status: statusOptions,
  probe: probeOptions,
  draft: draftOptions,
  lint: lintOptions,
  review: reviewOptions,
  init: initOptions,
  layers: layersOptions,
  demo: demoOptions,
  templates: templatesOptions,
  watch: watchOptions,
  approve: approveOptions,
  publish: publishOptions,
};
/** Arguments a command needs besides its flags. */
const ARGS: Record<string, string[]> = {
  review: ['bundle'],
  templates: ['eject', 'channels/x/default'],
  approve: ['bundle'],
  publish: ['bundle'],
};

describe('flags → typed options', () => {
  it('every command with flags has typed options', () => {
    const program = buildProgram(async () => {});
    const withFlags = program.commands.filter((c) => c.options.length).map((c) => c.name());
    expect(withFlags.sort()).toEqual(Object.keys(CONVERTERS).sort());
  });

  it.each(Object.keys(CONVERTERS))(
    '%s: each flag is a field of its options, with the value given, and nothing else is',
    async (name) => {
      let captured: Record<string, unknown> | undefined;
      const program = buildProgram(async (_load, opts) => {
        captured = opts;
      });
      const command = program.commands.find((c) => c.name() === name)!;
      const flags = command.options.filter((o) => o.long);
      await program.parseAsync(['node', 'layerpost', name, ...(ARGS[name] ?? []), ...flags.flatMap(sample)]);
      const options = CONVERTERS[name]!(captured!) as Record<string, unknown>;
      for (const o of flags)
        expect(options[o.attributeName()], o.long).toBe(
          o.negate ? false : o.required || o.optional ? captured![o.attributeName()] : true,
        );
      expect(
        Object.keys(options)
          .filter((k) => options[k] !== undefined)
          .sort(),
      ).toEqual(flags.map((o) => o.attributeName()).sort());
    },
  );

  it('draft has all twenty-three of its flags', () => {
    const draft = buildProgram(async () => {}).commands.find((c) => c.name() === 'draft')!;
    expect(draft.options.filter((o) => o.long).length).toBe(23);
  });

  it('a flag not given is undefined in the options, not a default guessed by the command', async () => {
    let captured: Record<string, unknown> | undefined;
    const program = buildProgram(async (_load, opts) => {
      captured = opts;
    });
    await program.parseAsync(['node', 'layerpost', 'probe']);
    expect(probeOptions(captured!)).toEqual({
      only: undefined,
      deadline: undefined,
      save: undefined,
      concurrency: undefined,
      status: undefined,
    });
  });
});
