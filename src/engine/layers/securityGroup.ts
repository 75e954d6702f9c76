import type { IpValue } from '../../model/ip.ts';
import type { CEni, CompiledScenario, CSgRule } from '../compiled.ts';
import {
  eniLabel,
  groupLabel,
  groupsOf,
  packetSummary,
  prefixListLabel,
  sgRuleText,
} from '../explain.ts';
import { inRange, trafficMatches } from '../match.ts';
import type { Pkt } from '../packet.ts';
import type { Direction, HopVerdict, Layer } from '../types.ts';
import type { Emitter, HopDraft } from './hop.ts';
import { securityGroupBlock, securityGroupFix } from './securityGroupFix.ts';

export type Way = 'ingress' | 'egress';

export interface SgDecision {
  readonly verdict: HopVerdict;
  /** The first rule (in group order) that allows the packet. */
  readonly rule: CSgRule | undefined;
  /** A rule naming a prefix list whose entries are not known: it might have allowed it. */
  readonly undecided: CSgRule | undefined;
}

const NOT_FILTERED: SgDecision = { verdict: 'skip', rule: undefined, undecided: undefined };

/**
 * Security groups allow only; an interface's groups act as one union of rules, so the packet
 * passes when any rule of any group matches. A rule names a CIDR block, a prefix list (any of its
 * entries), or a group.
 * https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
 *
 * A rule naming a group matches the private addresses of interfaces carrying that group, in the
 * same VPC, a VPC joined by an active peering connection, or (inbound rules, when enabled on the
 * transit gateway and both attachments) a VPC attached to the same transit gateway; never a public
 * address. https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-referencing
 * https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html#vpc-attachment-security
 *
 * The verdict is `unknown` when no rule allows the packet and a rule naming a prefix list whose
 * entries are not known might.
 */
export function securityGroupDecision(
  c: CompiledScenario,
  eni: CEni,
  way: Way,
  p: Pkt,
): SgDecision {
  if (!eni.filtered) return NOT_FILTERED;
  const rules = way === 'ingress' ? eni.ingress : eni.egress;
  return rulesDecision(c, eni, way, rules, p, way === 'ingress' ? p.src : p.dst, null);
}

/**
 * The decision of `rules` (an interface's, or those of them the matrix kept for a service) for a
 * packet from or to `remote`. `remoteEni` is the interface a group rule is matched against: null
 * to look it up by the remote address (a trace); the matrix names it, since one evaluated walk
 * stands for every pair of its classes.
 */
export function rulesDecision(
  c: CompiledScenario,
  eni: CEni,
  way: Way,
  rules: readonly CSgRule[],
  p: Pkt,
  remote: IpValue,
  remoteEni: CEni | undefined | null,
): SgDecision {
  let owner = remoteEni; // looked up on the first group rule only
  let undecided: CSgRule | undefined;
  for (const r of rules) {
    if (!trafficMatches(r, p)) continue;
    if (r.peerKind === 0) {
      if (r.range !== undefined && inRange(r.range, remote))
        return { verdict: 'allow', rule: r, undecided: undefined };
    } else if (r.peerKind === 1) {
      if (owner === null) owner = privateOwner(c, remote);
      if (
        owner &&
        r.peerGroupIndex >= 0 &&
        owner.groupMask[r.peerGroupIndex] === 1 &&
        (owner.vpc === eni.vpc || c.groupReferenceReaches(eni.vpc.id, owner.vpc.id, way))
      )
        return { verdict: 'allow', rule: r, undecided: undefined };
    } else if (r.peerKind === 2) {
      const ranges = r.prefixList?.ranges ?? [];
      for (const range of ranges)
        if (inRange(range, remote)) return { verdict: 'allow', rule: r, undecided: undefined };
    } else {
      undecided ??= r;
    }
  }
  return { verdict: undecided ? 'unknown' : 'deny', rule: undefined, undecided };
}

/** The interface whose private IPv4 (primary or secondary) or IPv6 address this is. */
export function privateOwner(c: CompiledScenario, ip: IpValue): CEni | undefined {
  return ip.family === 4 ? c.byPrivate4.get(ip.value) : c.byIpv6.get(ip.value);
}

