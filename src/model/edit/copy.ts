import type { Scenario } from '../types.ts';
import { copyGroup, copyInstance, copySubnet, type IdMap } from './copyParts.ts';
import { copyVpc } from './copyVpc.ts';
import { fail, ok, type EditResult } from './result.ts';
import { findById, vpcIdOfSubnetId } from './util.ts';

/**
 * Duplicates the selection: instances, subnets, security groups and whole VPCs. Whatever lies
 * inside a selected VPC or subnet is copied with it once, not twice. Gateways, ACLs and route
 * tables are copied only as part of their VPC.
 *
 * @example
 * const r = duplicateResources(scenario, ['i-web']);
 * if (r.ok) select(r.value.idMap['i-web']);
 */
export function duplicateResources(
  scenario: Scenario,
  ids: readonly string[],
): EditResult<{ scenario: Scenario; idMap: Record<string, string> }> {
  const wanted = [...new Set(ids)];
  const vpcs = new Set(wanted.filter((id) => findById(scenario.vpcs, id) !== undefined));
  const subnets = new Set(
    wanted.filter((id) => {
      const s = findById(scenario.subnets, id);
      return s !== undefined && !vpcs.has(s.vpcId);
    }),
  );
  const coveredByVpc = (vpcId: string | undefined) => vpcId !== undefined && vpcs.has(vpcId);
  const plan: Array<(s: Scenario, idMap: IdMap) => EditResult<Scenario>> = [];
  for (const id of wanted) {
    const vpc = findById(scenario.vpcs, id);
    if (vpc !== undefined) {
      plan.push((s, m) => copyVpc(s, vpc, m));
      continue;
    }
    const subnet = findById(scenario.subnets, id);
    if (subnet !== undefined) {
      if (subnets.has(id)) plan.push((s, m) => copySubnet(s, subnet, m));
      continue;
    }
    const instance = findById(scenario.instances, id);
    if (instance !== undefined) {
      const inCopiedSubnet =
        subnets.has(instance.subnetId) ||
        coveredByVpc(vpcIdOfSubnetId(scenario, instance.subnetId));
      if (!inCopiedSubnet) plan.push((s, m) => copyInstance(s, instance, m));
      continue;
    }
    const group = findById(scenario.securityGroups, id);
    if (group !== undefined) {
      if (!vpcs.has(group.vpcId)) plan.push((s, m) => copyGroup(s, group, m));
      continue;
    }
    const partOfVpc =
      coveredByVpc(findById(scenario.networkAcls, id)?.vpcId) ||
      coveredByVpc(findById(scenario.routeTables, id)?.vpcId) ||
      coveredByVpc(findById(scenario.internetGateways, id)?.vpcId) ||
      coveredByVpc(vpcIdOfSubnetId(scenario, findById(scenario.natGateways, id)?.subnetId ?? ''));
    if (partOfVpc) continue;
    // Typed as lists of IDs: TypeScript's union of these element types depends on check order.
    const lists: readonly (readonly { readonly id: string }[])[] = [
      scenario.networkAcls,
      scenario.routeTables,
      scenario.internetGateways,
      scenario.natGateways,
      scenario.peeringConnections,
      scenario.internetHosts,
      scenario.flows,
    ];
    const exists = lists.some((items) => findById(items, id) !== undefined);
    if (!exists) return fail(`${id} does not exist.`);
    return fail(
      `${id} cannot be duplicated on its own: only VPCs, subnets, instances and security groups can.`,
    );
  }
  const idMap: IdMap = {};
  let next = scenario;
  for (const step of plan) {
    const r = step(next, idMap);
    if (!r.ok) return r;
    next = r.value;
  }
  return ok({ scenario: next, idMap });
}
