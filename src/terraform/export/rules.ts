import type { NaclEntry, Protocol, SecurityGroupRule, SgPeer } from '../../model/types.ts';
import type { ExportContext } from './context.ts';
import { snakeCase } from './names.ts';

/** The provider's protocol text: `-1` for all, a name for TCP/UDP/ICMP/ICMPv6, else the number. */
export function ipProtocol(protocol: Protocol): string {
  return protocol === 'all' ? '-1' : String(protocol);
}

/**
 * A network ACL entry's protocol: `-1`, `tcp`, `udp`, `icmp`, else the number (ICMPv6 is 58:
 * the provider knows no name for it there).
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl_rule
 */
export function naclProtocol(protocol: Protocol): string {
  if (protocol === 'all') return '-1';
  if (protocol === 'icmpv6') return '58';
  return String(protocol);
}

/** `tcp_443`, `tcp_1024_65535`, `tcp_all`, `icmp`, `all`, `proto_50`: for resource names. */
export function serviceSlug(rule: Pick<SecurityGroupRule, 'protocol' | 'portRange'>): string {
  const { protocol, portRange } = rule;
  if (protocol === 'all') return 'all';
  if (typeof protocol === 'number') return `proto_${protocol}`;
  if (protocol !== 'tcp' && protocol !== 'udp') return protocol;
  if (!portRange || (portRange.from === 0 && portRange.to === 65535)) return `${protocol}_all`;
  return portRange.from === portRange.to
    ? `${protocol}_${portRange.from}`
    : `${protocol}_${portRange.from}_${portRange.to}`;
}

/** `anywhere`, `anywhere_ipv6`, `10_0_1_0_24`, or the peer group's or list's name. */
export function peerSlug(ctx: ExportContext, peer: SgPeer): string {
  if (peer.kind === 'cidr') return cidrSlug(peer.cidr);
  if (peer.kind === 'group') {
    const group = ctx.scenario.securityGroups.find((g) => g.id === peer.groupId);
    return snakeCase(group?.isDefault ? 'default' : (group?.name ?? peer.groupId));
  }
  const list = ctx.scenario.prefixLists.find((l) => l.id === peer.prefixListId);
  return snakeCase(list?.name.replace(/^com\.amazonaws\.[a-z0-9-]+\./, '') ?? peer.prefixListId);
}

export function cidrSlug(cidr: string): string {
  if (cidr === '0.0.0.0/0') return 'anywhere';
  if (cidr === '::/0') return 'anywhere_ipv6';
  return snakeCase(cidr);
}

/** From and to port of a NACL entry, or ICMP type and code; none for other protocols. */
export function entryPorts(entry: NaclEntry): { from: number; to: number } | null {
  if (entry.protocol === 'tcp' || entry.protocol === 'udp') {
    return entry.portRange ?? { from: 0, to: 65535 };
  }
  return null;
}
