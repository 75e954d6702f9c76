import type { Scenario } from '../../model/types.ts';

/** The words for the locked resources: each one's name (else its ID) and kind, in the order locked. */
export function lockedNames(scenario: Scenario, ids: readonly string[]): string[] {
  const byId = new Map<string, string>();
  const lists: [string, readonly { id: string; name: string }[]][] = [
    ['VPC', scenario.vpcs],
    ['subnet', scenario.subnets],
    ['instance', scenario.instances],
    ['security group', scenario.securityGroups],
    ['network ACL', scenario.networkAcls],
    ['route table', scenario.routeTables],
    ['internet gateway', scenario.internetGateways],
    ['NAT gateway', scenario.natGateways],
    ['peering connection', scenario.peeringConnections],
    ['internet host', scenario.internetHosts],
    ['network interface', scenario.networkInterfaces],
    ['prefix list', scenario.prefixLists],
    ['VPC endpoint', scenario.vpcEndpoints],
    ['egress-only internet gateway', scenario.egressOnlyInternetGateways],
    ['transit gateway', scenario.transitGateways],
    ['transit gateway attachment', scenario.transitGatewayAttachments],
    ['transit gateway route table', scenario.transitGatewayRouteTables],
    ['flow', scenario.flows],
  ];
  for (const [kind, list] of lists)
    for (const r of list) byId.set(r.id, `${r.name || r.id} (${kind})`);
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Lockable resources grouped by kind, for the authoring dialog. */
export function lockables(
  scenario: Scenario,
): { kind: string; items: { id: string; name: string }[] }[] {
  const item = (r: { id: string; name: string }) => ({ id: r.id, name: r.name || r.id });
  return [
    { kind: 'Security groups', items: scenario.securityGroups.map(item) },
    { kind: 'Network ACLs', items: scenario.networkAcls.map(item) },
    { kind: 'Route tables', items: scenario.routeTables.map(item) },
    { kind: 'Instances', items: scenario.instances.map(item) },
    { kind: 'Network interfaces', items: scenario.networkInterfaces.map(item) },
    { kind: 'Subnets', items: scenario.subnets.map(item) },
    { kind: 'VPCs', items: scenario.vpcs.map(item) },
    {
      kind: 'Gateways and peering',
      items: [
        ...scenario.internetGateways,
        ...scenario.natGateways,
        ...scenario.peeringConnections,
        ...scenario.egressOnlyInternetGateways,
        ...scenario.vpcEndpoints,
      ].map(item),
    },
    {
      kind: 'Transit gateways',
      items: [
        ...scenario.transitGateways,
        ...scenario.transitGatewayAttachments,
        ...scenario.transitGatewayRouteTables,
      ].map(item),
    },
    { kind: 'Prefix lists', items: scenario.prefixLists.map(item) },
  ].filter((group) => group.items.length > 0);
}
