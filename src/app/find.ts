import { parseCidr, parseIp, rangeHas, type IpValue } from '../model/ip.ts';
import type { Scenario } from '../model/types.ts';

/**
 * Find: every resource of a scenario matched by name, ID or address. Pure, so it is unit-tested;
 * the Find dialog only renders the results and jumps to the one picked.
 */

export type ResourceKind =
  | 'vpc'
  | 'subnet'
  | 'instance'
  | 'internetGateway'
  | 'natGateway'
  | 'securityGroup'
  | 'networkAcl'
  | 'routeTable'
  | 'peeringConnection'
  | 'internetHost'
  | 'networkInterface'
  | 'vpcEndpoint'
  | 'egressOnlyInternetGateway'
  | 'transitGateway'
  | 'prefixList';

/** AWS's words for each kind, in the order results of equal rank are listed. */
export const KIND_LABEL: Readonly<Record<ResourceKind, string>> = {
  instance: 'Instance',
  networkInterface: 'Network interface',
  subnet: 'Subnet',
  vpc: 'VPC',
  internetGateway: 'Internet gateway',
  natGateway: 'NAT gateway',
  internetHost: 'Internet host',
  securityGroup: 'Security group',
  networkAcl: 'Network ACL',
  routeTable: 'Route table',
  peeringConnection: 'Peering connection',
  egressOnlyInternetGateway: 'Egress-only internet gateway',
  vpcEndpoint: 'VPC endpoint',
  transitGateway: 'Transit gateway',
  prefixList: 'Prefix list',
};
const KIND_ORDER = Object.keys(KIND_LABEL) as ResourceKind[];

export interface FindResult {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly name: string;
  /** What matched, for the results list: `private IP 10.0.3.10`, `CIDR 10.0.3.0/24 contains …`. */
  readonly matched: string;
}

interface Field {
  readonly label: string;
  readonly value: string;
  readonly type: 'text' | 'ip' | 'cidr';
}

interface Searchable {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly name: string;
  readonly fields: readonly Field[];
}

const ip = (label: string, value: string | undefined): Field[] =>
  value === undefined ? [] : [{ label, value, type: 'ip' }];
const cidr = (label: string, value: string | undefined): Field[] =>
  value === undefined ? [] : [{ label, value, type: 'cidr' }];

/** Every resource with the fields Find reads. */
function searchables(s: Scenario): Searchable[] {
  const item = (
    kind: ResourceKind,
    r: { id: string; name: string },
    fields: Field[] = [],
  ): Searchable => ({ id: r.id, kind, name: r.name, fields });
  return [
    ...s.instances.map((i) =>
      item('instance', i, [
        ...ip('private IP', i.privateIp),
        ...(i.secondaryPrivateIps ?? []).flatMap((x) => [
          ...ip('secondary IP', x.address),
          ...ip('Elastic IP', x.publicIp),
        ]),
        ...ip('public IP', i.publicIp),
        ...ip('IPv6', i.ipv6Address),
      ]),
    ),
    ...s.subnets.map((n) =>
      item('subnet', n, [...cidr('CIDR', n.cidrBlock), ...cidr('IPv6 CIDR', n.ipv6CidrBlock)]),
    ),
    ...s.vpcs.map((v) =>
      item('vpc', v, [
        ...v.cidrBlocks.flatMap((c) => cidr('CIDR', c)),
        ...cidr('IPv6 CIDR', v.ipv6CidrBlock),
      ]),
    ),
    ...s.internetGateways.map((g) => item('internetGateway', g)),
    ...s.natGateways.map((g) =>
      item('natGateway', g, [...ip('public IP', g.publicIp), ...ip('private IP', g.privateIp)]),
    ),
    ...s.internetHosts.map((h) => item('internetHost', h, ip('address', h.address))),
    ...s.securityGroups.map((g) => item('securityGroup', g)),
    ...s.networkAcls.map((a) => item('networkAcl', a)),
    ...s.routeTables.map((t) => item('routeTable', t)),
    ...s.peeringConnections.map((p) => item('peeringConnection', p)),
    ...s.networkInterfaces.map((e) =>
      item('networkInterface', e, [
        ...ip('private IP', e.privateIp),
        ...e.secondaryPrivateIps.flatMap((x) => [
          ...ip('secondary IP', x.address),
          ...ip('Elastic IP', x.publicIp),
        ]),
        ...ip('public IP', e.publicIp),
        ...e.ipv6Addresses.flatMap((a) => ip('IPv6', a)),
      ]),
    ),
    ...s.vpcEndpoints.map((e) =>
      item('vpcEndpoint', e, [{ label: 'service', value: e.serviceName, type: 'text' }]),
    ),
    ...s.egressOnlyInternetGateways.map((g) => item('egressOnlyInternetGateway', g)),
    ...s.transitGateways.map((t) => item('transitGateway', t)),
    ...s.prefixLists.map((p) =>
      item(
        'prefixList',
        p,
        (p.entries ?? []).flatMap((e) => cidr('entry', e.cidr)),
      ),
    ),
  ];
}

