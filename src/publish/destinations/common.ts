// What every destination module gets: the HTTP sender, the environment for credentials, and the shared helpers.
import { resolveRefs } from '../../platform/secrets.js';
import type { Send } from '../http.js';
import type { Destination } from '../types.js';

export interface DestinationDeps {
  send: Send;
  env: NodeJS.ProcessEnv;
}

/**
 * One destination kind: its id (the config key), the draft channel it publishes, and how to build it from its config.
 */
export interface DestinationKind<C> {
  id: string;
  channel: string;
  create(config: C, deps: DestinationDeps): Destination;
}

/** A credential reference resolved, and registered as a secret so every output redacts it. */
export function credential(value: string, env: NodeJS.ProcessEnv, where: string): string {
  return resolveRefs(value, env, where, { secret: true });
}

/** Base URL without a trailing slash. */
export const base = (url: string) => url.replace(/\/+$/, '');
