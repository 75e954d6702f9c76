import { parseCidr } from '../../model/ip.ts';
import { sgRuleWithoutBlock, sgRuleWithoutPort } from '../../model/edit/narrow.ts';
import type { ScenarioEdit } from '../../model/scenarioEdit.ts';
import type { SecurityGroupRule } from '../../model/types.ts';
import type { CEni, CompiledScenario, CSgRule } from '../compiled.ts';
import { eniLabel, groupLabel, sgRuleText } from '../explain.ts';
import type { Pkt } from '../packet.ts';
import { hasPorts } from '../protocol.ts';
import type { FixScope } from '../types.ts';
import type { BlockProposal, FixIntent, Proposal } from './hop.ts';
import { ruleMatchOf, ruleMatchText, type RuleMatch } from './ruleMatch.ts';
import { addressScopes, holders, hostCidr, isInternetAddress, rangeSize } from './scopes.ts';
import { ownGroup, privateOwner, securityGroupDecision, type Way } from './securityGroup.ts';

/**
 * Opening: a rule in one of the interface's own groups naming the other end, least privilege
 * first: its group when a group reference reaches it, else its one address; the flow's one port.
 * Wider scopes (its subnet, its VPC, anywhere; every port) are offered as alternatives.
 * https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
 */
export function securityGroupFix(
  c: CompiledScenario,
  eni: CEni,
  way: Way,
  pkt: Pkt,
  intent: FixIntent,
): Proposal {
  const groupId = ownGroup(c, eni);
  if (!groupId) {
    return {
      summary: `${eniLabel(eni)} has no security group; attach one that allows this traffic.`,
      edit: null,
    };
  }
  const remote = way === 'ingress' ? pkt.src : pkt.dst;
  const owner = privateOwner(c, remote);
  const peerGroup =
    owner && c.groupReferenceReaches(eni.vpc.id, owner.vpc.id, way)
      ? ownGroup(c, owner)
      : undefined;
  const peers: { peer: SecurityGroupRule['peer']; what: string }[] = [];
  if (peerGroup) peers.push({ peer: { kind: 'group', groupId: peerGroup }, what: 'its group' });
  for (const s of addressScopes(c, remote, intent))
    peers.push({ peer: { kind: 'cidr', cidr: s.cidr }, what: s.what });
  const exact = ruleMatchOf(pkt, 'exact');
  const scopes: FixScope[] = peers.map(({ peer, what }) =>
    addRule(c, groupId, way, { ...exact, peer }, what),
  );
  const first = peers[0];
  if (first && hasPorts(pkt.protocol)) {
    const every: RuleMatch = { protocol: exact.protocol, portRange: { from: 0, to: 65535 } };
    scopes.push(
      addRule(
        c,
        groupId,
        way,
        { ...every, peer: first.peer },
        `${first.what}, every ${ruleMatchText(every).split(' ')[0] ?? ''} port`,
      ),
    );
  }
  const chosen = scopes[0];
  if (!chosen) return { summary: '', edit: null };
  return {
    summary: chosen.summary,
    edit: chosen.edit,
    scopes: scopes.length > 1 ? scopes : undefined,
  };
}

function addRule(
  c: CompiledScenario,
  groupId: string,
  way: Way,
  rule: SecurityGroupRule,
  what: string,
): FixScope {
  const ingress = way === 'ingress';
  const peerText = peerWords(c, rule.peer);
  return {
    label: `${peerText} · ${what}`,
    summary: `Add an ${ingress ? 'inbound' : 'outbound'} rule ${ruleMatchText(rule)} ${ingress ? 'from' : 'to'} ${peerText} to ${groupLabel(c, groupId)}.`,
    edit: { kind: 'add-sg-rule', groupId, direction: way, rule },
  };
}

function peerWords(c: CompiledScenario, peer: SecurityGroupRule['peer']): string {
  if (peer.kind === 'group') return groupLabel(c, peer.groupId);
  return peer.kind === 'cidr' ? peer.cidr : peer.prefixListId;
}

/** At most this many rules may replace one when a block of addresses is carved out of it. */
const MAX_PIECES = 4;

/**
 * Blocking: security groups only allow, and every rule of every group of the interface that
 * matches lets the packet in, so each such rule must go or be narrowed. Narrowed: split around
 * the flow's port (the rule keeps its other ports), else around the flow's address or its
 * subnet (kept when that leaves at most a few rules); a rule that cannot be narrowed is removed.
 * Both the narrowed and the removed change are proposed; the narrower ranks first.
 */
export function securityGroupBlock(
  c: CompiledScenario,
  eni: CEni,
  way: Way,
  pkt: Pkt,
  intent: FixIntent,
): BlockProposal[] {
  const remote = way === 'ingress' ? pkt.src : pkt.dst;
  const matching = allowingRules(c, eni, way, pkt);
  if (matching.length === 0) return [];
  // Every address a goal "from anywhere" stands for must be stopped: carving out one does not.
  const carveAddress = !(intent.anywhere && isInternetAddress(c, remote));
  const narrowed = matching.map((r) => narrowRule(c, r, way, pkt, remote, carveAddress));
  const removed: Change[] = matching.map((r) => ({
    rule: r,
    pieces: [],
    words: ruleWords(c, r, way),
    breadth: ruleBreadth(c, r),
  }));
  const out: BlockProposal[] = [];
  if (narrowed.some((n) => n.pieces.length > 0)) out.push(proposal(way, narrowed));
  out.push(proposal(way, removed));
  return out;
}

