// A config is parsed once a run: zod's generated parser for its schema (JavaScript made and compiled at a schema's
// first parse, worth it for schemas that parse many values) would cost a run ~2 ms and never pay off.
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/parse.js';
import { ConfigSchema } from '../../src/config/schema.js';
import { PARSED_ONCE } from '../../src/text/zod-format.js';

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

describe('a schema parsed once a run', () => {
  it('generates no parser: a config', () => {
    expect(generated(() => parseConfigText(CONFIG, 'layerpost.config.yaml'))).toEqual([]);
    expect(parseConfigText(CONFIG, 'layerpost.config.yaml').product?.name).toBe('Acme');
  });

  it('would generate one without the option (what the test watches for)', () => {
    const config = { product: { name: 'Acme' } };
    expect(generated(() => ConfigSchema.safeParse(config, PARSED_ONCE))).toEqual([]);
    expect(generated(() => ConfigSchema.safeParse(config)).length).toBeGreaterThan(0);
  });
});
