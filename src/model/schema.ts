import './jitless.ts';
import { z } from 'zod';
import { isCidr } from './ip.ts';
import { InstanceStateSchema, NetworkInterfaceSchema } from './schema/networkInterfaces.ts';
import { TerraformOriginSchema } from './terraformOrigin.ts';
import {
  cidr4,
  cidr6,
  cidrAny,
  InstanceIdSchema,
  InternetGatewayIdSchema,
  ip4,
  ip6,
  ipAny,
  name,
  NatGatewayIdSchema,
  NetworkAclIdSchema,
  NetworkInterfaceIdSchema,
  PeeringConnectionIdSchema,
  port,
  PublicIpSourceSchema,
  RouteTableIdSchema,
  SecondaryPrivateIpSchema,
  SecurityGroupIdSchema,
  SubnetIdSchema,
  TagsSchema,
  VpcIdSchema,
} from './schema/primitives.ts';
import { PrefixListSchema } from './schema/prefixLists.ts';
import {
  TransitGatewayAttachmentSchema,
  TransitGatewayRouteTableSchema,
  TransitGatewaySchema,
} from './schema/transitGateways.ts';
import { EgressOnlyInternetGatewaySchema, VpcEndpointSchema } from './schema/vpcEndpoints.ts';

export * from './schema/primitives.ts';
export * from './schema/networkInterfaces.ts';
export * from './schema/prefixLists.ts';
export * from './schema/vpcEndpoints.ts';
export * from './schema/transitGateways.ts';

/**
 * The scenario file, version 2 (version 1 files are migrated on the way in: migrate.ts). This zod schema is the one trust boundary for scenarios: files,
 * share links, autosave and the CLI all go through `parseScenarioFile` (envelope.ts).
 * Syntax (is this a CIDR? a port?) is checked here, so that anything that parses can be
 * evaluated; meaning (is the subnet inside its VPC?) is `validate`'s job.
 */

// WIRE FORMAT: these two values must never change meaning; a new layout gets a new version.
export const SCENARIO_FORMAT = 'vpc-flow-lab';
export const SCENARIO_VERSION = 2;

/** `all` (AWS's -1), a named protocol, or an IP protocol number 0–255. */
export const ProtocolSchema = z.union([
  z.enum(['all', 'tcp', 'udp', 'icmp', 'icmpv6']),
  z.number().int().min(0).max(255),
]);

export const PortRangeSchema = z
  .object({ from: port, to: port })
  .refine((r) => r.from <= r.to, { message: 'the first port must not be above the last' });

/** ICMP type and code; -1 means all. */
export const IcmpTypeCodeSchema = z.object({
  type: z.number().int().min(-1).max(255),
  code: z.number().int().min(-1).max(255),
});

export const SgPeerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cidr'), cidr: cidrAny }),
  z.object({ kind: z.literal('group'), groupId: SecurityGroupIdSchema }),
  // The engine matches the list's entries; a list whose entries are not known is "cannot tell".
  z.object({ kind: z.literal('prefixList'), prefixListId: z.string().min(1) }),
]);

export const SecurityGroupRuleSchema = z.object({
  protocol: ProtocolSchema,
  portRange: PortRangeSchema.optional(),
  icmpTypeCode: IcmpTypeCodeSchema.optional(),
  peer: SgPeerSchema,
  description: z.string().max(255).optional(),
});

export const SecurityGroupSchema = z.object({
  id: SecurityGroupIdSchema,
  name,
  description: z.string().max(255).default(''),
  vpcId: VpcIdSchema,
  isDefault: z.boolean().default(false),
  ingress: z.array(SecurityGroupRuleSchema).default([]),
  egress: z.array(SecurityGroupRuleSchema).default([]),
});

export const NaclEntrySchema = z.object({
  ruleNumber: z.number().int(),
  action: z.enum(['allow', 'deny']),
  protocol: ProtocolSchema,
  cidr: cidrAny,
  portRange: PortRangeSchema.optional(),
  icmpTypeCode: IcmpTypeCodeSchema.optional(),
});

export const NetworkAclSchema = z.object({
  id: NetworkAclIdSchema,
  name,
  vpcId: VpcIdSchema,
  isDefault: z.boolean().default(false),
  /** Numbered entries without AWS's final `*` rule, which is implied. */
  ingress: z.array(NaclEntrySchema).default([]),
  egress: z.array(NaclEntrySchema).default([]),
});

