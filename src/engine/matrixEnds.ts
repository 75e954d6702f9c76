import { formatIp, parseCidr, type IpRange } from '../model/ip.ts';
import type { Endpoint } from '../model/types.ts';
import type { CEni, CompiledScenario } from './compiled.ts';
import { internetPieces, type InternetPiece } from './internet.ts';

/**
 * The matrix's endpoints and the classes they fall in. Two endpoints of one **endpoint class**
 * behave alike towards everything: same subnet, same groups, and no CIDR of any rule, route or
 * prefix list that tells their addresses apart. Endpoint classes of one **network class** differ in
 * their groups only: everything but the security-group hops (routes, network ACLs, gateways,
 * peering, transit gateway) is the same for them, so one walk stands for every pair of them.
 */

/** The internet's endpoints are `internet:<address>`, one per piece of the public address space. */
export const INTERNET_ENDPOINT = 'internet';

export interface MatrixEnd {
  readonly id: string;
  /** How a flow names it. */
  readonly spec: Endpoint;
  /** The interface, for an interface (not for the internet or an AWS service). */
  readonly eni: CEni | undefined;
  /** Endpoints with the same key are in one network class; undefined: one of its own. */
  readonly netKey: string | undefined;
  /** Within a network class, endpoints with the same group key are in one endpoint class. */
  readonly groupKey: string;
}

export interface EndpointClasses {
  readonly ends: readonly MatrixEnd[];
  readonly internet: readonly { readonly endpoint: number; readonly piece: InternetPiece }[];
  /** Each endpoint's class. */
  readonly classOf: Int32Array;
  /** Each class's key (its network key and group key), stable across versions of a scenario. */
  readonly classKeys: readonly string[];
  /** Two endpoints of each class (the second -1 when it has one member). */
  readonly classRep: Int32Array;
  readonly classSecond: Int32Array;
  readonly classSize: Int32Array;
  /** Each class's network class. */
  readonly netOf: Int32Array;
  readonly netKeys: readonly string[];
  /** Two endpoints of each network class (the second -1 when it has one member). */
  readonly netRep: Int32Array;
  readonly netSecond: Int32Array;
}

/**
 * The endpoints of a matrix: every interface, then (when `withInternet`) one endpoint per piece of
 * the internet, then the AWS services gateway endpoints serve; and their classes.
 */
export function endpointClasses(
  c: CompiledScenario,
  withInternet: boolean,
  /** The internet's pieces, when a caller chose them (a diff evaluates two networks at one list). */
  pieces?: readonly InternetPiece[],
): EndpointClasses {
  const signature = addressSignature(c);
  const sig4 = (v: number | undefined) => (v === undefined ? '-' : signature(v));
  const ends: MatrixEnd[] = c.eniList.map((eni) => ({
    id: eni.id,
    spec:
      eni.primary && eni.instanceId
        ? { instanceId: eni.instanceId }
        : { interfaceId: eni.interfaceId ?? eni.id },
    eni,
    netKey: `${eni.subnet.id}|${sig4(eni.private4)}|${sig4(eni.public4)}|${eni.ipv6 === undefined ? '-' : '6'}`,
    groupKey: `${eni.filtered ? 'f' : 'u'}|${[...eni.groupIds].sort().join(',')}`,
  }));
  const internet: { endpoint: number; piece: InternetPiece }[] = [];
  if (withInternet) {
    for (const piece of pieces ?? internetPieces(c, 4)) {
      internet.push({ endpoint: ends.length, piece });
      const id = `${INTERNET_ENDPOINT}:${piece.address}`;
      ends.push({
        id,
        spec: { address: piece.address },
        eni: undefined,
        netKey: undefined,
        groupKey: id,
      });
    }
  }
  for (const svc of awsServices(c)) ends.push(svc);

  const n = ends.length;
  const classOf = new Int32Array(n);
  const classKeys: string[] = [];
  const classMembers: number[] = [];
  const byClass = new Map<string, number>();
  const netKeys: string[] = [];
  const byNet = new Map<string, number>();
  const netOfClass: number[] = [];
  const netMembers: number[][] = [];
  for (let i = 0; i < n; i++) {
    const end = ends[i] as MatrixEnd;
    const netKey = end.netKey ?? `#${end.id}`;
    const key = `${netKey}#${end.groupKey}`;
    let net = byNet.get(netKey);
    if (net === undefined) {
      net = netKeys.length;
      byNet.set(netKey, net);
      netKeys.push(netKey);
      netMembers.push([]);
    }
    (netMembers[net] as number[]).push(i);
    let k = byClass.get(key);
    if (k === undefined) {
      k = classKeys.length;
      byClass.set(key, k);
      classKeys.push(key);
      netOfClass.push(net);
      classMembers.push(0);
    }
    classOf[i] = k;
    classMembers[k] = (classMembers[k] as number) + 1;
  }
  const k = classKeys.length;
  const classRep = new Int32Array(k).fill(-1);
  const classSecond = new Int32Array(k).fill(-1);
  for (let i = 0; i < n; i++) {
    const a = classOf[i] as number;
    if (classRep[a] === -1) classRep[a] = i;
    else if (classSecond[a] === -1) classSecond[a] = i;
  }
  const netRep = Int32Array.from(netMembers, (m) => m[0] ?? -1);
  const netSecond = Int32Array.from(netMembers, (m) => m[1] ?? -1);
  return {
    ends,
    internet,
    classOf,
    classKeys,
    classRep,
    classSecond,
    classSize: Int32Array.from(classMembers),
    netOf: Int32Array.from(netOfClass),
    netKeys,
    netRep,
    netSecond,
  };
}

