import type { IpValue } from '../../model/ip.ts';
import { formatIp } from '../../model/ip.ts';
import type { SecurityGroupRule } from '../../model/types.ts';
import type { CInstance, CompiledScenario, CSgRule } from '../compile.ts';
import { groupLabel, groupsOf, instanceLabel, packetSummary, sgRuleText } from '../explain.ts';
import { inRange, trafficMatches } from '../match.ts';
import type { Pkt } from '../packet.ts';
import type { Direction, HopVerdict, Layer } from '../types.ts';
import type { Emitter, HopDraft, Proposal } from './hop.ts';
import { ruleMatchOf, ruleMatchText } from './ruleMatch.ts';

export type Way = 'ingress' | 'egress';

export interface SgDecision {
  readonly verdict: HopVerdict;
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
  way: Way,
  p: Pkt,
): SgDecision {
  const remote = way === 'ingress' ? p.src : p.dst;
  const rules = way === 'ingress' ? instance.ingress : instance.egress;
  let remoteInstance: CInstance | undefined | null = null; // looked up on the first group rule only
  let undecided: CSgRule | undefined;
  for (const r of rules) {
    if (!trafficMatches(r, p)) continue;
    if (r.peerKind === 0) {
      if (r.range !== undefined && inRange(r.range, remote))
        return { verdict: 'allow', rule: r, undecided: undefined };
    } else if (r.peerKind === 1) {
      if (remoteInstance === null) remoteInstance = privateOwner(c, remote);
      if (
        remoteInstance &&
        r.peerGroupId !== undefined &&
        remoteInstance.groupSet.has(r.peerGroupId) &&
        sameOrPeered(c, instance.vpc.id, remoteInstance.vpc.id)
      )
        return { verdict: 'allow', rule: r, undecided: undefined };
    } else {
      undecided ??= r;
    }
  }
  return { verdict: undecided ? 'skip' : 'deny', rule: undefined, undecided };
}

/** The instance whose private IPv4 or IPv6 address this is (public addresses never count). */
export function privateOwner(c: CompiledScenario, ip: IpValue): CInstance | undefined {
  return ip.family === 4 ? c.byPrivate4.get(ip.value) : c.byIpv6.get(ip.value);
}

export function sameOrPeered(c: CompiledScenario, a: string, b: string): boolean {
  return a === b || (c.activePeers.get(a)?.has(b) ?? false);
}

const LAYER: Readonly<Record<Way, Layer>> = {
  ingress: 'security-group-ingress',
  egress: 'security-group-egress',
};

/** The security-group hop of an instance for a packet, as the walk meets it. */
export function securityGroupLayer(
  w: Emitter,
  direction: Direction,
  inst: CInstance,
  way: Way,
  pkt: Pkt,
): void {
  if (w.stopped) return;
  const d = securityGroupDecision(w.c, inst, way, pkt);
  if (w.quick(direction, LAYER[way], d.verdict, d.undecided !== undefined && !d.rule)) return;
  w.add(securityGroupHop(w.c, direction, inst, way, pkt, d));
}

function securityGroupHop(
  c: CompiledScenario,
  direction: Direction,
  inst: CInstance,
  way: Way,
  pkt: Pkt,
  d: SgDecision,
): HopDraft {
  const dirWord = way === 'ingress' ? 'inbound' : 'outbound';
  const r = d.rule ?? d.undecided;
  return {
    direction,
    layer: LAYER[way],
    resourceId: inst.id,
    verdict: d.verdict,
    rule: r
      ? { kind: 'security-group-rule', groupId: r.groupId, index: r.index, rule: r.rule }
      : null,
    pkt,
    subnetId: inst.subnet.id,
    unknown: d.verdict === 'skip' ? true : undefined,
    reason:
      d.rule !== undefined
        ? () =>
            `${groupLabel(c, d.rule?.groupId ?? '')} allows ${packetSummary(pkt)} by its ${dirWord} rule ${sgRuleText(c, (d.rule as CSgRule).rule, way)}.`
        : d.undecided !== undefined
          ? () => {
              const u = d.undecided as CSgRule;
              return `Only the ${dirWord} rule ${sgRuleText(c, u.rule, way)} of ${groupLabel(c, u.groupId)} could allow ${packetSummary(pkt)}, and prefix lists are not modelled, so this cannot be told.`;
            }
          : () =>
              `No ${dirWord} rule of ${instanceLabel(inst)}'s security groups (${groupsOf(c, inst)}) allows ${packetSummary(pkt)}; security groups deny whatever no rule allows.`,
    warning:
      d.verdict === 'skip' && d.undecided
        ? () => {
            const u = d.undecided as CSgRule;
            return `${u.groupId}: a rule names prefix list ${u.rule.peer.kind === 'prefixList' ? u.rule.peer.prefixListId : ''}, which is not modelled.`;
          }
        : undefined,
    fix: d.verdict === 'deny' ? () => securityGroupFix(c, inst, way, pkt) : undefined,
  };
}

/** Security groups are stateful: the response to an allowed request is allowed whatever the rules say. */
export function statefulLayer(w: Emitter, inst: CInstance, way: Way, pkt: Pkt): void {
  if (w.stopped || w.quick('response', LAYER[way], 'allow')) return;
  w.add({
    direction: 'response',
    layer: LAYER[way],
    resourceId: inst.id,
    verdict: 'allow',
    rule: { kind: 'security-group-stateful' },
    reason: () =>
      `Security groups are stateful: ${instanceLabel(inst)}'s groups let the response (${packetSummary(pkt)}) through without checking their rules.`,
    pkt,
    subnetId: inst.subnet.id,
  });
}

/** A group of the instance to put the rule in: its first own group rather than the VPC default. */
export function ownGroup(c: CompiledScenario, i: CInstance): string | undefined {
  return i.groupIds.find((g) => !c.groups.get(g)?.isDefault) ?? i.groupIds[0];
}

/** A rule in one of the instance's own groups naming the other end (its group if it can). */
function securityGroupFix(c: CompiledScenario, inst: CInstance, way: Way, pkt: Pkt): Proposal {
  const groupId = ownGroup(c, inst);
  if (!groupId) {
    return {
      summary: `${instanceLabel(inst)} has no security group; attach one that allows this traffic.`,
      edit: null,
    };
  }
  const ingress = way === 'ingress';
  const remote = ingress ? pkt.src : pkt.dst;
  const owner = privateOwner(c, remote);
  const peerGroup =
    owner && sameOrPeered(c, inst.vpc.id, owner.vpc.id) ? ownGroup(c, owner) : undefined;
  const peer: SecurityGroupRule['peer'] = peerGroup
    ? { kind: 'group', groupId: peerGroup }
    : { kind: 'cidr', cidr: `${formatIp(remote)}/${remote.family === 4 ? 32 : 128}` };
  const rule: SecurityGroupRule = { ...ruleMatchOf(pkt, 'exact'), peer };
  const peerText = peer.kind === 'group' ? groupLabel(c, peer.groupId) : peer.cidr;
  return {
    summary: `Add an ${ingress ? 'inbound' : 'outbound'} rule ${ruleMatchText(rule)} ${ingress ? 'from' : 'to'} ${peerText} to ${groupLabel(c, groupId)}.`,
    edit: { kind: 'add-sg-rule', groupId, direction: way, rule },
  };
}
