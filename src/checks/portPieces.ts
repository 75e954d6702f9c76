import type { FlowSpec, Scenario } from '../model/types.ts';
import type { ServiceRange } from './services.ts';

/**
 * One piece of a service range: every port (or ICMP type and code) of it meets the same rules, so
 * one evaluated flow answers for all of it (spec/ci-check.md: "split it at every port where any
 * rule or NACL entry on the possible paths starts or ends, and evaluate one port of each piece").
 */
export interface ServicePiece {
  readonly protocol: 'tcp' | 'udp' | 'icmp' | 'icmpv6' | number;
  /** TCP/UDP: the piece's first and last port; the first is evaluated. */
  readonly from?: number;
  readonly to?: number;
  readonly icmpType?: number;
  readonly icmpCode?: number;
  /** `tcp/0-21`, `tcp/22`, `icmp/8/0`. */
  readonly label: string;
}

/**
 * Where the rules of a network cut the ports and ICMP types and codes. Every security-group rule
 * and network ACL entry of the network counts, whatever its protocol: a superset of the rules on
 * the possible paths, so the pieces are never too wide (only more numerous).
 */
export interface Cuts {
  /** Ports at which a rule's range starts, or the port after it ends. */
  readonly ports: readonly number[];
  readonly types: readonly number[];
  /** ICMP type → the codes a rule names for it (and the code after each). */
  readonly codes: ReadonlyMap<number, readonly number[]>;
}

export function ruleCuts(s: Scenario): Cuts {
  const ports = new Set<number>();
  // An echo request (ICMP 8, ICMPv6 128) is the one type whose response the engine walks back:
  // it is a piece of its own whatever the rules say.
  const types = new Set<number>([8, 9, 128, 129]);
  const codes = new Map<number, Set<number>>();
  type Ruled = {
    portRange?: { from: number; to: number } | undefined;
    icmpTypeCode?: { type: number; code: number } | undefined;
  };
  const add = (r: Ruled) => {
    if (r.portRange) ports.add(r.portRange.from).add(r.portRange.to + 1);
    const icmp = r.icmpTypeCode;
    if (icmp && icmp.type >= 0) {
      types.add(icmp.type).add(icmp.type + 1);
      if (icmp.code >= 0) {
        const set = codes.get(icmp.type) ?? new Set<number>();
        set.add(icmp.code).add(icmp.code + 1);
        codes.set(icmp.type, set);
      }
    }
  };
  for (const g of s.securityGroups) for (const r of [...g.ingress, ...g.egress]) add(r);
  for (const n of s.networkAcls) for (const e of [...n.ingress, ...n.egress]) add(e);
  const sorted = (xs: Iterable<number>) => [...xs].sort((a, b) => a - b);
  return {
    ports: sorted(ports),
    types: sorted(types),
    codes: new Map([...codes].map(([t, set]) => [t, sorted(set)])),
  };
}

/** The pieces of a service range, in order. */
export function servicePieces(service: ServiceRange, cuts: Cuts): ServicePiece[] {
  if (service.protocol === 'tcp' || service.protocol === 'udp') {
    const { protocol } = service;
    return split(service.from, service.to, cuts.ports).map(([from, to]) => ({
      protocol,
      from,
      to,
      label: from === to ? `${protocol}/${from}` : `${protocol}/${from}-${to}`,
    }));
  }
  if (service.protocol === 'icmp' || service.protocol === 'icmpv6') {
    const { protocol } = service;
    const typeRanges: [number, number][] =
      service.type === undefined ? split(0, 255, cuts.types) : [[service.type, service.type]];
    const out: ServicePiece[] = [];
    for (const [t1, t2] of typeRanges) {
      // A named type is a piece of its own (cut before and after it): only then do codes matter.
      const named = t1 === t2 ? (cuts.codes.get(t1) ?? []) : [];
      const codeRanges: [number, number][] =
        service.code !== undefined ? [[service.code, service.code]] : split(0, 255, named);
      for (const [c1, c2] of codeRanges) {
        const types = t1 === t2 ? `${t1}` : `${t1}-${t2}`;
        const codes = c1 === c2 ? `${c1}` : `${c1}-${c2}`;
        const whole = service.type === undefined && t1 === 0 && t2 === 255;
        out.push({
          protocol,
          icmpType: t1,
          icmpCode: c1,
          label: whole && c1 === 0 && c2 === 255 ? protocol : `${protocol}/${types}/${codes}`,
        });
      }
    }
    return out;
  }
  return [{ protocol: service.protocol, label: `protocol ${service.protocol}` }];
}

/** [from, to] cut before every cut point inside it. */
export function split(from: number, to: number, cuts: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (const c of cuts) {
    if (c <= start) continue;
    if (c > to) break;
    out.push([start, c - 1]);
    start = c;
  }
  out.push([start, to]);
  return out;
}

/** The service the engine evaluates for a piece: its first port, or its ICMP type and code. */
export function pieceService(
  p: ServicePiece,
): Pick<FlowSpec, 'protocol' | 'port' | 'icmpType' | 'icmpCode'> {
  return {
    protocol: p.protocol,
    ...(p.from === undefined ? {} : { port: p.from }),
    ...(p.icmpType === undefined ? {} : { icmpType: p.icmpType }),
    ...(p.icmpCode === undefined ? {} : { icmpCode: p.icmpCode }),
  };
}
