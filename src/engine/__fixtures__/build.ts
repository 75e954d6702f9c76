import { addVpc, emptyScenario, newNetworkAcl, newSecurityGroup } from '../../model/defaults.ts';
import type {
  Endpoint,
  FlowSpec,
  Instance,
  NaclEntry,
  NatGateway,
  PeeringConnection,
  Protocol,
  Route,
  Scenario,
  SecurityGroupRule,
  Subnet,
} from '../../model/types.ts';
import type { Direction, Hop, Layer, Trace } from '../types.ts';

/**
 * A small builder for test scenarios: fixed, readable IDs (`vpc-a`, `subnet-web`, `i-web`…), the
 * resources AWS creates with a VPC (default group, default ACL, main table) named after the VPC, and
 * short helpers for rules, entries, flows and trace assertions.
 */

/** A single port or an inclusive range. */
export type Ports = number | readonly [number, number];

const portRange = (p: Ports) =>
  typeof p === 'number' ? { from: p, to: p } : { from: p[0], to: p[1] };

/** A security group rule; `peer` is a CIDR block (it has a `/`) or a group ID (`sg-…`). */
export function sgRule(
  protocol: Protocol,
  peer: string,
  opts: { ports?: Ports; icmp?: readonly [number, number] } = {},
): SecurityGroupRule {
  return {
    protocol,
    ...(opts.ports !== undefined ? { portRange: portRange(opts.ports) } : {}),
    ...(opts.icmp !== undefined
      ? { icmpTypeCode: { type: opts.icmp[0], code: opts.icmp[1] } }
      : {}),
    peer: peer.includes('/') ? { kind: 'cidr', cidr: peer } : { kind: 'group', groupId: peer },
  };
}

export const tcp = (ports: Ports, peer: string) => sgRule('tcp', peer, { ports });
export const udp = (ports: Ports, peer: string) => sgRule('udp', peer, { ports });
export const allTraffic = (peer: string) => sgRule('all', peer);
export const icmp = (peer: string, type = -1, code = -1) =>
  sgRule('icmp', peer, { icmp: [type, code] });

/** A network ACL entry. */
export function naclEntry(
  ruleNumber: number,
  action: 'allow' | 'deny',
  protocol: Protocol,
  cidr: string,
  opts: { ports?: Ports; icmp?: readonly [number, number] } = {},
): NaclEntry {
  return {
    ruleNumber,
    action,
    protocol,
    cidr,
    ...(opts.ports !== undefined ? { portRange: portRange(opts.ports) } : {}),
    ...(opts.icmp !== undefined
      ? { icmpTypeCode: { type: opts.icmp[0], code: opts.icmp[1] } }
      : {}),
  };
}

export const allow = (
  n: number,
  protocol: Protocol,
  cidr: string,
  opts?: { ports?: Ports; icmp?: readonly [number, number] },
) => naclEntry(n, 'allow', protocol, cidr, opts);
export const deny = (
  n: number,
  protocol: Protocol,
  cidr: string,
  opts?: { ports?: Ports; icmp?: readonly [number, number] },
) => naclEntry(n, 'deny', protocol, cidr, opts);

/** The IDs of what AWS creates with VPC `vpc-<x>`: `sg-<x>default`, `acl-<x>default`, `rtb-<x>main`. */
export function defaultsOf(vpcId: string): {
  defaultSg: string;
  defaultAcl: string;
  mainRtb: string;
} {
  const x = vpcId.slice('vpc-'.length);
  return { defaultSg: `sg-${x}default`, defaultAcl: `acl-${x}default`, mainRtb: `rtb-${x}main` };
}

/** `[destination, target]`, or `[destination, target, 'blackhole']`. */
export type RouteSpec = readonly [string, string] | readonly [string, string, 'blackhole'];

const toRoute = (r: RouteSpec): Route => ({
  destination: r[0],
  target: r[1],
  state: r[2] === 'blackhole' ? 'blackhole' : 'active',
});

export class ScenarioBuilder {
  private s: Scenario = emptyScenario('test scenario');

