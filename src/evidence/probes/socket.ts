// Shared by the dns, tcp and tls probes: a per-probe bound joined with the run's signal, and a socket that opens or
// fails.
import type { Socket } from 'node:net';

export interface Bound {
  timeout: AbortSignal;
  signal: AbortSignal;
  timeoutMs: number;
}

export function bound(timeoutMs: number, run: AbortSignal): Bound {
  const timeout = AbortSignal.timeout(timeoutMs);
  return { timeout, signal: AbortSignal.any([timeout, run]), timeoutMs };
}

/**
 * Settle with the work, or reject with the signal's reason when it aborts first (work that cannot be cancelled, like
 * getaddrinfo).
 */
export function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/** Wait until `socket` emits `ready` ("connect", "secureConnect"); the socket is destroyed on failure or abort. */
export function opened<S extends Socket>(socket: S, ready: string, signal: AbortSignal): Promise<S> {
  return abortable(
    new Promise<S>((resolve, reject) => {
      socket.once(ready, () => resolve(socket));
      socket.once('error', reject);
    }),
    signal,
  ).catch((err: unknown) => {
    socket.destroy();
    throw err;
  });
}
