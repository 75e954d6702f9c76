import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.ts';
import { CliError } from './errors.ts';
import { analyzeArgs, integer, parseProtocol } from './flowArgs.ts';

/** The message of the CliError that `fn` throws. */
function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return (error as CliError).message;
  }
  throw new Error('expected a CliError');
}

const options = (argv: string[]) => {
  const parsed = parseArgs(['analyze', 'f.json', ...argv]);
  if (parsed.kind !== 'command') throw new Error('expected a command');
  return parsed.options;
};

describe('parseArgs', () => {
  it('reads the command, the file as given and the options, in either --name value or --name=value form', () => {
    const parsed = parseArgs([
      'analyze',
      './a b.json',
      '--from',
      'web-1',
      '--to=10.0.0.5',
      '--json',
    ]);
    expect(parsed).toEqual({
      kind: 'command',
      command: 'analyze',
      file: './a b.json',
      options: new Map<string, string | true>([
        ['--from', 'web-1'],
        ['--to', '10.0.0.5'],
        ['--json', true],
      ]),
    });
  });

  it('lets --help and --version win wherever they appear', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['analyze', '--bogus', '-h'])).toEqual({ kind: 'help' });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
  });

  it('takes a value that starts with one dash, so that its range check can name it', () => {
    expect(options(['--port', '-1']).get('--port')).toBe('-1');
  });

  it('names the unknown command, the unknown option, the missing value and the missing file', () => {
    expect(refusal(() => parseArgs([]))).toMatch(/^missing command/);
    expect(refusal(() => parseArgs(['analyse', 'f.json']))).toMatch(/^unknown command "analyse"/);
    expect(refusal(() => parseArgs(['--frobnicate']))).toMatch(/^--frobnicate: unknown option/);
    expect(refusal(() => parseArgs(['check', 'f.json', '--port', '80']))).toBe(
      '--port: unknown option for check (see --help)',
    );
    expect(refusal(() => parseArgs(['analyze', 'f.json', '--from']))).toBe('--from: missing value');
    expect(refusal(() => parseArgs(['analyze', 'f.json', '--from', '--to', 'x']))).toBe(
      '--from: missing value',
    );
    expect(refusal(() => parseArgs(['analyze', 'f.json', '--json=yes']))).toMatch(
      /^--json: takes no value/,
    );
    expect(refusal(() => parseArgs(['analyze', 'f.json', '--port', '1', '--port', '2']))).toBe(
      '--port: given more than once',
    );
    expect(refusal(() => parseArgs(['validate']))).toMatch(/^<file>: missing/);
    expect(refusal(() => parseArgs(['validate', 'a.json', 'b.json']))).toMatch(
      /^unexpected argument "b\.json"/,
    );
  });
});

