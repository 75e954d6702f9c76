import type { CNacl, CNaclEntry, CSubnet } from '../compiled.ts';
import { naclEntryText, naclLabel, packetSummary } from '../explain.ts';
import { inRange, trafficMatches } from '../match.ts';
import type { Pkt } from '../packet.ts';
import { isIcmp } from '../protocol.ts';
import type { Direction, HopVerdict, Layer } from '../types.ts';
import type { Emitter } from './hop.ts';
import { networkAclBlock, networkAclFix } from './networkAclFix.ts';
import type { Way } from './securityGroup.ts';

export interface NaclDecision {
  readonly allowed: boolean;
  /** The entry that matched; undefined when the final `*` rule decided. */
  readonly entry: CNaclEntry | undefined;
  /** The matching entry's number, or AWS's 32767 (IPv4) / 32768 (IPv6) for the `*` rule. */
  readonly ruleNumber: number;
}

/**
 * Entries are evaluated in ascending rule number and the first match decides, allow or deny;
 * when none matches, the `*` rule denies. ACLs are stateless: a response is checked like any
 * packet. https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
 */
export function naclDecision(nacl: CNacl, way: Way, p: Pkt): NaclDecision {
  const remote = way === 'ingress' ? p.src : p.dst;
  for (const e of way === 'ingress' ? nacl.ingress : nacl.egress) {
    if (inRange(e.range, remote) && trafficMatches(e, p)) {
      return { allowed: e.allow, entry: e, ruleNumber: e.ruleNumber };
    }
  }
  return { allowed: false, entry: undefined, ruleNumber: remote.family === 4 ? 32767 : 32768 };
}

const LAYER: Readonly<Record<Way, Layer>> = { ingress: 'nacl-ingress', egress: 'nacl-egress' };

/**
 * The network ACL of a subnet's border, as the walk meets it. `skipWhy` says why AWS does not
 * evaluate it here (two interfaces of one subnet, say): the hop is then `skip`.
 */
export function networkAclLayer(
  w: Emitter,
  direction: Direction,
  subnet: CSubnet,
  way: Way,
  pkt: Pkt,
  skipWhy: (() => string) | undefined,
): void {
  if (w.stopped) return;
  const layer = LAYER[way];
  const nacl = subnet.nacl;
  if (skipWhy !== undefined || !nacl) {
    const verdict: HopVerdict = skipWhy === undefined ? 'unknown' : 'skip';
    if (w.quick(direction, layer, verdict)) return;
    w.add({
      direction,
      layer,
      pkt,
      subnetId: subnet.id,
      resourceId: nacl?.id ?? subnet.id,
      verdict,
      rule: null,
      unknown: skipWhy === undefined ? true : undefined,
      reason:
        skipWhy ??
        (() =>
          `${subnet.id} has no network ACL in this scenario (nor its VPC a default one), so this cannot be told.`),
      warning:
        skipWhy === undefined
          ? () => `${subnet.id} has no network ACL in the scenario.`
          : undefined,
    });
    return;
  }
  const d = naclDecision(nacl, way, pkt);
  const verdict: HopVerdict = d.allowed ? 'allow' : 'deny';
  if (w.quick(direction, layer, verdict)) return;
  const c = w.c;
  const dirWord = way === 'ingress' ? 'inbound' : 'outbound';
  w.add({
    direction,
    layer,
    pkt,
    subnetId: subnet.id,
    resourceId: nacl.id,
    verdict,
    ruleNumber: d.ruleNumber,
    rule: d.entry
      ? {
          kind: 'nacl-entry',
          networkAclId: nacl.id,
          ruleNumber: d.ruleNumber,
          action: d.allowed ? 'allow' : 'deny',
          entry: d.entry.entry,
        }
      : { kind: 'nacl-entry', networkAclId: nacl.id, ruleNumber: d.ruleNumber, action: 'deny' },
    reason: () =>
      d.entry
        ? `${naclLabel(nacl)} ${dirWord} ${naclEntryText(d.entry.entry, way)} is the first to match ${packetSummary(pkt)}, so it ${d.allowed ? 'allows' : 'denies'} it.`
        : `No numbered ${dirWord} rule of ${naclLabel(nacl)} matches ${packetSummary(pkt)}, so the final * rule denies it${direction === 'response' && !isIcmp(pkt.protocol) ? ` (network ACLs are stateless: the response to the client's port ${pkt.dstPort} must be allowed too)` : ''}.`,
    fix: d.allowed
      ? undefined
      : (intent) =>
          networkAclFix(c, nacl, direction, way, d.entry ? d.ruleNumber : undefined, pkt, intent),
    block:
      d.allowed && direction === 'request'
        ? (intent) => networkAclBlock(c, nacl, way, d.ruleNumber, pkt, intent)
        : undefined,
  });
}

/** Why two interfaces of one subnet pass no network ACL. */
export const sameSubnetSkip = (subnet: CSubnet) => () =>
  `Both interfaces are in ${subnet.id}, and a network ACL only checks traffic that crosses the subnet's border.`;
