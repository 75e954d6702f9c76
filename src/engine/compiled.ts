import type { IpRange, IpValue } from '../model/ip.ts';
import type {
  InterfaceKind,
  NaclEntry,
  NetworkAcl,
  Route,
  Scenario,
  SecurityGroupRule,
  TransitGatewayRoute,
  VpcEndpoint,
} from '../model/types.ts';
import type { RouteTargetKind } from '../model/types.ts';

/**
 * A scenario compiled once for evaluation: every address and CIDR parsed to integers, rules to
 * flat arrays, group membership to sets, associations resolved (default NACL, main table, the
 * transit gateway route table of an attachment). Parsing an address costs ~700 ns; matching an
 * integer ~1 ns: so nothing is parsed per flow.
 */
export interface CompiledScenario {
  readonly source: Scenario;
  readonly vpcs: ReadonlyMap<string, CVpc>;
  readonly subnets: ReadonlyMap<string, CSubnet>;
  /** Every network interface: instances' primary ones first, then the others. */
  readonly eniList: readonly CEni[];
  /** An instance's primary interface, by instance ID. */
  readonly instances: ReadonlyMap<string, CEni>;
  /** Every interface by its own ID (`eni-…`), primary ones included when their ID is known. */
  readonly interfaces: ReadonlyMap<string, CEni>;
  /** Instances left out (terminated or shutting down), so a flow naming one is told why. */
  readonly goneInstances: ReadonlyMap<string, string>;
  readonly groups: ReadonlyMap<string, CGroup>;
  readonly natGateways: ReadonlyMap<string, CNat>;
  readonly internetGateways: ReadonlyMap<string, { id: string; vpcId: string | undefined }>;
  readonly egressOnlyGateways: ReadonlyMap<string, { id: string; vpcId: string | undefined }>;
  readonly peerings: ReadonlyMap<string, CPeering>;
  readonly prefixLists: ReadonlyMap<string, CPrefixList>;
  readonly endpoints: ReadonlyMap<string, CEndpoint>;
  readonly transitGateways: ReadonlyMap<string, CTransitGateway>;
  readonly attachments: ReadonlyMap<string, CAttachment>;
  /** The peering connection (in any state) joining two VPCs, if any. */
  peeringBetween(a: string, b: string): CPeering | undefined;
  /** For each VPC, the VPCs joined to it by an active peering connection. */
  readonly activePeers: ReadonlyMap<string, ReadonlySet<string>>;
  /** The VPC attachment of a VPC to a transit gateway, if any. */
  vpcAttachment(tgwId: string, vpcId: string): CAttachment | undefined;
  /** A transit gateway both VPCs are attached to (by available attachments first), if any. */
  transitGatewayBetween(a: string, b: string): CTransitGateway | undefined;
  /**
   * Whether a security-group rule of an interface in VPC `own` that names a group matches an
   * interface of VPC `other` (same VPC, an active peering, or, inbound only, a transit gateway
   * with security group referencing on it and on both attachments).
   */
  groupReferenceReaches(own: string, other: string, way: 'ingress' | 'egress'): boolean;
  /** Private IPv4 (as number) and IPv6 (as bigint) addresses of interfaces, secondary ones too. */
  readonly byPrivate4: ReadonlyMap<number, CEni>;
  /** Public IPv4 addresses of interfaces: auto-assigned and Elastic IPs on any private address. */
  readonly byPublic4: ReadonlyMap<number, CEni>;
  readonly byIpv6: ReadonlyMap<bigint, CEni>;
  /** The gateway endpoints' services, for addresses in their prefix lists. */
  readonly endpointServices: readonly CEndpoint[];
  readonly warnings: readonly string[];
}

export interface CVpc {
  readonly id: string;
  readonly name: string;
  readonly ranges: readonly IpRange[];
  /** The Amazon DNS resolver: the primary CIDR's base + 2. */
  readonly dnsResolver: number;
  readonly internetGatewayId: string | undefined;
  readonly egressOnlyGatewayId: string | undefined;
  readonly mainRouteTable: CRouteTable | undefined;
  readonly defaultNacl: CNacl | undefined;
}

export interface CSubnet {
  readonly id: string;
  readonly name: string;
  readonly cidrBlock: string;
  readonly ipv6CidrBlock: string | undefined;
  readonly zone: string;
  readonly vpc: CVpc;
  readonly routeTable: CRouteTable | undefined;
  readonly nacl: CNacl | undefined;
}

/**
 * A network interface: the unit of evaluation. An instance stands for its primary interface.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html
 */
export interface CEni {
  /**
   * What a trace names for its security groups: the instance ID for an instance's primary
   * interface, else the interface ID (spec/cli-analyze.md, `resourceId`).
   */
  readonly id: string;
  readonly interfaceId: string | undefined;
  readonly instanceId: string | undefined;
  readonly primary: boolean;
  readonly name: string;
  readonly kind: InterfaceKind;
  readonly subnet: CSubnet;
  readonly vpc: CVpc;
  /** The primary private IPv4 address; undefined on an IPv6-only interface. */
  readonly private4: number | undefined;
  /** The public IPv4 address of the primary private address. */
  readonly public4: number | undefined;
  /** The first IPv6 address. */
  readonly ipv6: bigint | undefined;
  /** Every IPv6 address. */
  readonly ipv6s: readonly bigint[];
  /** The same addresses as values, made once (packets share them instead of allocating). */
  readonly addr4: IpValue | undefined;
  readonly pubAddr4: IpValue | undefined;
  readonly addr6: IpValue | undefined;
  /** Every private IPv4 address: the primary one first, then the secondary ones. */
  readonly privates4: readonly number[];
  /** Each private IPv4 address (primary and secondary) to its public IPv4 address, if any. */
  readonly publicOf4: ReadonlyMap<number, number>;
  readonly groupIds: readonly string[];
  readonly groupSet: ReadonlySet<string>;
  /** 1 at the index (in the scenario's group list) of each group it carries: a rule's peer test. */
  readonly groupMask: Uint8Array;
  /** False for AWS-managed interfaces that carry no security groups (NAT gateway, attachment). */
  readonly filtered: boolean;
  /** The union of its groups' rules, each tagged with its group. */
  readonly ingress: readonly CSgRule[];
  readonly egress: readonly CSgRule[];
  /** Said on every flow that names it: its instance is stopped, stopping or pending. */
  readonly stateWarning: string | undefined;
}