/** A route's destination: a CIDR block, or a prefix list (`pl-…`) such as a gateway endpoint's. */
export const RouteDestinationSchema = z
  .string()
  .refine((s) => isCidr(s) || /^pl-[0-9a-zA-Z]+$/.test(s), {
    message: 'expected a CIDR block like 10.0.0.0/16 or a prefix list ID like "pl-0abc123"',
  });

export const RouteSchema = z.object({
  destination: RouteDestinationSchema,
  /**
   * `local`, or the ID of the target: `igw-…`, `nat-…`, `pcx-…`, `tgw-…`, `eigw-…`, `vpce-…`,
   * `eni-…` (others, such as `vgw-…`, are kept but not modelled).
   */
  target: z.string().min(1),
  state: z.enum(['active', 'blackhole']).default('active'),
});

export const RouteTableSchema = z.object({
  id: RouteTableIdSchema,
  name,
  vpcId: VpcIdSchema,
  main: z.boolean().default(false),
  routes: z.array(RouteSchema).default([]),
});

export const VpcSchema = z.object({
  id: VpcIdSchema,
  name,
  /** IPv4 CIDR blocks; the first is the primary one. */
  cidrBlocks: z.array(cidr4).min(1),
  ipv6CidrBlock: cidr6.optional(),
});

export const SubnetSchema = z.object({
  id: SubnetIdSchema,
  name,
  vpcId: VpcIdSchema,
  cidrBlock: cidr4,
  ipv6CidrBlock: cidr6.optional(),
  availabilityZone: z.string().default('us-east-1a'),
  /** Absent: the VPC's default network ACL. */
  networkAclId: NetworkAclIdSchema.optional(),
  /** Absent: the VPC's main route table. */
  routeTableId: RouteTableIdSchema.optional(),
  /** Its AWS tags (`Tier: data`…), which expectations files select subnets by. */
  tags: TagsSchema.optional(),
});

/**
 * An instance, with its primary network interface (device index 0) inline as `describe-instances`
 * prints it: subnet, addresses, groups. Its other interfaces are in `networkInterfaces`, each with
 * an `attachment` naming it.
 */
export const InstanceSchema = z.object({
  id: InstanceIdSchema,
  name,
  subnetId: SubnetIdSchema,
  privateIp: ip4,
  /** The public IPv4 address of the primary private address. */
  publicIp: ip4.optional(),
  ipv6Address: ip6.optional(),
  securityGroupIds: z.array(SecurityGroupIdSchema).default([]),
  /** The primary interface's own ID (`eni-…`), when known. */
  primaryInterfaceId: NetworkInterfaceIdSchema.optional(),
  secondaryPrivateIps: z.array(SecondaryPrivateIpSchema).optional(),
  secondaryIpv6Addresses: z.array(ip6).optional(),
  publicIpSource: PublicIpSourceSchema.optional(),
  /** Absent: running. */
  state: InstanceStateSchema.optional(),
  tags: TagsSchema.optional(),
});

export const InternetGatewaySchema = z.object({
  id: InternetGatewayIdSchema,
  name,
  /** The VPC it is attached to; absent when detached. */
  vpcId: VpcIdSchema.optional(),
});

export const NatGatewaySchema = z.object({
  id: NatGatewayIdSchema,
  name,
  subnetId: SubnetIdSchema,
  state: z.enum(['pending', 'available', 'failed', 'deleting', 'deleted']).default('available'),
  publicIp: ip4.optional(),
  privateIp: ip4.optional(),
});

export const PeeringConnectionSchema = z.object({
  id: PeeringConnectionIdSchema,
  name,
  requesterVpcId: VpcIdSchema,
  accepterVpcId: VpcIdSchema,
  status: z
    .enum([
      'initiating-request',
      'pending-acceptance',
      'active',
      'deleted',
      'rejected',
      'failed',
      'expired',
      'provisioning',
      'deleting',
    ])
    .default('active'),
});

/**
 * A host on the internet, drawn on the canvas as a flow endpoint (outside every VPC). Flows name it
 * by its address, so it needs no AWS ID.
 */
export const InternetHostSchema = z.object({
  id: z.string().regex(/^host-[0-9a-zA-Z]+$/, { message: 'expected an ID like "host-0abc123"' }),
  name,
  address: ipAny,
});

/**
 * One end of a flow: an instance (its primary interface) or a network interface, optionally at
 * one of its addresses, or any address.
 */
export const EndpointSchema = z.union([
  z.object({ instanceId: InstanceIdSchema, address: ipAny.optional() }).strict(),
  z.object({ interfaceId: NetworkInterfaceIdSchema, address: ipAny.optional() }).strict(),
  z.object({ address: ipAny }).strict(),
]);

