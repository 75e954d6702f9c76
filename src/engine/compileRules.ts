import type { IpRange } from '../model/ip.ts';
import type { NaclEntry, NetworkAcl, PrefixList, SecurityGroupRule } from '../model/types.ts';
import type { CNacl, CNaclEntry, CPrefixList, CSgRule } from './compiled.ts';
import { hasPorts, isIcmp, protocolNumber } from './protocol.ts';

/** Parses a CIDR the schema has already checked. */
export type CidrOf = (text: string) => IpRange;

function portBounds(
  protocol: number,
  range: { from: number; to: number } | undefined,
): [number, number] {
  if (!hasPorts(protocol) || !range) return [0, 65535];
  return [range.from, range.to];
}

function icmpBounds(
  protocol: number,
  tc: { type: number; code: number } | undefined,
): [number, number] {
  if (!isIcmp(protocol) || !tc) return [-1, -1];
  return [tc.type, tc.code];
}

export function compilePrefixList(p: PrefixList, cidr: CidrOf): CPrefixList {
  const family = p.addressFamily === 'IPv4' ? 4 : 6;
  return {
    id: p.id,
    name: p.name,
    family,
    // An entry of the other family cannot match anything the list is used for (validate names it).
    ranges: p.entries?.map((e) => cidr(e.cidr)).filter((r) => r.family === family),
  };
}

export function compileSgRule(
  groupId: string,
  index: number,
  rule: SecurityGroupRule,
  cidr: CidrOf,
  prefixLists: ReadonlyMap<string, CPrefixList>,
  groupIndex: ReadonlyMap<string, number>,
): CSgRule {
  const protocol = protocolNumber(rule.protocol);
  const [fromPort, toPort] = portBounds(protocol, rule.portRange);
  const [icmpType, icmpCode] = icmpBounds(protocol, rule.icmpTypeCode);
  const peer = rule.peer;
  const list = peer.kind === 'prefixList' ? prefixLists.get(peer.prefixListId) : undefined;
  return {
    groupId,
    index,
    rule,
    protocol,
    fromPort,
    toPort,
    icmpType,
    icmpCode,
    peerKind:
      peer.kind === 'cidr' ? 0 : peer.kind === 'group' ? 1 : list?.ranges !== undefined ? 2 : 3,
    range: peer.kind === 'cidr' ? cidr(peer.cidr) : undefined,
    peerGroupId: peer.kind === 'group' ? peer.groupId : undefined,
    peerGroupIndex: peer.kind === 'group' ? (groupIndex.get(peer.groupId) ?? -1) : -1,
    prefixList: list,
  };
}

export function compileNacl(n: NetworkAcl, cidr: CidrOf): CNacl {
  const entries = (list: readonly NaclEntry[]): CNaclEntry[] =>
    list
      .map((e) => {
        const protocol = protocolNumber(e.protocol);
        const [fromPort, toPort] = portBounds(protocol, e.portRange);
        const [icmpType, icmpCode] = icmpBounds(protocol, e.icmpTypeCode);
        return {
          ruleNumber: e.ruleNumber,
          allow: e.action === 'allow',
          protocol,
          fromPort,
          toPort,
          icmpType,
          icmpCode,
          range: cidr(e.cidr),
          entry: e,
        };
      })
      .sort((a, b) => a.ruleNumber - b.ruleNumber);
  return {
    id: n.id,
    name: n.name,
    source: n,
    ingress: entries(n.ingress),
    egress: entries(n.egress),
  };
}
