// --product wins over the config's product name, as flags do over config, and the conflict is said.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'layerpost-product-flag-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const EVIDENCE = new URL('../fixtures/evidence/provider-api-529.json', import.meta.url).pathname;

describe('--product and the config', () => {
  it('the flag names the product in every post; stderr says it overrides the config', async () => {
    writeFileSync(join(dir, 'layerpost.config.json'), JSON.stringify({ product: { name: 'Acme Notes' } }));
    const r = await runCli(
      [
        'draft',
        '--json',
        '--from',
        EVIDENCE,
        '--yes',
        '--product',
        'Acme Mail',
        '--layer',
        'provider-api',
        '--phase',
        'identified',
        '--impact',
        'Answers fail.',
        '--out',
        join(dir, 'out'),
      ],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBeLessThan(2);
    const { bundle } = JSON.parse(r.stdout) as { bundle: string };
    const posts = ['statuspage.md', 'slack.md', 'x.txt'].map((f) => readFileSync(join(bundle, f), 'utf8')).join('\n');
    expect(posts).toContain('Acme Mail');
    expect(posts).not.toContain('Acme Notes');
    expect(
      (JSON.parse(readFileSync(join(bundle, 'draft.json'), 'utf8')) as { product: { name: string } }).product.name,
    ).toBe('Acme Mail');
    expect(r.stderr).toContain(`--product "Acme Mail" is used over the config's product name "Acme Notes"`);
  });
});
