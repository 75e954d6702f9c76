import { CliError, EXIT, type Outcome } from './errors.ts';
import { terminalText } from './terminal.ts';

/**
 * The entry point (`npm run --silent cli -- …`). Nothing is printed until the command has finished,
 * so a command that cannot run leaves stdout empty and exactly one line on stderr, never a stack
 * trace (spec/cli-analyze.md, "Exit codes and errors"). The commands are imported inside the
 * `try`, so that even a module that fails to load ends as that one line.
 */
async function main(argv: readonly string[]): Promise<void> {
  let outcome: Outcome;
  try {
    const { run } = await import('./run.ts');
    outcome = await run(argv);
  } catch (error) {
    const message =
      error instanceof CliError
        ? error.message
        : `error: ${error instanceof Error ? error.message : String(error)}`;
    outcome = { code: EXIT.usage, stdout: '', stderr: [oneLine(message)] };
  }
  // A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
  process.stdout.on('error', () => {});
  if (outcome.stdout !== '') process.stdout.write(outcome.stdout);
  // stderr is always text for a person; warnings and errors quote names from the input.
  for (const line of outcome.stderr) process.stderr.write(`${terminalText(line)}\n`);
  // exitCode rather than exit(): a large --json output to a pipe is flushed before node ends.
  process.exitCode = outcome.code;
}

function oneLine(message: string): string {
  return message.replace(/\s*\r?\n\s*/g, ' ').trim();
}

await main(process.argv.slice(2));
