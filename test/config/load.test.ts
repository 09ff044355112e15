// Config: the SPEC §7 example parses; every problem is one line naming the file and the field (or line:col); no config
// → defaults.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, resolveConfig } from '../../src/config/load.js';
import { parseConfigText } from '../../src/config/parse.js';
import { ConfigError } from '../../src/platform/errors.js';
import { CATALOGUE } from '../../src/model/providers.js';

const SPEC_EXAMPLE = `
product: { name: Acme Notes, feature: Acme AI }   # how drafts name us
templates: ./templates        # overrides, merged over the embedded set
out: ./incident-drafts        # where bundles are written
providers:                    # merged over the embedded catalogue by id
  - id: anthropic
    name: Anthropic
    status: { kind: statuspage, url: https://status.claude.com }
    models: [claude-opus-4-7, claude-sonnet-4-6]
probes:
  - id: our-handler
    layer: integration
    http: { url: https://acme.example/api/ai/health, expect: { status: [200] } }
  - id: anthropic-opus
    layer: model-endpoint
    provider: anthropic
    model: claude-opus-4-7
    http:
      method: POST
      url: https://api.anthropic.com/v1/messages
      headers: { x-api-key: "\${ANTHROPIC_API_KEY}" }
      body: { model: claude-opus-4-7, max_tokens: 8, messages: [{ role: user, content: ping }] }
      expect: { status: [200] }
    timeoutMs: 5000
`;

const FILE = '/home/op/acme/layerpost.config.yaml';
const PROBE = (extra: string) => `probes:\n  - id: p\n    layer: integration\n${extra}`;

/** The one-line message of a ConfigError thrown by fn. */
function problem(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    expect(msg).not.toContain('\n');
    expect(msg).not.toMatch(/\bat .*\.(ts|js):\d+/);
    return msg;
  }
  throw new Error('expected a ConfigError');
}
const parseProblem = (text: string, file = FILE) => problem(() => parseConfigText(text, file));
const resolveProblem = (text: string, file = FILE) =>
  problem(() => resolveConfig(parseConfigText(text, file), { file, baseDir: '/home/op/acme' }));

describe('parseConfigText + resolveConfig: the SPEC §7 example', () => {
  const resolved = resolveConfig(parseConfigText(SPEC_EXAMPLE, FILE), { file: FILE, baseDir: '/home/op/acme' });

  it('parses and resolves relative paths against the config file', () => {
    expect(resolved.product).toMatchObject({ name: 'Acme Notes', feature: 'Acme AI', timeZone: 'UTC' });
    expect(resolved.templatesDir).toBe('/home/op/acme/templates');
    expect(resolved.out).toBe('/home/op/acme/incident-drafts');
  });

  it('keeps probes as written, with the http method default and the secret reference untouched', () => {
    expect(resolved.probes?.map((p) => p.id)).toEqual(['our-handler', 'anthropic-opus']);
    expect(resolved.probes?.[0]?.http?.method).toBe('GET');
    expect(resolved.probes?.[1]?.http?.headers).toEqual({ 'x-api-key': '${ANTHROPIC_API_KEY}' });
    expect(resolved.probes?.[1]?.timeoutMs).toBe(5000);
  });

  it('merges the provider over the catalogue and narrows providers to the ones named', () => {
    expect(resolved.providers.map((p) => p.id)).toEqual(['anthropic']);
    const anthropic = resolved.providers[0]!;
    expect(anthropic.models.map((m) => m.id)).toEqual(['claude-opus-4-7', 'claude-sonnet-4-6']);
    // Catalogue knowledge (display names, API host) survives a config that names models by id only.
    expect(anthropic.models[0]!.name).toBe('Claude Opus 4.7');
    expect(anthropic.apiHost).toBe('api.anthropic.com');
    expect(resolved.catalogue.length).toBe(CATALOGUE.length);
  });

  it('has the six default layers and the documented defaults', () => {
    expect(resolved.layers.map((l) => l.id)).toEqual([
      'integration',
      'network',
      'provider-api',
      'model-endpoint',
      'model-quality',
      'unknown',
    ]);
    expect(resolved.channels.mastodonLimit).toBe(500);
    expect(resolved).toMatchObject({ timeoutMs: 10_000, probeTimeoutMs: 5_000, concurrency: 128, deadlineSeconds: 20 });
  });

  it('the same config as JSON parses to the same thing', () => {
    const json = JSON.stringify(parseConfigText(SPEC_EXAMPLE, FILE));
    expect(parseConfigText(json, '/x/layerpost.config.json')).toEqual(parseConfigText(SPEC_EXAMPLE, FILE));
  });

  it('an empty file or one with only comments is an empty config', () => {
    expect(parseConfigText('', FILE)).toEqual({});
    expect(parseConfigText('# nothing yet\n', FILE)).toEqual({});
  });
});

