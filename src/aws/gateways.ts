import type { InternetGateway, NatGateway } from '../model/types.ts';
import type { AwsInternetGateway, AwsNatGateway } from './bundleSchema.ts';
import { nameFrom } from './tags.ts';
import type { ImportWarnings } from './warnings.ts';

// The CLI prints an attached internet gateway's state as "available"; the API says "attached".
const ATTACHED = new Set(['available', 'attached']);

/** An internet gateway, attached to the VPC of its attachment in an attached state. */
export function internetGatewayFromAws(gateway: AwsInternetGateway): InternetGateway {
  const vpcId = gateway.Attachments?.find((a) => ATTACHED.has(a.State))?.VpcId;
  return {
    id: gateway.InternetGatewayId,
    name: nameFrom(gateway.Tags, gateway.InternetGatewayId),
    ...(vpcId === undefined ? {} : { vpcId }),
  };
}

/** Why a NAT gateway is left out of the scenario; `null` when it is modelled. */
export function unmodelledNatReason(gateway: AwsNatGateway): string | null {
  // A private NAT gateway reaches other networks, never the internet: modelling it as a public
  // one would let traffic out that AWS would not.
  if (gateway.ConnectivityType === 'private') return 'private NAT gateway';
  if (gateway.SubnetId === undefined) return 'regional NAT gateway';
  return null;
}

/** A public NAT gateway in a subnet, with its primary address; `null` (and a warning) otherwise. */
export function natGatewayFromAws(
  gateway: AwsNatGateway,
  warnings: ImportWarnings,
): NatGateway | null {
  const id = gateway.NatGatewayId;
  const reason = unmodelledNatReason(gateway);
  if (reason !== null || gateway.SubnetId === undefined) {
    warnings.add(id, `${reason ?? 'NAT gateway in no subnet'} is not modelled; it is left out`);
    return null;
  }
  const addresses = gateway.NatGatewayAddresses ?? [];
  const primary = addresses.find((a) => a.IsPrimary === true) ?? addresses[0];
  if (addresses.length > 1) {
    warnings.add(
      id,
      `has ${addresses.length} addresses; only the primary (${primary?.PublicIp ?? primary?.PrivateIp ?? '?'}) is modelled`,
    );
  }
  return {
    id,
    name: nameFrom(gateway.Tags, id),
    subnetId: gateway.SubnetId,
    state: gateway.State ?? 'available',
    ...(primary?.PublicIp === undefined ? {} : { publicIp: primary.PublicIp }),
    ...(primary?.PrivateIp === undefined ? {} : { privateIp: primary.PrivateIp }),
  };
}