  /** A VPC with its default group, default ACL and main route table (local routes only). */
  vpc(id: string, cidr: string, opts: { ipv6?: string } = {}): this {
    const d = defaultsOf(id);
    this.s = addVpc(this.s, {
      cidrBlock: cidr,
      name: id,
      ...(opts.ipv6 !== undefined ? { ipv6CidrBlock: opts.ipv6 } : {}),
      ids: { vpc: id, securityGroup: d.defaultSg, networkAcl: d.defaultAcl, routeTable: d.mainRtb },
    }).scenario;
    return this;
  }

  /** An internet gateway, attached to `vpcId` unless it is undefined (detached). */
  igw(id: string, vpcId: string | undefined): this {
    this.s = {
      ...this.s,
      internetGateways: [
        ...this.s.internetGateways,
        { id, name: id, ...(vpcId !== undefined ? { vpcId } : {}) },
      ],
    };
    return this;
  }

  subnet(
    id: string,
    vpcId: string,
    cidr: string,
    opts: { ipv6?: string; nacl?: string; routeTable?: string } = {},
  ): this {
    const subnet: Subnet = {
      id,
      name: id,
      vpcId,
      cidrBlock: cidr,
      availabilityZone: 'us-east-1a',
      ...(opts.ipv6 !== undefined ? { ipv6CidrBlock: opts.ipv6 } : {}),
      ...(opts.nacl !== undefined ? { networkAclId: opts.nacl } : {}),
      ...(opts.routeTable !== undefined ? { routeTableId: opts.routeTable } : {}),
    };
    this.s = { ...this.s, subnets: [...this.s.subnets, subnet] };
    return this;
  }

  /** A new group: the given inbound rules, and all outbound unless `egress` is given. */
  group(
    id: string,
    vpcId: string,
    opts: { ingress?: SecurityGroupRule[]; egress?: SecurityGroupRule[] } = {},
  ): this {
    const g = newSecurityGroup(this.vpcOf(vpcId), id, id);
    const group = { ...g, ingress: opts.ingress ?? [], egress: opts.egress ?? g.egress };
    this.s = { ...this.s, securityGroups: [...this.s.securityGroups, group] };
    return this;
  }

  /** A new network ACL: only the given entries, so its `*` rules deny the rest. */
  nacl(
    id: string,
    vpcId: string,
    opts: { ingress?: NaclEntry[]; egress?: NaclEntry[] } = {},
  ): this {
    const n = newNetworkAcl(this.vpcOf(vpcId), id, id);
    const acl = { ...n, ingress: opts.ingress ?? [], egress: opts.egress ?? [] };
    this.s = { ...this.s, networkAcls: [...this.s.networkAcls, acl] };
    return this;
  }

  /** Replaces the entries of an existing ACL (the default one, say). */
  naclEntries(id: string, opts: { ingress?: NaclEntry[]; egress?: NaclEntry[] }): this {
    this.s.networkAcls = this.s.networkAcls.map((n) =>
      n.id === id
        ? { ...n, ingress: opts.ingress ?? n.ingress, egress: opts.egress ?? n.egress }
        : n,
    );
    return this;
  }

  /** A route table with the VPC's local routes and the given ones. */
  routeTable(id: string, vpcId: string, routes: readonly RouteSpec[] = []): this {
    const vpc = this.vpcOf(vpcId);
    const local = [...vpc.cidrBlocks, ...(vpc.ipv6CidrBlock ? [vpc.ipv6CidrBlock] : [])].map(
      (destination): Route => ({ destination, target: 'local', state: 'active' }),
    );
    const table = { id, name: id, vpcId, main: false, routes: [...local, ...routes.map(toRoute)] };
    this.s = { ...this.s, routeTables: [...this.s.routeTables, table] };
    return this;
  }

  /** Adds routes to an existing table (the main one, say). */
  routes(tableId: string, routes: readonly RouteSpec[]): this {
    this.s.routeTables = this.s.routeTables.map((t) =>
      t.id === tableId ? { ...t, routes: [...t.routes, ...routes.map(toRoute)] } : t,
    );
    return this;
  }

