import type { IpValue } from '../model/ip.ts';
import type { CompiledScenario, CInstance, CSgRule } from './compile.ts';
import { inRange, trafficMatches } from './match.ts';
import type { Pkt } from './packet.ts';

export interface SgDecision {
  readonly allowed: boolean;
  /** The first rule (in group order) that allows the packet. */
  readonly rule: CSgRule | undefined;
  /** A prefix-list rule that might have allowed it: the engine cannot tell. */
  readonly undecided: CSgRule | undefined;
}

/**
 * Security groups allow only; an interface's groups act as one union of rules, so the packet
 * passes when any rule of any group matches.
 * https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
 *
 * A rule naming a group matches the private addresses of interfaces carrying that group, in the
 * same VPC or a VPC joined by an active peering connection; never a public address.
 * https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-referencing
 */
export function securityGroupDecision(
  c: CompiledScenario,
  instance: CInstance,
  direction: 'ingress' | 'egress',
  p: Pkt,
): SgDecision {
  const remote = direction === 'ingress' ? p.src : p.dst;
  const rules = direction === 'ingress' ? instance.ingress : instance.egress;
  let remoteInstance: CInstance | undefined | null = null; // looked up on the first group rule only
  let undecided: CSgRule | undefined;
  for (const r of rules) {
    if (!trafficMatches(r, p)) continue;
    if (r.peerKind === 0) {
      if (r.range !== undefined && inRange(r.range, remote))
        return { allowed: true, rule: r, undecided: undefined };
    } else if (r.peerKind === 1) {
      if (remoteInstance === null) remoteInstance = privateOwner(c, remote);
      if (
        remoteInstance &&
        r.peerGroupId !== undefined &&
        remoteInstance.groupSet.has(r.peerGroupId)
      ) {
        if (sameOrPeered(c, instance.vpc.id, remoteInstance.vpc.id))
          return { allowed: true, rule: r, undecided: undefined };
      }
    } else {
      undecided ??= r;
    }
  }
  return { allowed: false, rule: undefined, undecided };
}

/** The instance whose private IPv4 or IPv6 address this is (public addresses never count). */
export function privateOwner(c: CompiledScenario, ip: IpValue): CInstance | undefined {
  return ip.family === 4 ? c.byPrivate4.get(ip.value) : c.byIpv6.get(ip.value);
}

export function sameOrPeered(c: CompiledScenario, a: string, b: string): boolean {
  return a === b || (c.activePeers.get(a)?.has(b) ?? false);
}
