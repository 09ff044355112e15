// A config is parsed once a run, with zod/mini's schemas: no parser generated for it. zod's classic API generates and
// compiles JavaScript for an object schema at its first parse (~2 ms for the config's), worth it only for a schema
// that parses many values, and never in the CLI's code cache.
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { parseConfigText } from '../../src/config/parse.js';

/** The bodies of the functions made from strings while `fn` runs. */
function generated(fn: () => void): string[] {
  const made: string[] = [];
  const real = globalThis.Function;
  globalThis.Function = new Proxy(real, {
    construct(target, args: string[]) {
      made.push(String(args.at(-1)).slice(0, 60));
      return Reflect.construct(target, args) as object;
    },
  });
  try {
    fn();
  } finally {
    globalThis.Function = real;
  }
  return made;
}

const CONFIG = 'product:\n  name: Acme\n  feature: Acme AI\nchannels:\n  enabled: [x, statuspage]\n';

describe('a config', () => {
  it('is parsed without a generated parser', () => {
    expect(generated(() => parseConfigText(CONFIG, 'layerpost.config.yaml'))).toEqual([]);
    expect(parseConfigText(CONFIG, 'layerpost.config.yaml').product?.name).toBe('Acme');
  });

  it('where a schema of zod’s classic API would generate one (what the test watches for)', () => {
    const classic = z.strictObject({ product: z.strictObject({ name: z.string() }) });
    expect(generated(() => classic.safeParse({ product: { name: 'Acme' } })).length).toBeGreaterThan(0);
  });
});
