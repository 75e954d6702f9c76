import type { NaclEntry, Protocol, SecurityGroupRule } from '../../model/types.ts';

/** Rules and entries for test scenarios, written short. */

/** A single port or an inclusive range. */
export type Ports = number | readonly [number, number];

const portRange = (p: Ports) =>
  typeof p === 'number' ? { from: p, to: p } : { from: p[0], to: p[1] };

/** A security group rule; `peer` is a CIDR block (it has a `/`), a prefix list (`pl-…`) or a group. */
export function sgRule(
  protocol: Protocol,
  peer: string,
  opts: { ports?: Ports; icmp?: readonly [number, number] } = {},
): SecurityGroupRule {
  return {
    protocol,
    ...(opts.ports !== undefined ? { portRange: portRange(opts.ports) } : {}),
    ...(opts.icmp !== undefined
      ? { icmpTypeCode: { type: opts.icmp[0], code: opts.icmp[1] } }
      : {}),
    peer: peer.includes('/')
      ? { kind: 'cidr', cidr: peer }
      : peer.startsWith('pl-')
        ? { kind: 'prefixList', prefixListId: peer }
        : { kind: 'group', groupId: peer },
  };
}

export const tcp = (ports: Ports, peer: string) => sgRule('tcp', peer, { ports });
export const udp = (ports: Ports, peer: string) => sgRule('udp', peer, { ports });
export const allTraffic = (peer: string) => sgRule('all', peer);
export const icmp = (peer: string, type = -1, code = -1) =>
  sgRule('icmp', peer, { icmp: [type, code] });

/** A network ACL entry. */
export function naclEntry(
  ruleNumber: number,
  action: 'allow' | 'deny',
  protocol: Protocol,
  cidr: string,
  opts: { ports?: Ports; icmp?: readonly [number, number] } = {},
): NaclEntry {
  return {
    ruleNumber,
    action,
    protocol,
    cidr,
    ...(opts.ports !== undefined ? { portRange: portRange(opts.ports) } : {}),
    ...(opts.icmp !== undefined
      ? { icmpTypeCode: { type: opts.icmp[0], code: opts.icmp[1] } }
      : {}),
  };
}

export const allow = (
  n: number,
  protocol: Protocol,
  cidr: string,
  opts?: { ports?: Ports; icmp?: readonly [number, number] },
) => naclEntry(n, 'allow', protocol, cidr, opts);
export const deny = (
  n: number,
  protocol: Protocol,
  cidr: string,
  opts?: { ports?: Ports; icmp?: readonly [number, number] },
) => naclEntry(n, 'deny', protocol, cidr, opts);

/** The IDs of what AWS creates with VPC `vpc-<x>`: `sg-<x>default`, `acl-<x>default`, `rtb-<x>main`. */
export function defaultsOf(vpcId: string): {
  defaultSg: string;
  defaultAcl: string;
  mainRtb: string;
} {
  const x = vpcId.slice('vpc-'.length);
  return { defaultSg: `sg-${x}default`, defaultAcl: `acl-${x}default`, mainRtb: `rtb-${x}main` };
}