const LAYER: Readonly<Record<Way, Layer>> = {
  ingress: 'security-group-ingress',
  egress: 'security-group-egress',
};

/** The security-group hop of an interface for a packet, as the walk meets it. */
export function securityGroupLayer(
  w: Emitter,
  direction: Direction,
  eni: CEni,
  way: Way,
  pkt: Pkt,
): void {
  if (w.stopped || w.deferGroup(direction, eni, way, pkt)) return;
  const d = securityGroupDecision(w.c, eni, way, pkt);
  if (w.quick(direction, LAYER[way], d.verdict)) return;
  w.add(securityGroupHop(w.c, direction, eni, way, pkt, d));
}

function securityGroupHop(
  c: CompiledScenario,
  direction: Direction,
  eni: CEni,
  way: Way,
  pkt: Pkt,
  d: SgDecision,
): HopDraft {
  const dirWord = way === 'ingress' ? 'inbound' : 'outbound';
  const r = d.rule ?? d.undecided;
  if (!eni.filtered) {
    return {
      direction,
      layer: LAYER[way],
      resourceId: eni.id,
      verdict: d.verdict,
      pkt,
      subnetId: eni.subnet.id,
      rule: null,
      reason: () =>
        `${eniLabel(eni)} is a ${eni.kind === 'nat-gateway' ? "NAT gateway's" : "transit gateway attachment's"} interface, to which AWS applies no security groups, so this hop does not apply.`,
    };
  }
  return {
    direction,
    layer: LAYER[way],
    resourceId: eni.id,
    verdict: d.verdict,
    pkt,
    subnetId: eni.subnet.id,
    rule: r
      ? { kind: 'security-group-rule', groupId: r.groupId, index: r.index, rule: r.rule }
      : null,
    unknown: d.verdict === 'unknown' ? true : undefined,
    reason:
      d.rule !== undefined
        ? () =>
            `${groupLabel(c, d.rule?.groupId ?? '')} allows ${packetSummary(pkt)} by its ${dirWord} rule ${sgRuleText(c, (d.rule as CSgRule).rule, way)}.`
        : d.undecided !== undefined
          ? () => {
              const u = d.undecided as CSgRule;
              return `Only the ${dirWord} rule ${sgRuleText(c, u.rule, way)} of ${groupLabel(c, u.groupId)} could allow ${packetSummary(pkt)}, and the entries of that prefix list are not known, so this cannot be told.`;
            }
          : () =>
              `No ${dirWord} rule of ${eniLabel(eni)}'s security groups (${groupsOf(c, eni)}) allows ${packetSummary(pkt)}; security groups deny whatever no rule allows.`,
    warning:
      d.verdict === 'unknown' && d.undecided
        ? () => {
            const u = d.undecided as CSgRule;
            const id = u.rule.peer.kind === 'prefixList' ? u.rule.peer.prefixListId : '';
            return `${u.groupId}: a rule names prefix list ${prefixListLabel(c, id)}, whose entries are not in the input.`;
          }
        : undefined,
    fix: d.verdict === 'deny' ? (intent) => securityGroupFix(c, eni, way, pkt, intent) : undefined,
    // The response is let through by state: only the request's rules can stop the flow.
    block:
      d.verdict === 'allow' && direction === 'request'
        ? (intent) => securityGroupBlock(c, eni, way, pkt, intent)
        : undefined,
  };
}

/** Security groups are stateful: the response to an allowed request is allowed whatever the rules say. */
export function statefulLayer(w: Emitter, eni: CEni, way: Way, pkt: Pkt): void {
  if (w.stopped || w.quick('response', LAYER[way], 'allow')) return;
  w.add({
    direction: 'response',
    layer: LAYER[way],
    resourceId: eni.id,
    verdict: 'allow',
    rule: { kind: 'security-group-stateful' },
    reason: () =>
      `Security groups are stateful: ${eniLabel(eni)}'s groups let the response (${packetSummary(pkt)}) through without checking their rules.`,
    pkt,
    subnetId: eni.subnet.id,
  });
}

/** A group of the interface to put the rule in: its first own group rather than the VPC default. */
export function ownGroup(c: CompiledScenario, i: CEni): string | undefined {
  return i.groupIds.find((g) => !c.groups.get(g)?.isDefault) ?? i.groupIds[0];
}
