import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingHttpHeaders } from 'node:http';
import { startServer, type TestServer } from '../helpers/server.js';
import { clearSecrets } from '../../src/platform/secrets.js';
import type { ProbeConfig } from '../../src/config/schema.js';
import { answerText, canaryIndicates, canaryUrl } from '../../src/evidence/probes/llm-canary.js';
import { fixture, run } from './fixtures.js';

interface Seen {
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}
let srv: TestServer;
const seen: Seen[] = [];
/** What the fake provider answers next, by model name: [status, body]. */
const answers: Record<string, [number, string]> = {};

beforeAll(async () => {
  srv = await startServer((req, res, body) => {
    const parsed = JSON.parse(body || '{}') as Record<string, unknown>;
    seen.push({ path: req.url ?? '', headers: req.headers, body: parsed });
    const [status, text] = answers[String(parsed.model)] ?? [
      404,
      '{"type":"error","error":{"type":"not_found_error","message":"model: unknown"}}',
    ];
    res.writeHead(status, { 'content-type': 'application/json' }).end(text);
  });
});
afterAll(() => srv.close());
afterEach(() => {
  seen.length = 0;
  clearSecrets();
});

const anthropic = (
  id: string,
  model: string,
  layer = 'model-endpoint',
  extra: Partial<NonNullable<ProbeConfig['llm-canary']>> = {},
): ProbeConfig => ({
  id,
  layer,
  provider: 'anthropic',
  'llm-canary': {
    api: 'anthropic',
    baseUrl: srv.url,
    model,
    prompt: 'Reply with the single word: pong',
    maxTokens: 16,
    expect: { contains: 'pong' },
    ...extra,
  },
});
const openai = (id: string, model: string, layer = 'model-endpoint'): ProbeConfig => ({
  id,
  layer,
  provider: 'openai',
  'llm-canary': {
    api: 'openai',
    baseUrl: `${srv.url}/v1/`,
    model,
    prompt: 'Reply with the single word: pong',
    maxTokens: 16,
    expect: { contains: 'pong' },
  },
});
const env = { ANTHROPIC_API_KEY: 'sk-ant-api03-canary-KEY-0001', OPENAI_API_KEY: 'sk-proj-canary-KEY-0002' };

describe('llm-canary requests', () => {
  it('speaks the Anthropic Messages API', async () => {
    answers['claude-opus-4-7'] = [200, fixture('anthropic-message.json')];
    const [r] = await run([anthropic('opus', 'claude-opus-4-7')], { env });
    expect(r).toMatchObject({ ok: true, outcome: 'ok', status: 200, kind: 'llm-canary', model: 'claude-opus-4-7' });
    expect(r!.detail).toMatch(/^POST \/v1\/messages \(claude-opus-4-7\) → 200 "pong" in \d+ ms$/);
    const req = seen[0]!;
    expect(req.path).toBe('/v1/messages');
    expect(req.headers['x-api-key']).toBe(env.ANTHROPIC_API_KEY);
    expect(req.headers['anthropic-version']).toBe('2023-06-01');
    expect(req.headers.authorization).toBeUndefined();
    expect(req.body).toEqual({
      model: 'claude-opus-4-7',
      max_tokens: 16,
      messages: [{ role: 'user', content: 'Reply with the single word: pong' }],
    });
  });

  it('speaks OpenAI Chat Completions, with a base URL that already ends in /v1', async () => {
    answers['gpt-5'] = [200, fixture('openai-completion.json')];
    const [r] = await run([openai('gpt', 'gpt-5')], { env });
    expect(r).toMatchObject({ ok: true, outcome: 'ok', status: 200 });
    const req = seen[0]!;
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.headers.authorization).toBe(`Bearer ${env.OPENAI_API_KEY}`);
    expect(req.headers['x-api-key']).toBeUndefined();
    expect(req.body).toMatchObject({ model: 'gpt-5', max_completion_tokens: 16, messages: [{ role: 'user' }] });
  });
});

