// The `dns` probe: resolve a host the way our HTTP client would (getaddrinfo), timed.
import { lookup } from 'node:dns/promises';
import type { ProbeConfig } from '../../config/schema.js';
import type { ProbeResult } from '../../model/evidence.js';
import type { ProbeContext } from './types.js';
import { failure, finish, resultBase } from './result.js';
import { abortable, bound } from './socket.js';

export async function dnsProbe(probe: ProbeConfig, ctx: ProbeContext): Promise<ProbeResult> {
  const { host } = probe.dns!;
  const base = resultBase(probe, 'dns', host);
  const b = bound(ctx.timeoutMs, ctx.signal);
  const started = performance.now();
  try {
    const addrs = await abortable(ctx.lookup ? ctx.lookup(host) : lookup(host, { all: true }), b.signal);
    const ms = performance.now() - started;
    const shown = addrs
      .slice(0, 2)
      .map((a) => a.address)
      .join(', ');
    return finish(
      base,
      'ok',
      ms,
      `${host} → ${shown}${addrs.length > 2 ? ` (+${addrs.length - 2})` : ''} in ${Math.round(ms)} ms`,
    );
  } catch (err) {
    return failure(base, err, performance.now() - started, `resolve ${host}`, b);
  }
}
