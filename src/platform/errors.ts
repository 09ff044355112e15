// Error kinds and the exit code each maps to; only src/cli.ts turns them into process exits.
export const ExitCode = { ok: 0, findings: 1, usage: 2, bug: 70, interrupted: 130 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode] | number;

/** A mistake in how the tool was called or in a file the user gave it: one line, exit 2. */
export class UsageError extends Error {
  readonly exitCode = ExitCode.usage;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A config, template or input file that is invalid: one line naming file and field, exit 2. */
export class ConfigError extends UsageError {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** A clean exit with a given code and an optional message (e.g. lint findings → 1). */
export class ExitError extends Error {
  constructor(
    readonly exitCode: number,
    message = '',
  ) {
    super(message);
    this.name = 'ExitError';
  }
}

/** The operator pressed Ctrl-C. */
export class InterruptedError extends Error {
  readonly exitCode = ExitCode.interrupted;
  /** What the operator can do next, said after "Interrupted." (each command knows its own way back). */
  constructor(readonly hint = 'Answers given so far are saved; continue with `layerpost draft --resume`.') {
    super('Interrupted.');
    this.name = 'InterruptedError';
  }
}

export function isUserError(err: unknown): err is UsageError {
  return err instanceof UsageError;
}
