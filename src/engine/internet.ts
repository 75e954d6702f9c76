import {
  formatCidr,
  formatIp,
  parseCidr,
  parseIp,
  type IpFamily,
  type IpRange,
} from '../model/ip.ts';
import { INTERNET_HOST } from '../model/internetHosts.ts';
import type { CompiledScenario } from './compiled.ts';
import {
  intervalCidrCount,
  intervalCidrs,
  intervalOf,
  pieceHas,
  splitAddressSpace,
  subtractIntervals,
  type AddressPiece,
  type Interval,
} from './addressSpace.ts';

/**
 * One definition of "the internet" for every view. Where a flow needs one address, the internet is
 * the host 203.0.113.50 (spec/cli-analyze.md, `internet`). Where a view speaks of the internet as
 * a set (the matrix's Internet rows, a challenge goal "from anywhere", an invariant), it is every
 * public address: the public address space, less the network's own addresses, split at every CIDR
 * boundary that a rule, route or prefix list names, one address evaluated per piece
 * (spec/ci-check.md, "internet as a set").
 */
export { INTERNET_HOST };

/**
 * Addresses that are never a host on the internet: IANA's special-purpose blocks that are not
 * globally reachable (RFC 6890; https://www.iana.org/assignments/iana-ipv4-special-registry),
 * except the documentation blocks, which this project uses for hosts on the internet. For IPv6 the
 * public space is the global unicast block 2000::/3.
 */
const NOT_PUBLIC_4 = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.168.0.0/16',
  '224.0.0.0/4',
  '240.0.0.0/4',
];
const PUBLIC_6 = '2000::/3';

/** A piece of the internet, as a view shows it and evaluates it. */
export interface InternetPiece {
  readonly family: IpFamily;
  /** The address evaluated for the whole piece (INTERNET_HOST for the piece holding it). */
  readonly address: string;
  /** The first CIDR blocks the piece is made of (at most PIECE_CIDRS_SHOWN), in address order. */
  readonly cidrs: readonly string[];
  /** How many blocks the piece is made of in all. */
  readonly cidrCount: number;
  /** The most specific block a rule or route names that holds the piece, or null for none. */
  readonly within: string | null;
  /** What the piece stands for, in words: `203.0.113.0/24`, `every other public address`… */
  readonly label: string;
}

/** A piece's blocks are listed up to this many; `cidrCount` says how many there are. */
export const PIECE_CIDRS_SHOWN = 16;

/**
 * Every CIDR block the scenario names: security-group and network ACL rules, routes, transit
 * gateway routes and prefix lists. (0.0.0.0/0 and ::/0 hold every address: they split nothing.)
 */
export function namedBlocks(c: CompiledScenario): IpRange[] {
  const out: IpRange[] = [];
  const add = (r: IpRange | null | undefined) => {
    if (r && r.prefix > 0) out.push(r);
  };
  const s = c.source;
  for (const g of s.securityGroups)
    for (const r of [...g.ingress, ...g.egress])
      if (r.peer.kind === 'cidr') add(parseCidr(r.peer.cidr));
  for (const n of s.networkAcls)
    for (const e of [...n.ingress, ...n.egress]) add(parseCidr(e.cidr));
  for (const t of s.routeTables) for (const r of t.routes) add(parseCidr(r.destination));
  for (const t of s.transitGatewayRouteTables)
    for (const r of t.routes) add(parseCidr(r.destination));
  for (const p of c.prefixLists.values()) for (const r of p.ranges ?? []) add(r);
  return out;
}

/**
 * The internet of a scenario, as pieces: the public addresses of `family` that are not the
 * network's own (no VPC block, no address of an interface or NAT gateway, no prefix list a gateway
 * endpoint serves: those are AWS services), split at every block the scenario names. Each piece
 * is evaluated at one address; INTERNET_HOST's piece at INTERNET_HOST itself, so a flow from the
 * internet and the piece that holds it always agree.
 */
