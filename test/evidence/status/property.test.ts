// Any JSON value (or text) into any adapter gives a normalized status or a clear error — never a throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProviderStatusSchema, type ProviderStatus } from '../../../src/model/evidence.js';
import { SOURCE_FORMATS } from '../../../src/evidence/status/formats/index.js';
import {
  ANTHROPIC_SUMMARY,
  AWS_RSS,
  GCP_INCIDENTS,
  OBSERVED,
  OPENAI_SUMMARY,
  entry,
  fixtureJson,
  fixtureText,
} from './helpers.js';

const CASES = [
  { kind: 'statuspage', entry: entry('anthropic'), fixture: () => fixtureJson(ANTHROPIC_SUMMARY) },
  { kind: 'incidentio', entry: entry('openai'), fixture: () => fixtureJson(OPENAI_SUMMARY) },
  { kind: 'google-cloud', entry: entry('google'), fixture: () => fixtureJson(GCP_INCIDENTS) },
  {
    kind: 'aws-health',
    entry: entry('aws-bedrock'),
    fixture: () => [AWS_EVENT, { ...AWS_EVENT, status: '0', summary: '[RESOLVED] Earlier errors' }] as unknown,
  },
  { kind: 'feed', entry: entry('mistral'), fixture: () => fixtureText(AWS_RSS) as unknown },
] as const;

/** One event in the currentevents shape. */
const AWS_EVENT = {
  arn: 'arn:aws:health:us-east-1::event/BEDROCK/X',
  date: '1791356400',
  region_name: 'N. Virginia',
  service: 'bedrock-us-east-1',
  service_name: 'Amazon Bedrock',
  status: '2',
  summary: 'Increased Error Rates',
  event_log: [{ summary: 'Increased Error Rates', message: 'Investigating.', status: 2, timestamp: 1791356400 }],
  impacted_services: { 'bedrock-us-east-1': { service_name: 'Amazon Bedrock', current: '2', max: '2' } },
};

function wellFormed(s: ProviderStatus, id: string): void {
  expect(ProviderStatusSchema.safeParse(s).success).toBe(true);
  expect(s.id).toBe(id);
  if (s.indicator === 'unknown') expect(s.error).toEqual(expect.any(String));
}

/** Every path to a value inside a JSON document. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...at, i])));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
  return out;
}

function setAt(doc: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let cur = copy;
  for (const p of path.slice(0, -1)) cur = cur[p] as Record<string | number, unknown>;
  cur[path[path.length - 1]!] = value;
  return copy;
}

describe.each(CASES)('$kind adapter', ({ kind, entry: e, fixture }) => {
  const adapt = SOURCE_FORMATS[kind].adapt;

  it('any JSON value → a valid ProviderStatus, never a throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => wellFormed(adapt(v, e, OBSERVED), e.id)),
      { numRuns: 300 },
    );
  });

  it('anything at all (undefined, functions, odd objects) → a valid ProviderStatus', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withNullPrototype: true,
        }),
        (v) => wellFormed(adapt(v, e, OBSERVED), e.id),
      ),
      { numRuns: 200 },
    );
  });

  it('the real payload with any one value replaced → a valid ProviderStatus', () => {
    const doc = fixture();
    const all = typeof doc === 'string' ? [[]] : paths(doc);
    fc.assert(
      fc.property(fc.nat({ max: all.length - 1 }), fc.jsonValue({ maxDepth: 2 }), (i, value) => {
        const mutated = typeof doc === 'string' ? value : setAt(doc, all[i]!, value);
        wellFormed(adapt(mutated, e, OBSERVED), e.id);
      }),
      { numRuns: 400 },
    );
  });
});

describe('feed adapter on text', () => {
  const e = entry('mistral');
  it('any string, and XML-ish strings, → a valid ProviderStatus', () => {
    const xmlish = fc
      .array(
        fc.constantFrom(
          '<rss>',
          '</rss>',
          '<channel>',
          '</channel>',
          '<item>',
          '</item>',
          '<title>',
          '</title>',
          '<feed>',
          '<entry>',
          '</entry>',
          '<![CDATA[',
          ']]>',
          '&amp;',
          '&lt;',
          'Status: Resolved',
          '<pubDate>Wed, 07 Oct 2026 06:12:00 PDT</pubDate>',
          'x',
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), xmlish), (t) =>
        wellFormed(SOURCE_FORMATS.feed.adapt(t, e, OBSERVED), e.id),
      ),
      { numRuns: 500 },
    );
  });
});
