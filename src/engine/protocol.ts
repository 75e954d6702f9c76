import type { Protocol } from '../model/types.ts';

/** IP protocol numbers (IANA) for the names AWS accepts. */
export const PROTO = { all: -1, icmp: 1, tcp: 6, udp: 17, icmpv6: 58 } as const;

/** AWS's `-1`/`all`, a name or a number, as a protocol number (-1 = all). */
export function protocolNumber(p: Protocol): number {
  return typeof p === 'number' ? p : PROTO[p];
}

const NAMES: Record<number, string> = {
  [-1]: 'all traffic',
  1: 'ICMP',
  6: 'TCP',
  17: 'UDP',
  58: 'ICMPv6',
};

export function protocolName(n: number): string {
  return NAMES[n] ?? `protocol ${n}`;
}

export function hasPorts(n: number): boolean {
  return n === PROTO.tcp || n === PROTO.udp;
}

export function isIcmp(n: number): boolean {
  return n === PROTO.icmp || n === PROTO.icmpv6;
}

/** Echo request → echo reply; other ICMP types have no response. */
export function icmpReplyType(protocol: number, type: number): number | null {
  if (protocol === PROTO.icmp && type === 8) return 0;
  if (protocol === PROTO.icmpv6 && type === 128) return 129;
  return null;
}
