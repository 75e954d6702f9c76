import type { Instance } from '../model/types.ts';
import type { AwsInstance, AwsNetworkInterface } from './bundleSchema.ts';
import { nameFrom } from './tags.ts';
import type { ImportWarnings } from './warnings.ts';

// Instances in these states are gone (or going) and take no part in any flow.
const GONE_STATES = new Set(['terminated', 'shutting-down']);

/**
 * An instance, as the model's single network interface: the primary one (device index 0).
 * Addresses and groups come from the instance's own fields, else from that interface.
 * `null` for a terminated instance, and (with a warning) for one without a subnet and a private
 * IPv4 address, which the model needs.
 */
export function instanceFromAws(instance: AwsInstance, warnings: ImportWarnings): Instance | null {
  if (instance.State && GONE_STATES.has(instance.State.Name)) return null;
  const id = instance.InstanceId;
  const interfaces = instance.NetworkInterfaces ?? [];
  const primary = interfaces.find((ni) => ni.Attachment?.DeviceIndex === 0) ?? interfaces[0];
  if (interfaces.length > 1) {
    warnings.add(
      id,
      `has ${interfaces.length} network interfaces; only the primary (${primary?.NetworkInterfaceId ?? 'device index 0'}) is modelled`,
    );
  }
  const subnetId = instance.SubnetId ?? primary?.SubnetId;
  const privateIp = instance.PrivateIpAddress ?? primary?.PrivateIpAddress;
  if (subnetId === undefined || privateIp === undefined) {
    warnings.add(
      id,
      'has no subnet or no private IPv4 address, which the model needs; it is left out',
    );
    return null;
  }
  const publicIp = instance.PublicIpAddress ?? primary?.Association?.PublicIp;
  const ipv6Address = chooseIpv6(id, instance.Ipv6Address, primary, warnings);
  warnSecondaryPrivateIps(id, privateIp, primary, warnings);
  return {
    id,
    name: nameFrom(instance.Tags, id),
    subnetId,
    privateIp,
    ...(publicIp === undefined ? {} : { publicIp }),
    ...(ipv6Address === undefined ? {} : { ipv6Address }),
    securityGroupIds: groupIds(instance, primary, interfaces.length),
  };
}

/** The instance's IPv6 address: the one AWS names, else the interface's primary or first. */
function chooseIpv6(
  id: string,
  named: string | undefined,
  primary: AwsNetworkInterface | undefined,
  warnings: ImportWarnings,
): string | undefined {
  const listed = [...(primary?.Ipv6Addresses ?? [])]
    .sort((a, b) => Number(b.IsPrimaryIpv6 === true) - Number(a.IsPrimaryIpv6 === true))
    .map((a) => a.Ipv6Address);
  const chosen = named ?? listed[0];
  const others = listed.filter((address) => address !== chosen);
  if (others.length > 0) {
    warnings.add(
      id,
      `IPv6 addresses beyond ${chosen ?? 'the first'} (${others.join(', ')}) are not modelled`,
    );
  }
  return chosen;
}

function warnSecondaryPrivateIps(
  id: string,
  privateIp: string,
  primary: AwsNetworkInterface | undefined,
  warnings: ImportWarnings,
): void {
  const secondary = (primary?.PrivateIpAddresses ?? [])
    .map((a) => a.PrivateIpAddress)
    .filter((address) => address !== privateIp);
  if (secondary.length > 0) {
    warnings.add(id, `secondary private addresses (${secondary.join(', ')}) are not modelled`);
  }
}

/**
 * The groups of the modelled interface. With several interfaces the instance-level list speaks
 * for the instance as a whole, so the primary interface's own list is used when AWS printed it.
 */
function groupIds(
  instance: AwsInstance,
  primary: AwsNetworkInterface | undefined,
  interfaceCount: number,
): string[] {
  const groups =
    interfaceCount > 1 && primary?.Groups
      ? primary.Groups
      : (instance.SecurityGroups ?? primary?.Groups ?? []);
  return [...new Set(groups.map((g) => g.GroupId))];
}
