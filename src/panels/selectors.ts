import { routeTargetsFor } from '../model/edit.ts';
import { peeredVpcIds } from '../model/edit/util.ts';
import type { RouteTargetKind } from '../model/types.ts';
import { byId, type StoreState } from '../store/index.ts';

/*
 * Narrow selectors the panels share, beside the store's own (store/selectors.ts). Those that
 * return one entity return the stored object, so a component re-renders only when it is
 * replaced; those that return lists return IDs (wrap them in `useShallow`).
 */

export const selectSecurityGroup = (s: StoreState, id: string) =>
  byId(s.scenario.securityGroups, id);
export const selectNetworkAcl = (s: StoreState, id: string) => byId(s.scenario.networkAcls, id);
export const selectRouteTable = (s: StoreState, id: string) => byId(s.scenario.routeTables, id);
export const selectPeering = (s: StoreState, id: string) => byId(s.scenario.peeringConnections, id);
export const selectInternetHost = (s: StoreState, id: string) => byId(s.scenario.internetHosts, id);

export const selectGroupIdsOfVpc = (s: StoreState, vpcId: string) =>
  s.scenario.securityGroups.filter((g) => g.vpcId === vpcId).map((g) => g.id);
export const selectAclIdsOfVpc = (s: StoreState, vpcId: string) =>
  s.scenario.networkAcls.filter((a) => a.vpcId === vpcId).map((a) => a.id);
export const selectTableIdsOfVpc = (s: StoreState, vpcId: string) =>
  s.scenario.routeTables.filter((t) => t.vpcId === vpcId).map((t) => t.id);
export const selectSubnetIdsOfVpc = (s: StoreState, vpcId: string) =>
  s.scenario.subnets.filter((n) => n.vpcId === vpcId).map((n) => n.id);

export const selectDefaultAclId = (s: StoreState, vpcId: string) =>
  s.scenario.networkAcls.find((a) => a.vpcId === vpcId && a.isDefault)?.id;
export const selectMainTableId = (s: StoreState, vpcId: string) =>
  s.scenario.routeTables.find((t) => t.vpcId === vpcId && t.main)?.id;

/** `name (id)`, or the ID alone for a resource without a name of its own. */
export function nameAndId(
  resource: { readonly id: string; readonly name: string } | undefined,
  id: string,
) {
  const name = resource?.name.trim() ?? '';
  return name === '' || name === id ? id : `${name} (${id})`;
}

/** Groups a rule of this group may name as its peer: those of its VPC and of VPCs peered with it. */
export function selectPeerGroupIds(s: StoreState, groupId: string): string[] {
  const vpcId = selectSecurityGroup(s, groupId)?.vpcId;
  if (vpcId === undefined) return [];
  const vpcs = peeredVpcIds(s.scenario, vpcId).add(vpcId);
  return s.scenario.securityGroups.filter((g) => vpcs.has(g.vpcId)).map((g) => g.id);
}

/** How many instances carry a group. */
export const selectGroupUse = (s: StoreState, groupId: string) =>
  s.scenario.instances.filter((i) => i.securityGroupIds.includes(groupId)).length;

/**
 * Names of the subnets that use an ACL: those associated with it, and for a default ACL those
 * with no association (AWS's implicit association).
 */
export function selectSubnetsUsingAcl(s: StoreState, aclId: string): string[] {
  const acl = selectNetworkAcl(s, aclId);
  if (acl === undefined) return [];
  return s.scenario.subnets
    .filter((n) =>
      n.networkAclId === undefined
        ? acl.isDefault && n.vpcId === acl.vpcId
        : n.networkAclId === aclId,
    )
    .map((n) => n.name || n.id);
}

/** The same for a route table: its subnets, and for a main table those with no association. */
export function selectSubnetsUsingTable(s: StoreState, rtbId: string): string[] {
  const table = selectRouteTable(s, rtbId);
  if (table === undefined) return [];
  return s.scenario.subnets
    .filter((n) =>
      n.routeTableId === undefined
        ? table.main && n.vpcId === table.vpcId
        : n.routeTableId === rtbId,
    )
    .map((n) => n.name || n.id);
}

const TARGET_WORDS: Readonly<Record<RouteTargetKind, string>> = {
  local: 'local',
  'internet-gateway': 'internet gateway',
  'nat-gateway': 'NAT gateway',
  peering: 'peering',
  'transit-gateway': 'transit gateway',
  'egress-only-internet-gateway': 'egress-only internet gateway',
  'vpc-endpoint': 'VPC endpoint',
  'network-interface': 'network interface',
  unmodeled: 'not modelled',
};

/** What a route of this table may point at (routeTargetsFor), as IDs. */
export const selectRouteTargetIds = (s: StoreState, rtbId: string) =>
  routeTargetsFor(s.scenario, rtbId).map((t) => t.id);

/** The same targets as people read them, name first: `three-tier-nat · NAT gateway`. */
export function selectRouteTargetTexts(s: StoreState, rtbId: string): string[] {
  const x = s.scenario;
  const nameOf = (id: string) =>
    [
      ...x.internetGateways,
      ...x.natGateways,
      ...x.peeringConnections,
      ...x.transitGateways,
      ...x.egressOnlyInternetGateways,
      ...x.vpcEndpoints,
      ...x.networkInterfaces,
    ].find((r) => r.id === id)?.name;
  return routeTargetsFor(s.scenario, rtbId).map((t) => {
    const name = nameOf(t.id);
    return `${name && name !== t.id ? name : t.id} · ${TARGET_WORDS[t.kind]}`;
  });
}

/** The gateway endpoint a route belongs to (AWS's route, changed only on the endpoint), if any. */
export const selectGatewayEndpointOfRoute = (s: StoreState, target: string) => {
  const endpoint = byId(s.scenario.vpcEndpoints, target);
  return endpoint?.type === 'gateway' ? endpoint : undefined;
};

/** Customer-managed prefix lists a route may name as its destination: `pl-… (name)` pairs. */
export const selectRoutablePrefixLists = (s: StoreState) =>
  s.scenario.prefixLists.filter((p) => p.managedBy === 'customer').map((p) => `${p.id}\t${p.name}`);
