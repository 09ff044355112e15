// Who is at the keyboard: --as, else the git user name, else the OS user (an adapter: it runs git).
import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';

export async function whoAmI(cwd: string, given?: string): Promise<string> {
  if (given?.trim()) return given.trim();
  const git = await new Promise<string>((resolve) => {
    execFile('git', ['config', 'user.name'], { cwd, timeout: 3000 }, (err, stdout) =>
      resolve(err ? '' : String(stdout).trim()),
    );
  });
  if (git) return git;
  try {
    return userInfo().username;
  } catch {
    return process.env.USER || process.env.USERNAME || 'unknown';
  }
}
