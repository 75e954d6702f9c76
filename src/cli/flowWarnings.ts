import type { ScopedWarning } from '../aws/index.ts';
import type { Trace } from '../engine/index.ts';
import type { Endpoint, Scenario } from '../model/types.ts';

/**
 * The import warnings that concern one flow: those whose scope (VPC, transit gateway, interface,
 * endpoint… IDs) meets what the flow's path touches, so that what the engine does not model is
 * said with every flow whose path it could change (spec/cli-analyze.md, `<file>`).
 */
export function warningsForFlow(
  scenario: Scenario,
  trace: Trace,
  ends: readonly Endpoint[],
  scoped: readonly ScopedWarning[],
): string[] {
  if (scoped.length === 0) return [];
  const touched = touchedIds(scenario, trace, ends);
  return scoped.filter((w) => w.scope.some((id) => touched.has(id))).map((w) => w.line);
}

/** Every resource the path names, with the VPCs and transit gateways they belong to. */
function touchedIds(scenario: Scenario, trace: Trace, ends: readonly Endpoint[]): Set<string> {
  const parents = parentsOf(scenario);
  const out = new Set<string>();
  const add = (id: string | undefined) => {
    const stack = id === undefined ? [] : [id];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (out.has(next)) continue;
      out.add(next);
      stack.push(...(parents.get(next) ?? []));
    }
  };
  for (const hop of trace.hops) {
    add(hop.resourceId);
    add(hop.subnetId);
  }
  for (const end of ends) {
    if ('instanceId' in end) add(end.instanceId);
    if ('interfaceId' in end) add(end.interfaceId);
  }
  return out;
}

/** What each resource belongs to: its subnet, VPC, transit gateway, primary interface. */
function parentsOf(s: Scenario): Map<string, string[]> {
  const parents = new Map<string, string[]>();
  const link = (id: string, ...of: (string | undefined)[]) => {
    const list = parents.get(id) ?? [];
    for (const p of of) if (p !== undefined) list.push(p);
    parents.set(id, list);
  };
  for (const x of s.subnets) link(x.id, x.vpcId);
  for (const x of s.instances) link(x.id, x.subnetId, x.primaryInterfaceId);
  for (const x of s.networkInterfaces) link(x.id, x.subnetId, x.attachment?.instanceId);
  for (const x of [...s.securityGroups, ...s.networkAcls, ...s.routeTables, ...s.vpcEndpoints])
    link(x.id, x.vpcId);
  for (const x of [...s.internetGateways, ...s.egressOnlyInternetGateways]) link(x.id, x.vpcId);
  for (const x of s.natGateways) link(x.id, x.subnetId);
  for (const x of s.peeringConnections) link(x.id, x.requesterVpcId, x.accepterVpcId);
  for (const x of s.transitGatewayAttachments) link(x.id, x.transitGatewayId, x.vpcId);
  for (const x of s.transitGatewayRouteTables) link(x.id, x.transitGatewayId);
  return parents;
}
