import { formatIp } from '../model/ip.ts';
import type { NaclEntry, SecurityGroupRule } from '../model/types.ts';
import type { CEni, CompiledScenario, CNacl } from './compiled.ts';
import type { Pkt } from './packet.ts';
import { hasPorts, isIcmp, protocolName, protocolNumber } from './protocol.ts';

/** The words a trace uses: one sentence per hop, readable by a student. */

const ICMP_NAMES: Record<string, string> = {
  '1:8': 'ICMP echo request',
  '1:0': 'ICMP echo reply',
  '58:128': 'ICMPv6 echo request',
  '58:129': 'ICMPv6 echo reply',
};

export function trafficText(p: Pkt): string {
  if (hasPorts(p.protocol)) return `${protocolName(p.protocol)} port ${p.dstPort}`;
  if (isIcmp(p.protocol)) {
    return (
      ICMP_NAMES[`${p.protocol}:${p.icmpType}`] ??
      `${protocolName(p.protocol)} type ${p.icmpType} code ${p.icmpCode}`
    );
  }
  return protocolName(p.protocol);
}

export function packetSummary(p: Pkt): string {
  return `${trafficText(p)} from ${formatIp(p.src)} to ${formatIp(p.dst)}`;
}

function portsText(protocol: number, range: { from: number; to: number } | undefined): string {
  if (!hasPorts(protocol)) return '';
  if (!range || (range.from === 0 && range.to === 65535)) return ' all ports';
  return range.from === range.to ? ` ${range.from}` : ` ${range.from}-${range.to}`;
}

function icmpText(protocol: number, tc: { type: number; code: number } | undefined): string {
  if (!isIcmp(protocol) || !tc || tc.type === -1) return isIcmp(protocol) ? ' all types' : '';
  return tc.code === -1 ? ` type ${tc.type}` : ` type ${tc.type} code ${tc.code}`;
}

const ruleTraffic = new WeakMap<object, string>();

function trafficOf(rule: {
  protocol: SecurityGroupRule['protocol'];
  portRange?: { from: number; to: number };
  icmpTypeCode?: { type: number; code: number };
}): string {
  let text = ruleTraffic.get(rule);
  if (text === undefined) {
    const n = protocolNumber(rule.protocol);
    text =
      n === -1
        ? 'all traffic'
        : `${protocolName(n)}${portsText(n, rule.portRange)}${icmpText(n, rule.icmpTypeCode)}`;
    ruleTraffic.set(rule, text);
  }
  return text;
}

export function groupLabel(c: CompiledScenario, id: string): string {
  const g = c.groups.get(id);
  return g && g.name && g.name !== id ? `${id} (${g.name})` : id;
}

/** "TCP 5432 from sg-0app (app)" */
export function sgRuleText(
  c: CompiledScenario,
  rule: SecurityGroupRule,
  direction: 'ingress' | 'egress',
): string {
  const word = direction === 'ingress' ? 'from' : 'to';
  const peer =
    rule.peer.kind === 'cidr'
      ? rule.peer.cidr
      : rule.peer.kind === 'group'
        ? groupLabel(c, rule.peer.groupId)
        : `prefix list ${prefixListLabel(c, rule.peer.prefixListId)}`;
  return `${trafficOf(rule)} ${word} ${peer}`;
}

// An entry's words depend on the entry alone (entries are never mutated): each is made once.
const entryWords = new WeakMap<NaclEntry, string>();

/** "rule 100 (allow TCP 8080 from 10.0.1.0/24)" */
export function naclEntryText(e: NaclEntry, direction: 'ingress' | 'egress'): string {
  let words = entryWords.get(e);
  if (words === undefined) {
    words = `${e.action} ${trafficOf(e)}`;
    entryWords.set(e, words);
  }
  return `rule ${e.ruleNumber} (${words} ${direction === 'ingress' ? 'from' : 'to'} ${e.cidr})`;
}

/** `web-1 (i-0abc)`, `orders-db (eni-0abc)`: an interface by the name and ID a trace names it by. */
export function eniLabel(i: CEni): string {
  return i.name && i.name !== i.id ? `${i.name} (${i.id})` : i.id;
}

export function prefixListLabel(c: CompiledScenario, id: string): string {
  const p = c.prefixLists.get(id);
  return p && p.name && p.name !== id ? `${id} (${p.name})` : id;
}

export function naclLabel(n: CNacl): string {
  return n.name && n.name !== n.id ? `${n.id} (${n.name})` : n.id;
}

export function groupsOf(c: CompiledScenario, i: CEni): string {
  if (i.groupIds.length === 0) return 'no security groups';
  return i.groupIds.map((g) => groupLabel(c, g)).join(', ');
}