/**
 * Every rule of the interface's groups that allows the packet, in group order: the decision's
 * rule, then the decision's rule once that one is set aside, and so on (one test of a rule, the
 * decision's own).
 */
function allowingRules(c: CompiledScenario, eni: CEni, way: Way, pkt: Pkt): CSgRule[] {
  const found: CSgRule[] = [];
  let probe: CEni = eni;
  for (;;) {
    const rule = securityGroupDecision(c, probe, way, pkt).rule;
    if (!rule) return found;
    found.push(rule);
    const rest = probe[way].filter((r) => r !== rule);
    probe = way === 'ingress' ? { ...probe, ingress: rest } : { ...probe, egress: rest };
  }
}

interface Change {
  readonly rule: CSgRule;
  /** The rules that replace it; none: it is removed. */
  readonly pieces: readonly SecurityGroupRule[];
  /** "sg-db (db)'s inbound rule TCP 5000-6000 from 10.0.0.0/16 to leave out port 5432" */
  readonly words: string;
  readonly breadth: number;
}

function ruleWords(c: CompiledScenario, r: CSgRule, way: Way): string {
  return `${groupLabel(c, r.groupId)}'s ${way === 'ingress' ? 'inbound' : 'outbound'} rule ${sgRuleText(c, r.rule, way)}`;
}

function narrowRule(
  c: CompiledScenario,
  r: CSgRule,
  way: Way,
  pkt: Pkt,
  remote: Pkt['src'],
  carveAddress: boolean,
): Change {
  const words = ruleWords(c, r, way);
  const carriers = holders(c, (e) => e.groupSet.has(r.groupId));
  if (hasPorts(pkt.protocol)) {
    const pieces = sgRuleWithoutPort(r.rule, pkt.dstPort);
    if (pieces && pieces.length > 0) {
      return {
        rule: r,
        pieces,
        words: `${words} to leave out port ${pkt.dstPort}`,
        breadth: peerBreadth(c, r) * carriers,
      };
    }
  }
  if (carveAddress && r.rule.peer.kind === 'cidr') {
    const owner = privateOwner(c, remote);
    const subnet = remote.family === 4 ? owner?.subnet.cidrBlock : owner?.subnet.ipv6CidrBlock;
    for (const block of subnet ? [hostCidr(remote), subnet] : [hostCidr(remote)]) {
      const pieces = sgRuleWithoutBlock(r.rule, block);
      const range = parseCidr(block);
      if (pieces && range && pieces.length > 0 && pieces.length <= MAX_PIECES) {
        return {
          rule: r,
          pieces,
          words: `${words} to leave out ${block} (${pieces.length === 1 ? 'one rule' : `${pieces.length} rules`} for the rest)`,
          breadth: rangeSize(range) * portCount(r) * carriers,
        };
      }
    }
  }
  return { rule: r, pieces: [], words, breadth: ruleBreadth(c, r) };
}

function proposal(way: Way, changes: readonly Change[]): BlockProposal {
  const edits: ScenarioEdit[] = changes.map(({ rule: r, pieces }) =>
    pieces.length === 0
      ? { kind: 'remove-sg-rule', groupId: r.groupId, direction: way, rule: r.rule }
      : { kind: 'replace-sg-rule', groupId: r.groupId, direction: way, rule: r.rule, with: pieces },
  );
  const edit: ScenarioEdit = edits.length === 1 && edits[0] ? edits[0] : { kind: 'batch', edits };
  const said = listed(
    changes.map((ch) => `${ch.pieces.length === 0 ? 'remove' : 'narrow'} ${ch.words}`),
  );
  return {
    summary: `${said.charAt(0).toUpperCase()}${said.slice(1)}.`,
    edit,
    breadth: changes.reduce((sum, ch) => sum + ch.breadth, 0),
  };
}

/** "a", "a and b", "a, b and c". */
function listed(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

/** What a rule allows, roughly: its peer's addresses × its ports × the interfaces carrying it. */
function ruleBreadth(c: CompiledScenario, r: CSgRule): number {
  return peerBreadth(c, r) * portCount(r) * holders(c, (e) => e.groupSet.has(r.groupId));
}

function peerBreadth(c: CompiledScenario, r: CSgRule): number {
  if (r.peerKind === 0 && r.range) return rangeSize(r.range);
  if (r.peerKind === 1)
    return holders(c, (e) => r.peerGroupId !== undefined && e.groupSet.has(r.peerGroupId));
  return (r.prefixList?.ranges ?? []).reduce((sum, range) => sum + rangeSize(range), 0) || 1;
}

function portCount(r: CSgRule): number {
  // All traffic: every port of TCP and UDP and every other protocol, roughly.
  if (r.protocol === -1) return 65536 * 3;
  return hasPorts(r.protocol) ? r.toPort - r.fromPort + 1 : 256;
}
