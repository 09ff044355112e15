// Config discovery: the nearest layerpost.config.{yaml,yml,json} from the working directory up to the repository
// root, or the home directory outside a repository; nothing above that bound.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findConfig, loadConfig, noConfigLine, searchStop } from '../../src/config/load.js';

const root = mkdtempSync(join(tmpdir(), 'layerpost-discovery-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A tree under its own folder: paths ending in / are folders, others files with `product.name` = the path. */
function tree(name: string, paths: string[]): string {
  const base = join(root, name);
  for (const p of paths) {
    const full = join(base, p);
    if (p.endsWith('/')) mkdirSync(full, { recursive: true });
    else {
      mkdirSync(join(full, '..'), { recursive: true });
      writeFileSync(
        full,
        p.endsWith('.json') ? JSON.stringify({ product: { name: p } }) : `product: { name: "${p}" }\n`,
      );
    }
  }
  return base;
}

describe('config discovery', () => {
  it.each([
    [
      'in the working directory',
      ['repo/.git/', 'repo/acme/layerpost.config.yaml'],
      'repo/acme',
      'repo/acme/layerpost.config.yaml',
    ],
    [
      'in a parent, from a sub-folder (acme/templates)',
      ['repo/.git/', 'repo/acme/layerpost.config.yml', 'repo/acme/templates/'],
      'repo/acme/templates',
      'repo/acme/layerpost.config.yml',
    ],
    [
      'the nearest of two',
      ['repo/.git/', 'repo/layerpost.config.json', 'repo/acme/layerpost.config.json', 'repo/acme/x/'],
      'repo/acme/x',
      'repo/acme/layerpost.config.json',
    ],
    [
      'at the repository root itself',
      ['repo/.git/', 'repo/layerpost.config.yaml', 'repo/a/b/c/'],
      'repo/a/b/c',
      'repo/layerpost.config.yaml',
    ],
    [
      'yaml before yml before json in one folder',
      ['repo/.git/', 'repo/layerpost.config.json', 'repo/layerpost.config.yaml'],
      'repo',
      'repo/layerpost.config.yaml',
    ],
    ['not above the repository root', ['layerpost.config.yaml', 'repo/.git/', 'repo/acme/'], 'repo/acme', undefined],
    [
      'outside a repository, up to home',
      ['home/layerpost.config.yaml', 'home/work/acme/'],
      'home/work/acme',
      'home/layerpost.config.yaml',
    ],
    ['outside a repository, not above home', ['layerpost.config.yaml', 'home/work/acme/'], 'home/work/acme', undefined],
  ])('%s', async (name, paths, cwd, expected) => {
    const base = tree(name.replace(/\W+/g, '-'), paths);
    const home = join(base, 'home');
    const found = await findConfig(join(base, cwd), home);
    expect(found?.file).toBe(expected && join(base, expected));
    if (expected) {
      const config = await loadConfig({ cwd: join(base, cwd), home });
      expect(config.file).toBe(join(base, expected));
      expect(config.product.name).toBe(expected);
    }
  });

  it('an empty file is found (and reported as that file), not skipped for one further up', async () => {
    const base = tree('empty', ['repo/.git/', 'repo/layerpost.config.json', 'repo/acme/']);
    writeFileSync(join(base, 'repo/acme/layerpost.config.yaml'), '');
    expect(await findConfig(join(base, 'repo/acme'), join(base, 'home'))).toEqual({
      file: join(base, 'repo/acme/layerpost.config.yaml'),
      text: '',
    });
  });

  it('the line for a run without a config names where it looked', () => {
    const base = tree('none', ['repo/.git/', 'repo/acme/templates/']);
    expect(searchStop(join(base, 'repo/acme/templates'))).toBe(join(base, 'repo'));
    expect(noConfigLine(join(base, 'repo/acme/templates'))).toBe(
      `No layerpost.config.{yaml,yml,json} in ${join(base, 'repo/acme/templates')} or a parent up to ${join(base, 'repo')}: using the embedded defaults (\`layerpost init\` writes one, --config names one).`,
    );
    expect(noConfigLine(join(base, 'repo'))).toMatch(
      new RegExp(
        `^No layerpost\\.config\\.\\{yaml,yml,json\\} in ${join(base, 'repo').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: using`,
      ),
    );
  });
});

describe('where the search stops', () => {
  it('outside a repository and outside HOME: at the working directory, and the no-config line names no parent', () => {
    const base = tree('outside-home', ['elsewhere/work/', 'home/']);
    const cwd = join(base, 'elsewhere/work');
    expect(searchStop(cwd, join(base, 'home'))).toBe(cwd);
    expect(noConfigLine(cwd, join(base, 'home'))).toMatch(/^No layerpost\.config\.\{yaml,yml,json\} in \S+: using/);
  });

  it('a config above an outside-HOME working directory is not found', async () => {
    const base = tree('planted-above', ['layerpost.config.yaml', 'elsewhere/work/', 'home/']);
    expect(await findConfig(join(base, 'elsewhere/work'), join(base, 'home'))).toBeUndefined();
  });
});

describe('a HOME of "/"', () => {
  it('bounds nothing: the search stops at the working directory', () => {
    const base = tree('home-root', ['elsewhere/work/']);
    expect(searchStop(join(base, 'elsewhere/work'), '/')).toBe(join(base, 'elsewhere/work'));
  });
});
