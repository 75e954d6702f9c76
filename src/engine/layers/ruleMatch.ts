import type { Protocol, SecurityGroupRule } from '../../model/types.ts';
import type { Pkt } from '../packet.ts';
import { hasPorts, isIcmp, PROTO, protocolName } from '../protocol.ts';

/** The protocol, ports and ICMP type of a rule (SG rule or NACL entry). */
export type RuleMatch = Pick<SecurityGroupRule, 'protocol' | 'portRange' | 'icmpTypeCode'>;

/**
 * The rule that would match this packet: its exact destination port, or (`ephemeral`) the whole
 * range clients pick from, for a response whose port changes with every connection.
 */
export function ruleMatchOf(p: Pkt, ports: 'exact' | 'ephemeral'): RuleMatch {
  const protocol: Protocol =
    p.protocol === PROTO.tcp
      ? 'tcp'
      : p.protocol === PROTO.udp
        ? 'udp'
        : p.protocol === PROTO.icmp
          ? 'icmp'
          : p.protocol === PROTO.icmpv6
            ? 'icmpv6'
            : p.protocol;
  if (hasPorts(p.protocol)) {
    const range =
      ports === 'ephemeral' ? { from: 1024, to: 65535 } : { from: p.dstPort, to: p.dstPort };
    return { protocol, portRange: range };
  }
  if (isIcmp(p.protocol)) return { protocol, icmpTypeCode: { type: p.icmpType, code: -1 } };
  return { protocol };
}

/** "TCP 5432", "TCP 1024–65535", "ICMP type 8". */
export function ruleMatchText(m: RuleMatch): string {
  const name =
    typeof m.protocol === 'number'
      ? protocolName(m.protocol)
      : m.protocol.toUpperCase().replace('ICMPV6', 'ICMPv6');
  if (m.portRange)
    return `${name} ${m.portRange.from === m.portRange.to ? m.portRange.from : `${m.portRange.from}–${m.portRange.to}`}`;
  if (m.icmpTypeCode) return `${name} type ${m.icmpTypeCode.type}`;
  return name;
}
