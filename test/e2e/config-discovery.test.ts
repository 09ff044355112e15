// The team's config is found from a sub-folder of the repository, named with --verbose and in the evidence; a run
// with none says so in one line.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/model/evidence.js';
import { runCli } from '../helpers/cli.js';
import { startServer, type TestServer } from '../helpers/server.js';

let repo: string;
let server: TestServer;
beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'layerpost-discover-'));
  server = await startServer({ '/health': (_q, res) => void res.writeHead(200).end('ok') });
  await mkdir(join(repo, '.git'));
  await mkdir(join(repo, 'acme', 'templates'), { recursive: true });
  await mkdir(join(repo, 'elsewhere'));
  await writeFile(
    join(repo, 'acme', 'layerpost.config.yaml'),
    `product: { name: Acme, feature: Acme Assist }\nproviders: []\nprobes:\n  - id: our-handler\n    layer: integration\n    http: { url: "${server.url}/health", expect: { status: [200] } }\n`,
  );
});
afterAll(async () => {
  await server?.close();
  if (repo) await rm(repo, { recursive: true, force: true });
});

describe('config discovery', () => {
  it("probe from acme/templates runs the team's probes, names the file with --verbose and in the evidence", async () => {
    const r = await runCli(['probe', '--json', '--verbose'], { cwd: join(repo, 'acme', 'templates') });
    expect(r.code, r.stderr).toBe(0);
    const file = join(repo, 'acme', 'layerpost.config.yaml');
    expect(r.stderr.split('\n')).toContain(`Config: ${file}`);
    const evidence = JSON.parse(r.stdout) as Evidence;
    expect(evidence.probes.map((p) => p.id)).toEqual(['our-handler']);
    expect(evidence.takenOn?.config).toBe(file);
    expect(server.hits).toEqual(['GET /health']);
  });

  it('a run with no config says so in one line on stderr, naming where it looked', async () => {
    const cwd = join(repo, 'elsewhere');
    const r = await runCli(['layers'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(
      `No layerpost.config.{yaml,yml,json} in ${cwd} or a parent up to ${repo}: using the embedded defaults (\`layerpost init\` writes one, --config names one).\n`,
    );
    expect((await runCli(['layers', '--quiet'], { cwd })).stderr).toBe('');
  });
});