export const FlowSpecSchema = z.object({
  source: EndpointSchema,
  destination: EndpointSchema,
  protocol: z.union([z.enum(['tcp', 'udp', 'icmp', 'icmpv6']), z.number().int().min(0).max(255)]),
  port: z.number().int().min(1).max(65535).optional(),
  sourcePort: port.optional(),
  icmpType: z.number().int().min(0).max(255).optional(),
  icmpCode: z.number().int().min(0).max(255).optional(),
});

export const SavedFlowSchema = FlowSpecSchema.extend({
  id: z.string().min(1),
  name,
  expected: z.enum(['allowed', 'blocked']).optional(),
  /** A challenge goal: the scenario is solved when every goal has its expected outcome. */
  goal: z.boolean().optional(),
  /**
   * "From anywhere": the source, an address on the internet, stands for every public address.
   * The flow holds only when it holds from one address of every piece of the internet (the public
   * space split at every block a rule or route names), so a rule for one host does not meet it.
   */
  anywhere: z.boolean().optional(),
});

export const QuotasSchema = z.object({
  securityGroupsPerInterface: z.number().int().min(1).max(16).default(5),
});

/**
 * A challenge: a task for the student and, optionally, resources locked from editing. Its goals
 * are the saved flows marked `goal` (each with its `expected` outcome). Optional, so version 1
 * files without it still read, and files with it read as before in every other field.
 */
export const ChallengeSchema = z.object({
  task: z.string().max(4000),
  /** IDs of resources (or saved flows) the student may not change. */
  locked: z.array(z.string().min(1).max(64)).max(1000).optional(),
});

export const ScenarioSchema = z.object({
  name: name.default('Untitled scenario'),
  description: z.string().max(10000).default(''),
  challenge: ChallengeSchema.optional(),
  quotas: QuotasSchema.default({ securityGroupsPerInterface: 5 }),
  vpcs: z.array(VpcSchema).default([]),
  subnets: z.array(SubnetSchema).default([]),
  instances: z.array(InstanceSchema).default([]),
  securityGroups: z.array(SecurityGroupSchema).default([]),
  networkAcls: z.array(NetworkAclSchema).default([]),
  routeTables: z.array(RouteTableSchema).default([]),
  internetGateways: z.array(InternetGatewaySchema).default([]),
  natGateways: z.array(NatGatewaySchema).default([]),
  peeringConnections: z.array(PeeringConnectionSchema).default([]),
  internetHosts: z.array(InternetHostSchema).default([]),
  // Version 2: network interfaces other than instances' primary ones, prefix lists, endpoints,
  // egress-only and transit gateways.
  networkInterfaces: z.array(NetworkInterfaceSchema).default([]),
  prefixLists: z.array(PrefixListSchema).default([]),
  vpcEndpoints: z.array(VpcEndpointSchema).default([]),
  egressOnlyInternetGateways: z.array(EgressOnlyInternetGatewaySchema).default([]),
  transitGateways: z.array(TransitGatewaySchema).default([]),
  transitGatewayAttachments: z.array(TransitGatewayAttachmentSchema).default([]),
  transitGatewayRouteTables: z.array(TransitGatewayRouteTableSchema).default([]),
  flows: z.array(SavedFlowSchema).default([]),
  /** Set when the scenario was imported from Terraform (terraformOrigin.ts). */
  terraform: TerraformOriginSchema.optional(),
  /**
   * The AWS Region its VPCs are in (`eu-west-1`), drawn around them. Optional: absent, the
   * diagram names the Region its subnets' zones share, if they share one.
   */
  region: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, { message: 'expected a Region like "eu-west-1"' })
    .optional(),
});

const finite = z.number().finite();
export const LayoutSchema = z.object({
  nodes: z
    .record(
      z.string(),
      z.object({
        x: finite,
        y: finite,
        width: finite.positive().optional(),
        height: finite.positive().optional(),
        collapsed: z.boolean().optional(),
      }),
    )
    .default({}),
  /** What the canvas draws besides the resources (absent: route edges shown, security view off). */
  view: z
    .object({
      routes: z.boolean().optional(),
      security: z.boolean().optional(),
    })
    .optional(),
});

export const ScenarioFileSchema = z.object({
  format: z.literal(SCENARIO_FORMAT),
  version: z.literal(SCENARIO_VERSION),
  scenario: ScenarioSchema,
  layout: LayoutSchema.default({ nodes: {} }),
});
