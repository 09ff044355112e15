// The `tcp` probe: open a connection to host:port (default 443), timed from lookup to connect.
import { connect } from 'node:net';
import type { ProbeConfig } from '../../config/schema.js';
import type { ProbeResult } from '../../model/evidence.js';
import type { ProbeContext } from './types.js';
import { failure, finish, resultBase } from './result.js';
import { bound, opened } from './socket.js';

export async function tcpProbe(probe: ProbeConfig, ctx: ProbeContext): Promise<ProbeResult> {
  const { host, port = 443 } = probe.tcp!;
  const target = `${host}:${port}`;
  const base = resultBase(probe, 'tcp', target);
  const b = bound(ctx.timeoutMs, ctx.signal);
  const started = performance.now();
  try {
    const socket = await opened(connect({ host, port }), 'connect', b.signal);
    const ms = performance.now() - started;
    const remote = socket.remoteAddress;
    socket.destroy();
    return finish(
      base,
      'ok',
      ms,
      `connect ${target}${remote && remote !== host ? ` (${remote})` : ''} in ${Math.round(ms)} ms`,
    );
  } catch (err) {
    return failure(base, err, performance.now() - started, `connect ${target}`, b);
  }
}
