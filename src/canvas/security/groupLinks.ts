import { drawnInterfaces } from '../../layout/drawn.ts';
import type { Scenario, SecurityGroupRule } from '../../model/types.ts';

/**
 * One edge of the security view: every rule by which group `to` admits members of group `from`
 * (its inbound rules naming `from`) or `from` lets its members reach `to` (its outbound rules
 * naming `to`), as one edge per pair with the ports listed, so 500 rules between two tiers are
 * one arrow. Drawn from a member of `from` to a member of `to`.
 */
export interface GroupLink {
  /** `sg:<from>><to>`. */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly fromName: string;
  readonly toName: string;
  /** "tcp 5432", "tcp 1024–65535", "all traffic", in rule order, each once. */
  readonly ports: readonly string[];
  /** The nodes it is drawn between: the first drawn member of each group. */
  readonly sourceNodeId: string;
  readonly targetNodeId: string;
}

/**
 * Group-to-group allow rules as edges, aggregated per pair of groups. A rule naming its own group
 * (members admit each other) draws no edge: it is a chip, not an arrow. A pair with no drawn member
 * on either side is left out.
 * https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-referencing
 */
export function groupLinks(scenario: Scenario): GroupLink[] {
  const members = firstMembers(scenario);
  const names = new Map(scenario.securityGroups.map((g) => [g.id, g.name]));
  const pairs = new Map<string, { from: string; to: string; ports: string[] }>();
  const add = (from: string, to: string, rule: SecurityGroupRule) => {
    if (from === to) return;
    const key = `${from}>${to}`;
    const text = portsText(rule);
    const pair = pairs.get(key);
    if (!pair) pairs.set(key, { from, to, ports: [text] });
    else if (!pair.ports.includes(text)) pair.ports.push(text);
  };
  for (const g of scenario.securityGroups) {
    for (const r of g.ingress) if (r.peer.kind === 'group') add(r.peer.groupId, g.id, r);
    for (const r of g.egress) if (r.peer.kind === 'group') add(g.id, r.peer.groupId, r);
  }
  const links: GroupLink[] = [];
  for (const [key, p] of pairs) {
    const source = members.get(p.from);
    const target = members.get(p.to);
    if (source === undefined || target === undefined || source === target) continue;
    links.push({
      id: `sg:${key}`,
      from: p.from,
      to: p.to,
      fromName: names.get(p.from) ?? p.from,
      toName: names.get(p.to) ?? p.to,
      ports: p.ports,
      sourceNodeId: source,
      targetNodeId: target,
    });
  }
  return links;
}

/** Each group's first drawn member (instance or interface), in the scenario's order. */
function firstMembers(scenario: Scenario): Map<string, string> {
  const first = new Map<string, string>();
  const carriers = [...scenario.instances, ...drawnInterfaces(scenario)];
  for (const c of carriers) {
    for (const g of c.securityGroupIds) if (!first.has(g)) first.set(g, c.id);
  }
  return first;
}

/** A rule's traffic in a few words. */
export function portsText(rule: SecurityGroupRule): string {
  const protocol = rule.protocol;
  if (protocol === 'all') return 'all traffic';
  const name = typeof protocol === 'number' ? `protocol ${protocol}` : protocol;
  if (protocol === 'icmp' || protocol === 'icmpv6' || !rule.portRange) return name;
  const { from, to } = rule.portRange;
  if (from === 0 && to === 65535) return `${name} all ports`;
  return from === to ? `${name} ${from}` : `${name} ${from}–${to}`;
}
