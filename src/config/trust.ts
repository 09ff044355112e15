// Whether a config found above the working directory may send our credentials where it says: a config planted in a
// parent folder (or committed to a cloned repository) must not receive the operator's keys without a word.
import { ConfigError } from '../platform/errors.js';
import { CATALOGUE } from '../model/providers.js';
import { credentialSends, type CredentialSend } from './credentials.js';
import type { ResolvedConfig } from './load.js';

/** The API hosts of the embedded catalogue: where a provider's key is expected to go. */
const KNOWN_HOSTS = new Set(CATALOGUE.flatMap((c) => (c.apiHost ? [c.apiHost.toLowerCase()] : [])));

const hostname = (host: string) =>
  host
    .replace(/:\d+$/, '')
    .replace(/^\[|\]$/g, '')
    .toLowerCase();

/** The credentials a config found above the working directory sends to hosts the embedded catalogue does not name. */
export function untrustedSends(config: Pick<ResolvedConfig, 'foundAbove' | 'raw'>): CredentialSend[] {
  if (!config.foundAbove) return [];
  return credentialSends(config.raw).filter((s) => !KNOWN_HOSTS.has(hostname(s.host)));
}

/** "probe "x" sends ${A} to h:1; probe "y" sends ${B} to h:2". */
export function describeSends(sends: readonly CredentialSend[]): string {
  return sends.map((s) => `probe "${s.probe}" sends ${s.refs.join(', ')} to ${s.host}`).join('; ');
}

export interface TrustDeps {
  /** --trust-config was given. */
  trusted: boolean;
  /** Ask a yes/no question (default No); undefined when no prompt is allowed. */
  confirm?: (message: string) => Promise<boolean>;
}

/**
 * Ask once (default No) before a config found above the working directory sends a credential to a host outside the
 * embedded catalogue; without a terminal it needs --trust-config. Refusing is a ConfigError (exit 2).
 */
export async function checkConfigTrust(
  config: Pick<ResolvedConfig, 'file' | 'foundAbove' | 'raw'>,
  deps: TrustDeps,
): Promise<void> {
  const sends = untrustedSends(config);
  if (!sends.length || deps.trusted) return;
  const what = `${config.file} (found above the working directory) would send credentials to hosts that are not a known provider's API: ${describeSends(sends)}`;
  if (deps.confirm && (await deps.confirm(`${what}. Use this config?`))) return;
  throw new ConfigError(
    `${what}; not sent. Check that file; if you trust it, pass --trust-config (or name it with --config).`,
  );
}
