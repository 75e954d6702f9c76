import { addVpc, emptyScenario, newNetworkAcl, newSecurityGroup } from '../../model/defaults.ts';
import type {
  Instance,
  InterfaceKind,
  NaclEntry,
  NatGateway,
  NetworkInterface,
  PeeringConnection,
  Route,
  Scenario,
  SecondaryPrivateIp,
  SecurityGroupRule,
  Subnet,
  TransitGatewayRoute,
  VpcEndpoint,
} from '../../model/types.ts';

import { defaultsOf } from './rules.ts';

export * from './rules.ts';
export * from './trace.ts';

/**
 * A small builder for test scenarios: fixed, readable IDs (`vpc-a`, `subnet-web`, `i-web`…), the
 * resources AWS creates with a VPC (default group, default ACL, main table) named after the VPC, and
 * short helpers for rules, entries, flows and trace assertions.
 */

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
    opts: { ipv6?: string; nacl?: string; routeTable?: string; zone?: string } = {},
  ): this {
    const subnet: Subnet = {
      id,
      name: id,
      vpcId,
      cidrBlock: cidr,
      availabilityZone: opts.zone ?? 'us-east-1a',
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
    opts: {
      publicIp?: string;
      ipv6?: string;
      groups?: string[];
      secondary?: SecondaryPrivateIp[];
      state?: Instance['state'];
      eni?: string;
    } = {},
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
      ...(opts.secondary !== undefined ? { secondaryPrivateIps: opts.secondary } : {}),
      ...(opts.state !== undefined ? { state: opts.state } : {}),
      ...(opts.eni !== undefined ? { primaryInterfaceId: opts.eni } : {}),
    };
    this.s = { ...this.s, instances: [...this.s.instances, instance] };
    return this;
  }

  /** A network interface (not an instance's primary one); without `groups`, the VPC's default. */
  eni(
    id: string,
    subnetId: string,
    privateIp: string | undefined,
    opts: {
      kind?: InterfaceKind;
      groups?: string[];
      publicIp?: string;
      ipv6?: string[];
      secondary?: SecondaryPrivateIp[];
      attachedTo?: string;
      deviceIndex?: number;
    } = {},
  ): this {
    const subnet = this.s.subnets.find((x) => x.id === subnetId);
    const eni: NetworkInterface = {
      id,
      name: id,
      kind: opts.kind ?? (opts.attachedTo ? 'instance' : 'other'),
      subnetId,
      ...(privateIp !== undefined ? { privateIp } : {}),
      secondaryPrivateIps: opts.secondary ?? [],
      ...(opts.publicIp !== undefined ? { publicIp: opts.publicIp } : {}),
      ipv6Addresses: opts.ipv6 ?? [],
      securityGroupIds: opts.groups ?? (subnet ? [defaultsOf(subnet.vpcId).defaultSg] : []),
      ...(opts.attachedTo !== undefined
        ? { attachment: { instanceId: opts.attachedTo, deviceIndex: opts.deviceIndex ?? 1 } }
        : {}),
    };
    this.s = { ...this.s, networkInterfaces: [...this.s.networkInterfaces, eni] };
    return this;
  }

  /** A prefix list; without `entries`, an AWS-managed one whose entries are not known. */
  prefixList(id: string, family: 'IPv4' | 'IPv6', entries?: string[]): this {
    const list = {
      id,
      name: id,
      addressFamily: family,
      managedBy: entries === undefined ? ('aws' as const) : ('customer' as const),
      ...(entries !== undefined ? { entries: entries.map((cidr) => ({ cidr })) } : {}),
    };
    this.s = { ...this.s, prefixLists: [...this.s.prefixLists, list] };
    return this;
  }

  /** A gateway endpoint of `prefixListId`'s service for the given route tables (AWS adds the routes). */
  gatewayEndpoint(
    id: string,
    vpcId: string,
    prefixListId: string,
    routeTableIds: string[],
    opts: { state?: VpcEndpoint['state']; policyIsDefault?: boolean } = {},
  ): this {
    const endpoint: VpcEndpoint = {
      id,
      name: id,
      vpcId,
      type: 'gateway',
      serviceName: 'com.amazonaws.us-east-1.s3',
      state: opts.state ?? 'available',
      routeTableIds,
      prefixListId,
      subnetIds: [],
      securityGroupIds: [],
      networkInterfaceIds: [],
      policyIsDefault: opts.policyIsDefault ?? true,
    };
    this.s = { ...this.s, vpcEndpoints: [...this.s.vpcEndpoints, endpoint] };
    return this;
  }

  /** An egress-only internet gateway, attached to `vpcId` unless it is undefined. */
  eigw(id: string, vpcId: string | undefined): this {
    const g = { id, name: id, ...(vpcId !== undefined ? { vpcId } : {}) };
    this.s = { ...this.s, egressOnlyInternetGateways: [...this.s.egressOnlyInternetGateways, g] };
    return this;
  }

  /** A transit gateway; `referencing` turns its security group referencing support on. */
  tgw(id: string, opts: { referencing?: boolean; state?: 'available' | 'pending' } = {}): this {
    const t = {
      id,
      name: id,
      state: opts.state ?? ('available' as const),
      securityGroupReferencingSupport: opts.referencing ?? false,
    };
    this.s = { ...this.s, transitGateways: [...this.s.transitGateways, t] };
    return this;
  }

  /** A VPC attachment with its subnets, associated with `routeTable`. */
  attachment(
    id: string,
    tgwId: string,
    vpcId: string,
    subnetIds: string[],
    opts: {
      routeTable?: string;
      state?: 'available' | 'pending';
      referencing?: boolean;
      resourceType?: 'vpc' | 'vpn';
    } = {},
  ): this {
    const a = {
      id,
      name: id,
      transitGatewayId: tgwId,
      resourceType: opts.resourceType ?? ('vpc' as const),
      ...(opts.resourceType === 'vpn' ? {} : { vpcId }),
      subnetIds,
      state: opts.state ?? ('available' as const),
      securityGroupReferencingSupport: opts.referencing ?? true,
      ...(opts.routeTable !== undefined ? { associatedRouteTableId: opts.routeTable } : {}),
    };
    this.s = { ...this.s, transitGatewayAttachments: [...this.s.transitGatewayAttachments, a] };
    return this;
  }

  /**
   * A transit gateway route table: attachments that propagate to it, and static routes as
   * `[destination, attachmentId]` or `[destination, 'blackhole']`.
   */
  tgwRouteTable(
    id: string,
    tgwId: string,
    propagations: string[],
    routes: readonly (readonly [string, string])[] = [],
  ): this {
    const t = {
      id,
      name: id,
      transitGatewayId: tgwId,
      propagations,
      routes: routes.map(([destination, to]): TransitGatewayRoute =>
        to === 'blackhole'
          ? { destination, state: 'blackhole', type: 'static' }
          : { destination, attachmentId: to, state: 'active', type: 'static' },
      ),
    };
    this.s = { ...this.s, transitGatewayRouteTables: [...this.s.transitGatewayRouteTables, t] };
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
