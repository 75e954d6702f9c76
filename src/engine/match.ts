import type { IpRange, IpValue } from '../model/ip.ts';
import type { Pkt } from './packet.ts';
import { hasPorts, isIcmp } from './protocol.ts';

/** Protocol, port range and ICMP type/code of a rule (SG or NACL) against a packet. */
export function trafficMatches(
  r: { protocol: number; fromPort: number; toPort: number; icmpType: number; icmpCode: number },
  p: Pkt,
): boolean {
  if (r.protocol === -1) return true;
  if (r.protocol !== p.protocol) return false;
  if (hasPorts(p.protocol)) return p.dstPort >= r.fromPort && p.dstPort <= r.toPort;
  if (isIcmp(p.protocol)) {
    return (
      (r.icmpType === -1 || r.icmpType === p.icmpType) &&
      (r.icmpCode === -1 || r.icmpCode === p.icmpCode)
    );
  }
  return true;
}

export function inRange(range: IpRange, ip: IpValue): boolean {
  if (range.family === 4)
    return ip.family === 4 && ip.value >= range.first && ip.value <= range.last;
  return ip.family === 6 && ip.value >= range.first && ip.value <= range.last;
}
