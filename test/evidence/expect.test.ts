import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkBody, checkText, getJsonPath, parseJsonPath, statusExpected } from '../../src/evidence/probes/expect.js';

describe('parseJsonPath / getJsonPath', () => {
  const doc = {
    content: [{ type: 'text', text: 'pong' }],
    choices: [{ message: { content: 'hi' } }],
    'a.b': 1,
    status: 'ok',
    n: 0,
    f: false,
  };
  it.each([
    ['content[0].text', true, 'pong'],
    ['$.content[0].text', true, 'pong'],
    ['choices.0.message.content', true, 'hi'],
    ['["a.b"]', true, 1],
    ['status', true, 'ok'],
    ['n', true, 0],
    ['f', true, false],
    ['content[1].text', false, undefined],
    ['status.length', false, undefined],
    ['missing', false, undefined],
    ['content.text', false, undefined],
    ['constructor', false, undefined],
  ])('%s', (path, found, value) => {
    const got = getJsonPath(doc, path);
    expect(got.found).toBe(found);
    if (found) expect(got.value).toEqual(value);
  });

  it('round-trips any path of plain keys and indexes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.stringMatching(/^[a-z_][a-z0-9_]{0,6}$/), fc.nat(5)), { minLength: 1, maxLength: 6 }),
        (segs) => {
          const path = segs.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
          expect(parseJsonPath(path)).toEqual(segs);
        },
      ),
    );
  });
});

describe('statusExpected', () => {
  it.each([
    [undefined, 200, true],
    [undefined, 302, true],
    [undefined, 404, false],
    [undefined, 529, false],
    [{ status: [401] }, 401, true],
    [{ status: [401] }, 200, false],
    [{ status: [] }, 204, true],
  ])('%j with %d → %s', (exp, status, ok) => expect(statusExpected(exp, status)).toBe(ok));
});

describe('checkBody', () => {
  const body = JSON.stringify({ status: 'ok', version: 3, items: [{ name: 'a' }] });
  it.each([
    [{ jsonPath: 'status', equals: 'ok' }, undefined],
    [{ jsonPath: 'version', equals: 3 }, undefined],
    [{ jsonPath: 'version', equals: '3' }, undefined],
    [{ jsonPath: 'items[0].name' }, undefined],
    [{ jsonPath: 'status', equals: 'degraded' }, 'status is "ok", expected "degraded"'],
    [{ jsonPath: 'items[1]' }, 'no value at items[1]'],
    [{ contains: '"status":"ok"' }, undefined],
    [{ contains: '"STATUS"' }, 'expected the body to contain'],
    [{ matches: '"version":\\d+' }, undefined],
    [{ matches: '^nope' }, 'to match /^nope/'],
    [{ jsonPath: 'items', contains: '"name":"a"' }, undefined],
  ])('%j', (exp, problem) => {
    const got = checkBody(exp, body);
    if (problem === undefined) expect(got).toBeUndefined();
    else expect(got).toContain(problem);
  });

  it('says when a JSON path meets a body that is not JSON', () => {
    expect(checkBody({ jsonPath: 'status' }, '<html>oops</html>')).toBe(
      'expected JSON with status, got "<html>oops</html>"',
    );
    expect(checkBody({ jsonPath: 'status' }, '')).toBe('expected JSON with status, got an empty body');
  });

  it('compares a model answer ignoring case, a body exactly', () => {
    expect(checkText({ contains: 'pong' }, 'Pong!')).toBeUndefined();
    expect(checkBody({ contains: 'pong' }, 'Pong!')).toBeDefined();
  });
});
