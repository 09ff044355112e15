import { describe, expect, it } from 'vitest';
import { CATALOGUE, mergeCatalogue } from '../../../src/model/providers.js';
import { sourceUrl } from '../../../src/evidence/status/formats/index.js';
import { StatusSourceSchema } from '../../../src/config/schema.js';
import { DEFAULT_LAYERS } from '../../../src/model/layers.js';

const REQUIRED = [
  'anthropic',
  'openai',
  'google',
  'aws-bedrock',
  'azure-openai',
  'mistral',
  'cohere',
  'groq',
  'together',
  'fireworks',
  'openrouter',
];

describe('the embedded catalogue', () => {
  it('covers the providers teams build on, each with a valid status source and unique id', () => {
    expect(CATALOGUE.map((e) => e.id)).toEqual(expect.arrayContaining(REQUIRED));
    expect(new Set(CATALOGUE.map((e) => e.id)).size).toBe(CATALOGUE.length);
    for (const e of CATALOGUE) {
      expect(StatusSourceSchema.safeParse(e.status).success, e.id).toBe(true);
      expect(() => sourceUrl(e.status!)).not.toThrow();
    }
  });

  it('names an API host for the default reachability probes (Azure is per resource: set in config)', () => {
    for (const e of CATALOGUE.filter((x) => x.id !== 'azure-openai'))
      expect(e.apiHost, e.id).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
  });

  it('maps components only to known layers, never to model-quality', () => {
    const layers = new Set(DEFAULT_LAYERS.map((l) => l.id));
    for (const e of CATALOGUE)
      for (const [id, m] of Object.entries(e.components)) {
        if (m.layer) expect(layers.has(m.layer), `${e.id}.${id}`).toBe(true);
        expect(m.layer).not.toBe('model-quality');
      }
    expect(CATALOGUE.find((e) => e.id === 'anthropic')!.components['k8w3r06qmzrp']).toEqual({ layer: 'provider-api' });
  });

  it('reads each kind from its usual document, and takes a URL that names the document as it is', () => {
    expect(sourceUrl({ kind: 'statuspage', url: 'https://status.claude.com' })).toBe(
      'https://status.claude.com/api/v2/summary.json',
    );
    expect(sourceUrl({ kind: 'statuspage', url: 'https://anthropic.statuspage.io/' })).toBe(
      'https://anthropic.statuspage.io/api/v2/summary.json',
    );
    expect(sourceUrl({ kind: 'statuspage', url: 'https://x.example/api/v2/summary.json' })).toBe(
      'https://x.example/api/v2/summary.json',
    );
    expect(sourceUrl({ kind: 'incidentio', url: 'https://status.openai.com/proxy/status.openai.com/widget' })).toBe(
      'https://status.openai.com/proxy/status.openai.com/widget',
    );
    expect(sourceUrl({ kind: 'google-cloud', url: 'https://status.cloud.google.com' })).toBe(
      'https://status.cloud.google.com/incidents.json',
    );
    expect(sourceUrl({ kind: 'aws-health', url: 'https://health.aws.amazon.com' })).toBe(
      'https://health.aws.amazon.com/public/currentevents',
    );
    expect(sourceUrl({ kind: 'feed', url: 'https://status.mistral.ai/feed.rss' })).toBe(
      'https://status.mistral.ai/feed.rss',
    );
  });

  it('config overrides an entry by id and keeps what it does not say', () => {
    const merged = mergeCatalogue([
      {
        id: 'aws-bedrock',
        status: {
          kind: 'aws-health',
          url: 'https://health.aws.amazon.com/public/currentevents',
          products: ['bedrock'],
          region: 'eu-west-1',
        },
      },
    ]);
    const e = merged.find((x) => x.id === 'aws-bedrock')!;
    expect(e.status?.region).toBe('eu-west-1');
    expect(e.incidentLayer).toBe('provider-api');
    expect(e.models.length).toBeGreaterThan(0);
  });
});
