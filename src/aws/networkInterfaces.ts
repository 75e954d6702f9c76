import type { Instance, NetworkInterface } from '../model/types.ts';
import { addressesOf } from './addresses.ts';
import { interfaceOwner, type InterfaceOwner } from './managedInterfaces.ts';
import type { AwsNetworkInterface } from './schema/networkInterfaces.ts';
import { nameFrom, tagsOf } from './tags.ts';
import type { ImportWarnings } from './warnings.ts';

/** What naming and linking an interface needs from the rest of the bundle. */
export interface InterfaceContext {
  /** Subnets of the scenario: their zone and VPC. */
  readonly subnets: ReadonlyMap<string, { readonly zone: string; readonly vpcId: string }>;
  /** Instances of the scenario, by ID. */
  readonly instances: ReadonlyMap<string, Instance>;
  /** Instances the bundle lists as terminated or shutting-down. */
  readonly goneInstances: ReadonlySet<string>;
  /** The name of a resource an interface belongs to (an endpoint, a NAT gateway…), by ID. */
  readonly nameOf: (id: string) => string | undefined;
}

/**
 * Every network interface besides instances' primary ones: the instances' other interfaces
 * (`fromInstances`, read from describe-instances) and what `describe-network-interfaces` lists
 * (`NetworkInterfaces`), one record per interface ID. An interface both list is read from
 * describe-network-interfaces (it prints tags and the interface type) and keeps its instance
 * link. An instance's primary interface stays inline in the instance. An interface attached to a
 * terminated instance stays, without the link; one in a subnet that is not in the bundle is left
 * out with a warning.
 */
export function networkInterfacesFromAws(
  listed: readonly AwsNetworkInterface[],
  fromInstances: readonly NetworkInterface[],
  ctx: InterfaceContext,
  warnings: ImportWarnings,
): NetworkInterface[] {
  const byId = new Map(fromInstances.map((n) => [n.id, n]));
  const order = fromInstances.map((n) => n.id);
  for (const eni of listed) {
    const instanceId = eni.Attachment?.InstanceId;
    const instance = instanceId === undefined ? undefined : ctx.instances.get(instanceId);
    if (instance && isPrimary(eni, instance)) continue;
    if (instanceId !== undefined && !instance && !ctx.goneInstances.has(instanceId)) {
      warnings.add(
        eni.NetworkInterfaceId,
        `is attached to ${instanceId}, which is not in the bundle (Reservations); it is read as an interface of its own`,
      );
    }
    const known = byId.get(eni.NetworkInterfaceId);
    const deviceIndex = known?.attachment?.deviceIndex ?? eni.Attachment?.DeviceIndex;
    const attachment =
      instance && deviceIndex !== undefined && deviceIndex >= 1 && deviceIndex <= 31
        ? { instanceId: instance.id, deviceIndex }
        : known?.attachment;
    if (!byId.has(eni.NetworkInterfaceId)) order.push(eni.NetworkInterfaceId);
    byId.set(eni.NetworkInterfaceId, interfaceFromAws(eni, attachment, instance, ctx, warnings));
  }
  const out: NetworkInterface[] = [];
  for (const id of order) {
    const eni = byId.get(id);
    if (!eni) continue;
    if (!ctx.subnets.has(eni.subnetId)) {
      warnings.add(
        id,
        `is in ${eni.subnetId}, which is not in the bundle (Subnets); it is left out`,
      );
      continue;
    }
    out.push(eni);
  }
  return out;
}

/** The interface at device index 0 of the first network card stands for its instance. */
function isPrimary(eni: AwsNetworkInterface, instance: Instance): boolean {
  if (instance.primaryInterfaceId !== undefined)
    return instance.primaryInterfaceId === eni.NetworkInterfaceId;
  return eni.Attachment?.DeviceIndex === 0 && (eni.Attachment.NetworkCardIndex ?? 0) === 0;
}