describe('config problems: one line naming the file and where', () => {
  it.each([
    [
      'unclosed flow map',
      'product: { name: Acme\nprobes: [\n',
      /^\/home\/op\/acme\/layerpost\.config\.yaml:2:1: invalid YAML: /,
    ],
    ['bad indentation', 'product:\n  name: Acme\n   feature: x\n', /layerpost\.config\.yaml:\d+:\d+: invalid YAML: /],
    [
      'duplicate key',
      'product:\n  name: A\nproduct:\n  name: B\n',
      /layerpost\.config\.yaml:3:1: invalid YAML: Map keys must be unique/,
    ],
    ['tab indentation', 'product:\n\tname: A\n', /layerpost\.config\.yaml:2:\d+: invalid YAML: /],
    [
      'two documents',
      'product: { name: A }\n---\nout: x\n',
      /layerpost\.config\.yaml:2:1: invalid YAML: a config file holds one YAML document/,
    ],
  ])('malformed YAML: %s', (_n, text, re) => {
    expect(parseProblem(text)).toMatch(re);
  });

  it('malformed JSON names line and column', () => {
    expect(parseProblem('{\n  "product": {\n    "name": "A",\n  }\n}', '/x/layerpost.config.json')).toMatch(
      /^\/x\/layerpost\.config\.json:4:3: invalid JSON: /,
    );
    expect(parseProblem('{', '/x/c.json')).toMatch(/^\/x\/c\.json(:\d+:\d+)?: invalid JSON: /);
  });

  it.each([
    [
      'a probe URL that is not a URL',
      PROBE('    http: { url: "not a url" }\n'),
      'probes[0].http.url: expected an http(s) URL',
    ],
    ['a file: URL', PROBE('    http: { url: "file:///etc/passwd" }\n'), 'probes[0].http.url: expected an http(s) URL'],
    [
      'a status code out of range',
      PROBE('    http: { url: "https://a.example", expect: { status: [99] } }\n'),
      'probes[0].http.expect.status[0]',
    ],
    ['a wrong type', 'product: { name: 42 }\n', 'product.name'],
    ['a port out of range', PROBE('    tcp: { host: a.example, port: 70000 }\n'), 'probes[0].tcp.port'],
    [
      'a timeout too long',
      PROBE('    http: { url: "https://a.example" }\n    timeoutMs: 999999999\n'),
      'probes[0].timeoutMs',
    ],
    [
      'a bad probe id',
      'probes:\n  - id: "has space"\n    layer: integration\n    dns: { host: a.example }\n',
      'probes[0].id',
    ],
    ['a bad provider id', 'providers:\n  - id: Anthropic\n', 'providers[0].id'],
    [
      'the second probe',
      PROBE('    dns: { host: a.example }\n  - id: q\n    layer: network\n    tls: { host: "" }\n'),
      'probes[1].tls.host',
    ],
    [
      'a bad status kind',
      'providers:\n  - id: acme\n    status: { kind: statuspage2, url: "https://s.example" }\n',
      'providers[0].status.kind',
    ],
    ['a top level that is a list', '- 1\n- 2\n', '(top level)'],
  ])('wrong field: %s', (_n, text, path) => {
    const msg = parseProblem(text);
    expect(msg.startsWith(`${FILE}: ${path}`), msg).toBe(true);
  });

  it.each([
    ['top level', 'colour: red\n', '(top level): unknown key "colour"'],
    ['product', 'product: { name: Acme, colour: red }\n', 'product: unknown key "colour"'],
    ['probe', PROBE('    dns: { host: a.example }\n    retries: 3\n'), 'probes[0]: unknown key "retries"'],
    [
      'expect',
      PROBE('    http: { url: "https://a.example", expect: { status: [200], foo: 1 } }\n'),
      'probes[0].http.expect: unknown key "foo"',
    ],
    [
      'provider',
      'providers:\n  - id: anthropic\n    statusUrl: https://x.example\n',
      'providers[0]: unknown key "statusUrl"',
    ],
  ])('unknown key in %s is rejected, naming the key', (_n, text, msg) => {
    expect(parseProblem(text)).toBe(`${FILE}: ${msg}`);
  });

  it('reports how many more problems there are', () => {
    expect(parseProblem('colour: red\nproduct: { name: 1 }\n')).toMatch(/\(and 1 more problem\)$/);
  });

  it('a probe with no kind, or with two', () => {
    expect(parseProblem(PROBE(''))).toBe(
      `${FILE}: probes[0]: a probe needs exactly one of http, dns, tcp, tls, llm-canary, prometheus, evidence`,
    );
    expect(parseProblem(PROBE('    http: { url: "https://a.example" }\n    dns: { host: a.example }\n'))).toBe(
      `${FILE}: probes[0]: a probe has exactly one kind, found http and dns`,
    );
  });

  it.each([
    [
      'an unknown layer on a probe',
      'probes:\n  - id: p\n    layer: databse\n    dns: { host: a.example }\n',
      /^\/home\/op\/acme\/layerpost\.config\.yaml: probes\[0\]\.layer: unknown layer "databse" \(known: integration, network, provider-api, model-endpoint, model-quality, unknown\)$/,
    ],
    [
      'an unknown provider on a probe',
      'probes:\n  - id: p\n    layer: provider-api\n    provider: antropic\n    dns: { host: a.example }\n',
      /: probes\[0\]\.provider: unknown provider "antropic"; did you mean "anthropic"\?$/,
    ],
    [
      'duplicate probe ids',
      'probes:\n  - id: p\n    layer: network\n    dns: { host: a.example }\n  - id: p\n    layer: network\n    tcp: { host: a.example, port: 443 }\n',
      /: probes\[1\]\.id: duplicate probe id "p"$/,
    ],
    [
      'a new provider without a status source',
      'providers:\n  - id: acme-llm\n    name: Acme LLM\n',
      /: providers\[0\]\.status: a new provider needs a status source/,
    ],
    [
      'an unknown layer on a provider component',
      'providers:\n  - id: anthropic\n    components: { abc: { layer: api } }\n',
      /: providers\[0\]\.components\.abc\.layer: unknown layer "api" \(known: integration, /,
    ],
    [
      'a bad time zone',
      'product: { name: Acme, timeZone: Europe/Berlinn }\n',
      /: product\.timeZone: unknown time zone "Europe\/Berlinn"$/,
    ],
  ])('semantic check: %s', (_n, text, re) => {
    expect(resolveProblem(text)).toMatch(re);
  });

  it('a probe may use a layer the same config adds, and a provider the config adds', () => {
    const text = [
      'layers:',
      '  - { id: vector-store, name: our vector database, notAffected: "The AI provider is not affected." }',
      'providers:',
      '  - { id: acme-llm, name: Acme LLM, status: { kind: feed, url: "https://status.acme-llm.example/history.rss" } }',
      'probes:',
      '  - { id: vs, layer: vector-store, tcp: { host: vs.internal, port: 6333 } }',
      '  - { id: llm, layer: provider-api, provider: acme-llm, dns: { host: api.acme-llm.example } }',
    ].join('\n');
    const r = resolveConfig(parseConfigText(text, FILE), { file: FILE, baseDir: '/' });
    expect(r.layers.map((l) => l.id)).toContain('vector-store');
    expect(r.providers.map((p) => p.id)).toEqual(['acme-llm']);
  });

  it('the product time zone is kept when valid', () => {
    const r = resolveConfig(parseConfigText('product: { name: Acme, timeZone: Europe/Berlin }\n', FILE), {
      file: FILE,
      baseDir: '/',
    });
    expect(r.product.timeZone).toBe('Europe/Berlin');
    // No invented feature name ("Acme AI features requests"): a product without one is named by itself.
    expect(r.product.feature).toBe('Acme');
  });

  it('without a product there is no invented name: drafts ask for one', () => {
    expect(resolveConfig({}, { baseDir: '/' }).product).toMatchObject({ name: '', feature: '' });
  });

  it("a layer's removed word fields point to the phrase file; a layer's name and mitigation are taken", () => {
    expect(() =>
      resolveConfig(parseConfigText('layers: [{ id: network, short: the pipe }]\n', FILE), {
        file: FILE,
        baseDir: '/',
      }),
    ).toThrow(/layers\[0\]\.short: .*templates\/phrases\/layer-name\/network\.hbs/);
    const r = resolveConfig(
      parseConfigText(
        'layers: [{ id: network, name: "our connection to {{provider.name}}", mitigation: We fail over to our second region. }]\n',
        FILE,
      ),
      { file: FILE, baseDir: '/' },
    );
    expect(r.layers.find((l) => l.id === 'network')).toMatchObject({
      nameTemplate: 'our connection to {{provider.name}}',
      mitigation: 'We fail over to our second region.',
    });
  });
});

describe('loadConfig: finding the file', () => {
  const dirs: string[] = [];
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), 'layerpost-config-'));
    dirs.push(d);
    return d;
  };
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('no config file: embedded defaults, whole catalogue, default probes', async () => {
    const cwd = tmp();
    const r = await loadConfig({ cwd });
    expect(r.file).toBeUndefined();
    expect(r.probes).toBeUndefined();
    expect(r.providers.map((p) => p.id)).toEqual(CATALOGUE.map((p) => p.id));
    expect(r.layers).toHaveLength(6);
    expect(r.out).toBe(join(cwd, 'incident-drafts'));
    expect(r.product.timeZone).toBe('UTC');
  });

  it.each(['layerpost.config.yaml', 'layerpost.config.yml', 'layerpost.config.json'])(
    'finds %s in the working directory',
    async (name) => {
      const cwd = tmp();
      writeFileSync(
        join(cwd, name),
        name.endsWith('.json') ? '{"product":{"name":"Found"}}' : 'product: { name: Found }\n',
      );
      const r = await loadConfig({ cwd });
      expect(r.file).toBe(join(cwd, name));
      expect(r.product.name).toBe('Found');
    },
  );

  it('--config FILE wins, relative to cwd, and paths inside resolve against its directory', async () => {
    const cwd = tmp();
    writeFileSync(join(cwd, 'layerpost.config.yaml'), 'product: { name: Ignored }\n');
    const sub = join(cwd, 'ops');
    (await import('node:fs')).mkdirSync(sub);
    writeFileSync(join(sub, 'incident.yaml'), 'product: { name: Chosen }\nout: ./drafts\n');
    const r = await loadConfig({ cwd, path: 'ops/incident.yaml' });
    expect(r.product.name).toBe('Chosen');
    expect(r.out).toBe(join(sub, 'drafts'));
  });

  it('a --config file that does not exist is a ConfigError/UsageError naming it', async () => {
    const cwd = tmp();
    await expect(loadConfig({ cwd, path: 'missing.yaml' })).rejects.toThrow(/missing\.yaml/);
  });

  it('a broken file found in the working directory names its full path', async () => {
    const cwd = tmp();
    writeFileSync(
      join(cwd, 'layerpost.config.yaml'),
      'probes:\n  - id: p\n    layer: integration\n    http: { url: nope }\n',
    );
    await expect(loadConfig({ cwd })).rejects.toThrow(
      `${join(cwd, 'layerpost.config.yaml')}: probes[0].http.url: expected an http(s) URL`,
    );
  });
});

describe('layers of a team’s own', () => {
  it('a new layer without a plain name or a not-affected sentence is a config error naming the field', () => {
    expect(() =>
      resolveConfig({ layers: [{ id: 'vector-db' }] }, { file: '/x/layerpost.config.yaml', baseDir: '/x' }),
    ).toThrow(
      /layerpost\.config\.yaml: layers\[0\]\.name: a new layer \("vector-db"\) needs a plain name \(and 1 more\)/,
    );
    const ok = resolveConfig(
      {
        layers: [{ id: 'vector-db', name: 'our vector database', notAffected: "Anthropic's service is not affected." }],
      },
      { baseDir: '/x' },
    );
    expect(ok.layers.find((l) => l.id === 'vector-db')?.notAffected).toBe("Anthropic's service is not affected.");
    // renaming a default layer needs nothing else
    expect(() =>
      resolveConfig({ layers: [{ id: 'network', name: 'the internet path' }] }, { baseDir: '/x' }),
    ).not.toThrow();
  });
});
