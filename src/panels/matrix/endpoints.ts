import type { Scenario } from '../../model/types.ts';

/** The matrix's name for the internet endpoint (engine's INTERNET_ENDPOINT, a wire value). */
export const INTERNET = 'internet';

/** One row (and column) of the matrix: an instance, or the internet. */
export interface EndpointInfo {
  /** Index in the matrix's `endpoints`, hence in its cells. */
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly ip: string;
  readonly vpcId: string;
  readonly subnetId: string;
  /** Where it sits, in words: `subnet private-app 10.0.2.0/24, VPC three-tier`. */
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
  /** Endpoint indices grouped by VPC (scenario order), then subnet (scenario order), then name. */
  readonly order: readonly number[];
}

const INTERNET_GROUP = INTERNET;
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Describes the matrix's endpoints from `basis`, the scenario the matrix was computed for (names
 * stay right even if the scenario has changed since). Linear in the endpoints, plus one sort.
 */
export function matrixEndpoints(
  basis: Scenario,
  endpoints: readonly string[],
  internetAddress: string,
): MatrixEndpoints {
  const vpcs = new Map<string, Group>();
  for (const v of basis.vpcs)
    vpcs.set(v.id, { id: v.id, name: v.name || v.id, cidr: v.cidrBlocks[0] ?? '' });
  vpcs.set(INTERNET_GROUP, { id: INTERNET_GROUP, name: 'Internet', cidr: '' });
  const subnets = new Map<string, Group & { vpcId: string }>();
  for (const s of basis.subnets)
    subnets.set(s.id, { id: s.id, name: s.name || s.id, cidr: s.cidrBlock, vpcId: s.vpcId });
  subnets.set(INTERNET_GROUP, {
    id: INTERNET_GROUP,
    name: 'outside every VPC',
    cidr: '',
    vpcId: INTERNET_GROUP,
  });
  const instances = new Map(basis.instances.map((i) => [i.id, i]));

  const infos = endpoints.map((id, index): EndpointInfo => {
    const inst = instances.get(id);
    if (!inst) {
      return {
        index,
        id,
        name: id === INTERNET ? 'Internet' : id,
        ip: id === INTERNET ? internetAddress : '',
        vpcId: INTERNET_GROUP,
        subnetId: INTERNET_GROUP,
        place: 'outside every VPC',
        search: `internet ${internetAddress}`,
      };
    }
    const subnet = subnets.get(inst.subnetId);
    const vpc = subnet ? vpcs.get(subnet.vpcId) : undefined;
    const words = [
      inst.name,
      inst.id,
      inst.privateIp,
      inst.publicIp,
      subnet?.name,
      subnet?.id,
      subnet?.cidr,
      vpc?.name,
    ];
    return {
      index,
      id,
      name: inst.name || inst.id,
      ip: inst.privateIp,
      vpcId: subnet?.vpcId ?? INTERNET_GROUP,
      subnetId: inst.subnetId,
      place: subnet
        ? `subnet ${subnet.name} ${subnet.cidr}, VPC ${vpc?.name ?? subnet.vpcId}`
        : `subnet ${inst.subnetId}`,
      search: words.filter(Boolean).join(' ').toLowerCase(),
    };
  });

  const vpcRank = rankOf([...vpcs.keys()]);
  const subnetRank = rankOf([...subnets.keys()]);
  const order = infos
    .map((i) => i.index)
    .sort((a, b) => {
      const x = infos[a] as EndpointInfo;
      const y = infos[b] as EndpointInfo;
      return (
        (vpcRank.get(x.vpcId) ?? 0) - (vpcRank.get(y.vpcId) ?? 0) ||
        (subnetRank.get(x.subnetId) ?? 0) - (subnetRank.get(y.subnetId) ?? 0) ||
        collator.compare(x.name, y.name) ||
        a - b
      );
    });
  return { infos, vpcs, subnets, order };
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

/** The VPC filter keeps the internet: it is outside every VPC and what each VPC faces. */
export function matchesVpc(info: EndpointInfo, vpcId: string): boolean {
  return vpcId === '' || info.vpcId === vpcId || info.vpcId === INTERNET_GROUP;
}

/** A line of an axis: a VPC's or a subnet's header, or an endpoint. */
export type Line =
  | { readonly kind: 'vpc'; readonly group: Group }
  | { readonly kind: 'subnet'; readonly group: Group }
  | { readonly kind: 'endpoint'; readonly endpoint: number };

/**
 * The lines of one axis, in `order`: a header before each VPC and each subnet that keeps at least
 * one endpoint, then its endpoints. The internet gets one header, no subnet header.
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
      if (group && subnet !== INTERNET_GROUP) lines.push({ kind: 'subnet', group });
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
 * kept destinations, and the destinations that have one from the kept sources. Reads the verdict
 * bits of service `s` straight from the cells (one pass over the rows × columns kept).
 */
export function keepWithVerdict(
  cells: Uint8Array,
  n: number,
  s: number,
  sources: readonly number[],
  destinations: readonly number[],
  verdict: number,
): { sources: Set<number>; destinations: Set<number> } {
  const keptSources = new Set<number>();
  const keptDestinations = new Set<number>();
  const base = s * n * n;
  for (const i of sources) {
    const row = base + i * n;
    for (const j of destinations) {
      if (((cells[row + j] as number) & 3) !== verdict || i === j) continue;
      keptSources.add(i);
      keptDestinations.add(j);
    }
  }
  return { sources: keptSources, destinations: keptDestinations };
}
