import { z } from 'zod';
import {
  awsId,
  intBetween,
  ipProtocol,
  ipv4Address,
  ipv4Cidr,
  ipv6Cidr,
  naclProtocol,
  nonEmptyText,
  portOrAll,
  TagsSchema,
} from './awsFields.ts';
import { protocolFromAws } from './protocol.ts';
import { NetworkInterfaceShape, ReservationShape } from './schema/networkInterfaces.ts';
import { PrefixListEntriesShape, PrefixListShape } from './schema/prefixLists.ts';
import {
  TransitGatewayAttachmentShape,
  TransitGatewayRoutesShape,
  TransitGatewayRouteTableShape,
  TransitGatewayShape,
  TransitGatewayVpcAttachmentShape,
} from './schema/transitGateways.ts';
import { EgressOnlyInternetGatewayShape, VpcEndpointShape } from './schema/vpcEndpoints.ts';

export * from './schema/networkInterfaces.ts';
export * from './schema/prefixLists.ts';
export * from './schema/vpcEndpoints.ts';
export * from './schema/transitGateways.ts';

/**
 * The shapes `aws ec2 describe-*` prints, with AWS's field names, reduced to the fields the
 * importer reads. Objects are not strict: every other field AWS prints (OwnerId, Origin, ARNs…)
 * is ignored. Any section may be absent; a present one must have this shape.
 */

const description = z.string().max(255, { message: 'expected at most 255 characters' });
const associationState = z.object({ State: z.string() });

export const VpcShape = z.object({
  VpcId: awsId('vpc'),
  CidrBlock: ipv4Cidr,
  CidrBlockAssociationSet: z
    .array(z.object({ CidrBlock: ipv4Cidr, CidrBlockState: associationState.optional() }))
    .optional(),
  Ipv6CidrBlockAssociationSet: z
    .array(
      z.object({
        Ipv6CidrBlock: ipv6Cidr.optional(),
        Ipv6CidrBlockState: associationState.optional(),
      }),
    )
    .optional(),
  Tags: TagsSchema.optional(),
});

export const SubnetShape = z.object({
  SubnetId: awsId('subnet'),
  VpcId: awsId('vpc'),
  // Absent on IPv6-only subnets.
  CidrBlock: ipv4Cidr.optional(),
  AvailabilityZone: z.string().optional(),
  Ipv6CidrBlockAssociationSet: z
    .array(
      z.object({
        Ipv6CidrBlock: ipv6Cidr,
        Ipv6CidrBlockState: associationState.optional(),
      }),
    )
    .optional(),
  Tags: TagsSchema.optional(),
});

export const IpPermissionShape = z
  .object({
    IpProtocol: ipProtocol,
    FromPort: portOrAll.optional(),
    ToPort: portOrAll.optional(),
    IpRanges: z
      .array(z.object({ CidrIp: ipv4Cidr, Description: description.optional() }))
      .optional(),
    Ipv6Ranges: z
      .array(z.object({ CidrIpv6: ipv6Cidr, Description: description.optional() }))
      .optional(),
    UserIdGroupPairs: z
      .array(
        z.object({
          GroupId: awsId('sg'),
          Description: description.optional(),
          UserId: z.string().optional(),
          VpcId: z.string().optional(),
        }),
      )
      .optional(),
    PrefixListIds: z
      .array(z.object({ PrefixListId: nonEmptyText, Description: description.optional() }))
      .optional(),
  })
  .superRefine((p, ctx) => {
    const protocol = protocolFromAws(p.IpProtocol);
    const from = p.FromPort ?? -1;
    const to = p.ToPort ?? -1;
    if ((protocol === 'tcp' || protocol === 'udp') && from >= 0 && to >= 0 && from > to) {
      ctx.addIssue({
        code: 'custom',
        path: ['ToPort'],
        input: p.ToPort,
        message: `expected a port not below FromPort (${from})`,
      });
    }
    if (protocol === 'icmp' || protocol === 'icmpv6') {
      // For ICMP, FromPort is the type and ToPort the code.
      for (const key of ['FromPort', 'ToPort'] as const) {
        const value = p[key];
        if (value !== undefined && value > 255) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            input: value,
            message: `expected an ICMP ${key === 'FromPort' ? 'type' : 'code'} from -1 to 255`,
          });
        }
      }
    }
  });

