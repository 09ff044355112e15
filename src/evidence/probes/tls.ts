// The `tls` probe: a verified TLS handshake with host:port (default 443), and how long the certificate stays valid.
import { isIP } from 'node:net';
import { connect } from 'node:tls';
import type { ProbeConfig } from '../../config/schema.js';
import type { ProbeResult } from '../../model/evidence.js';
import type { ProbeContext } from './types.js';
import { failure, finish, resultBase } from './result.js';
import { bound, opened } from './socket.js';
import { listedInsecure } from '../../platform/dispatcher.js';

const DAY_MS = 86_400_000;

export async function tlsProbe(probe: ProbeConfig, ctx: ProbeContext): Promise<ProbeResult> {
  const { host, port = 443, servername, minValidDays } = probe.tls!;
  const target = `${host}:${port}`;
  const base = resultBase(probe, 'tls', target);
  const insecure = listedInsecure(ctx.insecureHosts, host, port);
  const sni = servername ?? (isIP(host) ? undefined : host);
  const b = bound(ctx.timeoutMs, ctx.signal);
  const started = performance.now();
  try {
    const socket = await opened(
      connect({ host, port, servername: sni, rejectUnauthorized: !insecure, ALPNProtocols: ['http/1.1'] }),
      'secureConnect',
      b.signal,
    );
    const ms = performance.now() - started;
    const cert = socket.getPeerCertificate();
    const authorized = socket.authorized;
    const protocol = socket.getProtocol();
    socket.destroy();
    const validTo = cert?.valid_to ? Date.parse(cert.valid_to) : NaN;
    const days = Number.isFinite(validTo) ? Math.floor((validTo - ctx.now().getTime()) / DAY_MS) : undefined;
    const parts = [`TLS handshake with ${target} in ${Math.round(ms)} ms`];
    if (protocol) parts.push(protocol);
    if (days !== undefined) parts.push(`certificate valid ${days} more day${days === 1 ? '' : 's'}`);
    // An expiring but valid certificate is a warning, not a fault in the request path: recording it as a
    // failure would point the diagnosis at the network while requests still succeed.
    if (days !== undefined && minValidDays !== undefined && days < minValidDays)
      parts.push(`WARNING: under the ${minValidDays}-day minimum`);
    if (!authorized) parts.push(`not verified (${host} is in insecureHosts)`);
    return finish(base, 'ok', ms, parts.join(', '));
  } catch (err) {
    return failure(base, err, performance.now() - started, `TLS handshake with ${target}`, b);
  }
}
