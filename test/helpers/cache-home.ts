// vitest globalSetup: every CLI a test runs keeps its V8 code cache (bin/code-cache.js) in a folder of this test run,
// not in the user's own cache folder. Set before the workers start, so each child process inherits it; a test about
// the cache names a folder of its own.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default async function setup(): Promise<() => Promise<void>> {
  const root = await mkdtemp(join(tmpdir(), 'layerpost-test-cache-'));
  await chmod(root, 0o700);
  // The cache root by platform (cacheRoot in bin/code-cache.js); macOS's is under HOME, which tests keep.
  if (process.platform === 'win32') process.env.LOCALAPPDATA = root;
  else process.env.XDG_CACHE_HOME = root;
  return () => rm(root, { recursive: true, force: true });
}
