import type { Context } from './context.ts';
import { error, type Finding } from './finding.ts';

/**
 * A VPC endpoint and an egress-only internet gateway belong to a VPC; a gateway endpoint's route
 * tables and an interface endpoint's subnets (one per Availability Zone), groups and interfaces
 * are of that VPC. https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html
 */
export function checkEndpoints(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  const missing = (id: string, field: string, what: string, ref: string) =>
    findings.push(
      error(
        'missing-reference',
        id,
        field,
        `VPC endpoint ${id} refers to ${what} ${ref}, which does not exist.`,
      ),
    );
  const otherVpc = (
    id: string,
    field: string,
    what: string,
    ref: string,
    vpcId: string,
    own: string,
  ) =>
    findings.push(
      error(
        'reference-other-vpc',
        id,
        field,
        `VPC endpoint ${id} of ${own} names ${what} ${ref} of VPC ${vpcId}.`,
      ),
    );
  for (const e of ctx.scenario.vpcEndpoints) {
    if (!ctx.vpcs.has(e.vpcId)) missing(e.id, 'vpcId', 'VPC', e.vpcId);
    e.routeTableIds.forEach((id, i) => {
      const table = ctx.routeTables.get(id);
      if (table === undefined) missing(e.id, `routeTableIds[${i}]`, 'route table', id);
      else if (table.vpcId !== e.vpcId)
        otherVpc(e.id, `routeTableIds[${i}]`, 'route table', id, table.vpcId, e.vpcId);
    });
    const zones = new Map<string, string>();
    e.subnetIds.forEach((id, i) => {
      const field = `subnetIds[${i}]`;
      const subnet = ctx.subnets.get(id);
      if (subnet === undefined) return missing(e.id, field, 'subnet', id);
      if (subnet.vpcId !== e.vpcId) otherVpc(e.id, field, 'subnet', id, subnet.vpcId, e.vpcId);
      const first = zones.get(subnet.availabilityZone);
      if (first === undefined) zones.set(subnet.availabilityZone, id);
      else
        findings.push(
          error(
            'endpoint-subnets-per-zone',
            e.id,
            field,
            `VPC endpoint ${e.id} has a second subnet in ${subnet.availabilityZone} (${id}, after ${first}); AWS takes one subnet per Availability Zone.`,
          ),
        );
    });
    e.securityGroupIds.forEach((id, i) => {
      const group = ctx.securityGroups.get(id);
      if (group === undefined) missing(e.id, `securityGroupIds[${i}]`, 'security group', id);
      else if (group.vpcId !== e.vpcId)
        otherVpc(e.id, `securityGroupIds[${i}]`, 'security group', id, group.vpcId, e.vpcId);
    });
    e.networkInterfaceIds.forEach((id, i) => {
      if (!ctx.networkInterfaces.has(id))
        missing(e.id, `networkInterfaceIds[${i}]`, 'network interface', id);
    });
    if (e.prefixListId !== undefined && !ctx.prefixLists.has(e.prefixListId))
      missing(e.id, 'prefixListId', 'prefix list', e.prefixListId);
  }
  for (const g of ctx.scenario.egressOnlyInternetGateways) {
    if (g.vpcId !== undefined && !ctx.vpcs.has(g.vpcId))
      findings.push(
        error(
          'missing-reference',
          g.id,
          'vpcId',
          `Egress-only internet gateway ${g.id} refers to VPC ${g.vpcId}, which does not exist.`,
        ),
      );
  }
  return findings;
}
