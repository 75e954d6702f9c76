import type { SecondaryPrivateIp } from '../model/types.ts';
import type { AwsPrivateIpAddress } from './schema/networkInterfaces.ts';

/** What an interface's address fields say, in the model's terms. */
export interface InterfaceAddresses {
  readonly privateIp: string | undefined;
  readonly secondaryPrivateIps: SecondaryPrivateIp[];
  /** The public IPv4 address of the primary private address. */
  readonly publicIp: string | undefined;
  readonly publicIpSource: 'auto' | 'elastic' | undefined;
  /** The primary IPv6 address (`IsPrimaryIpv6`) first. */
  readonly ipv6Addresses: string[];
}

interface AddressFields {
  readonly PrivateIpAddress?: string | undefined;
  readonly PrivateIpAddresses?: readonly AwsPrivateIpAddress[] | undefined;
  readonly Association?: AwsPrivateIpAddress['Association'];
  readonly Ipv6Addresses?:
    readonly { Ipv6Address: string; IsPrimaryIpv6?: boolean | undefined }[] | undefined;
}

/**
 * An interface's addresses: the primary private IPv4 address (`Primary: true`, else
 * `PrivateIpAddress`), the secondary ones with the Elastic IP associated with each, the public
 * address of the primary one and where it comes from. AWS's own public addresses are owned by
 * "amazon" (`IpOwnerId`); an Elastic IP by the account, with an `AllocationId`.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/MultipleIP.html
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html
 */
export function addressesOf(ni: AddressFields): InterfaceAddresses {
  const listed = ni.PrivateIpAddresses ?? [];
  const primary =
    listed.find((a) => a.Primary === true) ??
    listed.find((a) => a.PrivateIpAddress === ni.PrivateIpAddress) ??
    (ni.PrivateIpAddress === undefined ? listed[0] : undefined);
  const privateIp = primary?.PrivateIpAddress ?? ni.PrivateIpAddress;
  const association = primary?.Association ?? ni.Association;
  const publicIp = association?.PublicIp;
  const seen = new Set(privateIp === undefined ? [] : [privateIp]);
  const secondaryPrivateIps: SecondaryPrivateIp[] = [];
  for (const a of listed) {
    if (seen.has(a.PrivateIpAddress)) continue;
    seen.add(a.PrivateIpAddress);
    const eip = a.Association?.PublicIp;
    secondaryPrivateIps.push({
      address: a.PrivateIpAddress,
      ...(eip === undefined ? {} : { publicIp: eip }),
    });
  }
  const ipv6Addresses = [
    ...new Set(
      [...(ni.Ipv6Addresses ?? [])]
        .sort((a, b) => Number(b.IsPrimaryIpv6 === true) - Number(a.IsPrimaryIpv6 === true))
        .map((a) => a.Ipv6Address),
    ),
  ];
  return {
    privateIp,
    secondaryPrivateIps,
    publicIp,
    publicIpSource: publicIp === undefined ? undefined : sourceOf(association),
    ipv6Addresses,
  };
}

function sourceOf(association: AwsPrivateIpAddress['Association']): 'auto' | 'elastic' | undefined {
  if (association?.AllocationId !== undefined) return 'elastic';
  // AWS's own addresses are owned by "amazon" (a load balancer's by "amazon-elb").
  if (association?.IpOwnerId?.startsWith('amazon') === true) return 'auto';
  // An Elastic IP is owned by the account (a 12-digit ID); BYOIP pools and others are left unsaid.
  if (association?.IpOwnerId !== undefined && /^\d{12}$/.test(association.IpOwnerId))
    return 'elastic';
  return undefined;
}