export interface CGroup {
  readonly id: string;
  readonly name: string;
  readonly vpcId: string;
  readonly isDefault: boolean;
}

export interface CSgRule {
  readonly groupId: string;
  readonly index: number;
  readonly rule: SecurityGroupRule;
  readonly protocol: number;
  readonly fromPort: number;
  readonly toPort: number;
  readonly icmpType: number;
  readonly icmpCode: number;
  /** 0: CIDR, 1: group, 2: prefix list with known entries, 3: prefix list whose entries are not known. */
  readonly peerKind: 0 | 1 | 2 | 3;
  readonly range: IpRange | undefined;
  readonly peerGroupId: string | undefined;
  /** The peer group's index in the scenario's group list, -1 when it is not there. */
  readonly peerGroupIndex: number;
  readonly prefixList: CPrefixList | undefined;
}

export interface CNaclEntry {
  readonly ruleNumber: number;
  readonly allow: boolean;
  readonly protocol: number;
  readonly fromPort: number;
  readonly toPort: number;
  readonly icmpType: number;
  readonly icmpCode: number;
  readonly range: IpRange;
  readonly entry: NaclEntry;
}

export interface CNacl {
  readonly id: string;
  readonly name: string;
  readonly source: NetworkAcl;
  /** Sorted by rule number. */
  readonly ingress: readonly CNaclEntry[];
  readonly egress: readonly CNaclEntry[];
}

/**
 * A prefix list: its entries as ranges, or `undefined` when they are not known (an AWS-managed
 * list the input did not list). https://docs.aws.amazon.com/vpc/latest/userguide/managed-prefix-lists.html
 */
export interface CPrefixList {
  readonly id: string;
  readonly name: string;
  readonly family: 4 | 6;
  readonly ranges: readonly IpRange[] | undefined;
}

export interface CRoute {
  readonly route: Route;
  /** The destination block; for a prefix-list route, undefined (see `prefixList`). */
  readonly range: IpRange | undefined;
  readonly prefixList: CPrefixList | undefined;
  readonly kind: RouteTargetKind;
  /** Added by AWS rather than listed: the local routes, and gateway endpoints' routes. */
  readonly implicit: boolean;
}

export interface CRouteTable {
  readonly id: string;
  readonly name: string;
  /** CIDR routes sorted most specific first, so the first match is the longest prefix. */
  readonly routes: readonly CRoute[];
  /** Routes whose destination is a prefix list. */
  readonly prefixListRoutes: readonly CRoute[];
  /** False for the local routes a VPC without a main table routes by (nothing to edit). */
  readonly inScenario: boolean;
}

export interface CNat {
  readonly id: string;
  readonly name: string;
  readonly subnet: CSubnet | undefined;
  readonly available: boolean;
  readonly public4: number | undefined;
  readonly private4: number | undefined;
}

export interface CPeering {
  readonly id: string;
  readonly name: string;
  readonly vpcA: string;
  readonly vpcB: string;
  readonly active: boolean;
  readonly status: string;
}

export interface CEndpoint {
  readonly id: string;
  readonly name: string;
  readonly vpcId: string;
  readonly type: VpcEndpoint['type'];
  readonly serviceName: string;
  readonly available: boolean;
  readonly state: string;
  readonly routeTableIds: ReadonlySet<string>;
  readonly prefixList: CPrefixList | undefined;
  readonly policyIsDefault: boolean;
}

export interface CTransitGateway {
  readonly id: string;
  readonly name: string;
  readonly available: boolean;
  readonly state: string;
  readonly groupReferencing: boolean;
}

/**
 * A transit gateway attachment; a VPC attachment with its subnets, one per Availability Zone.
 * https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html
 */
export interface CAttachment {
  readonly id: string;
  readonly name: string;
  readonly transitGatewayId: string;
  readonly resourceType: string;
  readonly vpc: CVpc | undefined;
  /** Sorted by subnet ID, so "its first subnet by ID" is the first. */
  readonly subnets: readonly CSubnet[];
  readonly byZone: ReadonlyMap<string, CSubnet>;
  readonly available: boolean;
  readonly state: string;
  readonly groupReferencing: boolean;
  readonly routeTable: CTgwRouteTable | undefined;
  /** The ID it names as its route table (which may be missing from the scenario). */
  readonly routeTableId: string | undefined;
}

export interface CTgwRoute {
  readonly route: TransitGatewayRoute;
  readonly range: IpRange;
  readonly attachmentId: string | undefined;
  readonly blackhole: boolean;
}

export interface CTgwRouteTable {
  readonly id: string;
  readonly name: string;
  /** Sorted most specific first; at equal length a static route before a propagated one. */
  readonly routes: readonly CTgwRoute[];
}

/** An address as a value for a packet. */
export type { IpValue };
