import { CliError } from './errors.ts';

/** The commands of spec/cli-analyze.md (and `export`, spec/ci-check.md). */
export const COMMANDS = ['analyze', 'check', 'validate', 'export', 'matrix', 'diff'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Options that take a value (`--port 443` or `--port=443`) and switches (`--json`), per command. */
const OPTIONS: Readonly<
  Record<CommandName, { values: readonly string[]; switches: readonly string[] }>
> = {
  analyze: {
    values: [
      '--from',
      '--to',
      '--protocol',
      '--port',
      '--source-port',
      '--icmp-type',
      '--icmp-code',
      '--expect',
    ],
    switches: ['--json', '--before'],
  },
  check: { values: ['--expect', '--format', '--fail-on'], switches: ['--json', '--before'] },
  validate: { values: [], switches: ['--json', '--before'] },
  export: { values: ['--format', '--out'], switches: ['--before'] },
  matrix: { values: ['--services', '--group-by', '--format'], switches: ['--before'] },
  diff: { values: ['--services', '--format', '--fail-on'], switches: [] },
};

export type Invocation =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'command';
      readonly command: CommandName;
      /** The file exactly as given, so messages name it the way the user typed it. */
      readonly file: string;
      /** `diff <before> <after>`: the second file. */
      readonly second?: string;
      /** Option name (with its dashes) → value, or `true` for a switch. */
      readonly options: ReadonlyMap<string, string | true>;
    };

/**
 * Reads the command line (without `node` and the script). Syntax only: which command, which file,
 * which options with which raw values; what a value means is for the command to check.
 * `--help` and `--version` win wherever they appear, so they always work.
 */
export function parseArgs(argv: readonly string[]): Invocation {
  if (argv.some((a) => a === '--help' || a === '-h')) return { kind: 'help' };
  if (argv.some((a) => a === '--version' || a === '-v')) return { kind: 'version' };
  const [first, ...rest] = argv;
  if (first === undefined) {
    throw new CliError(`missing command: expected ${COMMANDS.join(', ')} (see --help)`);
  }
  if (first === 'help') return { kind: 'help' };
  if (first.startsWith('-')) throw new CliError(`${first}: unknown option (see --help)`);
  if (!isCommand(first)) {
    throw new CliError(`unknown command "${first}": expected ${COMMANDS.join(', ')} (see --help)`);
  }
  const command = first;
  const spec = OPTIONS[command];
  const options = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    if (options.has(name)) throw new CliError(`${name}: given more than once`);
    if (spec.switches.includes(name)) {
      if (inline !== undefined) throw new CliError(`${name}: takes no value, got "${inline}"`);
      options.set(name, true);
    } else if (spec.values.includes(name)) {
      let value = inline;
      if (value === undefined) {
        const next = rest[i + 1];
        // A value may start with a dash (`--port -1` is then refused by its range), but not be
        // another option: `--from --to x` is a missing value, not an endpoint called "--to".
        if (next !== undefined && !isOptionLike(next)) {
          value = next;
          i++;
        }
      }
      if (value === undefined || value === '') throw new CliError(`${name}: missing value`);
      options.set(name, value);
    } else {
      throw new CliError(`${name}: unknown option for ${command} (see --help)`);
    }
  }
  const [file, second, extra] = positionals;
  if (file === undefined) throw new CliError(`<file>: missing (usage: ${command} <file> …)`);
  if (command === 'diff') {
    if (extra !== undefined)
      throw new CliError(`unexpected argument "${extra}" after <after> ${second ?? ''}`);
    return {
      kind: 'command',
      command,
      file,
      ...(second === undefined ? {} : { second }),
      options,
    };
  }
  if (second !== undefined)
    throw new CliError(`unexpected argument "${second}" after <file> ${file}`);
  return { kind: 'command', command, file, options };
}

function isCommand(word: string): word is CommandName {
  return (COMMANDS as readonly string[]).includes(word);
}

function isOptionLike(arg: string): boolean {
  return /^--[a-z]/i.test(arg);
}
