import { rangeContains } from '../ip.ts';
import type { IpRange } from '../ip.ts';
import type { IcmpTypeCode, NaclEntry, PortRange, Protocol } from '../types.ts';

/**
 * Whether every packet `later` matches is already matched by `earlier`, so that `later`, numbered
 * higher, can never decide anything: the first matching entry wins.
 * https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
 * Ports only narrow TCP and UDP, and ICMP type/code only ICMP and ICMPv6; for other protocols AWS
 * ignores them.
 */
export function covers(
  earlier: NaclEntry,
  later: NaclEntry,
  cidr: (text: string) => IpRange | null,
): boolean {
  const e = protocolNumber(earlier.protocol);
  const l = protocolNumber(later.protocol);
  if (e !== ALL && e !== l) return false;
  const outer = cidr(earlier.cidr);
  const inner = cidr(later.cidr);
  if (outer === null || inner === null || !rangeContains(outer, inner)) return false;
  if (e === ALL) return true;
  if (e === TCP || e === UDP) return portsCover(earlier.portRange, later.portRange);
  if (e === ICMP || e === ICMPV6) return icmpCovers(earlier.icmpTypeCode, later.icmpTypeCode);
  return true;
}

const ALL = -1;
const ICMP = 1;
const TCP = 6;
const UDP = 17;
const ICMPV6 = 58;
const NAMED: Readonly<Record<Exclude<Protocol, number>, number>> = {
  all: ALL,
  tcp: TCP,
  udp: UDP,
  icmp: ICMP,
  icmpv6: ICMPV6,
};

function protocolNumber(protocol: Protocol): number {
  return typeof protocol === 'number' ? protocol : NAMED[protocol];
}

// An absent range reads as every port.
function portsCover(outer: PortRange | undefined, inner: PortRange | undefined): boolean {
  const o = outer ?? { from: 0, to: 65535 };
  const i = inner ?? { from: 0, to: 65535 };
  return o.from <= i.from && i.to <= o.to;
}

// -1 (or an absent type/code) means every type, or every code of the type.
function icmpCovers(outer: IcmpTypeCode | undefined, inner: IcmpTypeCode | undefined): boolean {
  const o = outer ?? { type: -1, code: -1 };
  const i = inner ?? { type: -1, code: -1 };
  if (o.type === -1) return true;
  if (o.type !== i.type) return false;
  return o.code === -1 || o.code === i.code;
}
