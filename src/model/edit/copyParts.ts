import { newId } from '../ids.ts';
import { parseCidr } from '../ip.ts';
import type { Instance, Scenario, SecurityGroup, SecurityGroupRule, Subnet } from '../types.ts';
import { nextFreeAddress, nextFreeSubnetCidr, nextPublicIp } from './addressing.ts';
import { noPublicIpLeft } from './instances.ts';
import { fail, ok, type EditResult } from './result.ts';
import { patched } from './util.ts';

/**
 * Copies of single resources, each landing beside its original: an instance in the same subnet at
 * a new address, a subnet in the next free block of its VPC, a group under a new name. IPv6
 * blocks and addresses are not copied: AWS would hand the copy new ones.
 */
export type IdMap = Record<string, string>;

/**
 * Copies an instance into `subnetId` (by default its own subnet), with `groups` (by default its own).
 *
 * @example
 * const r = copyInstance(scenario, instance, idMap); // idMap[instance.id] is the copy's ID
 */
export function copyInstance(
  scenario: Scenario,
  instance: Instance,
  idMap: IdMap,
  into: { subnetId?: string; name?: string } = {},
): EditResult<Scenario> {
  const subnetId = into.subnetId ?? instance.subnetId;
  const privateIp = nextFreeAddress(scenario, subnetId);
  if (privateIp === null)
    return fail(`Subnet ${subnetId} has no free address left for a copy of ${instance.id}.`);
  const publicIp = instance.publicIp === undefined ? undefined : nextPublicIp(scenario);
  if (publicIp === null) return fail(noPublicIpLeft);
  const copy: Instance = {
    id: newId('i'),
    name: into.name ?? `${instance.name} copy`,
    subnetId,
    privateIp,
    ...(publicIp === undefined ? {} : { publicIp }),
    securityGroupIds: [...instance.securityGroupIds],
  };
  idMap[instance.id] = copy.id;
  return ok({ ...scenario, instances: [...scenario.instances, copy] });
}

/**
 * Copies a subnet into the next free block of its VPC (same size, or smaller), with its instances.
 *
 * @example
 * const r = copySubnet(scenario, subnet, idMap);
 */
export function copySubnet(scenario: Scenario, subnet: Subnet, idMap: IdMap): EditResult<Scenario> {
  const prefix = parseCidr(subnet.cidrBlock)?.prefix ?? 24;
  const cidrBlock = nextFreeSubnetCidr(scenario, subnet.vpcId, prefix);
  if (cidrBlock === null) {
    return fail(`VPC ${subnet.vpcId} has no free block left for a copy of subnet ${subnet.id}.`);
  }
  const copy: Subnet = {
    ...patched(subnet, { ipv6CidrBlock: null }),
    id: newId('subnet'),
    name: `${subnet.name} copy`,
    cidrBlock,
  };
  idMap[subnet.id] = copy.id;
  let next: Scenario = { ...scenario, subnets: [...scenario.subnets, copy] };
  for (const instance of scenario.instances.filter((i) => i.subnetId === subnet.id)) {
    const r = copyInstance(next, instance, idMap, { subnetId: copy.id, name: instance.name });
    if (!r.ok) return r;
    next = r.value;
  }
  return ok(next);
}

/**
 * Copies a group in its own VPC as `name-copy` (or `name-copy-2`, …); rules naming itself name the copy.
 *
 * @example
 * const r = copyGroup(scenario, group, idMap); // 'web' → 'web-copy'
 */
export function copyGroup(
  scenario: Scenario,
  group: SecurityGroup,
  idMap: IdMap,
): EditResult<Scenario> {
  const taken = new Set(
    scenario.securityGroups.filter((g) => g.vpcId === group.vpcId).map((g) => g.name.toLowerCase()),
  );
  let name = `${group.name}-copy`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${group.name}-copy-${n}`;
  const id = newId('sg');
  const self = (rule: SecurityGroupRule): SecurityGroupRule =>
    rule.peer.kind === 'group' && rule.peer.groupId === group.id
      ? { ...rule, peer: { kind: 'group', groupId: id } }
      : rule;
  const copy: SecurityGroup = {
    ...group,
    id,
    name: name.slice(0, 255),
    isDefault: false,
    ingress: group.ingress.map(self),
    egress: group.egress.map(self),
  };
  idMap[group.id] = id;
  return ok({ ...scenario, securityGroups: [...scenario.securityGroups, copy] });
}
