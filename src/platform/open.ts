// Opens a file in the default browser (xdg-open / open / start), detached; says why not when it cannot.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Opener {
  command: string;
  args: string[];
}

export type OpenResult = { opened: true; command: string } | { opened: false; reason: string };

/** The platform's opener for `path`, or undefined when it is not on PATH. */
export function openerFor(path: string, platform: NodeJS.Platform, env: NodeJS.ProcessEnv): Opener | undefined {
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', path] };
  const command = platform === 'darwin' ? 'open' : 'xdg-open';
  return onPath(command, env) ? { command, args: [path] } : undefined;
}

export function onPath(command: string, env: NodeJS.ProcessEnv): boolean {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}

function inCi(env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

/** Start the opener and leave it running on its own; never throws for a missing opener. */
export function openInBrowser(
  path: string,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): OpenResult {
  if (inCi(env)) return { opened: false, reason: 'CI is set, so no browser is opened' };
  const opener = openerFor(path, platform, env);
  if (!opener) return { opened: false, reason: `no ${platform === 'darwin' ? 'open' : 'xdg-open'} command found` };
  try {
    const child = spawn(opener.command, opener.args, { detached: true, stdio: 'ignore', env, windowsHide: true });
    // A failure after spawn (e.g. the opener vanished) must not crash the CLI; the path was printed anyway.
    child.on('error', () => undefined);
    child.unref();
    return { opened: true, command: opener.command };
  } catch (err) {
    return { opened: false, reason: `${opener.command} failed: ${(err as Error).message}` };
  }
}

export function fileUrl(path: string): string {
  return pathToFileURL(path).href;
}
