import './jitless.ts';
import { z } from 'zod';
import { isCidr, isIp } from './ip.ts';

/**
 * The scenario file, version 1. This zod schema is the one trust boundary for scenarios: files,
 * share links, autosave and the CLI all go through `parseScenarioFile` (envelope.ts).
 * Syntax (is this a CIDR? a port?) is checked here, so that anything that parses can be
 * evaluated; meaning (is the subnet inside its VPC?) is `validate`'s job.
 */

// WIRE FORMAT: these two values must never change meaning; a new layout gets a new version.
export const SCENARIO_FORMAT = 'vpc-flow-lab';
export const SCENARIO_VERSION = 1;

const id = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}-[0-9a-zA-Z]+$`), {
    message: `expected an ID like "${prefix}-0abc123"`,
  });

export const VpcIdSchema = id('vpc');
export const SubnetIdSchema = id('subnet');
export const InstanceIdSchema = id('i');
export const SecurityGroupIdSchema = id('sg');
export const NetworkAclIdSchema = id('acl');
export const RouteTableIdSchema = id('rtb');
export const InternetGatewayIdSchema = id('igw');
export const NatGatewayIdSchema = id('nat');
export const PeeringConnectionIdSchema = id('pcx');

const cidr4 = z
  .string()
  .refine((s) => isCidr(s, 4), { message: 'expected an IPv4 CIDR block like 10.0.0.0/16' });
const cidr6 = z
  .string()
  .refine((s) => isCidr(s, 6), { message: 'expected an IPv6 CIDR block like 2600:1f18::/56' });
const cidrAny = z
  .string()
  .refine((s) => isCidr(s), { message: 'expected an IPv4 or IPv6 CIDR block' });
const ip4 = z
  .string()
  .refine((s) => isIp(s, 4), { message: 'expected an IPv4 address like 10.0.1.10' });
const ip6 = z.string().refine((s) => isIp(s, 6), { message: 'expected an IPv6 address' });
const ipAny = z.string().refine((s) => isIp(s), { message: 'expected an IPv4 or IPv6 address' });
const port = z.number().int().min(0).max(65535);
const name = z.string().max(256);

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
  // Kept so imported rules are not lost; the engine treats them as "cannot tell".
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

export const RouteSchema = z.object({
  destination: cidrAny,
  /** `local`, or the ID of the target: `igw-…`, `nat-…`, `pcx-…` (others are kept but not modelled). */
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
});

export const InstanceSchema = z.object({
  id: InstanceIdSchema,
  name,
  subnetId: SubnetIdSchema,
  privateIp: ip4,
  publicIp: ip4.optional(),
  ipv6Address: ip6.optional(),
  securityGroupIds: z.array(SecurityGroupIdSchema).default([]),
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

/** One end of a flow: an instance (optionally at one of its addresses) or any address. */
export const EndpointSchema = z.union([
  z.object({ instanceId: InstanceIdSchema, address: ipAny.optional() }).strict(),
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
  flows: z.array(SavedFlowSchema).default([]),
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
});

export const ScenarioFileSchema = z.object({
  format: z.literal(SCENARIO_FORMAT),
  version: z.literal(SCENARIO_VERSION),
  scenario: ScenarioSchema,
  layout: LayoutSchema.default({ nodes: {} }),
});
