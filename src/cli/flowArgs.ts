import type { FlowSpec } from '../model/types.ts';
import { CliError } from './errors.ts';

type Protocol = FlowSpec['protocol'];

/** Everything `analyze` needs besides its file, checked as spec/cli-analyze.md says. */
export interface AnalyzeArgs {
  readonly from: string;
  readonly to: string;
  /** The flow without its endpoints, which need the scenario to resolve. */
  readonly flow: Omit<FlowSpec, 'source' | 'destination'>;
  readonly expect: 'allowed' | 'blocked' | undefined;
  readonly json: boolean;
}

const NAMED: Readonly<Record<string, Protocol>> = {
  tcp: 'tcp',
  udp: 'udp',
  icmp: 'icmp',
  icmpv6: 'icmpv6',
};
const NUMBERED: Readonly<Record<number, Protocol>> = {
  6: 'tcp',
  17: 'udp',
  1: 'icmp',
  58: 'icmpv6',
};

export function analyzeArgs(options: ReadonlyMap<string, string | true>): AnalyzeArgs {
  const from = required(
    options,
    '--from',
    'the source: an instance ID, an instance Name or an IP address',
  );
  const to = required(
    options,
    '--to',
    'the destination: an instance ID, an instance Name or an IP address',
  );
  const protocol = parseProtocol(
    required(options, '--protocol', 'tcp, udp, icmp, icmpv6 or a protocol number'),
  );
  const flow: { -readonly [K in keyof AnalyzeArgs['flow']]: AnalyzeArgs['flow'][K] } = { protocol };
  // Ports only mean something for TCP and UDP, ICMP type and code only for ICMP: the others are
  // accepted and ignored, as the contract says.
  if (protocol === 'tcp' || protocol === 'udp') {
    const port = text(options, '--port');
    if (port === undefined) {
      throw new CliError(
        `--port: missing; a ${protocol.toUpperCase()} flow needs a destination port (1-65535)`,
      );
    }
    flow.port = integer('--port', port, 1, 65535);
    const sourcePort = text(options, '--source-port');
    if (sourcePort !== undefined) flow.sourcePort = integer('--source-port', sourcePort, 0, 65535);
  }
  if (protocol === 'icmp' || protocol === 'icmpv6') {
    const type = text(options, '--icmp-type');
    const code = text(options, '--icmp-code');
    if (type !== undefined) flow.icmpType = integer('--icmp-type', type, 0, 255);
    if (code !== undefined) flow.icmpCode = integer('--icmp-code', code, 0, 255);
  }
  return {
    from,
    to,
    flow,
    expect: parseExpect(text(options, '--expect')),
    json: options.get('--json') === true,
  };
}

/** `tcp`, `udp`, `icmp`, `icmpv6` in any case, or a protocol number; never `all` or `-1`. */
export function parseProtocol(value: string): Protocol {
  const word = value.trim().toLowerCase();
  if (word === 'all' || word === '-1') {
    throw new CliError(
      `--protocol: "${value}" (all protocols) is refused: a flow is one protocol (tcp, udp, icmp, icmpv6 or a number 0-255)`,
    );
  }
  const named = NAMED[word];
  if (named !== undefined) return named;
  if (/^\d+$/.test(word)) {
    const n = Number(word);
    if (n <= 255) return NUMBERED[n] ?? n;
  }
  throw new CliError(
    `--protocol: expected tcp, udp, icmp, icmpv6 or a protocol number 0-255, got "${value}"`,
  );
}

/** A whole number in [min, max], written in decimal digits only (no `1e3`, no `0x1bb`). */
export function integer(name: string, value: string, min: number, max: number): number {
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    const got = /^-?\d+(\.\d+)?$/.test(value.trim()) ? value.trim() : JSON.stringify(value);
    throw new CliError(`${name}: expected ${min}-${max}, got ${got}`);
  }
  return n;
}

function parseExpect(value: string | undefined): AnalyzeArgs['expect'] {
  if (value === undefined) return undefined;
  const word = value.trim().toLowerCase();
  if (word === 'allowed' || word === 'blocked') return word;
  throw new CliError(`--expect: expected allowed or blocked, got "${value}"`);
}

function text(options: ReadonlyMap<string, string | true>, name: string): string | undefined {
  const value = options.get(name);
  return typeof value === 'string' ? value : undefined;
}

function required(options: ReadonlyMap<string, string | true>, name: string, what: string): string {
  const value = text(options, name);
  if (value === undefined) throw new CliError(`${name}: missing (${what})`);
  return value;
}
