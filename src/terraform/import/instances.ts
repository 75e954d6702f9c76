import { isIp } from '../../model/ip.ts';
import type { Instance, NetworkInterface } from '../../model/types.ts';
import type { ResourceInstance } from '../format/instances.ts';
import type { Attributes } from '../references/attributes.ts';
import type { ImportContext } from './context.ts';
import {
  assumePrivateIp,
  assumePublicIp,
  interfaceGroups,
  type InterfaceNeeds,
} from './interfaceParts.ts';
import type { Attachment } from './networkInterfaces.ts';
import { nameOf, readBool, readChecked, readString, readStringList, tagsOf } from './read.ts';
import { readId } from './refs.ts';
import type { ImportedSubnet } from './vpcs.ts';
import { vpcProblem } from './vpcs.ts';

const STATES = new Set([
  'pending',
  'running',
  'shutting-down',
  'terminated',
  'stopping',
  'stopped',
]);

interface Pending {
  readonly instance: ResourceInstance;
  readonly attrs: Attributes;
  readonly subnet: ImportedSubnet;
  readonly privateIp: string | undefined;
}

/**
 * `aws_instance`, holding its primary interface inline: its own subnet, addresses and groups, or
 * those of the `aws_network_interface` attached at device index 0 (which then is not listed
 * apart). A private address AWS picks at apply is the first free address of the subnet (after
 * every address the plan knows); a public address comes from an Elastic IP, else from
 * `associate_public_ip_address`, else from the subnet's `map_public_ip_on_launch`
 * (https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html#vpc-public-ipv4-addresses).
 */
export function importInstances(
  ctx: ImportContext,
  needs: InterfaceNeeds,
  interfaces: Map<string, NetworkInterface>,
  attachments: readonly Attachment[],
): Instance[] {
  const primaryOf = new Map(
    attachments.filter((a) => a.deviceIndex === 0).map((a) => [a.instanceId, a.interfaceId]),
  );
  const pending: Pending[] = [];
  const out: Instance[] = [];
  for (const instance of ctx.ofType('aws_instance')) {
    const attrs = ctx.attributes(instance);
    const id = ctx.ids.get(instance.address) as string;
    const eni = interfaces.get(primaryOf.get(id) ?? '');
    if (eni) {
      // Launched on an existing interface: that interface is the instance's primary one.
      interfaces.delete(eni.id);
      out.push(withInstanceFields(ctx, attrs, id, fromInterface(eni), needs));
      ctx.read.add(instance.address);
      continue;
    }
    const subnetRead = readId(ctx, attrs, 'subnet_id', ['subnet']);
    const subnet = subnetRead.kind === 'id' ? needs.subnets.get(subnetRead.id) : undefined;
    if (subnet === undefined) {
      ctx.warn(
        instance.address,
        `${vpcProblem(subnetRead, 'subnet_id')}; the instance is left out`,
      );
      continue;
    }
    const privateIp = readChecked(attrs, 'private_ip', (s) => isIp(s, 4), 'an IPv4 address');
    pending.push({
      instance,
      attrs,
      subnet,
      privateIp: privateIp.kind === 'value' ? privateIp.value : undefined,
    });
  }
  for (const { instance, attrs, subnet, privateIp: known } of pending) {
    const id = ctx.ids.get(instance.address) as string;
    const privateIp = known ?? assumePrivateIp(ctx, needs, instance.address, id, subnet);
    if (privateIp === null) continue;
    const ipv6 = readStringList(
      attrs,
      'ipv6_addresses',
      (s) => isIp(s, 6),
      'a list of IPv6 addresses',
    );
    if (ipv6.kind === 'unknown' && subnet.ipv6CidrBlock !== undefined) {
      ctx.warn(instance.address, `${ipv6.reason}; its IPv6 address is left out`);
    }
    const secondary = readStringList(
      attrs,
      'secondary_private_ips',
      (s) => isIp(s, 4),
      'a list of IPv4 addresses',
    );
    const [firstIpv6, ...otherIpv6] = ipv6.kind === 'value' ? ipv6.value : [];
    const own: Instance = {
      id,
      name: '',
      subnetId: subnet.id,
      privateIp,
      ...publicAddress(ctx, attrs, subnet, id, needs),
      ...(firstIpv6 === undefined ? {} : { ipv6Address: firstIpv6 }),
      ...(otherIpv6.length > 0 ? { secondaryIpv6Addresses: otherIpv6 } : {}),
      ...(secondary.kind === 'value' && secondary.value.length > 0
        ? { secondaryPrivateIps: secondary.value.map((address) => ({ address })) }
        : {}),
      securityGroupIds: interfaceGroups(
        ctx,
        attrs,
        ['vpc_security_group_ids', 'security_groups'],
        subnet.vpcId,
        needs,
      ),
    };
    out.push(withInstanceFields(ctx, attrs, id, own, needs));
    ctx.read.add(instance.address);
  }
  return out;
}

