import type { IcmpTypeCode, PortRange, Protocol } from '../../model/types.ts';

/**
 * The protocol, ports and ICMP type/code that security-group rules and network ACL entries share,
 * as the editors' controls show them. These helpers map a control's change onto the rule; the
 * model's edit functions decide whether the result is acceptable.
 */
export interface Match {
  readonly protocol: Protocol;
  readonly portRange?: PortRange;
  readonly icmpTypeCode?: IcmpTypeCode;
}

/** The protocol select's choices; `number` is "another protocol, by number". */
export type ProtocolChoice = 'all' | 'tcp' | 'udp' | 'icmp' | 'icmpv6' | 'number';

export const PROTOCOL_CHOICES: ReadonlyArray<{ value: ProtocolChoice; label: string }> = [
  { value: 'all', label: 'All' },
  { value: 'tcp', label: 'TCP' },
  { value: 'udp', label: 'UDP' },
  { value: 'icmp', label: 'ICMP' },
  { value: 'icmpv6', label: 'ICMPv6' },
  { value: 'number', label: 'Number…' },
];

/** Protocol numbers the select names (a rule naming 6 is shown as TCP). */
const NAMED: Readonly<Record<number, ProtocolChoice>> = {
  1: 'icmp',
  6: 'tcp',
  17: 'udp',
  58: 'icmpv6',
};

export function protocolChoice(protocol: Protocol): ProtocolChoice {
  if (typeof protocol === 'string') return protocol;
  return NAMED[protocol] ?? 'number';
}

/** What the row shows after the protocol: ports, an ICMP type and code, or nothing. */
export function matchKind(protocol: Protocol): 'ports' | 'icmp' | 'none' {
  const choice = protocolChoice(protocol);
  if (choice === 'tcp' || choice === 'udp') return 'ports';
  if (choice === 'icmp' || choice === 'icmpv6') return 'icmp';
  return 'none';
}

const ALL_PORTS: PortRange = { from: 0, to: 65535 };
const ALL_ICMP: IcmpTypeCode = { type: -1, code: -1 };
/** GRE: a protocol number to start from when "Number…" is picked. */
export const FIRST_OTHER_PROTOCOL = 47;

/**
 * The rule with another protocol. Ports are kept between TCP and UDP (all ports when there were
 * none); ICMP starts at every type and code; fields the protocol does not use are dropped.
 *
 * @example
 * withProtocol({ protocol: 'tcp', portRange: { from: 22, to: 22 } }, 'udp'); // udp 22
 */
export function withProtocol<T extends Match>(rule: T, choice: ProtocolChoice): T {
  const protocol: Protocol =
    choice === 'number'
      ? typeof rule.protocol === 'number' && protocolChoice(rule.protocol) === 'number'
        ? rule.protocol
        : FIRST_OTHER_PROTOCOL
      : choice;
  const { portRange, icmpTypeCode, ...rest } = rule;
  const next = { ...rest, protocol } as T;
  const kind = matchKind(protocol);
  if (kind === 'ports') return { ...next, portRange: portRange ?? ALL_PORTS };
  if (kind === 'icmp') return { ...next, icmpTypeCode: icmpTypeCode ?? ALL_ICMP };
  return next;
}

/** The rule with a preset's protocol, ports and ICMP (a custom preset keeps the rule's ports). */
export function withPreset<T extends Match>(rule: T, preset: Match): T {
  const base = withProtocol(rule, protocolChoice(preset.protocol));
  const { portRange, icmpTypeCode, ...rest } = base;
  return {
    ...rest,
    protocol: preset.protocol,
    ...(portRange === undefined ? {} : { portRange: preset.portRange ?? portRange }),
    ...(icmpTypeCode === undefined ? {} : { icmpTypeCode: preset.icmpTypeCode ?? icmpTypeCode }),
  } as T;
}

/**
 * A whole number typed into a field (a port, an ICMP type, a protocol or rule number), or the
 * sentence that says it is not one. Range checks are the model's.
 *
 * @example
 * parseWhole('443'); // { ok: true, value: 443 }
 * parseWhole('44x'); // { ok: false, error: '"44x" is not a whole number.' }
 */
export function parseWhole(
  text: string,
): { ok: true; value: number } | { ok: false; error: string } {
  const trimmed = text.trim();
  if (!/^-?\d+$/.test(trimmed)) {
    return { ok: false, error: `"${trimmed}" is not a whole number.` };
  }
  return { ok: true, value: Number(trimmed) };
}

/** The ports part of a rule as people read it: `443`, `1024–65535`, `all`. */
export function portsText(range: PortRange | undefined): string {
  if (range === undefined || (range.from === 0 && range.to === 65535)) return 'all';
  return range.from === range.to ? String(range.from) : `${range.from}–${range.to}`;
}
