// What a slow command is still waiting for: a spinner naming the pending sources on a terminal, plain lines elsewhere.

export interface PendingReport {
  /** One source answered (or failed); `outcome` is a short word such as "answered" or "failed". */
  done(id: string, outcome: string): void;
  stop(): void;
}

/**
 * On a TTY (and not --quiet/--json) a yocto-spinner on stderr whose text lists what is still pending; otherwise one
 * plain line per finished source naming those still pending, so a log shows where a long wait is.
 */
/** What reporting needs of the command's runtime and log (an adapter does not reach up for them). */
export interface PendingTerminal {
  stderr: { isTTY?: boolean };
  opts: { quiet?: boolean; json?: boolean };
  env: Record<string, string | undefined>;
}

export async function reportPending(
  rt: PendingTerminal,
  log: { progress(line: string): void },
  ids: readonly string[],
): Promise<PendingReport> {
  const pending = [...ids];
  const waiting = () => `waiting for ${pending.join(', ')}`;
  const quiet = Boolean(rt.opts.quiet || rt.opts.json);
  // yocto-spinner draws with cursor moves, so it needs the real stream; an injected stderr gets plain lines.
  const stream = rt.stderr.isTTY && !quiet && !('CI' in rt.env) && process.stderr.isTTY ? process.stderr : undefined;
  if (stream) {
    const { default: yoctoSpinner } = await import('yocto-spinner');
    const spinner = yoctoSpinner({ text: waiting(), stream }).start();
    return {
      done(id) {
        if (!pending.includes(id)) return;
        pending.splice(pending.indexOf(id), 1);
        if (pending.length) spinner.text = waiting();
        else spinner.stop();
      },
      stop: () => void spinner.stop(),
    };
  }
  return {
    done(id, outcome) {
      if (!pending.includes(id)) return;
      pending.splice(pending.indexOf(id), 1);
      if (pending.length) log.progress(`  ${id} ${outcome}; still ${waiting()}`);
    },
    stop() {},
  };
}
