// One reader for every versioned document: the same line for the same problem, whichever document it is.
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ANSWERS_DOCUMENT, BUNDLE_DOCUMENT } from '../../src/model/bundle.js';
import { readDocument, type DocumentKind } from '../../src/model/document.js';
import { EVIDENCE_DOCUMENT } from '../../src/model/evidence.js';

const KINDS: Array<[string, DocumentKind<unknown>]> = [
  ['evidence', EVIDENCE_DOCUMENT as DocumentKind<unknown>],
  ['answers', ANSWERS_DOCUMENT as DocumentKind<unknown>],
  ['bundle', BUNDLE_DOCUMENT as DocumentKind<unknown>],
];

describe('readDocument', () => {
  it.each(KINDS)('%s: a newer version says to upgrade, in the same words', (family, kind) => {
    expect(() => readDocument(JSON.stringify({ schema: `layerpost.${family}/v9` }), 'f.json', kind)).toThrow(
      `f.json: made by a newer layerpost (schema "layerpost.${family}/v9"); this version reads "layerpost.${family}/v1" — upgrade layerpost to read it`,
    );
  });

  it.each(KINDS)('%s: another document, broken JSON, a list or a deep nest is one line naming the file', (_f, kind) => {
    expect(() => readDocument('{"schema": "layerpost.other/v1"}', 'f.json', kind)).toThrow(
      new RegExp(
        `^f\\.json: not a layerpost ${kind.what} \\(schema "layerpost\\.other/v1"; expected "${kind.id.replace(/[./]/g, '\\$&')}"\\)$`,
      ),
    );
    expect(() => readDocument('{ nope', 'f.json', kind)).toThrow(/^f\.json: invalid JSON: /);
    expect(() => readDocument('[1]', 'f.json', kind)).toThrow(
      `f.json: not a layerpost ${kind.what} (expected a JSON object)`,
    );
    expect(() =>
      readDocument(`{"schema":"${kind.id}","x":${'['.repeat(200)}${']'.repeat(200)}}`, 'f.json', kind),
    ).toThrow(/^f\.json: x.*: nested deeper than 64 levels$/);
  });

  it('a schema id is required where the kind says so; an answers file written by hand may leave it out', () => {
    expect(() => readDocument('{}', 'e.json', EVIDENCE_DOCUMENT)).toThrow(/schema missing/);
    expect(readDocument('{"layer": "network"}', 'a.json', ANSWERS_DOCUMENT)).toEqual({ layer: 'network' });
  });

  it('YAML where the kind allows it, and its error on one line', () => {
    const yaml = (t: string) => parseYaml(t) as unknown;
    expect(readDocument('layer: network\nphase: identified\n', 'a.yaml', ANSWERS_DOCUMENT, { yaml })).toEqual({
      layer: 'network',
      phase: 'identified',
    });
    expect(() => readDocument('layer: [unclosed\n', 'a.yaml', ANSWERS_DOCUMENT, { yaml })).toThrow(
      /^a\.yaml: invalid YAML: [^\n]+$/,
    );
    // A .json file is read as JSON even where YAML is allowed.
    expect(() => readDocument('layer: network', 'a.json', ANSWERS_DOCUMENT, { yaml })).toThrow(
      /^a\.json: invalid JSON: /,
    );
  });
});