describe('llm-canary evidence', () => {
  it('a 200 with a wrong answer is a mismatch that indicates model-quality', async () => {
    answers['claude-sonnet-4-6'] = [
      200,
      fixture('anthropic-message.json').replace('"pong"', '"I cannot help with that."'),
    ];
    const [r] = await run([anthropic('sonnet', 'claude-sonnet-4-6')], { env });
    expect(r).toMatchObject({
      ok: false,
      outcome: 'mismatch',
      status: 200,
      layer: 'model-endpoint',
      indicates: 'model-quality',
    });
    expect(r!.detail).toBe(
      'POST /v1/messages (claude-sonnet-4-6) → 200 but the answer failed its check: expected the answer to contain "pong", got "I cannot help with that."',
    );
  });

  it('an error status is API evidence with the provider error type, never model-quality', async () => {
    answers['claude-haiku-4-5'] = [529, fixture('anthropic-529.json')];
    answers['gpt-5-mini'] = [429, fixture('openai-429.json')];
    const [a, o] = await run(
      [anthropic('haiku', 'claude-haiku-4-5', 'model-quality'), openai('mini', 'gpt-5-mini', 'model-quality')],
      { env },
    );
    expect(a).toMatchObject({
      ok: false,
      outcome: 'http-status',
      status: 529,
      errorType: 'overloaded_error',
      layer: 'model-quality',
      indicates: 'provider-api',
    });
    expect(a!.detail).toBe('POST /v1/messages (claude-haiku-4-5) → 529 overloaded_error: Overloaded');
    expect(o).toMatchObject({
      ok: false,
      outcome: 'http-status',
      status: 429,
      errorType: 'rate_limit_exceeded',
      indicates: 'provider-api',
    });
  });

  it('a 200 that is not the API format is an error, not a wrong answer', async () => {
    answers['claude-proxy'] = [200, '<html><title>Captive portal</title></html>'];
    answers['claude-short'] = [200, JSON.stringify({ type: 'message', content: [], stop_reason: 'max_tokens' })];
    const [p, s] = await run([anthropic('proxy', 'claude-proxy'), anthropic('short', 'claude-short')], { env });
    expect(p).toMatchObject({ ok: false, outcome: 'error', status: 200 });
    expect(p!.indicates).toBeUndefined();
    expect(s).toMatchObject({ ok: false, outcome: 'error' });
    expect(s!.detail).toContain('raise maxTokens');
  });

  it('never records the key', async () => {
    answers['claude-echo'] = [
      401,
      JSON.stringify({
        type: 'error',
        error: { type: 'authentication_error', message: `invalid x-api-key: ${env.ANTHROPIC_API_KEY}` },
      }),
    ];
    const [r] = await run([anthropic('echo', 'claude-echo')], { env });
    expect(r).toMatchObject({ outcome: 'http-status', status: 401, errorType: 'authentication_error' });
    expect(JSON.stringify(r)).not.toContain(env.ANTHROPIC_API_KEY);
  });
});

describe('pure parts', () => {
  it.each([
    ['anthropic', undefined, 'https://api.anthropic.com/v1/messages'],
    ['openai', undefined, 'https://api.openai.com/v1/chat/completions'],
    ['openai', 'https://gw.example/openai/v1', 'https://gw.example/openai/v1/chat/completions'],
    ['anthropic', 'https://gw.example/', 'https://gw.example/v1/messages'],
  ] as const)('canaryUrl(%s, %s)', (api, base, url) => expect(canaryUrl(api, base)).toBe(url));

  it('reads the answer text of both formats', () => {
    expect(answerText('anthropic', JSON.parse(fixture('anthropic-message.json')))).toEqual({
      text: 'pong',
      stop: 'end_turn',
    });
    expect(answerText('openai', JSON.parse(fixture('openai-completion.json')))).toEqual({ text: 'pong', stop: 'stop' });
    expect(answerText('openai', JSON.parse(fixture('anthropic-message.json')))).toHaveProperty('error');
  });

  it.each([
    ['mismatch', 200, 'model-endpoint', 'model-quality'],
    ['mismatch', 200, 'model-quality', undefined],
    ['http-status', 529, 'model-endpoint', undefined],
    ['http-status', 529, 'model-quality', 'provider-api'],
    ['http-status', 401, 'model-quality', 'integration'],
    ['dns', undefined, 'model-quality', 'network'],
    ['timeout', undefined, 'model-quality', 'provider-api'],
    ['ok', 200, 'model-quality', undefined],
  ] as const)('canaryIndicates(%s %s, declared %s) → %s', (outcome, status, declared, want) => {
    expect(
      canaryIndicates(
        { id: 'x', layer: declared, ok: outcome === 'ok', outcome, status, latencyMs: 1, detail: '' },
        declared,
      ),
    ).toBe(want);
  });
});
