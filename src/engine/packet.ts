import type { IpValue } from '../model/ip.ts';
import { formatIp } from '../model/ip.ts';
import type { Packet } from './types.ts';
import { hasPorts, isIcmp } from './protocol.ts';

/** A packet as the evaluator handles it: integer addresses, ports and ICMP fields as numbers. */
export interface Pkt {
  readonly src: IpValue;
  readonly dst: IpValue;
  readonly protocol: number;
  readonly srcPort: number;
  readonly dstPort: number;
  readonly icmpType: number;
  readonly icmpCode: number;
}

export function withAddresses(p: Pkt, src: IpValue, dst: IpValue): Pkt {
  return { ...p, src, dst };
}

/** The packet's text form for a trace hop (formatting runs only when a trace is kept). */
export function packetText(p: Pkt): Packet {
  const out: { -readonly [K in keyof Packet]: Packet[K] } = {
    source: formatIp(p.src),
    destination: formatIp(p.dst),
    protocol: p.protocol,
  };
  if (hasPorts(p.protocol)) {
    out.sourcePort = p.srcPort;
    out.destinationPort = p.dstPort;
  } else if (isIcmp(p.protocol)) {
    out.icmpType = p.icmpType;
    out.icmpCode = p.icmpCode;
  }
  return out;
}

export function ipEquals(a: IpValue, b: IpValue): boolean {
  return a.family === b.family && a.value === b.value;
}
