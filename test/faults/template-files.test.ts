// A team's template folder as the file system gives it: a link loop, a 700 MB file, a name too long are the user's
// to fix (exit 2 naming the path, never "internal error"); a symbolic link inside the folder is followed, one that
// leads out of it is refused by name, never skipped without a word.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { assertUserError, cleanupProjects, withEvidence } from './project.js';
import { fsError } from '../../src/platform/fs.js';

afterAll(() => cleanupProjects());
const draft = [
  'draft',
  '--from',
  'e.json',
  '--yes',
  '--out',
  'out',
  '--incident',
  'tpl',
  '--templates',
  'tpl',
  '--channels',
  'x',
];

function withTemplateDir(): string {
  const dir = withEvidence();
  mkdirSync(join(dir, 'tpl', 'channels', 'x'), { recursive: true });
  return dir;
}

describe("the user's file-system errors exit 2 with the path", () => {
  it('a symbolic-link loop in the template folder', async () => {
    const dir = withTemplateDir();
    symlinkSync('default.hbs', join(dir, 'tpl', 'channels', 'x', 'default.hbs'));
    for (const args of [draft, ['lint', 'tpl']])
      assertUserError(
        await runCli(args, { cwd: dir }),
        2,
        /tpl\/channels\/x\/default\.hbs: too many levels of symbolic links/,
      );
  });

  it('a 700 MB template', async () => {
    const dir = withTemplateDir();
    writeFileSync(join(dir, 'tpl', 'channels', 'x', 'default.hbs'), '');
    truncateSync(join(dir, 'tpl', 'channels', 'x', 'default.hbs'), 700 * 1024 * 1024);
    assertUserError(
      await runCli(['lint', 'tpl'], { cwd: dir }),
      2,
      /tpl\/channels\/x\/default\.hbs: larger than 4 MB; is this the right template\?/,
    );
  });

  it('a named pipe named like a template is said, not skipped (nor waited on)', async () => {
    const { spawnSync } = await import('node:child_process');
    const dir = withTemplateDir();
    expect(spawnSync('mkfifo', [join(dir, 'tpl', 'channels', 'x', 'default.hbs')]).status).toBe(0);
    assertUserError(
      await runCli(['lint', 'tpl'], { cwd: dir, timeoutMs: 15_000 }),
      2,
      /tpl\/channels\/x\/default\.hbs: not a regular file/,
    );
  });

  it('a file name too long (--answers)', async () => {
    const dir = withEvidence();
    const r = await runCli(
      ['draft', '--from', 'e.json', '--yes', '--out', 'out', '--answers', `${'a'.repeat(300)}.json`],
      { cwd: dir },
    );
    assertUserError(r, 2, /a{20}.*: file name too long$/);
  });

  it.each([
    ['ENAMETOOLONG', 'file name too long'],
    ['ELOOP', 'too many levels of symbolic links'],
    ['EACCES', 'permission denied'],
    ['EMFILE', 'too many open files'],
  ])('fsError(%s) is a user error naming the path', (code, words) => {
    const e = fsError(Object.assign(new Error(code), { code }), '/srv/tpl/x/default.hbs', 'template');
    expect(e.name).toBe('UsageError');
    expect(e.message).toContain('/srv/tpl/x/default.hbs: ');
    expect(e.message).toContain(words);
  });
});

describe('symbolic links in the template folder', () => {
  it('one inside the folder is followed: lint checks it and the draft uses its words', async () => {
    const dir = withTemplateDir();
    mkdirSync(join(dir, 'tpl', 'shared'));
    writeFileSync(
      join(dir, 'tpl', 'shared', 'x.hbs.txt'),
      '{{product.name}}: LINKED-TEMPLATE-WORDS. Cause: {{> layer-name}}. Next update {{nextUpdate.at.utc}}.',
    );
    symlinkSync('../../shared/x.hbs.txt', join(dir, 'tpl', 'channels', 'x', 'default.hbs'));
    const lint = await runCli(['lint', 'tpl', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(lint.stdout) as { summary: { filesChecked: number } }).summary.filesChecked, lint.stderr).toBe(
      1,
    );
    const r = await runCli([...draft, '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBeLessThan(2);
    const bundle = (JSON.parse(r.stdout) as { bundle: string }).bundle;
    expect(readFileSync(join(bundle, 'x.txt'), 'utf8')).toContain('LINKED-TEMPLATE-WORDS');
  });

  it('one that leads out of the folder is refused by name', async () => {
    const dir = withTemplateDir();
    writeFileSync(join(dir, 'outside.hbs'), 'OUTSIDE');
    symlinkSync(join(dir, 'outside.hbs'), join(dir, 'tpl', 'channels', 'x', 'default.hbs'));
    assertUserError(
      await runCli(draft, { cwd: dir }),
      2,
      /tpl\/channels\/x\/default\.hbs: a symbolic link to .*outside\.hbs, outside the template folder/,
    );
  });
});