/** The instance record made from the interface it was launched on. */
function fromInterface(eni: NetworkInterface): Instance {
  const [firstIpv6, ...otherIpv6] = eni.ipv6Addresses;
  return {
    id: '',
    name: '',
    subnetId: eni.subnetId,
    privateIp: eni.privateIp ?? '',
    ...(eni.publicIp ? { publicIp: eni.publicIp } : {}),
    ...(eni.publicIpSource ? { publicIpSource: eni.publicIpSource } : {}),
    ...(firstIpv6 === undefined ? {} : { ipv6Address: firstIpv6 }),
    ...(otherIpv6.length > 0 ? { secondaryIpv6Addresses: otherIpv6 } : {}),
    ...(eni.secondaryPrivateIps.length > 0 ? { secondaryPrivateIps: eni.secondaryPrivateIps } : {}),
    securityGroupIds: eni.securityGroupIds,
    primaryInterfaceId: eni.id,
  };
}

/** Name, tags, state and the primary interface's ID, which every instance record carries. */
function withInstanceFields(
  ctx: ImportContext,
  attrs: Attributes,
  id: string,
  record: Instance,
  needs: InterfaceNeeds,
): Instance {
  const tags = tagsOf(attrs);
  const state = readString(attrs, 'instance_state');
  const eniId = readId(ctx, attrs, 'primary_network_interface_id', ['eni']);
  const elastic = needs.elasticIps.get(id);
  return {
    ...record,
    id,
    name: nameOf(attrs),
    ...(elastic ? { publicIp: elastic.publicIp, publicIpSource: 'elastic' as const } : {}),
    ...(record.primaryInterfaceId === undefined &&
    eniId.kind === 'outside' &&
    /^eni-[0-9a-zA-Z]+$/.test(eniId.value)
      ? { primaryInterfaceId: eniId.value }
      : {}),
    ...(state.kind === 'value' && STATES.has(state.value)
      ? { state: state.value as Instance['state'] }
      : {}),
    ...(tags ? { tags } : {}),
  };
}

function publicAddress(
  ctx: ImportContext,
  attrs: Attributes,
  subnet: ImportedSubnet,
  id: string,
  needs: InterfaceNeeds,
): Pick<Instance, 'publicIp' | 'publicIpSource'> {
  if (needs.elasticIps.has(id)) return {};
  const known = readChecked(attrs, 'public_ip', (s) => isIp(s, 4), 'an IPv4 address');
  if (known.kind === 'value') return { publicIp: known.value, publicIpSource: 'auto' };
  // In a state (or a plan's prior state) every value is known: no public_ip means none.
  if (ctx.document.kind === 'state' || ctx.document.view === 'prior_state') return {};
  const associate = readBool(attrs, 'associate_public_ip_address');
  const wanted = associate.kind === 'value' ? associate.value : subnet.mapPublicIp;
  if (!wanted) return {};
  const why =
    associate.kind === 'value'
      ? 'associate_public_ip_address is true'
      : `${subnet.name} has map_public_ip_on_launch`;
  return {
    publicIp: assumePublicIp(ctx, needs, attrs.instance.address, id, why),
    publicIpSource: 'auto',
  };
}
