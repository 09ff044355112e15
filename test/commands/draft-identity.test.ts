// Who drafted an update is asked of git (a process) only where publish.approval is two-person, the one rule that
// reads it: a one-person draft neither spawns git nor records a drafter.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
vi.mock('../../src/publish/identity.js', () => ({
  whoAmI: async (cwd: string) => (calls.push(cwd), 'Dana Drafter'),
}));

const { resolveConfig } = await import('../../src/config/load.js');
const { makeChalk } = await import('../../src/platform/color.js');
const { Log } = await import('../../src/platform/runtime.js');
const { runDraft } = await import('../../src/commands/draft-flow.js');
import type { Runtime } from '../../src/platform/runtime.js';
import type { Evidence } from '../../src/model/evidence.js';

const NOW = new Date('2026-11-21T14:02:00Z');
const evidence: Evidence = {
  schema: 'layerpost.evidence/v1',
  takenAt: '2026-11-21T14:01:00Z',
  probes: [
    {
      id: 'our-handler',
      layer: 'integration',
      ok: false,
      outcome: 'http-status',
      status: 502,
      latencyMs: 40,
      detail: 'GET /api/ai/health → 502',
    },
  ],
  providers: [],
};

async function draft(approval: 'one-person' | 'two-person' = 'one-person') {
  const dir = await mkdtemp(join(tmpdir(), 'layerpost-identity-'));
  const rt: Runtime = {
    cwd: dir,
    env: {},
    now: () => NOW,
    stdout: { write: () => undefined, isTTY: false },
    stderr: { write: () => undefined, isTTY: false },
    interactive: false,
    color: false,
    opts: {},
    signal: new AbortController().signal,
  };
  const raw = { product: { name: 'Acme Notes', feature: 'Acme AI' }, out: join(dir, 'out') };
  const publish = { approval, timeoutSeconds: 30, rateLimitWaitSeconds: 60 };
  const config = resolveConfig(approval === 'two-person' ? { ...raw, publish } : raw, { baseDir: dir });
  const env = { rt, config, log: new Log(rt), c: await makeChalk(false) };
  const r = await runDraft(
    env,
    { incident: 'inc-1', yes: true, layer: 'integration', phase: 'investigating' },
    {
      evidence,
      lint: () => [],
    },
  );
  expect(r.code).toBe(0);
  return JSON.parse(await readFile(join(r.bundle!, 'draft.json'), 'utf8')) as { draftedBy?: string };
}

describe('draft: who drafted it', () => {
  beforeEach(() => void calls.splice(0));

  it('one-person approval (the default): git is not asked and the bundle records no drafter', async () => {
    const manifest = await draft();
    expect(calls).toEqual([]);
    expect(manifest.draftedBy).toBeUndefined();
  });

  it('two-person approval: the drafter is asked for and recorded', async () => {
    const manifest = await draft('two-person');
    expect(calls).toHaveLength(1);
    expect(manifest.draftedBy).toBe('Dana Drafter');
  });
});
