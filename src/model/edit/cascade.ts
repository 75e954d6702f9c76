import { routeTargetKind, type Scenario } from '../types.ts';
import { applyNetworkDeletion, planNetworkDeletion } from './cascadeNetwork.ts';
import { defaultGroupOf, filterKeep, mapKeep, patched } from './util.ts';

/**
 * What deleting some resources takes with it, and how what remains is mended, as AWS does it:
 * a VPC goes with everything inside it; a subnet with its instances and NAT gateways; routes to a
 * deleted gateway or peering turn into blackholes; subnets fall back to the default ACL and main
 * table. A VPC's default group, default ACL and main table go only with the VPC.
 * https://docs.aws.amazon.com/vpc/latest/userguide/delete-vpc.html
 * https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html (blackhole routes)
 */
export interface DeletionPlan {
  /** Requested IDs that will be deleted, in request order. */
  readonly selected: readonly string[];
  /** Requested IDs that stay: a VPC's default group, default ACL or main table. */
  readonly kept: readonly string[];
  /** Everything that goes. */
  readonly deleted: ReadonlySet<string>;
}

/**
 * What goes when `ids` are deleted (see the rules above).
 *
 * @example
 * planDeletion(scenario, ['subnet-a']).deleted; // subnet-a, its instances, NAT gateways and their flows
 */
export function planDeletion(scenario: Scenario, ids: readonly string[]): DeletionPlan {
  const requested = new Set(ids);
  const vpcGoes = (vpcId: string) => requested.has(vpcId);
  const impliedVpc = new Map([
    ...scenario.securityGroups.filter((g) => g.isDefault).map((g) => [g.id, g.vpcId] as const),
    ...scenario.networkAcls.filter((a) => a.isDefault).map((a) => [a.id, a.vpcId] as const),
    ...scenario.routeTables.filter((t) => t.main).map((t) => [t.id, t.vpcId] as const),
  ]);
  const known = new Set(everyId(scenario));
  const selected: string[] = [];
  const kept: string[] = [];
  for (const id of requested) {
    if (!known.has(id)) continue;
    const vpcId = impliedVpc.get(id);
    if (vpcId !== undefined && !vpcGoes(vpcId)) kept.push(id);
    else selected.push(id);
  }

  const deleted = new Set(selected);
  const vpcs = new Set(scenario.vpcs.filter((v) => deleted.has(v.id)).map((v) => v.id));
  const inVpc = (x: { id: string; vpcId: string }) => {
    if (vpcs.has(x.vpcId)) deleted.add(x.id);
  };
  scenario.subnets.forEach(inVpc);
  scenario.securityGroups.forEach(inVpc);
  scenario.networkAcls.forEach(inVpc);
  scenario.routeTables.forEach(inVpc);
  for (const p of scenario.peeringConnections) {
    if (vpcs.has(p.requesterVpcId) || vpcs.has(p.accepterVpcId)) deleted.add(p.id);
  }
  for (const x of [...scenario.instances, ...scenario.natGateways]) {
    if (deleted.has(x.subnetId)) deleted.add(x.id);
  }
  planNetworkDeletion(scenario, deleted);
  for (const flow of scenario.flows) {
    const names = [flow.source, flow.destination].some(
      (end) => 'instanceId' in end && deleted.has(end.instanceId),
    );
    if (names) deleted.add(flow.id);
  }
  return { selected, kept, deleted };
}

/** How the deletion mended what remains, for the summary. */
export interface DeletionEffects {
  readonly detachedGateways: readonly string[];
  readonly blackholedRoutes: number;
  readonly removedRules: number;
  readonly subnetsToDefaultAcl: number;
  readonly subnetsToMainTable: number;
  readonly instancesRegrouped: number;
}

/**
 * Removes `deleted` and mends what remains; `effects` counts the mending for the summary.
 *
 * @example
 * const { scenario: next, effects } = applyDeletion(scenario, plan.deleted);
 */
