// The prometheus probe against a real Prometheus scraping a real blackbox_exporter, which probes servers this test
// controls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { freePort, json, startServer, type TestServer } from '../helpers/server.js';
import { parseEvidence } from '../../src/evidence/file.js';

const BINARIES = ['prometheus', 'prometheus-blackbox-exporter'];
const missing = BINARIES.filter((b) => spawnSync('sh', ['-c', `command -v ${b}`]).status !== 0);
if (missing.length)
  console.warn(
    `probe-prometheus: skipped — ${missing.join(' and ')} not installed (Debian packages prometheus, prometheus-blackbox-exporter; .ci/run installs them).`,
  );

describe.skipIf(missing.length > 0)(
  `prometheus probe with a real Prometheus and blackbox_exporter${missing.length ? ` (skipped: ${missing.join(', ')} not installed)` : ''}`,
  () => {
    let target: TestServer;
    let dir: string;
    let promUrl = '';
    const children: ChildProcess[] = [];
    const logs: string[] = [];

    function start(cmd: string, args: string[]): ChildProcess {
      const child = spawn(cmd, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout!.on('data', (d: Buffer) => logs.push(`${cmd}: ${d}`));
      child.stderr!.on('data', (d: Buffer) => logs.push(`${cmd}: ${d}`));
      children.push(child);
      return child;
    }

    beforeAll(async () => {
      target = await startServer({
        '/up': (_q, res) => json(res, 200, { ok: true }),
        '/broken': (_q, res) => json(res, 503, { ok: false }),
      });
      dir = mkdtempSync(join(tmpdir(), 'lp-prom-'));
      const [bbPort, promPort] = [await freePort(), await freePort()];
      writeFileSync(
        join(dir, 'blackbox.yml'),
        [
          'modules:',
          '  http_2xx:',
          '    prober: http',
          '    timeout: 2s',
          '    http:',
          '      preferred_ip_protocol: ip4',
          '',
        ].join('\n'),
      );
      writeFileSync(
        join(dir, 'prometheus.yml'),
        [
          'global:',
          '  scrape_interval: 1s',
          '  scrape_timeout: 1s',
          '  evaluation_interval: 1s',
          'scrape_configs:',
          '  - job_name: blackbox',
          '    metrics_path: /probe',
          '    params: { module: [http_2xx] }',
          '    static_configs:',
          `      - targets: ['${target.url}/up', '${target.url}/broken']`,
          '    relabel_configs:',
          '      - { source_labels: [__address__], target_label: __param_target }',
          '      - { source_labels: [__param_target], target_label: instance }',
          `      - { target_label: __address__, replacement: '127.0.0.1:${bbPort}' }`,
          '',
        ].join('\n'),
      );
      start('prometheus-blackbox-exporter', [
        `--config.file=${join(dir, 'blackbox.yml')}`,
        `--web.listen-address=127.0.0.1:${bbPort}`,
      ]);
      start('prometheus', [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${promPort}`,
        '--storage.tsdb.retention.time=1h',
      ]);
      promUrl = `http://127.0.0.1:${promPort}`;
      // Wait (bounded) until both targets have been probed and scraped.
      const until = Date.now() + 25_000;
      for (;;) {
        try {
          const res = await fetch(
            `${promUrl}/api/v1/query?query=${encodeURIComponent('probe_success{job="blackbox"}')}`,
          );
          const body = (await res.json()) as { data?: { result?: unknown[] } };
          if ((body.data?.result?.length ?? 0) >= 2) break;
        } catch {
          /* not up yet */
        }
        if (Date.now() > until)
          throw new Error(`Prometheus had no blackbox series after 25 s:\n${logs.join('').slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    }, 40_000);

    afterAll(async () => {
      for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
      await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : undefined)));
      await target?.close();
      for (const d of [dir, ...cfgDirs]) if (d) rmSync(d, { recursive: true, force: true });
    });

    const project = (config: unknown): string => {
      const cwd = mkdtempSync(join(tmpdir(), 'lp-prom-cfg-'));
      writeFileSync(join(cwd, 'layerpost.config.json'), JSON.stringify(config));
      cfgDirs.push(cwd);
      return cwd;
    };
    const cfgDirs: string[] = [];

    it('one result per blackbox series: the 200 target passes, the 503 target fails with its status, mapped to layers', async () => {
      const cwd = project({
        probes: [
          {
            id: 'bb',
            layer: 'integration',
            prometheus: {
              url: promUrl,
              selector: '{job="blackbox"}',
              layers: [{ match: { instance: `${target.url}/broken` }, layer: 'provider-api', provider: 'anthropic' }],
            },
          },
        ],
      });
      const r = await runCli(['probe', '--json', '--no-status'], { cwd });
      expect(r.code).toBe(1);
      const ev = parseEvidence(r.stdout, 'stdout', new Date());
      const by = Object.fromEntries(ev.probes.map((p) => [p.id, p]));
      expect(Object.keys(by).sort()).toEqual([`bb:${target.url}/broken`, `bb:${target.url}/up`]);
      expect(by[`bb:${target.url}/up`]).toMatchObject({
        ok: true,
        outcome: 'ok',
        status: 200,
        layer: 'integration',
        kind: 'prometheus',
      });
      expect(by[`bb:${target.url}/broken`]).toMatchObject({
        ok: false,
        outcome: 'http-status',
        status: 503,
        layer: 'provider-api',
        provider: 'anthropic',
      });
      for (const p of ev.probes) {
        expect(p.latencyMs).toBeGreaterThan(0);
        expect(Date.parse(p.observedAt!)).toBeGreaterThan(Date.now() - 60_000);
        expect(p.source).toBe(`prometheus ${promUrl}`);
      }
    });

    it("a selector that matches nothing is a failed result, and a bad one reports Prometheus's error", async () => {
      const cwd = project({
        probes: [
          { id: 'none', layer: 'integration', prometheus: { url: promUrl, selector: '{job="nothing-here"}' } },
          { id: 'bad', layer: 'integration', prometheus: { url: promUrl, selector: '{job=unquoted}' } },
        ],
      });
      const r = await runCli(['probe', '--json', '--no-status'], { cwd });
      const ev = parseEvidence(r.stdout, 'stdout', new Date());
      expect(ev.probes.map((p) => [p.id, p.outcome])).toEqual([
        ['none', 'error'],
        ['bad', 'error'],
      ]);
      expect(ev.probes[0]!.detail).toContain('no series match probe_success{job="nothing-here"}');
      expect(ev.probes[1]!.detail).toMatch(/Prometheus answered 400: .*parse error/);
    });
  },
);
