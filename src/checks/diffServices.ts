import type { Scenario, SecurityGroupRule, NaclEntry } from '../model/types.ts';
import { ruleCuts, servicePieces, type Cuts, type ServicePiece } from './portPieces.ts';
import type { ServiceRange } from './services.ts';

/**
 * The services a diff compares when none are given: every protocol and port range a rule or
 * network ACL entry of either network names, cut at every boundary of both (spec/ci-check.md).
 */
export function namedServices(networks: readonly Scenario[]): ServiceRange[] {
  const out: ServiceRange[] = [];
  const add = (r: SecurityGroupRule | NaclEntry) => {
    const p = r.protocol;
    if (p === 'tcp' || p === 'udp' || p === 6 || p === 17) {
      const protocol = p === 'tcp' || p === 6 ? 'tcp' : 'udp';
      out.push({ protocol, from: r.portRange?.from ?? 0, to: r.portRange?.to ?? 65535 });
    } else if (p === 'icmp' || p === 1) out.push({ protocol: 'icmp' });
    else if (p === 'icmpv6' || p === 58) out.push({ protocol: 'icmpv6' });
    else if (p === 'all') {
      out.push({ protocol: 'tcp', from: 0, to: 65535 }, { protocol: 'udp', from: 0, to: 65535 });
      out.push({ protocol: 'icmp' });
    } else out.push({ protocol: p });
  };
  for (const s of networks) {
    for (const g of s.securityGroups) for (const r of [...g.ingress, ...g.egress]) add(r);
    for (const n of s.networkAcls) for (const e of [...n.ingress, ...n.egress]) add(e);
  }
  return out;
}

/** Both networks' cuts together. */
export function unionCuts(networks: readonly Scenario[]): Cuts {
  const all = networks.map(ruleCuts);
  const sorted = (xs: Iterable<number>) => [...new Set(xs)].sort((a, b) => a - b);
  const codes = new Map<number, number[]>();
  for (const c of all)
    for (const [t, list] of c.codes) codes.set(t, sorted([...(codes.get(t) ?? []), ...list]));
  return {
    ports: sorted(all.flatMap((c) => c.ports)),
    types: sorted(all.flatMap((c) => c.types)),
    codes,
  };
}

/** The pieces of some service ranges, once each, in order of first appearance. */
export function uniquePieces(ranges: readonly ServiceRange[], cuts: Cuts): ServicePiece[] {
  const seen = new Map<string, ServicePiece>();
  for (const r of ranges)
    for (const p of servicePieces(r, cuts)) if (!seen.has(p.label)) seen.set(p.label, p);
  return [...seen.values()];
}