/**
 * One endpoint per AWS service a gateway endpoint serves (by prefix list), at the first address
 * of its list: what an interface reaches through the endpoint, or through the internet.
 */
function awsServices(c: CompiledScenario): MatrixEnd[] {
  const seen = new Set<string>();
  const out: MatrixEnd[] = [];
  for (const e of c.endpointServices) {
    const range = e.prefixList?.ranges?.[0];
    if (!range || !e.prefixList || seen.has(e.prefixList.id)) continue;
    seen.add(e.prefixList.id);
    const first =
      range.family === 4
        ? { family: 4 as const, value: range.first }
        : { family: 6 as const, value: range.first };
    out.push({
      id: e.serviceName,
      spec: { address: formatIp(first) },
      eni: undefined,
      netKey: undefined,
      groupKey: e.serviceName,
    });
  }
  return out;
}

/**
 * Maps an IPv4 address to the set of CIDRs (named by any rule, route or VPC, plus the single
 * addresses the engine compares one by one) that contain it, as a string key: two addresses with
 * the same key are inside exactly the same CIDRs, so no rule can tell them apart. CIDR blocks are
 * nested or disjoint, so the most specific one holding an address says them all: a binary search
 * over the blocks' boundaries finds it.
 */
function addressSignature(c: CompiledScenario): (ip: number) => string {
  const blocks: IpRange[] = [];
  const add = (r: IpRange | null | undefined) => {
    if (r?.family === 4 && r.prefix > 0) blocks.push(r); // 0.0.0.0/0 tells no address apart
  };
  const s = c.source;
  for (const g of s.securityGroups) {
    for (const r of [...g.ingress, ...g.egress])
      if (r.peer.kind === 'cidr') add(parseCidr(r.peer.cidr));
  }
  for (const n of s.networkAcls)
    for (const e of [...n.ingress, ...n.egress]) add(parseCidr(e.cidr));
  for (const t of s.routeTables) for (const r of t.routes) add(parseCidr(r.destination));
  for (const t of s.transitGatewayRouteTables)
    for (const r of t.routes) add(parseCidr(r.destination));
  for (const p of c.prefixLists.values()) for (const r of p.ranges ?? []) add(r);
  for (const v of c.vpcs.values()) for (const r of v.ranges) add(r);
  const single = (ip: number | undefined) => {
    if (ip !== undefined && ip >= 0) blocks.push({ family: 4, first: ip, last: ip, prefix: 32 });
  };
  for (const nat of c.natGateways.values()) {
    single(nat.public4);
    single(nat.private4);
  }
  for (const v of c.vpcs.values()) single(v.dnsResolver);
  return deepestBlock(blocks);
}

/**
 * For nested-or-disjoint blocks: a function from an address to a key naming the most specific
 * block that holds it (`''` for none). The blocks' boundaries cut the line into elementary
 * intervals, each labelled once by a sweep; a lookup is a binary search.
 */
function deepestBlock(blocks: readonly IpRange[]): (ip: number) => string {
  const sorted = blocks
    .filter((b): b is IpRange & { family: 4 } => b.family === 4)
    .sort((a, b) => a.first - b.first || b.last - a.last);
  const cuts = new Set<number>();
  for (const b of sorted) cuts.add(b.first).add(b.last + 1);
  const starts = Float64Array.from([...cuts].sort((a, b) => a - b));
  const labels: string[] = [];
  const open: { last: number; key: string }[] = [];
  let next = 0;
  for (const at of starts) {
    while (open.length > 0 && (open.at(-1) as { last: number }).last < at) open.pop();
    while (next < sorted.length && (sorted[next] as IpRange & { family: 4 }).first <= at) {
      const b = sorted[next++] as IpRange & { family: 4 };
      open.push({ last: b.last, key: `${b.first}/${b.last}` });
    }
    labels.push(open.at(-1)?.key ?? '');
  }
  return (ip: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    if (hi < 0 || ip < (starts[0] as number)) return '';
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= ip) lo = mid;
      else hi = mid - 1;
    }
    return labels[lo] as string;
  };
}