/** Ranks, best first: the exact value, a prefix of it, a part of it, a block that holds it. */
const EXACT = 0;
const PREFIX = 1;
const PART = 2;
const CONTAINS = 3;

function sameIp(a: IpValue, b: IpValue): boolean {
  return a.family === b.family && a.value === b.value;
}

/** How well one field matches: a rank and the words said about it, or null. */
function matchField(
  field: Field,
  query: string,
  queryIp: IpValue | null,
): { rank: number; matched: string } | null {
  const value = field.value.toLowerCase();
  const said = `${field.label} ${field.value}`;
  if (value === query) return { rank: EXACT, matched: said };
  // IPv6 is written in many ways (`2600:1f18::10`, `2600:1f18:0::10`): compare the numbers.
  if (queryIp && field.type === 'ip') {
    const v = parseIp(field.value);
    if (v && sameIp(v, queryIp)) return { rank: EXACT, matched: said };
  }
  if (value.startsWith(query)) return { rank: PREFIX, matched: said };
  if (value.includes(query)) return { rank: PART, matched: said };
  if (queryIp && field.type === 'cidr') {
    const range = parseCidr(field.value);
    if (range && rangeHas(range, queryIp)) {
      return { rank: CONTAINS, matched: `${said} contains it` };
    }
  }
  return null;
}

/**
 * Resources whose name, ID or address matches `query` (case-insensitive), best first: an exact
 * match before a prefix, before a part; for an address, a subnet or VPC whose block holds it comes
 * last. Ties keep the order of `KIND_LABEL`, then the name.
 *
 * @example
 * findResources(threeTierScenario, '10.0.3.10')[0]; // { kind: 'instance', name: 'db-1', … }
 */
export function findResources(scenario: Scenario, query: string, limit = 50): FindResult[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const queryIp = parseIp(q);
  const found: { result: FindResult; rank: number }[] = [];
  for (const r of searchables(scenario)) {
    const fields: Field[] = [
      { label: 'name', value: r.name, type: 'text' },
      { label: 'ID', value: r.id, type: 'text' },
      ...r.fields,
    ];
    let best: { rank: number; matched: string } | null = null;
    for (const field of fields) {
      const m = matchField(field, q, queryIp);
      if (m && (best === null || m.rank < best.rank)) best = m;
    }
    if (best) {
      found.push({
        result: { id: r.id, kind: r.kind, name: r.name, matched: best.matched },
        rank: best.rank,
      });
    }
  }
  found.sort(
    (a, b) =>
      a.rank - b.rank ||
      KIND_ORDER.indexOf(a.result.kind) - KIND_ORDER.indexOf(b.result.kind) ||
      a.result.name.localeCompare(b.result.name),
  );
  return found.slice(0, limit).map((f) => f.result);
}

/**
 * The containers a resource is drawn inside, outermost first (VPC, then subnet), so that Find can
 * open a collapsed VPC before it shows the match.
 */
export function containersOf(scenario: Scenario, id: string): string[] {
  const subnetChain = (subnetId: string): string[] => {
    const subnet = scenario.subnets.find((n) => n.id === subnetId);
    return subnet ? [subnet.vpcId, subnet.id] : [];
  };
  const instance = scenario.instances.find((i) => i.id === id);
  if (instance) return subnetChain(instance.subnetId);
  const nat = scenario.natGateways.find((g) => g.id === id);
  if (nat) return subnetChain(nat.subnetId);
  const eni = scenario.networkInterfaces.find((e) => e.id === id);
  if (eni) return subnetChain(eni.subnetId);
  const endpoint = scenario.vpcEndpoints.find((e) => e.id === id);
  if (endpoint) return [endpoint.vpcId];
  const subnet = scenario.subnets.find((n) => n.id === id);
  if (subnet) return [subnet.vpcId];
  return [];
}