export function internetPieces(
  c: CompiledScenario,
  family: IpFamily = 4,
  /** More blocks to split at (another version of the network's, for a diff). */
  extraBlocks: readonly IpRange[] = [],
): InternetPiece[] {
  const blocks = [...namedBlocks(c), ...extraBlocks].filter((b) => b.family === family);
  const space = subtractIntervals(publicSpace(family), networkBlocks(c, family));
  const pieces = splitAddressSpace(family, space, blocks);
  const owned = ownedAddresses(c, family);
  const host = parseIp(INTERNET_HOST);
  const preferred = host?.family === family ? BigInt(host.value) : undefined;
  const out: InternetPiece[] = [];
  for (const piece of pieces) {
    const address = pickAddress(piece, owned, preferred);
    if (address === undefined) continue; // every address of it is the network's own
    const within = piece.within < 0 ? null : formatCidr(blocks[piece.within] as IpRange);
    const cidrs: string[] = [];
    let cidrCount = 0;
    for (const i of piece.intervals) {
      if (cidrs.length < PIECE_CIDRS_SHOWN)
        cidrs.push(...intervalCidrs(family, i, PIECE_CIDRS_SHOWN - cidrs.length));
      cidrCount += intervalCidrCount(family, i);
    }
    out.push({
      family,
      address: formatValue(family, address),
      cidrs,
      cidrCount,
      within,
      label: '',
    });
  }
  // The piece holding the internet host first, then by address.
  out.sort((a, b) => Number(b.address === INTERNET_HOST) - Number(a.address === INTERNET_HOST));
  const alone = out.length === 1;
  return out.map((p) => ({ ...p, label: pieceLabel(p, alone) }));
}

/**
 * `203.0.113.0/24` for a piece that is one block; `the rest of 52.0.0.0/8` for what is left of a
 * named block around smaller ones; `every other public address` for what no block names.
 */
function pieceLabel(p: InternetPiece, alone: boolean): string {
  if (p.cidrCount === 1 && p.cidrs[0] !== undefined && p.within === p.cidrs[0]) return p.cidrs[0];
  if (p.within !== null)
    return p.cidrCount === 1 ? (p.cidrs[0] ?? p.within) : `the rest of ${p.within}`;
  if (alone) return `every public ${p.family === 4 ? 'IPv4' : 'IPv6'} address`;
  return `every other public ${p.family === 4 ? 'IPv4' : 'IPv6'} address`;
}

function publicSpace(family: IpFamily): Interval[] {
  if (family === 6) return [intervalOf(parseCidr(PUBLIC_6) as IpRange)];
  const all: Interval = { first: 0n, last: (1n << 32n) - 1n };
  return subtractIntervals(
    [all],
    NOT_PUBLIC_4.map((t) => intervalOf(parseCidr(t) as IpRange)),
  );
}

/** VPC blocks and the prefix lists gateway endpoints serve: addresses that are not the internet. */
function networkBlocks(c: CompiledScenario, family: IpFamily): Interval[] {
  const out: Interval[] = [];
  for (const v of c.vpcs.values())
    for (const r of v.ranges) if (r.family === family) out.push(intervalOf(r));
  for (const e of c.endpointServices)
    for (const r of e.prefixList?.ranges ?? []) if (r.family === family) out.push(intervalOf(r));
  return out;
}

/** Public addresses of interfaces and NAT gateways: an address the network owns is not a host on the internet. */
function ownedAddresses(c: CompiledScenario, family: IpFamily): ReadonlySet<bigint> {
  const out = new Set<bigint>();
  if (family === 4) {
    for (const v of c.byPublic4.keys()) out.add(BigInt(v));
    for (const n of c.natGateways.values()) if (n.public4 !== undefined) out.add(BigInt(n.public4));
  } else {
    for (const v of c.byIpv6.keys()) out.add(v);
  }
  return out;
}

/**
 * An address of the piece that the network does not own: `preferred` when the piece holds it,
 * else the first (past a block's network address, which reads like no host's), else undefined.
 */
function pickAddress(
  piece: AddressPiece,
  owned: ReadonlySet<bigint>,
  preferred: bigint | undefined,
): bigint | undefined {
  if (preferred !== undefined && pieceHas(piece, preferred) && !owned.has(preferred))
    return preferred;
  for (const i of piece.intervals) {
    const start = i.last - i.first >= 2n ? i.first + 1n : i.first;
    // Fewer owned addresses than tries: one of them is free.
    for (let v = start, tries = 0; v <= i.last && tries <= owned.size; v++, tries++)
      if (!owned.has(v)) return v;
    if (!owned.has(i.first)) return i.first;
  }
  return undefined;
}

function formatValue(family: IpFamily, v: bigint): string {
  return formatIp(family === 4 ? { family, value: Number(v) } : { family, value: v });
}
