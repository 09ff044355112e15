// The README is for users: a first incident walked through in order; contributors' material lives in
// CONTRIBUTING.md and ARCHITECTURE.md.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const read = (f: string) => readFile(join(ROOT, f), 'utf8');

describe('the README', () => {
  it('walks a first incident: init → doctor → draft → review → approve and publish → follow-ups', async () => {
    const readme = await read('README.md');
    const walk = readme.slice(
      readme.indexOf('## Your first incident'),
      readme.indexOf('\n## ', readme.indexOf('## Your first incident') + 5),
    );
    // each numbered step, in order, names its command
    const steps = walk.split(/\n\*\*(?=\d\.)/).slice(1);
    const want = [
      'layerpost init',
      'layerpost doctor',
      'layerpost draft',
      'review.html',
      '#publishing',
      'draft --incident',
    ];
    expect(steps).toHaveLength(want.length);
    steps.forEach((step, i) => expect(step, `step ${i + 1}`).toContain(want[i]));
    for (const h of ['## Publishing', '## Watching an incident', '## Install', '## Lint'])
      expect(readme).toContain(`\n${h}\n`);
  });

  it('keeps architecture, performance and reliability notes for contributors', async () => {
    const readme = await read('README.md');
    for (const h of ['## Architecture', '## Performance', '## Reliability']) expect(readme).not.toContain(`\n${h}\n`);
    const arch = await read('ARCHITECTURE.md');
    for (const h of ['## Layout', '## Performance', '## Reliability']) expect(arch).toContain(`\n${h}\n`);
    expect(await read('CONTRIBUTING.md')).toMatch(/## Build, check, test/);
    expect(readme).toContain('[CONTRIBUTING.md](CONTRIBUTING.md)');
  });

  it("every command the CLI has is in the README's synopsis", async () => {
    const { buildProgram } = await import('../src/cli.js');
    const readme = await read('README.md');
    const synopsis = readme.slice(readme.indexOf('## Commands'), readme.indexOf('global: --config'));
    for (const c of buildProgram(async () => {})
      .commands.map((c) => c.name())
      .filter((n) => n !== 'help'))
      expect(synopsis, c).toMatch(new RegExp(`^layerpost ${c}\\b`, 'm'));
  });
});
