import { allOutbound } from '../../model/defaults.ts';
import type { SecurityGroup, SecurityGroupRule } from '../../model/types.ts';
import type { ExportContext } from './context.ts';
import { attr, block, bool, list, num, ref, resource, str, type Expr, type Item } from './ir.ts';
import { snakeCase } from './names.ts';
import { ipProtocol, serviceSlug, peerSlug } from './rules.ts';

/**
 * Security groups as the AWS provider recommends today: `aws_security_group` without inline
 * rules, and one `aws_vpc_security_group_ingress_rule` / `_egress_rule` per rule and peer
 * (https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group).
 * A group Terraform makes has no rule AWS would add, so every egress rule is written too. The
 * default group of a VPC is adopted with `aws_default_security_group` only when its rules differ
 * from AWS's (inbound from itself, all outbound); that resource takes its rules inline.
 * https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html
 */
export function exportSecurityGroups(ctx: ExportContext): void {
  // Every group is named before any rule is written: a rule may name any group.
  const written: Array<[SecurityGroup, string]> = [];
  for (const group of ctx.scenario.securityGroups) {
    const vpcAddress = ctx.addresses.get(group.vpcId);
    if (group.isDefault && isAwsDefault(ctx, group) && vpcAddress) {
      ctx.define(group.id, `${vpcAddress}.default_security_group_id`);
      continue;
    }
    const vpc = ctx.scenario.vpcs.find((v) => v.id === group.vpcId);
    const type = group.isDefault ? 'aws_default_security_group' : 'aws_security_group';
    const name = group.isDefault
      ? ctx.name(type, vpc?.name ?? group.name, 'default')
      : ctx.name(type, group.name, 'group');
    const address = `${type}.${name}`;
    ctx.define(group.id, `${address}.id`, address);
    written.push([group, address]);
  }
  for (const [group, address] of written) {
    if (group.isDefault) {
      exportDefaultGroup(ctx, group, address);
      continue;
    }
    ctx.add(
      resource('aws_security_group', address.split('.')[1] as string, [
        ...attr('name', str(group.name)),
        ...attr('description', group.description.trim() ? str(group.description) : undefined),
        ...attr('vpc_id', ctx.ref(group.vpcId)),
      ]),
    );
    exportRules(ctx, group, address);
  }
}

function isAwsDefault(ctx: ExportContext, group: SecurityGroup): boolean {
  const vpc = ctx.scenario.vpcs.find((v) => v.id === group.vpcId);
  const key = (r: SecurityGroupRule) => JSON.stringify({ ...r, description: undefined });
  const same = (a: readonly SecurityGroupRule[], b: readonly SecurityGroupRule[]) =>
    a.length === b.length && a.map(key).sort().join() === b.map(key).sort().join();
  return (
    same(group.ingress, [{ protocol: 'all', peer: { kind: 'group', groupId: group.id } }]) &&
    same(group.egress, allOutbound(vpc?.ipv6CidrBlock !== undefined))
  );
}

function exportRules(ctx: ExportContext, group: SecurityGroup, address: string): void {
  const groupName = address.slice(address.indexOf('.') + 1);
  for (const direction of ['ingress', 'egress'] as const) {
    const type = `aws_vpc_security_group_${direction}_rule`;
    for (const rule of group[direction]) {
      const wanted = `${groupName}_${serviceSlug(rule)}_${peerSlug(ctx, rule.peer)}`;
      const name = ctx.name(type, wanted, 'rule');
      ctx.add(
        resource(type, name, [
          ...attr('security_group_id', ref(`${address}.id`)),
          ...vpcRule(ctx, rule),
        ]),
      );
    }
  }
}

/** The body of one `aws_vpc_security_group_*_rule`: protocol, ports, its one peer. */
function vpcRule(ctx: ExportContext, rule: SecurityGroupRule): Item[] {
  const ports = rulePorts(rule);
  const peer: Item[] =
    rule.peer.kind === 'cidr'
      ? attr(rule.peer.cidr.includes(':') ? 'cidr_ipv6' : 'cidr_ipv4', str(rule.peer.cidr))
      : rule.peer.kind === 'group'
        ? attr('referenced_security_group_id', ctx.ref(rule.peer.groupId))
        : attr('prefix_list_id', ctx.ref(rule.peer.prefixListId));
  return [
    ...attr('ip_protocol', str(ipProtocol(rule.protocol))),
    ...attr('from_port', ports ? num(ports[0]) : undefined),
    ...attr('to_port', ports ? num(ports[1]) : undefined),
    ...peer,
    ...attr('description', rule.description ? str(rule.description) : undefined),
  ];
}

/** From and to port (ICMP: type and code, -1 for all); none for protocols without ports. */
function rulePorts(rule: SecurityGroupRule): [number, number] | null {
  if (rule.protocol === 'tcp' || rule.protocol === 'udp') {
    const range = rule.portRange ?? { from: 0, to: 65535 };
    return [range.from, range.to];
  }
  if (rule.protocol === 'icmp' || rule.protocol === 'icmpv6') {
    return [rule.icmpTypeCode?.type ?? -1, rule.icmpTypeCode?.code ?? -1];
  }
  return null;
}

/**
 * `aws_default_security_group` with inline `ingress` / `egress` blocks: the provider removes
 * every rule of the default group that the resource does not write.
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group
 */
function exportDefaultGroup(ctx: ExportContext, group: SecurityGroup, address: string): void {
  const name = address.slice(address.indexOf('.') + 1);
  const blocks = (['ingress', 'egress'] as const).flatMap((direction) =>
    group[direction].map((rule) => block(direction, classicRule(ctx, group, rule))),
  );
  ctx.add(
    resource(
      'aws_default_security_group',
      name,
      [...attr('vpc_id', ctx.ref(group.vpcId)), ...blocks],
      [`The default security group of ${snakeCase(name) || 'the VPC'}, whose rules were changed.`],
    ),
  );
}

function classicRule(ctx: ExportContext, group: SecurityGroup, rule: SecurityGroupRule): Item[] {
  const ports = rulePorts(rule) ?? [0, 0];
  let peer: Item[];
  if (rule.peer.kind === 'cidr') {
    const name = rule.peer.cidr.includes(':') ? 'ipv6_cidr_blocks' : 'cidr_blocks';
    peer = attr(name, list([str(rule.peer.cidr)]));
  } else if (rule.peer.kind === 'group') {
    peer =
      rule.peer.groupId === group.id
        ? attr('self', bool(true))
        : attr('security_groups', list([ctx.ref(rule.peer.groupId)]));
  } else peer = attr('prefix_list_ids', list([ctx.ref(rule.peer.prefixListId)]));
  const protocol: Expr = str(ipProtocol(rule.protocol));
  return [
    ...attr('protocol', protocol),
    ...attr('from_port', num(ports[0])),
    ...attr('to_port', num(ports[1])),
    ...peer,
    ...attr('description', rule.description ? str(rule.description) : undefined),
  ];
}