export function applyDeletion(
  scenario: Scenario,
  deleted: ReadonlySet<string>,
): { scenario: Scenario; effects: DeletionEffects } {
  const stays = (x: { id: string }) => !deleted.has(x.id);
  const detachedGateways: string[] = [];
  let blackholedRoutes = 0;
  let removedRules = 0;
  let subnetsToDefaultAcl = 0;
  let subnetsToMainTable = 0;
  let instancesRegrouped = 0;

  const subnets = mapKeep(filterKeep(scenario.subnets, stays), (s) => {
    const acl = s.networkAclId !== undefined && deleted.has(s.networkAclId);
    const table = s.routeTableId !== undefined && deleted.has(s.routeTableId);
    if (acl) subnetsToDefaultAcl++;
    if (table) subnetsToMainTable++;
    return patched(s, {
      networkAclId: acl ? null : undefined,
      routeTableId: table ? null : undefined,
    });
  });
  const vpcOf = new Map(subnets.map((s) => [s.id, s.vpcId]));
  const instances = mapKeep(filterKeep(scenario.instances, stays), (i) => {
    const groups = filterKeep(i.securityGroupIds, (g) => !deleted.has(g));
    if (groups === i.securityGroupIds) return i;
    instancesRegrouped++;
    const vpcId = vpcOf.get(i.subnetId);
    const fallback = vpcId === undefined ? undefined : defaultGroupOf(scenario, vpcId);
    const usable = fallback !== undefined && !deleted.has(fallback.id);
    return { ...i, securityGroupIds: groups.length > 0 || !usable ? groups : [fallback.id] };
  });
  const securityGroups = mapKeep(filterKeep(scenario.securityGroups, stays), (g) => {
    const live = (r: (typeof g.ingress)[number]) =>
      (r.peer.kind !== 'group' || !deleted.has(r.peer.groupId)) &&
      (r.peer.kind !== 'prefixList' || !deleted.has(r.peer.prefixListId));
    const ingress = filterKeep(g.ingress, live);
    const egress = filterKeep(g.egress, live);
    removedRules += g.ingress.length - ingress.length + g.egress.length - egress.length;
    return ingress === g.ingress && egress === g.egress ? g : { ...g, ingress, egress };
  });
  // AWS removes a gateway endpoint's routes with it, rather than leaving blackholes.
  const goneEndpoints = new Set(
    scenario.vpcEndpoints.filter((e) => e.type === 'gateway' && deleted.has(e.id)).map((e) => e.id),
  );
  const routeTables = mapKeep(filterKeep(scenario.routeTables, stays), (t) => {
    // A route to a deleted prefix list has no destination left: it goes with the list.
    const routes = mapKeep(
      filterKeep(t.routes, (r) => !deleted.has(r.destination) && !goneEndpoints.has(r.target)),
      (r) => {
        const gone = routeTargetKind(r.target) !== 'local' && deleted.has(r.target);
        if (!gone || r.state === 'blackhole') return r;
        blackholedRoutes++;
        return { ...r, state: 'blackhole' as const };
      },
    );
    return routes === t.routes ? t : { ...t, routes };
  });
  const internetGateways = mapKeep(filterKeep(scenario.internetGateways, stays), (g) => {
    if (g.vpcId === undefined || !deleted.has(g.vpcId)) return g;
    detachedGateways.push(g.id);
    return patched(g, { vpcId: null });
  });

  return {
    scenario: {
      ...scenario,
      vpcs: filterKeep(scenario.vpcs, stays),
      subnets,
      instances,
      securityGroups,
      networkAcls: filterKeep(scenario.networkAcls, stays),
      routeTables,
      internetGateways,
      natGateways: filterKeep(scenario.natGateways, stays),
      peeringConnections: filterKeep(scenario.peeringConnections, stays),
      internetHosts: filterKeep(scenario.internetHosts, stays),
      flows: filterKeep(scenario.flows, stays),
      ...applyNetworkDeletion(scenario, deleted),
    },
    effects: {
      detachedGateways,
      blackholedRoutes,
      removedRules,
      subnetsToDefaultAcl,
      subnetsToMainTable,
      instancesRegrouped,
    },
  };
}

function everyId(scenario: Scenario): string[] {
  return [
    ...scenario.vpcs,
    ...scenario.subnets,
    ...scenario.instances,
    ...scenario.securityGroups,
    ...scenario.networkAcls,
    ...scenario.routeTables,
    ...scenario.internetGateways,
    ...scenario.natGateways,
    ...scenario.peeringConnections,
    ...scenario.internetHosts,
    ...scenario.flows,
    ...scenario.networkInterfaces,
    ...scenario.prefixLists,
    ...scenario.vpcEndpoints,
    ...scenario.egressOnlyInternetGateways,
    ...scenario.transitGateways,
    ...scenario.transitGatewayAttachments,
    ...scenario.transitGatewayRouteTables,
  ].map((x) => x.id);
}
