import type { Scenario } from '../types.ts';
import { filterKeep, mapKeep, patched } from './util.ts';

/**
 * The cascade of deletion for the resources of version 2: interfaces go with their subnet,
 * endpoints and attachments with their VPC, a transit gateway's attachments and route tables with
 * it; what remains loses its references to what went (an attachment's subnet, an endpoint's route
 * table, a propagation), as AWS does.
 * https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html
 * https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html
 */
export function planNetworkDeletion(scenario: Scenario, deleted: Set<string>): void {
  const vpcGone = (id: string | undefined) => id !== undefined && deleted.has(id);
  for (const e of scenario.networkInterfaces) if (deleted.has(e.subnetId)) deleted.add(e.id);
  for (const e of scenario.vpcEndpoints) {
    // An endpoint goes with its VPC, and its interfaces go with it (AWS deletes them).
    if (vpcGone(e.vpcId)) deleted.add(e.id);
    if (deleted.has(e.id)) for (const id of e.networkInterfaceIds) deleted.add(id);
  }
  for (const t of scenario.transitGateways) {
    if (!deleted.has(t.id)) continue;
    for (const a of scenario.transitGatewayAttachments)
      if (a.transitGatewayId === t.id) deleted.add(a.id);
    for (const r of scenario.transitGatewayRouteTables)
      if (r.transitGatewayId === t.id) deleted.add(r.id);
  }
  for (const a of scenario.transitGatewayAttachments) if (vpcGone(a.vpcId)) deleted.add(a.id);
  for (const flow of scenario.flows) {
    const names = [flow.source, flow.destination].some(
      (end) => 'interfaceId' in end && deleted.has(end.interfaceId),
    );
    if (names) deleted.add(flow.id);
  }
}

/** The version 2 lists once `deleted` is gone, with their references to it mended. */
export function applyNetworkDeletion(
  scenario: Scenario,
  deleted: ReadonlySet<string>,
): Pick<
  Scenario,
  | 'networkInterfaces'
  | 'prefixLists'
  | 'vpcEndpoints'
  | 'egressOnlyInternetGateways'
  | 'transitGateways'
  | 'transitGatewayAttachments'
  | 'transitGatewayRouteTables'
> {
  const stays = (x: { id: string } | string) => !deleted.has(typeof x === 'string' ? x : x.id);
  return {
    networkInterfaces: mapKeep(filterKeep(scenario.networkInterfaces, stays), (e) => {
      const groups = filterKeep(e.securityGroupIds, stays);
      const detach = e.attachment !== undefined && deleted.has(e.attachment.instanceId);
      if (groups === e.securityGroupIds && !detach) return e;
      return patched({ ...e, securityGroupIds: groups }, { attachment: detach ? null : undefined });
    }),
    prefixLists: filterKeep(scenario.prefixLists, stays),
    vpcEndpoints: mapKeep(filterKeep(scenario.vpcEndpoints, stays), (e) => {
      const routeTableIds = filterKeep(e.routeTableIds, stays);
      const subnetIds = filterKeep(e.subnetIds, stays);
      const securityGroupIds = filterKeep(e.securityGroupIds, stays);
      const networkInterfaceIds = filterKeep(e.networkInterfaceIds, stays);
      const same =
        routeTableIds === e.routeTableIds &&
        subnetIds === e.subnetIds &&
        securityGroupIds === e.securityGroupIds &&
        networkInterfaceIds === e.networkInterfaceIds;
      return same ? e : { ...e, routeTableIds, subnetIds, securityGroupIds, networkInterfaceIds };
    }),
    egressOnlyInternetGateways: mapKeep(
      filterKeep(scenario.egressOnlyInternetGateways, stays),
      (g) => (g.vpcId !== undefined && deleted.has(g.vpcId) ? patched(g, { vpcId: null }) : g),
    ),
    transitGateways: mapKeep(filterKeep(scenario.transitGateways, stays), (t) =>
      patched(t, {
        associationDefaultRouteTableId:
          t.associationDefaultRouteTableId !== undefined &&
          deleted.has(t.associationDefaultRouteTableId)
            ? null
            : undefined,
        propagationDefaultRouteTableId:
          t.propagationDefaultRouteTableId !== undefined &&
          deleted.has(t.propagationDefaultRouteTableId)
            ? null
            : undefined,
      }),
    ),
    transitGatewayAttachments: mapKeep(
      filterKeep(scenario.transitGatewayAttachments, stays),
      (a) => {
        const subnetIds = filterKeep(a.subnetIds, stays);
        const unassociate =
          a.associatedRouteTableId !== undefined && deleted.has(a.associatedRouteTableId);
        if (subnetIds === a.subnetIds && !unassociate) return a;
        return patched(
          { ...a, subnetIds },
          { associatedRouteTableId: unassociate ? null : undefined },
        );
      },
    ),
    transitGatewayRouteTables: mapKeep(
      filterKeep(scenario.transitGatewayRouteTables, stays),
      (t) => {
        const propagations = filterKeep(t.propagations, stays);
        // A route to a deleted attachment stays, as a blackhole, as AWS shows it.
        const routes = mapKeep(t.routes, (r) =>
          r.attachmentId !== undefined && deleted.has(r.attachmentId) && r.state !== 'blackhole'
            ? { ...r, state: 'blackhole' as const }
            : r,
        );
        return propagations === t.propagations && routes === t.routes
          ? t
          : { ...t, propagations, routes };
      },
    ),
  };
}
