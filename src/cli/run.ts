import { analyze } from './analyze.ts';
import { parseArgs } from './args.ts';
import { check } from './check.ts';
import { EXIT, type Outcome } from './errors.ts';
import { diffCommand } from './diff.ts';
import { exportCommand } from './export.ts';
import { matrixCommand } from './matrix.ts';
import { USAGE, version } from './help.ts';
import { validate } from './validate.ts';

/** Runs one command line to its outcome; rejects with a CliError when the command cannot run. */
export async function run(argv: readonly string[]): Promise<Outcome> {
  const invocation = parseArgs(argv);
  switch (invocation.kind) {
    case 'help':
      return { code: EXIT.ok, stdout: USAGE, stderr: [] };
    case 'version':
      return { code: EXIT.ok, stdout: `${version()}\n`, stderr: [] };
    case 'command': {
      const { command, file, options } = invocation;
      if (command === 'analyze') return analyze(file, options);
      if (command === 'check') return check(file, options);
      if (command === 'export') return exportCommand(file, options);
      if (command === 'matrix') return matrixCommand(file, options);
      if (command === 'diff') return diffCommand(file, invocation.second, options);
      return validate(file, options);
    }
  }
}
