import type { Context } from './context.ts';
import { error, type Finding } from './finding.ts';

/**
 * References by ID that point at nothing, or at a resource of another VPC where AWS requires the
 * same VPC: a subnet's network ACL and route table, and an instance's security groups, must
 * belong to the subnet's VPC.
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html
 * https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html
 */
export function checkReferences(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  const missing = (kind: string, id: string, field: string, targetKind: string, ref: string) =>
    findings.push(
      error(
        'missing-reference',
        id,
        field,
        `${kind} ${id} refers to ${targetKind} ${ref}, which does not exist.`,
      ),
    );
  const vpc = (kind: string, id: string, field: string, ref: string) => {
    if (!ctx.vpcs.has(ref)) missing(kind, id, field, 'VPC', ref);
  };

  for (const subnet of ctx.scenario.subnets) {
    vpc('Subnet', subnet.id, 'vpcId', subnet.vpcId);
    const sameVpc = (
      field: string,
      targetKind: string,
      ref: string,
      target?: { vpcId: string },
    ) => {
      if (target === undefined) missing('Subnet', subnet.id, field, targetKind, ref);
      else if (target.vpcId !== subnet.vpcId) {
        findings.push(
          error(
            'reference-other-vpc',
            subnet.id,
            field,
            `Subnet ${subnet.id} uses ${targetKind} ${ref} of VPC ${target.vpcId}, but the subnet is in VPC ${subnet.vpcId}.`,
          ),
        );
      }
    };
    if (subnet.networkAclId !== undefined) {
      const acl = ctx.networkAcls.get(subnet.networkAclId);
      sameVpc('networkAclId', 'network ACL', subnet.networkAclId, acl);
    }
    if (subnet.routeTableId !== undefined) {
      const table = ctx.routeTables.get(subnet.routeTableId);
      sameVpc('routeTableId', 'route table', subnet.routeTableId, table);
    }
  }

  for (const instance of ctx.scenario.instances) {
    const subnet = ctx.subnets.get(instance.subnetId);
    if (subnet === undefined) {
      missing('Instance', instance.id, 'subnetId', 'subnet', instance.subnetId);
    }
    instance.securityGroupIds.forEach((groupId, i) => {
      const field = `securityGroupIds[${i}]`;
      const group = ctx.securityGroups.get(groupId);
      if (group === undefined) missing('Instance', instance.id, field, 'security group', groupId);
      else if (subnet !== undefined && group.vpcId !== subnet.vpcId) {
        findings.push(
          error(
            'reference-other-vpc',
            instance.id,
            field,
            `Instance ${instance.id} uses security group ${groupId} of VPC ${group.vpcId}, but the instance is in VPC ${subnet.vpcId}.`,
          ),
        );
      }
    });
  }

  for (const group of ctx.scenario.securityGroups) {
    vpc('Security group', group.id, 'vpcId', group.vpcId);
    for (const direction of ['ingress', 'egress'] as const) {
      group[direction].forEach((rule, i) => {
        if (rule.peer.kind === 'group' && !ctx.securityGroups.has(rule.peer.groupId)) {
          const field = `${direction}[${i}].peer.groupId`;
          missing('Security group', group.id, field, 'security group', rule.peer.groupId);
        }
        if (rule.peer.kind === 'prefixList' && !ctx.prefixLists.has(rule.peer.prefixListId)) {
          const field = `${direction}[${i}].peer.prefixListId`;
          missing('Security group', group.id, field, 'prefix list', rule.peer.prefixListId);
        }
      });
    }
  }

  for (const acl of ctx.scenario.networkAcls) vpc('Network ACL', acl.id, 'vpcId', acl.vpcId);
  for (const table of ctx.scenario.routeTables) vpc('Route table', table.id, 'vpcId', table.vpcId);
  for (const igw of ctx.scenario.internetGateways) {
    if (igw.vpcId !== undefined) vpc('Internet gateway', igw.id, 'vpcId', igw.vpcId);
  }
  for (const nat of ctx.scenario.natGateways) {
    if (!ctx.subnets.has(nat.subnetId)) {
      missing('NAT gateway', nat.id, 'subnetId', 'subnet', nat.subnetId);
    }
  }
  for (const pcx of ctx.scenario.peeringConnections) {
    vpc('Peering connection', pcx.id, 'requesterVpcId', pcx.requesterVpcId);
    vpc('Peering connection', pcx.id, 'accepterVpcId', pcx.accepterVpcId);
  }
  for (const flow of ctx.scenario.flows) {
    for (const end of ['source', 'destination'] as const) {
      const endpoint = flow[end];
      if ('instanceId' in endpoint && !ctx.instances.has(endpoint.instanceId)) {
        missing('Flow', flow.id, `${end}.instanceId`, 'instance', endpoint.instanceId);
      }
      if (
        'interfaceId' in endpoint &&
        !ctx.interfaces.some((eni) => eni.interfaceId === endpoint.interfaceId)
      ) {
        missing('Flow', flow.id, `${end}.interfaceId`, 'network interface', endpoint.interfaceId);
      }
    }
  }
  return findings;
}
