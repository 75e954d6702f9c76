import type { ReachabilityMatrix } from '../../engine/index.ts';
import type { ClassCells } from '../../model/classMatrix.ts';
import { scenarioInterfaces } from '../../model/interfaces.ts';
import type { Scenario } from '../../model/types.ts';

/**
 * The group of the internet's rows (the engine names them `internet:<address>`, a wire value):
 * one row per piece of the public address space, each standing for the blocks it lists.
 */
export const INTERNET = 'internet';
/** The group of the AWS services that gateway endpoints serve. */
export const AWS_SERVICES = 'aws-services';

/** One row (and column) of the matrix: an interface, a piece of the internet, or an AWS service. */
export interface EndpointInfo {
  /** Index in the matrix's `endpoints`, hence in its cells. */
  readonly index: number;
  readonly id: string;
  readonly kind: 'interface' | 'internet' | 'service';
  readonly name: string;
  /** The address the cell's flow uses (an interface's private IPv4; the piece's address evaluated). */
  readonly ip: string;
  readonly vpcId: string;
  readonly subnetId: string;
  /**
   * Where it sits, or what it stands for, in words: `subnet private-app 10.0.2.0/24, VPC
   * three-tier`; for the internet `every address of 1.0.0.0/8, 2.0.0.0/7, … (24 blocks)`.
   */
  readonly place: string;
  /** Lower-case words the text filter looks through: name, ID, IPs, subnet and VPC. */
  readonly search: string;
}

export interface Group {
  readonly id: string;
  readonly name: string;
  readonly cidr: string;
}