export const SecurityGroupShape = z.object({
  GroupId: awsId('sg'),
  GroupName: z.string(),
  Description: description.optional(),
  VpcId: awsId('vpc'),
  IpPermissions: z.array(IpPermissionShape).optional(),
  IpPermissionsEgress: z.array(IpPermissionShape).optional(),
  Tags: TagsSchema.optional(),
});

const naclPort = intBetween(0, 65535);

export const NaclEntryShape = z
  .object({
    RuleNumber: intBetween(1, 32768),
    Protocol: naclProtocol,
    RuleAction: z.enum(['allow', 'deny'], { message: 'expected "allow" or "deny"' }),
    Egress: z.boolean(),
    CidrBlock: ipv4Cidr.optional(),
    Ipv6CidrBlock: ipv6Cidr.optional(),
    PortRange: z.object({ From: naclPort, To: naclPort }).optional(),
    IcmpTypeCode: z.object({ Type: intBetween(-1, 255), Code: intBetween(-1, 255) }).optional(),
  })
  .superRefine((e, ctx) => {
    if (e.CidrBlock === undefined && e.Ipv6CidrBlock === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['CidrBlock'],
        input: undefined,
        message: 'expected an IPv4 CIDR block (or an Ipv6CidrBlock)',
      });
    }
    if (e.PortRange && e.PortRange.From > e.PortRange.To) {
      ctx.addIssue({
        code: 'custom',
        path: ['PortRange', 'To'],
        input: e.PortRange.To,
        message: `expected a port not below PortRange.From (${e.PortRange.From})`,
      });
    }
  });

export const NetworkAclShape = z.object({
  NetworkAclId: awsId('acl'),
  VpcId: awsId('vpc'),
  IsDefault: z.boolean().optional(),
  Entries: z.array(NaclEntryShape).optional(),
  Associations: z.array(z.object({ SubnetId: awsId('subnet').optional() })).optional(),
  Tags: TagsSchema.optional(),
});

/** The fields of a route that name its target, in the order the importer looks at them. */
export const ROUTE_TARGET_FIELDS = [
  'GatewayId',
  'NatGatewayId',
  'VpcPeeringConnectionId',
  'TransitGatewayId',
  'EgressOnlyInternetGatewayId',
  // A NAT instance's route carries both; the instance reads better in a warning.
  'InstanceId',
  'NetworkInterfaceId',
  'CarrierGatewayId',
  'LocalGatewayId',
  'CoreNetworkArn',
  'OdbNetworkArn',
] as const;

export const RouteShape = z.object({
  DestinationCidrBlock: ipv4Cidr.optional(),
  DestinationIpv6CidrBlock: ipv6Cidr.optional(),
  DestinationPrefixListId: awsId('pl').optional(),
  GatewayId: nonEmptyText.optional(),
  NatGatewayId: nonEmptyText.optional(),
  VpcPeeringConnectionId: nonEmptyText.optional(),
  TransitGatewayId: nonEmptyText.optional(),
  EgressOnlyInternetGatewayId: nonEmptyText.optional(),
  InstanceId: nonEmptyText.optional(),
  NetworkInterfaceId: nonEmptyText.optional(),
  CarrierGatewayId: nonEmptyText.optional(),
  LocalGatewayId: nonEmptyText.optional(),
  CoreNetworkArn: nonEmptyText.optional(),
  OdbNetworkArn: nonEmptyText.optional(),
  // `filtered`: a route server's route that is not installed (not used for forwarding).
  State: z
    .enum(['active', 'blackhole', 'filtered'], {
      message: 'expected "active", "blackhole" or "filtered"',
    })
    .optional(),
});

export const RouteTableShape = z.object({
  RouteTableId: awsId('rtb'),
  VpcId: awsId('vpc'),
  Routes: z.array(RouteShape).optional(),
  Associations: z
    .array(
      z.object({
        Main: z.boolean().optional(),
        SubnetId: awsId('subnet').optional(),
        GatewayId: z.string().optional(),
        AssociationState: associationState.optional(),
      }),
    )
    .optional(),
  Tags: TagsSchema.optional(),
});

