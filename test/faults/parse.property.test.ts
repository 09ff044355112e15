// Property tests on the input files a run reads: any JSON value, text or mutated document as evidence or answers → a
// valid document or a ConfigError naming the file, never another throw.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { stringify as toYaml } from 'yaml';
import { parseEvidence } from '../../src/evidence/file.js';
import { parseAnswers } from '../../src/answers/file.js';
import { EvidenceSchema } from '../../src/model/evidence.js';
import { AnswersSchema } from '../../src/model/bundle.js';
import { diagnose } from '../../src/diagnosis/diagnose.js';
import { LAYER_IDS } from '../../src/model/layers.js';
import { ConfigError } from '../../src/platform/errors.js';

const FIXTURE = JSON.parse(
  readFileSync(new URL('../fixtures/evidence/provider-api-529.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const NOW = new Date(Date.parse(FIXTURE.takenAt as string) + 60_000);

/** Every path to a value inside a JSON document (objects and arrays included). */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const here = prefix.length ? [prefix] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return here;
}
const FIXTURE_PATHS = paths(FIXTURE);

/** The document with the value at `path` replaced (or removed when `replacement` is undefined). */
function mutate(doc: unknown, path: Array<string | number>, replacement: unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = replacement;
  return copy;
}

const mutated = fc
  .tuple(fc.constantFrom(...FIXTURE_PATHS), fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }))
  .map(([path, value]) => JSON.stringify(mutate(FIXTURE, path, value)));
const anyText = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  { arbitrary: mutated, weight: 5 },
);

/** A ConfigError whose message starts with the file it is about; anything else thrown fails the property. */
function expectCleanError(fn: () => unknown, source: string): unknown {
  try {
    return fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message.startsWith(`${source}: `), (err as Error).message).toBe(true);
    return undefined;
  }
}

describe('property: evidence files', () => {
  it('any text, JSON value or one-value mutation of a real document → valid evidence that diagnoses every layer, or a ConfigError naming the file', () => {
    let accepted = 0;
    fc.assert(
      fc.property(anyText, (text) => {
        const evidence = expectCleanError(() => parseEvidence(text, 'e.json', NOW), 'e.json') as
          ReturnType<typeof parseEvidence> | undefined;
        if (!evidence) return;
        accepted++;
        expect(EvidenceSchema.safeParse(evidence).success).toBe(true);
        const ranked = diagnose({ evidence }).ranked.map((h) => h.layer);
        expect([...ranked].sort()).toEqual([...LAYER_IDS].sort());
      }),
      { numRuns: 400 },
    );
    // The mutations keep enough documents valid that the diagnosis half of the property is exercised.
    expect(accepted).toBeGreaterThan(20);
  });
});

describe('property: answers files', () => {
  const answersValue = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.record(
      {
        schema: fc.constantFrom('layerpost.answers/v1', 'layerpost.answers/v2', 'layerpost.answers/v0', 'other'),
        layer: fc.oneof(fc.constantFrom(...LAYER_IDS), fc.string({ maxLength: 8 })),
        phase: fc.constantFrom('investigating', 'identified', 'monitoring', 'resolved', 'done'),
        nextUpdateMinutes: fc.oneof(fc.integer({ min: -10, max: 2000 }), fc.string({ maxLength: 4 })),
        models: fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.integer()), { maxLength: 3 }),
        incident: fc.string({ maxLength: 70 }),
      },
      { requiredKeys: [] },
    ),
  );

  afterEach(() => vi.restoreAllMocks());

  it('any value as JSON or YAML, or any text as YAML → answers the schema accepts, or a ConfigError naming the file; no stray warnings', () => {
    // A YAML warning (unknown directive, unresolved tag) would print several "(node:…) YAMLWarning" lines on stderr.
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    fc.assert(
      fc.property(answersValue, fc.string({ maxLength: 120 }), (value, text) => {
        for (const [source, body] of [
          ['a.json', JSON.stringify(value) ?? 'null'],
          ['a.yaml', toYaml(value)],
          ['b.yaml', text],
        ] as const) {
          const answers = expectCleanError(() => parseAnswers(body, source), source);
          if (answers !== undefined) expect(AnswersSchema.safeParse(answers).success).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    expect(warn).not.toHaveBeenCalled();
  });
});
