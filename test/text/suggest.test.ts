import { describe, expect, it } from 'vitest';
import { suggest, unknownNames } from '../../src/text/suggest.js';
import { FORMATS } from '../../src/lint/format.js';
import { buildProgram } from '../../src/cli.js';

describe('unknownNames', () => {
  it.each([
    [
      'layer',
      ['provder-api'],
      ['integration', 'provider-api'],
      'unknown layer "provder-api"; did you mean "provider-api"?',
    ],
    ['layer', ['zzz'], ['integration', 'network'], 'unknown layer "zzz" (known: integration, network)'],
    [
      'channel',
      ['blusky', 'zzzzzz'],
      ['x', 'bluesky'],
      'unknown channels "blusky" (did you mean "bluesky"?), "zzzzzz" (known: x, bluesky)',
    ],
    [
      'channel',
      ['blusky', 'mastdon'],
      ['bluesky', 'mastodon'],
      'unknown channels "blusky" (did you mean "bluesky"?), "mastdon" (did you mean "mastodon"?)',
    ],
    ['probe id', ['a'], [], 'unknown probe id "a" (known: none)'],
  ])('%s %j', (noun, names, known, line) => {
    expect(unknownNames(noun, names, known)).toBe(line);
  });

  it('suggests only what is close', () => {
    expect(suggest('anthropc', ['anthropic', 'openai'])).toBe('anthropic');
    expect(suggest('qqqq', ['anthropic', 'openai'])).toBeUndefined();
  });

  it('lint --format takes exactly the formats lint prints', () => {
    const lint = buildProgram(async () => {}).commands.find((c) => c.name() === 'lint')!;
    expect(lint.options.find((o) => o.long === '--format')!.description).toBe(`output format: ${FORMATS.join(' | ')}`);
  });
});