export const InternetGatewayShape = z.object({
  InternetGatewayId: awsId('igw'),
  Attachments: z.array(z.object({ State: z.string(), VpcId: awsId('vpc') })).optional(),
  Tags: TagsSchema.optional(),
});

export const NatGatewayShape = z.object({
  NatGatewayId: awsId('nat'),
  // Absent on a regional NAT gateway, which is in no subnet.
  SubnetId: awsId('subnet').optional(),
  State: z
    .enum(['pending', 'failed', 'available', 'deleting', 'deleted'], {
      message: 'expected pending, failed, available, deleting or deleted',
    })
    .optional(),
  ConnectivityType: z.string().optional(),
  NatGatewayAddresses: z
    .array(
      z.object({
        PublicIp: ipv4Address.optional(),
        PrivateIp: ipv4Address.optional(),
        IsPrimary: z.boolean().optional(),
      }),
    )
    .optional(),
  Tags: TagsSchema.optional(),
});

export const PEERING_STATUS_CODES = [
  'initiating-request',
  'pending-acceptance',
  'active',
  'deleted',
  'rejected',
  'failed',
  'expired',
  'provisioning',
  'deleting',
] as const;

export const PeeringConnectionShape = z.object({
  VpcPeeringConnectionId: awsId('pcx'),
  RequesterVpcInfo: z.object({ VpcId: awsId('vpc') }),
  AccepterVpcInfo: z.object({ VpcId: awsId('vpc') }),
  Status: z
    .object({
      Code: z.enum(PEERING_STATUS_CODES, {
        message: `expected one of ${PEERING_STATUS_CODES.join(', ')}`,
      }),
    })
    .optional(),
  Tags: TagsSchema.optional(),
});

/** Version 1's nine keys, then version 2's ten (spec/cli-analyze.md, `<file>`). */
export const BundleSchema = z.object({
  Vpcs: z.array(VpcShape).optional(),
  Subnets: z.array(SubnetShape).optional(),
  Reservations: z.array(ReservationShape).optional(),
  SecurityGroups: z.array(SecurityGroupShape).optional(),
  NetworkAcls: z.array(NetworkAclShape).optional(),
  RouteTables: z.array(RouteTableShape).optional(),
  InternetGateways: z.array(InternetGatewayShape).optional(),
  NatGateways: z.array(NatGatewayShape).optional(),
  VpcPeeringConnections: z.array(PeeringConnectionShape).optional(),
  NetworkInterfaces: z.array(NetworkInterfaceShape).optional(),
  PrefixLists: z.array(PrefixListShape).optional(),
  PrefixListEntries: PrefixListEntriesShape.optional(),
  VpcEndpoints: z.array(VpcEndpointShape).optional(),
  EgressOnlyInternetGateways: z.array(EgressOnlyInternetGatewayShape).optional(),
  TransitGateways: z.array(TransitGatewayShape).optional(),
  TransitGatewayAttachments: z.array(TransitGatewayAttachmentShape).optional(),
  TransitGatewayVpcAttachments: z.array(TransitGatewayVpcAttachmentShape).optional(),
  TransitGatewayRouteTables: z.array(TransitGatewayRouteTableShape).optional(),
  TransitGatewayRoutes: TransitGatewayRoutesShape.optional(),
});

export type AwsBundle = z.infer<typeof BundleSchema>;
export type AwsVpc = z.infer<typeof VpcShape>;
export type AwsSubnet = z.infer<typeof SubnetShape>;
export type AwsIpPermission = z.infer<typeof IpPermissionShape>;
export type AwsSecurityGroup = z.infer<typeof SecurityGroupShape>;
export type AwsNaclEntry = z.infer<typeof NaclEntryShape>;
export type AwsNetworkAcl = z.infer<typeof NetworkAclShape>;
export type AwsRoute = z.infer<typeof RouteShape>;
export type AwsRouteTable = z.infer<typeof RouteTableShape>;
export type AwsInternetGateway = z.infer<typeof InternetGatewayShape>;
export type AwsNatGateway = z.infer<typeof NatGatewayShape>;
export type AwsPeeringConnection = z.infer<typeof PeeringConnectionShape>;