describe('analyzeArgs', () => {
  it('builds the flow: protocol in any case, ports for TCP and UDP, source port defaulted by the engine', () => {
    const args = analyzeArgs(
      options(['--from', 'a', '--to', 'b', '--protocol', 'TCP', '--port', '443']),
    );
    expect(args).toEqual({
      from: 'a',
      to: 'b',
      flow: { protocol: 'tcp', port: 443 },
      expect: undefined,
      json: false,
    });
    const udp = analyzeArgs(
      options([
        '--from',
        'a',
        '--to',
        'b',
        '--protocol',
        '17',
        '--port',
        '53',
        '--source-port',
        '0',
        '--expect',
        'Blocked',
      ]),
    );
    expect(udp.flow).toEqual({ protocol: 'udp', port: 53, sourcePort: 0 });
    expect(udp.expect).toBe('blocked');
  });

  it('takes ICMP type and code for ICMP and ignores ports; ignores ICMP fields for TCP', () => {
    const icmp = analyzeArgs(
      options([
        '--from',
        'a',
        '--to',
        'b',
        '--protocol',
        'icmp',
        '--port',
        'x',
        '--icmp-type',
        '3',
        '--icmp-code',
        '4',
      ]),
    );
    expect(icmp.flow).toEqual({ protocol: 'icmp', icmpType: 3, icmpCode: 4 });
    const tcp = analyzeArgs(
      options([
        '--from',
        'a',
        '--to',
        'b',
        '--protocol',
        'tcp',
        '--port',
        '22',
        '--icmp-type',
        '999',
      ]),
    );
    expect(tcp.flow).toEqual({ protocol: 'tcp', port: 22 });
    expect(analyzeArgs(options(['--from', 'a', '--to', 'b', '--protocol', '50'])).flow).toEqual({
      protocol: 50,
    });
  });

  it('names the bad or missing argument', () => {
    const base = ['--from', 'a', '--to', 'b'];
    expect(refusal(() => analyzeArgs(options(['--to', 'b', '--protocol', 'icmp'])))).toMatch(
      /^--from: missing/,
    );
    expect(refusal(() => analyzeArgs(options(['--from', 'a', '--protocol', 'icmp'])))).toMatch(
      /^--to: missing/,
    );
    expect(refusal(() => analyzeArgs(options(base)))).toMatch(/^--protocol: missing/);
    expect(refusal(() => analyzeArgs(options([...base, '--protocol', 'tcp'])))).toMatch(
      /^--port: missing/,
    );
    expect(refusal(() => analyzeArgs(options([...base, '--protocol', '6'])))).toMatch(
      /^--port: missing/,
    );
    expect(refusal(() => analyzeArgs(options([...base, '--protocol', 'udp', '--port', '0'])))).toBe(
      '--port: expected 1-65535, got 0',
    );
    expect(
      refusal(() =>
        analyzeArgs(
          options([...base, '--protocol', 'tcp', '--port', '1', '--source-port', '65536']),
        ),
      ),
    ).toBe('--source-port: expected 0-65535, got 65536');
    expect(
      refusal(() => analyzeArgs(options([...base, '--protocol', 'icmp', '--icmp-code', '256']))),
    ).toBe('--icmp-code: expected 0-255, got 256');
    expect(
      refusal(() => analyzeArgs(options([...base, '--protocol', 'icmp', '--expect', 'maybe']))),
    ).toBe('--expect: expected allowed or blocked, got "maybe"');
  });
});

describe('parseProtocol', () => {
  it('reads names in any case and numbers, naming the four it knows', () => {
    expect(['TCP', 'Udp', 'icmp', 'ICMPv6'].map(parseProtocol)).toEqual([
      'tcp',
      'udp',
      'icmp',
      'icmpv6',
    ]);
    expect(['6', '17', '1', '58', '50', '0', '255'].map(parseProtocol)).toEqual([
      'tcp',
      'udp',
      'icmp',
      'icmpv6',
      50,
      0,
      255,
    ]);
  });

  it('refuses all and -1 (a flow is one protocol) and anything else', () => {
    expect(refusal(() => parseProtocol('all'))).toMatch(
      /^--protocol: "all" .*refused: a flow is one protocol/,
    );
    expect(refusal(() => parseProtocol('ALL'))).toMatch(/refused/);
    expect(refusal(() => parseProtocol('-1'))).toMatch(/^--protocol: "-1" .*refused/);
    expect(refusal(() => parseProtocol('256'))).toBe(
      '--protocol: expected tcp, udp, icmp, icmpv6 or a protocol number 0-255, got "256"',
    );
    expect(refusal(() => parseProtocol('sctp'))).toMatch(/got "sctp"$/);
  });
});

describe('integer', () => {
  it('accepts decimal digits within the range only', () => {
    expect(integer('--port', '443', 1, 65535)).toBe(443);
    expect(integer('--port', ' 8080 ', 1, 65535)).toBe(8080);
    expect(refusal(() => integer('--port', '70000', 1, 65535))).toBe(
      '--port: expected 1-65535, got 70000',
    );
    expect(refusal(() => integer('--port', '-1', 1, 65535))).toBe(
      '--port: expected 1-65535, got -1',
    );
    expect(refusal(() => integer('--port', '4.5', 1, 65535))).toBe(
      '--port: expected 1-65535, got 4.5',
    );
    for (const bad of ['abc', '0x1bb', '1e3', '']) {
      expect(refusal(() => integer('--port', bad, 1, 65535))).toBe(
        `--port: expected 1-65535, got ${JSON.stringify(bad)}`,
      );
    }
  });
});