/** The endpoints of a computed matrix, with the names and groups of the scenario it was computed for. */
export interface MatrixEndpoints {
  readonly infos: readonly EndpointInfo[];
  readonly vpcs: ReadonlyMap<string, Group>;
  readonly subnets: ReadonlyMap<string, Group & { readonly vpcId: string }>;
  /**
   * Endpoint indices grouped by VPC (scenario order), then subnet (scenario order), then name;
   * then the internet's pieces (in the engine's order: the one holding 203.0.113.50 first), then
   * the AWS services.
   */
  readonly order: readonly number[];
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Shown in a row's place: what the piece is made of, up to this many blocks. */
const BLOCKS_NAMED = 4;

/**
 * Describes the matrix's endpoints from `basis`, the scenario the matrix was computed for (names
 * stay right even if the scenario has changed since). Linear in the endpoints, plus one sort.
 */
export function matrixEndpoints(
  basis: Scenario,
  result: Pick<ReachabilityMatrix, 'endpoints' | 'endpointSpecs' | 'internet'>,
): MatrixEndpoints {
  const vpcs = new Map<string, Group>();
  for (const v of basis.vpcs)
    vpcs.set(v.id, { id: v.id, name: v.name || v.id, cidr: v.cidrBlocks[0] ?? '' });
  vpcs.set(INTERNET, { id: INTERNET, name: 'Internet', cidr: '' });
  vpcs.set(AWS_SERVICES, { id: AWS_SERVICES, name: 'AWS services', cidr: '' });
  const subnets = new Map<string, Group & { vpcId: string }>();
  for (const s of basis.subnets)
    subnets.set(s.id, { id: s.id, name: s.name || s.id, cidr: s.cidrBlock, vpcId: s.vpcId });
  const interfaces = new Map(scenarioInterfaces(basis).map((i) => [i.id, i]));
  const pieces = new Map(result.internet.map((x) => [x.endpoint, x.piece]));

  const infos = result.endpoints.map((id, index): EndpointInfo => {
    const piece = pieces.get(index);
    if (piece) {
      const blocks = piece.cidrs.slice(0, BLOCKS_NAMED).join(', ');
      const more = piece.cidrCount > BLOCKS_NAMED ? `, … (${piece.cidrCount} blocks)` : '';
      return {
        index,
        id,
        kind: 'internet',
        name: internetName(piece, result.internet.length),
        ip: piece.address,
        vpcId: INTERNET,
        subnetId: INTERNET,
        place: `the internet: every address of ${blocks}${more}, evaluated at ${piece.address}`,
        search: `internet ${piece.label} ${piece.address} ${piece.cidrs.join(' ')}`.toLowerCase(),
      };
    }
    const eni = interfaces.get(id);
    if (!eni) {
      const spec = result.endpointSpecs?.[index];
      const ip = spec && 'address' in spec && spec.address !== undefined ? spec.address : '';
      return {
        index,
        id,
        kind: 'service',
        name: id,
        ip,
        vpcId: AWS_SERVICES,
        subnetId: AWS_SERVICES,
        place: `an AWS service a gateway endpoint serves, at ${ip}`,
        search: `${id} ${ip}`.toLowerCase(),
      };
    }
    const subnet = subnets.get(eni.subnetId);
    const vpc = subnet ? vpcs.get(subnet.vpcId) : undefined;
    const words = [
      eni.name,
      eni.id,
      eni.interfaceId,
      eni.privateIp,
      eni.publicIp,
      subnet?.name,
      subnet?.id,
      subnet?.cidr,
      vpc?.name,
    ];
    return {
      index,
      id,
      kind: 'interface',
      name: eni.name || eni.id,
      ip: eni.privateIp ?? eni.ipv6Addresses[0] ?? '',
      vpcId: subnet?.vpcId ?? '',
      subnetId: eni.subnetId,
      place: subnet
        ? `subnet ${subnet.name} ${subnet.cidr}, VPC ${vpc?.name ?? subnet.vpcId}`
        : `subnet ${eni.subnetId}`,
      search: words.filter(Boolean).join(' ').toLowerCase(),
    };
  });

  const vpcRank = rankOf([...basis.vpcs.map((v) => v.id), INTERNET, AWS_SERVICES]);
  const subnetRank = rankOf([...subnets.keys()]);
  const order = infos
    .map((i) => i.index)
    .sort((a, b) => {
      const x = infos[a] as EndpointInfo;
      const y = infos[b] as EndpointInfo;
      return (
        (vpcRank.get(x.vpcId) ?? -1) - (vpcRank.get(y.vpcId) ?? -1) ||
        (subnetRank.get(x.subnetId) ?? 0) - (subnetRank.get(y.subnetId) ?? 0) ||
        (x.kind === 'internet' ? 0 : collator.compare(x.name, y.name)) ||
        a - b
      );
    });
  return { infos, vpcs, subnets, order };
}

/**
 * An internet row's name: `Internet` when one row stands for all of it, else which piece:
 * `Internet 203.0.113.0/24`, `Internet (rest of 52.0.0.0/8)`, `Internet (all other addresses)`.
 */
export function internetName(
  piece: ReachabilityMatrix['internet'][number]['piece'],
  rows: number,
): string {
  if (rows <= 1) return 'Internet';
  if (piece.within !== null && piece.label === piece.within) return `Internet ${piece.label}`;
  if (piece.within !== null) return `Internet (rest of ${piece.within})`;
  return 'Internet (all other addresses)';
}

const rankOf = (ids: readonly string[]) => new Map(ids.map((id, k) => [id, k]));

/**
 * Whether an endpoint matches the text filter: every word typed must appear in its name, ID,
 * addresses, subnet or VPC (case-insensitive).
 */
export function matchesText(info: EndpointInfo, text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((w) => info.search.includes(w));
}

/** The VPC filter keeps the internet and the AWS services: they are outside every VPC and what each VPC faces. */
export function matchesVpc(info: EndpointInfo, vpcId: string): boolean {
  return vpcId === '' || info.vpcId === vpcId || info.kind !== 'interface';
}

/** A line of an axis: a VPC's or a subnet's header, or an endpoint. */
export type Line =
  | { readonly kind: 'vpc'; readonly group: Group }
  | { readonly kind: 'subnet'; readonly group: Group }
  | { readonly kind: 'endpoint'; readonly endpoint: number };

/**
 * The lines of one axis, in `order`: a header before each VPC and each subnet that keeps at least
 * one endpoint, then its endpoints. The internet and the AWS services get one header each.
 */
export function groupLines(m: MatrixEndpoints, keep: (info: EndpointInfo) => boolean): Line[] {
  const lines: Line[] = [];
  let vpc: string | null = null;
  let subnet: string | null = null;
  for (const index of m.order) {
    const info = m.infos[index] as EndpointInfo;
    if (!keep(info)) continue;
    if (info.vpcId !== vpc) {
      vpc = info.vpcId;
      subnet = null;
      const group = m.vpcs.get(vpc) ?? { id: vpc, name: vpc, cidr: '' };
      lines.push({ kind: 'vpc', group });
    }
    if (info.subnetId !== subnet) {
      subnet = info.subnetId;
      const group = m.subnets.get(subnet);
      if (group) lines.push({ kind: 'subnet', group });
    }
    lines.push({ kind: 'endpoint', endpoint: index });
  }
  return lines;
}

/** The endpoints of some lines, in order. */
export function endpointsOf(lines: readonly Line[]): number[] {
  return lines.flatMap((l) => (l.kind === 'endpoint' ? [l.endpoint] : []));
}

/**
 * For "only blocked" / "only allowed": the sources that have at least one such cell towards the
 * kept destinations, and the destinations that have one from the kept sources. Read by class:
 * two classes share one verdict, so the work grows with the classes kept, not the pairs.
 */
export function keepWithVerdict(
  m: ClassCells,
  s: number,
  sources: readonly number[],
  destinations: readonly number[],
  verdict: number,
): { sources: Set<number>; destinations: Set<number> } {
  const byClass = (list: readonly number[]) => {
    const out = new Map<number, number[]>();
    for (const i of list) {
      const a = m.classOf[i] as number;
      const members = out.get(a);
      if (members) members.push(i);
      else out.set(a, [i]);
    }
    return out;
  };
  const rows = byClass(sources);
  const columns = byClass(destinations);
  const keptSources = new Set<number>();
  const keptDestinations = new Set<number>();
  const k = m.classes;
  for (const [a, from] of rows)
    for (const [b, to] of columns) {
      if (((m.cells[(s * k + a) * k + b] as number) & 3) !== verdict) continue;
      // Every pair of two different endpoints of the two lists counts; an endpoint with itself not.
      for (const i of from) if (to.some((j) => j !== i)) keptSources.add(i);
      for (const j of to) if (from.some((i) => i !== j)) keptDestinations.add(j);
    }
  return { sources: keptSources, destinations: keptDestinations };
}
