import type { IpValue } from '../../model/ip.ts';
import type { CEni, CompiledScenario, CSgRule } from '../compiled.ts';
import { inRange } from '../match.ts';

export type Way = 'ingress' | 'egress';

/**
 * Whether a rule's peer (a CIDR block, a prefix list with known entries, or a group) names the
 * remote end of a packet; its traffic (protocol, ports) is matched by the caller. `remoteEni` is
 * the interface whose private address the remote end is (looked up once per packet).
 * https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-referencing
 */
export function peerMatches(
  c: CompiledScenario,
  eni: CEni,
  way: Way,
  r: CSgRule,
  remote: IpValue,
  remoteEni: CEni | undefined,
): boolean {
  if (r.peerKind === 0) return r.range !== undefined && inRange(r.range, remote);
  if (r.peerKind === 1) {
    return (
      remoteEni !== undefined &&
      r.peerGroupIndex >= 0 &&
      remoteEni.groupMask[r.peerGroupIndex] === 1 &&
      (remoteEni.vpc === eni.vpc || c.groupReferenceReaches(eni.vpc.id, remoteEni.vpc.id, way))
    );
  }
  if (r.peerKind === 2) {
    for (const range of r.prefixList?.ranges ?? []) if (inRange(range, remote)) return true;
  }
  return false;
}

/** The interface whose private IPv4 (primary or secondary) or IPv6 address this is. */
export function privateOwner(c: CompiledScenario, ip: IpValue): CEni | undefined {
  return ip.family === 4 ? c.byPrivate4.get(ip.value) : c.byIpv6.get(ip.value);
}

/** A group of the interface to put the rule in: its first own group rather than the VPC default. */
export function ownGroup(c: CompiledScenario, i: CEni): string | undefined {
  return i.groupIds.find((g) => !c.groups.get(g)?.isDefault) ?? i.groupIds[0];
}
