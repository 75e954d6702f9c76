/**
 * The command could not run: a bad argument, a file that is missing or malformed, an endpoint that
 * names nothing. Its message is the one line the CLI prints on stderr before exiting 2
 * (spec/cli-analyze.md, "Exit codes and errors"), so it names what is wrong in the user's words.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly exitCode = 2;
}

/** Exit codes of spec/cli-analyze.md. */
export const EXIT = {
  /** A verdict was produced (and matched `--expect`, when given). */
  ok: 0,
  /** `--expect` differs, a saved flow failed its check, or validation found an error. */
  mismatch: 1,
  /** The command could not run. */
  usage: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** What a command produced: nothing reaches the terminal until it has finished without error. */
export interface Outcome {
  readonly code: ExitCode;
  readonly stdout: string;
  /** Lines for stderr (warnings, notes); printed only when the command ran. */
  readonly stderr: readonly string[];
}
