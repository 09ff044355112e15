// Colour: chalk when it is on; without colour a stand-in that returns the text unchanged, chained styles included.
import { describe, expect, it } from 'vitest';
import { makeChalk } from '../../src/platform/color.js';

describe('makeChalk', () => {
  it('without colour returns every style, chained or not, as plain text', async () => {
    const c = await makeChalk(false);
    expect(c.red('x')).toBe('x');
    expect(c.yellow.bold('warn')).toBe('warn');
    expect(c.dim(`${c.green('a')} ${c.bold('b')}`)).toBe('a b');
    expect(c.red('a', 'b')).toBe('a b');
    expect(c.level).toBe(0);
    // Not a thenable: awaiting it gives it back (a Proxy that answered `then` would hang every await).
    expect(await Promise.resolve(c)).toBe(c);
  });

  it('with colour is chalk at the basic 16-colour level', async () => {
    const c = await makeChalk(true);
    expect(c.red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(c.red.bold('x')).toBe('\u001b[31m\u001b[1mx\u001b[22m\u001b[39m');
  });
});
