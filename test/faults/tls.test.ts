// TLS is verified for every network read: a self-signed source is refused by status, probe and draft --from; only a
// probe host listed in insecureHosts is let through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import type { Evidence } from '../../src/model/evidence.js';
import { startTlsFaultServer } from './fault-server.js';
import { assertNoStack, assertUserError, cleanupProjects, project } from './project.js';

let tls: Awaited<ReturnType<typeof startTlsFaultServer>>;
beforeAll(async () => {
  tls = await startTlsFaultServer();
});
afterAll(async () => {
  await tls.close();
  cleanupProjects();
});

const TLS_REASON =
  /TLS failed \((DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE)\)/;

describe.concurrent('a self-signed certificate', () => {
  it('status: the source is unknown with the TLS reason, exit 0', async () => {
    const dir = project({
      providers: [
        { id: 'selfsigned', name: 'Self-signed', status: { kind: 'statuspage', url: tls.at('ok', '/summary.json') } },
      ],
    });
    const r = await runCli(['status', '--json', '--timeout', '3000'], { cwd: dir, timeoutMs: 30_000 });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { providers: Array<{ indicator: string; error?: string }> };
    expect(out.providers[0]!.indicator).toBe('unknown');
    expect(out.providers[0]!.error).toMatch(TLS_REASON);
  });

  it('probe: outcome tls by default; ok only for a host the config lists in insecureHosts', async () => {
    const probes = [
      {
        id: 'self-signed',
        layer: 'network',
        timeoutMs: 3000,
        http: { url: tls.at('ok', '/health'), expect: { status: [200] } },
      },
    ];
    const [strict, lenient] = await Promise.all([
      runCli(['probe', '--json', '--no-status'], { cwd: project({ probes }), timeoutMs: 30_000 }),
      runCli(['probe', '--json', '--no-status'], {
        cwd: project({ probes, insecureHosts: ['127.0.0.1'] }),
        timeoutMs: 30_000,
      }),
    ]);
    expect(strict.code, strict.stderr).toBe(1);
    assertNoStack(strict.stderr);
    const refused = (JSON.parse(strict.stdout) as Evidence).probes[0]!;
    expect(refused).toMatchObject({ ok: false, outcome: 'tls' });
    expect(refused.detail).toMatch(TLS_REASON);
    expect(lenient.code, lenient.stderr).toBe(0);
    expect((JSON.parse(lenient.stdout) as Evidence).probes[0]).toMatchObject({ ok: true, outcome: 'ok', status: 200 });
  });

  it('draft --from an https URL: exit 2 with the TLS reason', async () => {
    const r = await runCli(['draft', '--yes', '--out', 'out', '--from', tls.at('ok', '/evidence.json')], {
      cwd: project({ insecureHosts: ['127.0.0.1'] }),
      timeoutMs: 30_000,
    });
    // insecureHosts is for probes only: an evidence document is never read over an unverified connection.
    assertUserError(
      r,
      2,
      new RegExp(
        `could not fetch the evidence: ${TLS_REASON.source}; a private CA is trusted with NODE_EXTRA_CA_CERTS=ca\\.pem$`,
      ),
    );
  });
});
