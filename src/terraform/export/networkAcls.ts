import type { NaclEntry, NetworkAcl } from '../../model/types.ts';
import type { ExportContext } from './context.ts';
import { attr, block, bool, list, num, ref, resource, str, tags, type Item } from './ir.ts';
import { entryPorts, naclProtocol } from './rules.ts';

/**
 * `aws_network_acl` with one `aws_network_acl_rule` per entry and an
 * `aws_network_acl_association` per subnet that does not use its VPC's default ACL. The default
 * ACL is adopted with `aws_default_network_acl` (entries inline, as that resource takes them)
 * only when its entries differ from AWS's: everything allowed both ways.
 * https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html
 */
export function exportNetworkAcls(ctx: ExportContext): void {
  for (const acl of ctx.scenario.networkAcls) {
    const vpc = ctx.scenario.vpcs.find((v) => v.id === acl.vpcId);
    const vpcAddress = ctx.addresses.get(acl.vpcId);
    if (acl.isDefault && vpcAddress) {
      if (isAwsDefault(acl, vpc?.ipv6CidrBlock !== undefined)) {
        ctx.define(acl.id, `${vpcAddress}.default_network_acl_id`);
        continue;
      }
      const name = ctx.name('aws_default_network_acl', vpc?.name ?? acl.name, 'default');
      const address = `aws_default_network_acl.${name}`;
      ctx.define(acl.id, `${address}.id`, address);
      const blocks = (['ingress', 'egress'] as const).flatMap((direction) =>
        acl[direction].map((entry) => block(direction, inlineEntry(entry))),
      );
      // Every subnet without an ACL of its own uses the default one; listing them keeps the
      // provider from planning to move them.
      const subnets = ctx.scenario.subnets.filter(
        (s) => s.vpcId === acl.vpcId && (s.networkAclId === undefined || s.networkAclId === acl.id),
      );
      ctx.add(
        resource(
          'aws_default_network_acl',
          name,
          [
            ...attr('default_network_acl_id', ref(`${vpcAddress}.default_network_acl_id`)),
            ...attr(
              'subnet_ids',
              subnets.length > 0 ? list(subnets.map((s) => ctx.ref(s.id))) : undefined,
            ),
            ...blocks,
          ],
          [`The default network ACL of ${vpc?.name || 'the VPC'}, whose entries were changed.`],
        ),
      );
      continue;
    }
    const name = ctx.name('aws_network_acl', acl.name, 'acl');
    const address = `aws_network_acl.${name}`;
    ctx.define(acl.id, `${address}.id`, address);
    ctx.add(
      resource('aws_network_acl', name, [...attr('vpc_id', ctx.ref(acl.vpcId)), ...tags(acl.name)]),
    );
    for (const direction of ['ingress', 'egress'] as const) {
      for (const entry of acl[direction]) {
        const ruleName = ctx.name(
          'aws_network_acl_rule',
          `${name}_${direction}_${entry.ruleNumber}`,
          'rule',
        );
        ctx.add(
          resource('aws_network_acl_rule', ruleName, [
            ...attr('network_acl_id', ref(`${address}.id`)),
            ...attr('rule_number', num(entry.ruleNumber)),
            ...attr('egress', bool(direction === 'egress')),
            ...attr('protocol', str(naclProtocol(entry.protocol))),
            ...attr('rule_action', str(entry.action)),
            ...cidr(entry, 'cidr_block', 'ipv6_cidr_block'),
            ...ports(entry),
          ]),
        );
      }
    }
  }
  for (const subnet of ctx.scenario.subnets) {
    const acl = ctx.scenario.networkAcls.find((a) => a.id === subnet.networkAclId);
    if (!acl || acl.isDefault) continue;
    const subnetName = ctx.addresses.get(subnet.id)?.split('.')[1] ?? subnet.name;
    const name = ctx.name('aws_network_acl_association', subnetName, 'subnet');
    ctx.add(
      resource('aws_network_acl_association', name, [
        ...attr('network_acl_id', ctx.ref(acl.id)),
        ...attr('subnet_id', ctx.ref(subnet.id)),
      ]),
    );
  }
}

function isAwsDefault(acl: NetworkAcl, dualStack: boolean): boolean {
  const allowAll = (ruleNumber: number, cidr: string): NaclEntry => ({
    ruleNumber,
    action: 'allow',
    protocol: 'all',
    cidr,
  });
  const expected = [allowAll(100, '0.0.0.0/0'), ...(dualStack ? [allowAll(101, '::/0')] : [])];
  const key = (entries: readonly NaclEntry[]) =>
    JSON.stringify(
      [...entries]
        .sort((a, b) => a.ruleNumber - b.ruleNumber)
        .map(({ ruleNumber, action, protocol, cidr }) => ({ ruleNumber, action, protocol, cidr })),
    );
  const plain = (entries: readonly NaclEntry[]) =>
    entries.every((e) => e.portRange === undefined && e.icmpTypeCode === undefined);
  return (
    plain(acl.ingress) &&
    plain(acl.egress) &&
    key(acl.ingress) === key(expected) &&
    key(acl.egress) === key(expected)
  );
}

function cidr(entry: NaclEntry, v4: string, v6: string): Item[] {
  return attr(entry.cidr.includes(':') ? v6 : v4, str(entry.cidr));
}

function ports(entry: NaclEntry): Item[] {
  if (entry.protocol === 'icmp' || entry.protocol === 'icmpv6') {
    return [
      ...attr('icmp_type', num(entry.icmpTypeCode?.type ?? -1)),
      ...attr('icmp_code', num(entry.icmpTypeCode?.code ?? -1)),
    ];
  }
  const range = entryPorts(entry);
  return range ? [...attr('from_port', num(range.from)), ...attr('to_port', num(range.to))] : [];
}

/** An inline entry of `aws_default_network_acl`: `rule_no`, `action`, ports always written. */
function inlineEntry(entry: NaclEntry): Item[] {
  const range = entryPorts(entry) ?? { from: 0, to: 0 };
  const icmp = entry.protocol === 'icmp' || entry.protocol === 'icmpv6';
  return [
    ...attr('rule_no', num(entry.ruleNumber)),
    ...attr('action', str(entry.action)),
    ...attr('protocol', str(naclProtocol(entry.protocol))),
    ...cidr(entry, 'cidr_block', 'ipv6_cidr_block'),
    ...attr('from_port', num(range.from)),
    ...attr('to_port', num(range.to)),
    ...(icmp
      ? [
          ...attr('icmp_type', num(entry.icmpTypeCode?.type ?? -1)),
          ...attr('icmp_code', num(entry.icmpTypeCode?.code ?? -1)),
        ]
      : []),
  ];
}
