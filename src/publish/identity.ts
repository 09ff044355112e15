// Who is at the keyboard: --as, else the git user name, else the OS user (an adapter: it runs git). node:child_process
// is loaded when git is asked, not with the modules that import this one (a draft under one-person approval never is).
import { userInfo } from 'node:os';

export async function whoAmI(cwd: string, given?: string): Promise<string> {
  if (given?.trim()) return given.trim();
  const { execFile } = await import('node:child_process');
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
