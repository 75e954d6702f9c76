import { isIp } from '../../model/ip.ts';
import type { NetworkInterface } from '../../model/types.ts';
import type { ImportContext } from './context.ts';
import { assumePrivateIp, interfaceGroups, type InterfaceNeeds } from './interfaceParts.ts';
import { nameOf, readChecked, readInteger, readString, readStringList, tagsOf } from './read.ts';
import { readId } from './refs.ts';
import { vpcProblem } from './vpcs.ts';

const IPV4_LIST = 'a list of IPv4 addresses';

/**
 * `aws_network_interface`: its subnet, addresses (`private_ip`, else the first of
 * `private_ip_list` or `private_ips`; the others are secondary), groups (else the VPC's default
 * group) and Elastic IP. Attachments are read afterwards (attachInterfaces).
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html
 */
export function importNetworkInterfaces(
  ctx: ImportContext,
  needs: InterfaceNeeds,
): Map<string, NetworkInterface> {
  const out = new Map<string, NetworkInterface>();
  for (const instance of ctx.ofType('aws_network_interface')) {
    const attrs = ctx.attributes(instance);
    const subnetRead = readId(ctx, attrs, 'subnet_id', ['subnet']);
    const subnet = subnetRead.kind === 'id' ? needs.subnets.get(subnetRead.id) : undefined;
    if (subnet === undefined) {
      ctx.warn(
        instance.address,
        `${vpcProblem(subnetRead, 'subnet_id')}; the interface is left out`,
      );
      continue;
    }
    const id = ctx.ids.get(instance.address) as string;
    const listed = knownAddresses(ctx, instance.address);
    const primary = listed[0] ?? assumePrivateIp(ctx, needs, instance.address, id, subnet);
    if (primary === null) continue;
    const elastic = needs.elasticIps.get(id);
    const ipv6 = readStringList(
      attrs,
      'ipv6_addresses',
      (s) => isIp(s, 6),
      'a list of IPv6 addresses',
    );
    const description = readString(attrs, 'description');
    const tags = tagsOf(attrs);
    out.set(id, {
      id,
      name: nameOf(attrs),
      ...(description.kind === 'value' ? { description: description.value.slice(0, 255) } : {}),
      kind: 'other',
      subnetId: subnet.id,
      privateIp: primary,
      secondaryPrivateIps: listed.slice(1).map((address) => ({ address })),
      ...(elastic ? { publicIp: elastic.publicIp, publicIpSource: 'elastic' as const } : {}),
      ipv6Addresses: ipv6.kind === 'value' ? ipv6.value : [],
      securityGroupIds: interfaceGroups(ctx, attrs, ['security_groups'], subnet.vpcId, needs),
      ...(tags ? { tags } : {}),
    });
    ctx.read.add(instance.address);
  }
  return out;
}

/** The private IPv4 addresses of an interface known in the plan, the primary first. */
export function knownAddresses(ctx: ImportContext, address: string): string[] {
  const instance = ctx.ofType('aws_network_interface').find((i) => i.address === address);
  if (!instance) return [];
  const attrs = ctx.attributes(instance);
  const primary = readChecked(attrs, 'private_ip', (s) => isIp(s, 4), 'an IPv4 address');
  const ordered = readStringList(attrs, 'private_ip_list', (s) => isIp(s, 4), IPV4_LIST);
  const unordered = readStringList(attrs, 'private_ips', (s) => isIp(s, 4), IPV4_LIST);
  const list =
    ordered.kind === 'value' && ordered.value.length > 0
      ? ordered.value
      : unordered.kind === 'value'
        ? unordered.value
        : [];
  const first = primary.kind === 'value' ? primary.value : list[0];
  return first === undefined ? [] : [first, ...list.filter((a) => a !== first)];
}

export interface Attachment {
  readonly interfaceId: string;
  readonly instanceId: string;
  readonly deviceIndex: number;
  readonly address: string;
}

/**
 * Which instance each interface is attached to, at which device index: `network_interface`
 * blocks of `aws_instance` (index 0 makes it the instance's primary interface), `attachment`
 * blocks of `aws_network_interface`, and `aws_network_interface_attachment`.
 */
export function interfaceAttachments(ctx: ImportContext): Attachment[] {
  const out: Attachment[] = [];
  const add = (
    address: string,
    interfaceId: string | undefined,
    instanceId: string | undefined,
    index: number | undefined,
  ) => {
    if (interfaceId === undefined || instanceId === undefined || index === undefined) return;
    if (!out.some((a) => a.interfaceId === interfaceId))
      out.push({ interfaceId, instanceId, deviceIndex: index, address });
  };
  const id = (read: ReturnType<typeof readId>) => (read.kind === 'id' ? read.id : undefined);
  const index = (read: ReturnType<typeof readInteger>) =>
    read.kind === 'value' ? read.value : undefined;
  for (const instance of ctx.ofType('aws_instance')) {
    const attrs = ctx.attributes(instance);
    const self = ctx.ids.get(instance.address);
    for (const block of attrs.blocks('network_interface')) {
      add(
        instance.address,
        id(readId(ctx, block, 'network_interface_id', ['eni'])),
        self,
        index(readInteger(block, 'device_index')),
      );
    }
  }
  for (const eni of ctx.ofType('aws_network_interface')) {
    const attrs = ctx.attributes(eni);
    for (const block of attrs.blocks('attachment')) {
      add(
        eni.address,
        ctx.ids.get(eni.address),
        id(readId(ctx, block, 'instance', ['i'])),
        index(readInteger(block, 'device_index')),
      );
    }
  }
  for (const link of ctx.ofType('aws_network_interface_attachment')) {
    const attrs = ctx.attributes(link);
    add(
      link.address,
      id(readId(ctx, attrs, 'network_interface_id', ['eni'])),
      id(readId(ctx, attrs, 'instance_id', ['i'])),
      index(readInteger(attrs, 'device_index')),
    );
    ctx.read.add(link.address);
  }
  return out;
}

/** `aws_network_interface_sg_attachment`: a group added to an interface. */
export function groupAttachments(
  ctx: ImportContext,
): Array<{ interfaceId: string; groupId: string }> {
  const out: Array<{ interfaceId: string; groupId: string }> = [];
  for (const link of ctx.ofType('aws_network_interface_sg_attachment')) {
    const attrs = ctx.attributes(link);
    const eni = readId(ctx, attrs, 'network_interface_id', ['eni']);
    const group = readId(ctx, attrs, 'security_group_id', ['sg']);
    if (eni.kind !== 'id' || group.kind !== 'id') {
      const problem =
        eni.kind !== 'id'
          ? vpcProblem(eni, 'network_interface_id')
          : vpcProblem(group, 'security_group_id');
      ctx.warn(link.address, `${problem}; the group attachment is left out`);
      continue;
    }
    out.push({ interfaceId: eni.id, groupId: group.id });
    ctx.read.add(link.address);
  }
  return out;
}
