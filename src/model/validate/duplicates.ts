import type { Context } from './context.ts';
import { error, type Finding } from './finding.ts';

/**
 * Every reference in a scenario is by ID, so an ID used twice makes the reference ambiguous
 * (AWS never hands out the same ID twice). The first resource keeps the ID; each later one is
 * reported.
 */
export function checkDuplicateIds(ctx: Context): Finding[] {
  const s = ctx.scenario;
  const collections: ReadonlyArray<readonly [string, ReadonlyArray<{ readonly id: string }>]> = [
    ['VPC', s.vpcs],
    ['subnet', s.subnets],
    ['instance', s.instances],
    ['security group', s.securityGroups],
    ['network ACL', s.networkAcls],
    ['route table', s.routeTables],
    ['internet gateway', s.internetGateways],
    ['NAT gateway', s.natGateways],
    ['peering connection', s.peeringConnections],
    ['network interface', s.networkInterfaces],
    ['prefix list', s.prefixLists],
    ['VPC endpoint', s.vpcEndpoints],
    ['egress-only internet gateway', s.egressOnlyInternetGateways],
    ['transit gateway', s.transitGateways],
    ['transit gateway attachment', s.transitGatewayAttachments],
    ['transit gateway route table', s.transitGatewayRouteTables],
    ['flow', s.flows],
  ];
  const firstKind = new Map<string, string>();
  const findings: Finding[] = [];
  for (const [kind, items] of collections) {
    for (const { id } of items) {
      const earlier = firstKind.get(id);
      if (earlier === undefined) {
        firstKind.set(id, kind);
        continue;
      }
      findings.push(
        error(
          'duplicate-id',
          id,
          'id',
          `The ID ${id} of this ${kind} is already used by another ${earlier}.`,
        ),
      );
    }
  }
  return findings;
}
