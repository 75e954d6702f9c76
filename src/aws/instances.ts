import type { Instance, InstanceState, NetworkInterface } from '../model/types.ts';
import { addressesOf } from './addresses.ts';
import type { AwsInstance, AwsInstanceNetworkInterface } from './schema/networkInterfaces.ts';
import { nameFrom, tagsOf } from './tags.ts';
import type { ImportWarnings } from './warnings.ts';

/** Instances in these states are gone (or going) and take no part in any flow. */
export const GONE_STATES: ReadonlySet<string> = new Set(['terminated', 'shutting-down']);

const STATES: ReadonlySet<string> = new Set([
  'pending',
  'running',
  'shutting-down',
  'terminated',
  'stopping',
  'stopped',
]);

/** An instance and the interfaces it has besides its primary one (device index 1 and up). */
export interface ImportedInstance {
  readonly instance: Instance;
  readonly interfaces: NetworkInterface[];
}

/**
 * An instance: its primary interface (device index 0 on network card 0) inline, as the model holds
 * it (subnet, primary and secondary private addresses, the public or Elastic IP of each, IPv6
 * addresses, the interface's groups), and its other interfaces as network interfaces attached to
 * it. `null` for a terminated or shutting-down instance (spec/cli-analyze.md, `<file>`), and (with
 * a warning) for one without a subnet or a private IPv4 address, which the model needs. A stopped,
 * stopping or pending instance keeps its state: the engine warns on every flow that names it.
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Instance.html
 */
export function instanceFromAws(
  instance: AwsInstance,
  warnings: ImportWarnings,
): ImportedInstance | null {
  const state = instance.State?.Name;
  if (state !== undefined && GONE_STATES.has(state)) return null;
  const id = instance.InstanceId;
  const interfaces = instance.NetworkInterfaces ?? [];
  const primary = primaryOf(interfaces);
  const subnetId = instance.SubnetId ?? primary?.SubnetId;
  const addresses = addressesOf(primary ?? {});
  const privateIp = instance.PrivateIpAddress ?? addresses.privateIp;
  if (subnetId === undefined || privateIp === undefined) {
    warnings.add(
      id,
      'has no subnet or no private IPv4 address, which the model needs; it is left out',
    );
    return null;
  }
  const publicIp = instance.PublicIpAddress ?? addresses.publicIp;
  const ipv6 = [
    ...new Set([
      ...(instance.Ipv6Address === undefined ? [] : [instance.Ipv6Address]),
      ...addresses.ipv6Addresses,
    ]),
  ];
  const [ipv6Address, ...secondaryIpv6] = ipv6;
  const secondary = addresses.secondaryPrivateIps.filter((a) => a.address !== privateIp);
  const tags = tagsOf(instance.Tags);
  const name = nameFrom(instance.Tags, id);
  if (state !== undefined && !STATES.has(state)) {
    warnings.add(id, `is in state "${state}", which is not known; it is read as running`);
  }
  const known = state !== undefined && STATES.has(state) ? (state as InstanceState) : undefined;
  const record: Instance = {
    id,
    name,
    subnetId,
    privateIp,
    ...(publicIp === undefined ? {} : { publicIp }),
    ...(publicIp !== undefined && addresses.publicIpSource !== undefined
      ? { publicIpSource: addresses.publicIpSource }
      : {}),
    ...(ipv6Address === undefined ? {} : { ipv6Address }),
    ...(secondaryIpv6.length > 0 ? { secondaryIpv6Addresses: secondaryIpv6 } : {}),
    ...(secondary.length > 0 ? { secondaryPrivateIps: secondary } : {}),
    // Each interface has its own groups; the instance's list is their union (contract).
    securityGroupIds: [
      ...new Set((primary?.Groups ?? instance.SecurityGroups ?? []).map((g) => g.GroupId)),
    ],
    ...(primary?.NetworkInterfaceId === undefined
      ? {}
      : { primaryInterfaceId: primary.NetworkInterfaceId }),
    ...(known === undefined || known === 'running' ? {} : { state: known }),
    ...(tags === undefined ? {} : { tags }),
  };
  const others = interfaces.filter((ni) => ni !== primary);
  return { instance: record, interfaces: secondaryInterfaces(id, name, others, warnings) };
}

/** Device index 0 on the first network card, else device index 0, else the first listed. */
function primaryOf(
  interfaces: readonly AwsInstanceNetworkInterface[],
): AwsInstanceNetworkInterface | undefined {
  const at0 = interfaces.filter((ni) => ni.Attachment?.DeviceIndex === 0);
  return at0.find((ni) => (ni.Attachment?.NetworkCardIndex ?? 0) === 0) ?? at0[0] ?? interfaces[0];
}

/**
 * The instance's other interfaces, each attached at its device index. An interface at device index
 * 0 of another network card gets the next free index (the model numbers one instance's interfaces
 * together), with a warning.
 */
function secondaryInterfaces(
  instanceId: string,
  instanceName: string,
  interfaces: readonly AwsInstanceNetworkInterface[],
  warnings: ImportWarnings,
): NetworkInterface[] {
  const used = new Set(interfaces.map((ni) => ni.Attachment?.DeviceIndex ?? -1));
  const out: NetworkInterface[] = [];
  for (const ni of interfaces) {
    const eniId = ni.NetworkInterfaceId;
    if (eniId === undefined || ni.SubnetId === undefined) {
      warnings.add(
        instanceId,
        `has an interface without ${eniId === undefined ? 'a NetworkInterfaceId' : `a SubnetId (${eniId})`}; it is left out`,
      );
      continue;
    }
    let deviceIndex = ni.Attachment?.DeviceIndex ?? 0;
    if (deviceIndex < 1 || deviceIndex > 31) {
      let free = 1;
      while (used.has(free)) free += 1;
      used.add(free);
      warnings.add(
        eniId,
        `is attached to ${instanceId} at device index ${deviceIndex}${ni.Attachment?.NetworkCardIndex ? ` of network card ${ni.Attachment.NetworkCardIndex}` : ''}; it is read as device index ${free}`,
      );
      deviceIndex = free;
    }
    const a = addressesOf(ni);
    out.push({
      id: eniId,
      name: `${instanceName} (device ${deviceIndex})`.slice(0, 256),
      ...(ni.Description ? { description: ni.Description.slice(0, 255) } : {}),
      kind: 'instance',
      subnetId: ni.SubnetId,
      ...(a.privateIp === undefined ? {} : { privateIp: a.privateIp }),
      secondaryPrivateIps: a.secondaryPrivateIps,
      ...(a.publicIp === undefined ? {} : { publicIp: a.publicIp }),
      ...(a.publicIp !== undefined && a.publicIpSource !== undefined
        ? { publicIpSource: a.publicIpSource }
        : {}),
      ipv6Addresses: a.ipv6Addresses,
      securityGroupIds: [...new Set((ni.Groups ?? []).map((g) => g.GroupId))],
      attachment: { instanceId, deviceIndex },
    });
  }
  return out;
}
