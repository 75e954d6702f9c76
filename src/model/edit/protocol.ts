import type { IcmpTypeCode, PortRange, Protocol } from '../types.ts';

/**
 * Protocol, port and ICMP checks that security-group rules and network ACL entries share. AWS
 * takes a port range for TCP and UDP only and an ICMP type and code for ICMP and ICMPv6 only,
 * and ignores (drops) them for other protocols.
 * https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
 * https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
 */

const NUMBERS: Readonly<Record<Exclude<Protocol, number>, number>> = {
  all: -1,
  icmp: 1,
  tcp: 6,
  udp: 17,
  icmpv6: 58,
};

/**
 * AWS's protocol number: -1 for all.
 *
 * @example
 * protocolNumber('tcp'); // 6
 */
export function protocolNumber(protocol: Protocol): number {
  return typeof protocol === 'number' ? protocol : NUMBERS[protocol];
}

/**
 * The protocol as people say it: `TCP`, `ICMPv6`, `all traffic`, `protocol 47`.
 *
 * @example
 * protocolWord(17); // 'UDP'
 */
export function protocolWord(protocol: Protocol): string {
  switch (protocolNumber(protocol)) {
    case -1:
      return 'all traffic';
    case 1:
      return 'ICMP';
    case 6:
      return 'TCP';
    case 17:
      return 'UDP';
    case 58:
      return 'ICMPv6';
    default:
      return `protocol ${String(protocol)}`;
  }
}

/**
 * TCP and UDP match on ports.
 *
 * @example
 * usesPorts('tcp'); // true
 */
export function usesPorts(protocol: Protocol): boolean {
  const n = protocolNumber(protocol);
  return n === 6 || n === 17;
}

/**
 * ICMP and ICMPv6 match on type and code.
 *
 * @example
 * usesIcmp('icmpv6'); // true
 */
export function usesIcmp(protocol: Protocol): boolean {
  const n = protocolNumber(protocol);
  return n === 1 || n === 58;
}

interface Match {
  protocol: Protocol;
  portRange?: PortRange;
  icmpTypeCode?: IcmpTypeCode;
}

const whole = (n: number, low: number, high: number) =>
  Number.isInteger(n) && n >= low && n <= high;

/**
 * The first problem with a rule's protocol, ports or ICMP type and code; `subject` starts the
 * sentence (`This rule`, `Inbound rule 100`).
 *
 * @example
 * matchError('This rule', { protocol: 'tcp' }); // 'This rule needs a port range: TCP rules match on ports.'
 */
export function matchError(subject: string, match: Match): string | undefined {
  const { protocol, portRange, icmpTypeCode } = match;
  if (typeof protocol === 'number' && !whole(protocol, 0, 255)) {
    return `${subject} has protocol number ${protocol}, outside 0–255.`;
  }
  if (usesPorts(protocol)) {
    if (portRange === undefined) {
      return `${subject} needs a port range: ${protocolWord(protocol)} rules match on ports.`;
    }
    for (const port of [portRange.from, portRange.to]) {
      if (!whole(port, 0, 65535)) return `${subject} has port ${port}, outside 0–65535.`;
    }
    if (portRange.from > portRange.to) {
      return `${subject} has the port range ${portRange.from}–${portRange.to}, which starts above where it ends.`;
    }
  }
  if (usesIcmp(protocol) && icmpTypeCode !== undefined) {
    const { type, code } = icmpTypeCode;
    if (!whole(type, -1, 255)) return `${subject} has ICMP type ${type}, outside -1–255.`;
    if (!whole(code, -1, 255)) return `${subject} has ICMP code ${code}, outside -1–255.`;
    if (type === -1 && code !== -1) {
      return `${subject} has ICMP code ${code} with every type (-1); a code needs a specific type.`;
    }
  }
  return undefined;
}

/**
 * The rule without the fields its protocol ignores (as AWS stores it).
 *
 * @example
 * withoutIgnored({ protocol: 'all', portRange: { from: 1, to: 2 } }); // { protocol: 'all' }
 */
export function withoutIgnored<T extends Match>(match: T): T {
  const dropPorts = !usesPorts(match.protocol) && match.portRange !== undefined;
  const dropIcmp = !usesIcmp(match.protocol) && match.icmpTypeCode !== undefined;
  if (!dropPorts && !dropIcmp) return match;
  const out = { ...match };
  if (dropPorts) delete out.portRange;
  if (dropIcmp) delete out.icmpTypeCode;
  return out;
}

/**
 * A key equal for two rules that match the same packets by protocol, ports and ICMP.
 *
 * @example
 * matchKey({ protocol: 6, portRange: { from: 22, to: 22 } }) === matchKey(sshRule); // true
 */
export function matchKey(match: Match): string {
  const n = protocolNumber(match.protocol);
  const ports = usesPorts(match.protocol)
    ? `${match.portRange?.from ?? 0}-${match.portRange?.to ?? 65535}`
    : '';
  const icmp = usesIcmp(match.protocol)
    ? `${match.icmpTypeCode?.type ?? -1}/${match.icmpTypeCode?.code ?? -1}`
    : '';
  return `${n}|${ports}|${icmp}`;
}
