/**
 * A problem with how the command was called or configured (SPEC §4: exit 2).
 * Its message is the one line the user sees; no stack trace is ever printed for it.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly exitCode = 2;
}

/** Ends the command with a given exit code after its output is written (e.g. a failed gate). */
export class ExitError extends Error {
  override readonly name = 'ExitError';
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}
