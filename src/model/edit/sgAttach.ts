import type { Instance, Scenario } from '../types.ts';
import { fail, ok, type EditResult } from './result.ts';
import { groupsForInstanceError } from './sgChecks.ts';
import { findById, missing, updateById, vpcIdOfSubnetId } from './util.ts';

/**
 * Which groups an instance carries. An interface carries at least one group and at most the
 * quota (5 by default, up to 16), all of its own VPC.
 * https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html
 */
export const MAX_GROUPS_PER_INTERFACE = 16;

/**
 * @example
 * attachSecurityGroup(scenario, 'i-web', 'sg-web');
 */
export function attachSecurityGroup(
  scenario: Scenario,
  instanceId: string,
  groupId: string,
): EditResult<Scenario> {
  const instance = findById(scenario.instances, instanceId);
  if (instance === undefined) return fail(missing('Instance', instanceId));
  const group = findById(scenario.securityGroups, groupId);
  if (group === undefined) return fail(missing('Security group', groupId));
  const vpcId = vpcIdOfSubnetId(scenario, instance.subnetId);
  if (vpcId !== undefined && group.vpcId !== vpcId) {
    return fail(
      `Security group ${groupId} belongs to ${group.vpcId}, but instance ${instanceId} is in ${vpcId}.`,
    );
  }
  if (instance.securityGroupIds.includes(groupId)) {
    return fail(`Security group ${groupId} is already attached to ${instanceId}.`);
  }
  const quota = scenario.quotas.securityGroupsPerInterface;
  const has = instance.securityGroupIds.length;
  if (has >= quota) {
    return fail(
      `An instance can carry at most ${quota} security groups (the scenario's quota); ${instanceId} already has ${has}.`,
    );
  }
  return ok(withGroups(scenario, instance, [...instance.securityGroupIds, groupId]));
}

/**
 * @example
 * detachSecurityGroup(scenario, 'i-web', 'sg-old');
 */
export function detachSecurityGroup(
  scenario: Scenario,
  instanceId: string,
  groupId: string,
): EditResult<Scenario> {
  const instance = findById(scenario.instances, instanceId);
  if (instance === undefined) return fail(missing('Instance', instanceId));
  if (!instance.securityGroupIds.includes(groupId)) {
    return fail(`Security group ${groupId} is not attached to ${instanceId}.`);
  }
  if (instance.securityGroupIds.length === 1) {
    return fail(
      `${instanceId} must keep at least one security group (AWS requires one per network interface).`,
    );
  }
  const groups = instance.securityGroupIds.filter((g) => g !== groupId);
  return ok(withGroups(scenario, instance, groups));
}

/**
 * Replaces an instance's groups at once (a multi-select in the inspector): at least one, all of
 * its VPC, within the quota; duplicates are dropped.
 *
 * @example
 * setInstanceSecurityGroups(scenario, 'i-web', ['sg-web', 'sg-ssh']);
 */
export function setInstanceSecurityGroups(
  scenario: Scenario,
  instanceId: string,
  groupIds: readonly string[],
): EditResult<Scenario> {
  const instance = findById(scenario.instances, instanceId);
  if (instance === undefined) return fail(missing('Instance', instanceId));
  const groups = [...new Set(groupIds)];
  if (groups.length === 0) {
    return fail(
      `${instanceId} must keep at least one security group (AWS requires one per network interface).`,
    );
  }
  const vpcId = vpcIdOfSubnetId(scenario, instance.subnetId);
  const problem =
    vpcId === undefined
      ? undefined
      : groupsForInstanceError(scenario, `instance ${instanceId}`, vpcId, groups);
  if (problem !== undefined) return fail(problem);
  const same =
    groups.length === instance.securityGroupIds.length &&
    groups.every((g, i) => g === instance.securityGroupIds[i]);
  return ok(same ? scenario : withGroups(scenario, instance, groups));
}

/**
 * Sets the scenario's security-groups-per-interface quota: 1 to 16, and not below what an
 * instance already carries.
 *
 * @example
 * setSecurityGroupQuota(scenario, 10);
 */
export function setSecurityGroupQuota(scenario: Scenario, n: number): EditResult<Scenario> {
  if (!Number.isInteger(n) || n < 1 || n > MAX_GROUPS_PER_INTERFACE) {
    return fail(
      `The security group quota must be a whole number from 1 to ${MAX_GROUPS_PER_INTERFACE} (AWS's maximum); ${n} is not.`,
    );
  }
  const busiest = scenario.instances.reduce<Instance | undefined>(
    (top, i) =>
      top === undefined || i.securityGroupIds.length > top.securityGroupIds.length ? i : top,
    undefined,
  );
  if (busiest !== undefined && busiest.securityGroupIds.length > n) {
    const has = busiest.securityGroupIds.length;
    return fail(
      `Instance ${busiest.id} carries ${has} security groups, so the quota cannot go below ${has}.`,
    );
  }
  if (scenario.quotas.securityGroupsPerInterface === n) return ok(scenario);
  return ok({ ...scenario, quotas: { ...scenario.quotas, securityGroupsPerInterface: n } });
}

function withGroups(scenario: Scenario, instance: Instance, groups: string[]): Scenario {
  return {
    ...scenario,
    instances: updateById(scenario.instances, instance.id, (i) => ({
      ...i,
      securityGroupIds: groups,
    })),
  };
}
