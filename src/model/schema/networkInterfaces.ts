import { z } from 'zod';
import {
  InstanceIdSchema,
  ip4,
  ip6,
  name,
  NetworkInterfaceIdSchema,
  PublicIpSourceSchema,
  SecondaryPrivateIpSchema,
  SecurityGroupIdSchema,
  SubnetIdSchema,
  TagsSchema,
} from './primitives.ts';

/**
 * What an interface belongs to. AWS-managed ones (requester-managed, in AWS's words) are made by
 * a service for its own use: an RDS instance, load balancer nodes, a Lambda function in a VPC, an
 * interface endpoint, a NAT gateway, a transit gateway attachment.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/requester-managed-eni.html
 */
export const InterfaceKindSchema = z.enum([
  'instance',
  'rds',
  'load-balancer',
  'lambda',
  'interface-endpoint',
  'nat-gateway',
  'transit-gateway-attachment',
  'other',
]);

/** A network interface attached to an instance as its second (or later) one. */
export const InterfaceAttachmentSchema = z.object({
  instanceId: InstanceIdSchema,
  /** 0 is the primary interface, which the instance record holds inline. */
  deviceIndex: z.number().int().min(1).max(31),
});

/**
 * A network interface (ENI) other than an instance's primary one, which the instance record holds
 * inline: its subnet, its security groups, its addresses. The unit the engine evaluates.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html
 */
export const NetworkInterfaceSchema = z.object({
  id: NetworkInterfaceIdSchema,
  name,
  description: z.string().max(255).optional(),
  kind: InterfaceKindSchema.default('other'),
  subnetId: SubnetIdSchema,
  /** The primary private IPv4 address (absent on an interface of an IPv6-only subnet). */
  privateIp: ip4.optional(),
  secondaryPrivateIps: z.array(SecondaryPrivateIpSchema).default([]),
  /** The public IPv4 address of the primary private address. */
  publicIp: ip4.optional(),
  publicIpSource: PublicIpSourceSchema.optional(),
  ipv6Addresses: z.array(ip6).default([]),
  securityGroupIds: z.array(SecurityGroupIdSchema).default([]),
  attachment: InterfaceAttachmentSchema.optional(),
  tags: TagsSchema.optional(),
});

/** An instance's lifecycle state, as `describe-instances` prints it. */
export const InstanceStateSchema = z.enum([
  'pending',
  'running',
  'shutting-down',
  'terminated',
  'stopping',
  'stopped',
]);