function interfaceFromAws(
  eni: AwsNetworkInterface,
  attachment: NetworkInterface['attachment'],
  instance: Instance | undefined,
  ctx: InterfaceContext,
  warnings: ImportWarnings,
): NetworkInterface {
  const id = eni.NetworkInterfaceId;
  const subnet = ctx.subnets.get(eni.SubnetId);
  const zone = eni.AvailabilityZone ?? subnet?.zone;
  const owner = interfaceOwner({
    Description: eni.Description,
    InterfaceType: eni.InterfaceType,
    RequesterId: eni.RequesterId,
    instanceId: attachment?.instanceId,
  });
  if (owner.unmodelled !== undefined) {
    const vpcId = eni.VpcId ?? subnet?.vpcId;
    warnings.add(
      owner.owner ?? id,
      `${owner.unmodelled} is not modelled: its interfaces are endpoints, but traffic it forwards is not evaluated`,
      [id, ...(owner.owner === undefined ? [] : [owner.owner]), ...(vpcId ? [vpcId] : [])],
    );
  }
  if (owner.loadBalancer !== undefined) {
    // Load balancers as intermediate hops are not modelled (spec/cli-analyze.md, `<file>`).
    warnings.add(
      owner.loadBalancer,
      `load balancer ${owner.what}: a flow to one of its interfaces is evaluated, but what it forwards to its targets is not modelled`,
      [id],
    );
  }
  if ((eni.Ipv4Prefixes?.length ?? 0) > 0 || (eni.Ipv6Prefixes?.length ?? 0) > 0) {
    const prefixes = [
      ...(eni.Ipv4Prefixes ?? []).map((p) => p.Ipv4Prefix),
      ...(eni.Ipv6Prefixes ?? []).map((p) => p.Ipv6Prefix),
    ];
    warnings.add(
      id,
      `prefixes delegated to it (${prefixes.join(', ')}) are not modelled; their addresses belong to no interface here`,
      [id],
    );
  }
  const a = addressesOf(eni);
  const tags = tagsOf(eni.TagSet);
  const description = eni.Description?.trim();
  return {
    id,
    name: nameFrom(
      eni.TagSet,
      derivedName(id, owner, zone, instance, attachment, description, ctx),
    ),
    ...(description ? { description: description.slice(0, 255) } : {}),
    kind: owner.kind,
    subnetId: eni.SubnetId,
    ...(a.privateIp === undefined ? {} : { privateIp: a.privateIp }),
    secondaryPrivateIps: a.secondaryPrivateIps,
    ...(a.publicIp === undefined ? {} : { publicIp: a.publicIp }),
    ...(a.publicIp !== undefined && a.publicIpSource !== undefined
      ? { publicIpSource: a.publicIpSource }
      : {}),
    ipv6Addresses: a.ipv6Addresses,
    securityGroupIds: [...new Set((eni.Groups ?? []).map((g) => g.GroupId))],
    ...(attachment === undefined ? {} : { attachment }),
    ...(tags === undefined ? {} : { tags }),
  };
}

/**
 * A readable name for an interface without a `Name` tag: what it belongs to and, for services
 * with an interface per zone, the zone (`my-alb (us-east-1a)`, as the Terraform importer names
 * them), so that each interface can be named on the command line.
 */
function derivedName(
  id: string,
  owner: InterfaceOwner,
  zone: string | undefined,
  instance: Instance | undefined,
  attachment: NetworkInterface['attachment'],
  description: string | undefined,
  ctx: InterfaceContext,
): string {
  const inZone = (what: string) => (zone === undefined ? what : `${what} (${zone})`);
  const named = owner.owner === undefined ? undefined : ctx.nameOf(owner.owner);
  switch (owner.kind) {
    case 'rds':
    case 'load-balancer':
    case 'lambda':
      return inZone(owner.what);
    case 'interface-endpoint':
    case 'transit-gateway-attachment':
      return inZone(named ?? owner.what);
    case 'nat-gateway':
      return `${named ?? owner.what} interface`;
    case 'instance':
      return instance && attachment
        ? `${instance.name} (device ${attachment.deviceIndex})`
        : (description ?? id);
    default:
      return owner.unmodelled !== undefined ? inZone(owner.what) : description || id;
  }
}
