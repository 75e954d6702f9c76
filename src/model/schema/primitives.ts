import { z } from 'zod';
import { isCidr, isIp } from '../ip.ts';

/** The building blocks of the scenario schema: AWS-shaped IDs, addresses, CIDR blocks, names. */

export const id = (prefix: string) =>
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
export const NetworkInterfaceIdSchema = id('eni');
export const PrefixListIdSchema = id('pl');
export const VpcEndpointIdSchema = id('vpce');
export const EgressOnlyInternetGatewayIdSchema = id('eigw');
export const TransitGatewayIdSchema = id('tgw');
export const TransitGatewayAttachmentIdSchema = id('tgw-attach');
export const TransitGatewayRouteTableIdSchema = id('tgw-rtb');

export const cidr4 = z
  .string()
  .refine((s) => isCidr(s, 4), { message: 'expected an IPv4 CIDR block like 10.0.0.0/16' });
export const cidr6 = z
  .string()
  .refine((s) => isCidr(s, 6), { message: 'expected an IPv6 CIDR block like 2600:1f18::/56' });
export const cidrAny = z
  .string()
  .refine((s) => isCidr(s), { message: 'expected an IPv4 or IPv6 CIDR block' });
export const ip4 = z
  .string()
  .refine((s) => isIp(s, 4), { message: 'expected an IPv4 address like 10.0.1.10' });
export const ip6 = z.string().refine((s) => isIp(s, 6), { message: 'expected an IPv6 address' });
export const ipAny = z
  .string()
  .refine((s) => isIp(s), { message: 'expected an IPv4 or IPv6 address' });
export const port = z.number().int().min(0).max(65535);
export const name = z.string().max(256);

/** AWS tags (`Name`, `Tier`…): keys up to 128 characters, values up to 256. */
export const TagsSchema = z.record(z.string().min(1).max(128), z.string().max(256));

/** A public IPv4 address is auto-assigned at launch, or an Elastic IP associated with the address. */
export const PublicIpSourceSchema = z.enum(['auto', 'elastic']);

/** A secondary private IPv4 address, and the Elastic IP associated with it, if any. */
export const SecondaryPrivateIpSchema = z.object({
  address: ip4,
  publicIp: ip4.optional(),
});
