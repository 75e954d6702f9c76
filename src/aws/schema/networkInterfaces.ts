import { z } from 'zod';
import {
  awsId,
  requiredId,
  intBetween,
  ipv4Address,
  ipv4Cidr,
  ipv6Address,
  ipv6Cidr,
  TagsSchema,
} from '../awsFields.ts';

/**
 * Network interfaces as `describe-network-interfaces` prints them (`NetworkInterfaces`), and as
 * `describe-instances` prints an instance's interfaces (`Reservations[].Instances[].NetworkInterfaces`).
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_NetworkInterface.html
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceNetworkInterface.html
 */

/** The public IPv4 address of a private one: auto-assigned (`IpOwnerId` "amazon") or an Elastic IP. */
export const AssociationShape = z.object({
  PublicIp: ipv4Address.optional(),
  IpOwnerId: z.string().optional(),
  AllocationId: z.string().optional(),
});

export const PrivateIpAddressShape = z.object({
  PrivateIpAddress: ipv4Address,
  Primary: z.boolean().optional(),
  Association: AssociationShape.optional(),
});

export const Ipv6AddressShape = z.object({
  Ipv6Address: ipv6Address,
  IsPrimaryIpv6: z.boolean().optional(),
});

export const GroupRefShape = z.object({ GroupId: awsId('sg'), GroupName: z.string().optional() });

/** The fields both outputs print for an interface. */
const interfaceFields = {
  Description: z.string().optional(),
  InterfaceType: z.string().optional(),
  Status: z.string().optional(),
  PrivateIpAddress: ipv4Address.optional(),
  PrivateIpAddresses: z.array(PrivateIpAddressShape).optional(),
  Association: AssociationShape.optional(),
  Ipv6Addresses: z.array(Ipv6AddressShape).optional(),
  Groups: z.array(GroupRefShape).optional(),
  Ipv4Prefixes: z.array(z.object({ Ipv4Prefix: ipv4Cidr })).optional(),
  Ipv6Prefixes: z.array(z.object({ Ipv6Prefix: ipv6Cidr })).optional(),
};

const deviceIndex = intBetween(0, 255);

/** One of `describe-instances`' `NetworkInterfaces[]`: the instance is the one it is listed in. */
export const InstanceNetworkInterfaceShape = z.object({
  ...interfaceFields,
  NetworkInterfaceId: awsId('eni').optional(),
  SubnetId: awsId('subnet').optional(),
  Attachment: z
    .object({
      DeviceIndex: deviceIndex.optional(),
      NetworkCardIndex: intBetween(0, 255).optional(),
      Status: z.string().optional(),
    })
    .optional(),
});

/**
 * One of `describe-network-interfaces`' `NetworkInterfaces[]`. Every interface is in a subnet, so
 * one without `SubnetId` is refused, naming its path.
 */
export const NetworkInterfaceShape = z.object({
  ...interfaceFields,
  NetworkInterfaceId: requiredId('eni', "the interface's ID"),
  SubnetId: requiredId('subnet', 'the ID of the subnet the interface is in'),
  VpcId: awsId('vpc').optional(),
  AvailabilityZone: z.string().optional(),
  RequesterId: z.string().optional(),
  RequesterManaged: z.boolean().optional(),
  Attachment: z
    .object({
      InstanceId: awsId('i').optional(),
      InstanceOwnerId: z.string().optional(),
      DeviceIndex: deviceIndex.optional(),
      NetworkCardIndex: intBetween(0, 255).optional(),
      Status: z.string().optional(),
    })
    .optional(),
  TagSet: TagsSchema.optional(),
});

export const InstanceShape = z.object({
  InstanceId: awsId('i'),
  State: z.object({ Name: z.string() }).optional(),
  SubnetId: awsId('subnet').optional(),
  PrivateIpAddress: ipv4Address.optional(),
  PublicIpAddress: ipv4Address.optional(),
  Ipv6Address: ipv6Address.optional(),
  SecurityGroups: z.array(GroupRefShape).optional(),
  NetworkInterfaces: z.array(InstanceNetworkInterfaceShape).optional(),
  Tags: TagsSchema.optional(),
});

export const ReservationShape = z.object({ Instances: z.array(InstanceShape).optional() });

export type AwsInstanceNetworkInterface = z.infer<typeof InstanceNetworkInterfaceShape>;
export type AwsNetworkInterface = z.infer<typeof NetworkInterfaceShape>;
export type AwsInstance = z.infer<typeof InstanceShape>;
export type AwsPrivateIpAddress = z.infer<typeof PrivateIpAddressShape>;