  /** An instance; without `groups` it carries its VPC's default group, as AWS launches it. */
  instance(
    id: string,
    subnetId: string,
    privateIp: string,
    opts: { publicIp?: string; ipv6?: string; groups?: string[] } = {},
  ): this {
    const subnet = this.s.subnets.find((x) => x.id === subnetId);
    if (!subnet) throw new Error(`no subnet ${subnetId}`);
    const instance: Instance = {
      id,
      name: id,
      subnetId,
      privateIp,
      ...(opts.publicIp !== undefined ? { publicIp: opts.publicIp } : {}),
      ...(opts.ipv6 !== undefined ? { ipv6Address: opts.ipv6 } : {}),
      securityGroupIds: opts.groups ?? [defaultsOf(subnet.vpcId).defaultSg],
    };
    this.s = { ...this.s, instances: [...this.s.instances, instance] };
    return this;
  }

  nat(
    id: string,
    subnetId: string,
    opts: { publicIp?: string; privateIp?: string; state?: NatGateway['state'] } = {},
  ): this {
    const nat: NatGateway = {
      id,
      name: id,
      subnetId,
      state: opts.state ?? 'available',
      publicIp: opts.publicIp ?? '198.18.200.1',
      ...(opts.privateIp !== undefined ? { privateIp: opts.privateIp } : {}),
    };
    this.s = { ...this.s, natGateways: [...this.s.natGateways, nat] };
    return this;
  }

  peering(
    id: string,
    requesterVpcId: string,
    accepterVpcId: string,
    status: PeeringConnection['status'] = 'active',
  ): this {
    const pcx = { id, name: id, requesterVpcId, accepterVpcId, status };
    this.s = { ...this.s, peeringConnections: [...this.s.peeringConnections, pcx] };
    return this;
  }

  /** A deep copy, so the builder can go on making variants and the engine's cache stays sound. */
  build(): Scenario {
    return JSON.parse(JSON.stringify(this.s)) as Scenario;
  }

  private vpcOf(id: string) {
    const vpc = this.s.vpcs.find((v) => v.id === id);
    if (!vpc) throw new Error(`no VPC ${id}`);
    return vpc;
  }
}

export const scenario = () => new ScenarioBuilder();

/** `i-…` names an instance; anything else is an address. */
export function endpoint(e: string): Endpoint {
  return e.startsWith('i-') ? { instanceId: e } : { address: e };
}

export function flow(
  from: string,
  to: string,
  protocol: FlowSpec['protocol'],
  opts: { port?: number; sourcePort?: number; icmpType?: number; icmpCode?: number } = {},
): FlowSpec {
  return { source: endpoint(from), destination: endpoint(to), protocol, ...opts };
}

export const tcpFlow = (from: string, to: string, port: number, sourcePort?: number): FlowSpec =>
  flow(from, to, 'tcp', { port, ...(sourcePort !== undefined ? { sourcePort } : {}) });

/** The path as `direction:layer` strings, for asserting hop order. */
export function steps(t: Trace): string[] {
  return t.hops.map((h) => `${h.direction}:${h.layer}`);
}

/** The `nth` hop (0-based) with this direction and layer; throws when there is none. */
export function hop(t: Trace, direction: Direction, layer: Layer, nth = 0): Hop {
  const found = t.hops.filter((h) => h.direction === direction && h.layer === layer)[nth];
  if (!found) throw new Error(`no hop #${nth} ${direction}:${layer} in ${steps(t).join(', ')}`);
  return found;
}

/** The verdicts along the path, as `direction:layer=verdict`. */
export function verdicts(t: Trace): string[] {
  return t.hops.map((h) => `${h.direction}:${h.layer}=${h.verdict}`);
}

export const REQUEST_LOCAL = [
  'request:security-group-egress',
  'request:nacl-egress',
  'request:route',
  'request:nacl-ingress',
  'request:security-group-ingress',
];
export const RESPONSE_LOCAL = [
  'response:security-group-egress',
  'response:nacl-egress',
  'response:route',
  'response:nacl-ingress',
  'response:security-group-ingress',
];
