// Issue 25: decisions that are facts (the correction's kind, the action's case, the error's words) are made once in the
// context, and the templates say each by the phrase file of that kind, not by a chain of ifs.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { actionCase, correctionKind, errorWord } from '../../src/drafts/build-context.js';
import { ACTION_CASES, CORRECTION_KINDS, ERROR_WORDS } from '../../src/drafts/context.js';
import { DEFAULT_LAYERS, ERROR_KINDS, PHASES } from '../../src/model/layers.js';
import { embeddedTemplatesDir, loadTemplateSet } from '../../src/templating/load.js';
import { PHRASES_BY_KIND } from '../../src/templating/set.js';

const layer = (id: string) => DEFAULT_LAYERS.find((l) => l.id === id)!;
const GERMAN = join(__dirname, '..', 'fixtures', 'templates-de');
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

describe('the decisions, once, in the context', () => {
  it('correction kind: none for the same layer or a first update; update from unknown; retraction to unknown', () => {
    expect(correctionKind('network', undefined)).toBe('none');
    expect(correctionKind('network', 'network')).toBe('none');
    expect(correctionKind('network', 'unknown')).toBe('update');
    expect(correctionKind('unknown', 'network')).toBe('retraction');
    expect(correctionKind('provider-api', 'network')).toBe('correction');
  });

  it("action case: the operator's words win; else by phase, the layer's side and the provider's open incident", () => {
    const input = (
      id: string,
      phase: (typeof PHASES)[number],
      extra: { incident?: boolean; models?: number } = {},
    ) => ({
      layer: layer(id),
      phase,
      provider: {
        id: 'anthropic',
        name: 'Anthropic',
        ...(extra.incident ? { incident: { name: 'Errors', status: 'investigating' } } : {}),
      },
      models: Array.from({ length: extra.models ?? 0 }, (_, i) => ({ id: `m${i}`, name: `M${i}` })),
    });
    expect(actionCase(input('network', 'resolved'), true)).toBe('given');
    expect(actionCase(input('provider-api', 'investigating'), false)).toBe('investigating');
    expect(actionCase(input('integration', 'identified'), false)).toBe('fixing');
    expect(actionCase(input('provider-api', 'identified', { incident: true }), false)).toBe(
      'following-provider-incident',
    );
    expect(actionCase(input('provider-api', 'identified'), false)).toBe('tracking-provider');
    expect(actionCase(input('model-quality', 'monitoring'), false)).toBe('checking-answers');
    expect(actionCase(input('model-endpoint', 'monitoring', { models: 1 }), false)).toBe('watching-models');
    expect(actionCase(input('model-endpoint', 'monitoring'), false)).toBe('watching-layer');
    expect(actionCase(input('provider-api', 'monitoring'), false)).toBe('watching-layer');
    expect(actionCase(input('network', 'monitoring'), false)).toBe('watching-fix');
    expect(actionCase(input('network', 'resolved'), false)).toBe('none');
  });

  it("error words: HTTP and the kind's word beside a status, the kind's own words without one", () => {
    expect(errorWord(529, 'overloaded')).toBe('http-overloaded');
    expect(errorWord(504, 'timeout')).toBe('http-timeout');
    expect(errorWord(502, 'tls')).toBe('http');
    expect(errorWord(0, 'timeout')).toBe('timeout');
    expect(errorWord(0, 'dns')).toBe('dns');
    expect(errorWord(0, 'overloaded')).toBe('connection-error');
    for (const k of ERROR_KINDS) for (const s of [0, 503]) expect(ERROR_WORDS).toContain(errorWord(s, k));
  });
});

describe('the templates say each kind in its own file', () => {
  const kinds: Record<string, readonly string[]> = {
    correction: CORRECTION_KINDS.filter((k) => k !== 'none'),
    'correction-short': CORRECTION_KINDS.filter((k) => k !== 'none'),
    'correction-tiny': CORRECTION_KINDS.filter((k) => k !== 'none'),
    action: ACTION_CASES,
    'error-word': ERROR_WORDS,
  };

  it.each([
    ['embedded', embeddedTemplatesDir()],
    ['German', GERMAN],
  ])('%s set: one file per kind, none deciding with else-if', (_name, root) => {
    expect(Object.keys(kinds).sort()).toEqual(Object.keys(PHRASES_BY_KIND).sort());
    for (const [phrase, values] of Object.entries(kinds)) {
      expect(existsSync(join(root, 'phrases', `${phrase}.hbs`)), phrase).toBe(false);
      const files = readdirSync(join(root, 'phrases', phrase)).map((f) => f.replace(/\.hbs$/, ''));
      expect(files.sort(), phrase).toEqual([...values].sort());
      for (const f of files)
        expect(readFileSync(join(root, 'phrases', phrase, `${f}.hbs`), 'utf8'), `${phrase}/${f}`).not.toMatch(
          /\{\{else if|\{\{#if (?:layer|previous\.layer|is)\./,
        );
    }
  });

  it("a team's flat phrase file of a decided kind is refused with one line saying where its words go now", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layerpost-kinds-'));
    made.push(dir);
    mkdirSync(join(dir, 'phrases'));
    writeFileSync(join(dir, 'phrases', 'correction.hbs'), 'Correction.');
    await expect(loadTemplateSet([dir])).rejects.toThrow(
      `${join(dir, 'phrases', 'correction.hbs')}: this template now goes in ${join(dir, 'phrases/correction/KIND.hbs')} (one file per value of correction.kind, listed in templates/README.md); move it there`,
    );
  });
});
