// The config's schema is zod/mini's (src/config/schema.ts): it says what is wrong in zod's English words, as the
// classic API did (zod/mini carries no messages of its own: src/model/zod-locale.ts gives them), and fills defaults.
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/parse.js';

const error = (yaml: string) => {
  try {
    parseConfigText(yaml, 'layerpost.config.yaml');
  } catch (err) {
    return (err as Error).message;
  }
  return 'parsed';
};

describe('a config', () => {
  it('names what is wrong in words, with the path', () => {
    expect(error('product: null\n')).toBe(
      'layerpost.config.yaml: product: Invalid input: expected object, received null',
    );
    expect(error('concurrency: 1000\n')).toBe(
      'layerpost.config.yaml: concurrency: Too big: expected number to be <=256',
    );
    expect(error('concurrency: 1.5\n')).toBe(
      'layerpost.config.yaml: concurrency: Invalid input: expected int, received number',
    );
    expect(error('providers: [{ id: Anthropic }]\n')).toBe(
      'layerpost.config.yaml: providers[0].id: expected a lower-case id like "anthropic"',
    );
    expect(error('publish: { approval: three-person }\n')).toBe(
      'layerpost.config.yaml: publish.approval: Invalid option: expected one of "one-person"|"two-person"',
    );
    expect(error('product: { colour: blue }\n')).toBe('layerpost.config.yaml: product: unknown key "colour"');
  });

  it('takes the defaults of what is left out', () => {
    const c = parseConfigText(
      'publish:\n  mastodon: { url: "https://m.example", token: "${MASTODON_TOKEN}" }\n',
      'layerpost.config.yaml',
    );
    expect(c.publish).toMatchObject({
      approval: 'one-person',
      timeoutSeconds: 15,
      rateLimitWaitSeconds: 60,
      mastodon: { visibility: 'public', language: 'en' },
    });
  });
});
