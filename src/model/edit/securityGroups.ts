import { newSecurityGroup } from '../defaults.ts';
import type { Scenario, SecurityGroup } from '../types.ts';
import { fail, ok, type EditResult } from './result.ts';
import { findById, label, listWords, missing, newIdError, updateById } from './util.ts';

export { presetOf, SG_PRESETS, type SgPreset } from './sgPresets.ts';
export { addSgRule, removeSgRule, updateSgRule, type SgDirection } from './sgRules.ts';
export {
  attachSecurityGroup,
  detachSecurityGroup,
  MAX_GROUPS_PER_INTERFACE,
  setInstanceSecurityGroups,
  setSecurityGroupQuota,
} from './sgAttach.ts';

/**
 * Security groups as a whole: create, rename, delete. Names are required, unique within the VPC
 * (AWS compares them case-insensitively), at most 255 characters, and may not start with `sg-`.
 * https://docs.aws.amazon.com/vpc/latest/userguide/creating-security-groups.html
 */
const TEXT_LIMIT = 255;

function nameProblem(scenario: Scenario, vpcId: string, name: string, self?: string) {
  const trimmed = name.trim();
  if (trimmed === '') return 'A security group needs a name.';
  if (trimmed.length > TEXT_LIMIT) {
    return `A security group name can be at most ${TEXT_LIMIT} characters.`;
  }
  if (trimmed.toLowerCase().startsWith('sg-')) {
    return `Security group names cannot start with "sg-" (AWS keeps that for IDs); "${trimmed}" does.`;
  }
  const clash = scenario.securityGroups.find(
    (g) => g.vpcId === vpcId && g.id !== self && g.name.toLowerCase() === trimmed.toLowerCase(),
  );
  return clash === undefined
    ? undefined
    : `VPC ${vpcId} already has a security group named "${clash.name}" (${clash.id}).`;
}

export interface CreateSecurityGroupSpec {
  readonly vpcId: string;
  readonly name: string;
  /** Absent: the name (AWS requires a description). */
  readonly description?: string;
  readonly id?: string;
}

/**
 * Creates a group with no inbound rules and all outbound, as AWS does.
 *
 * @example
 * const r = createSecurityGroup(scenario, { vpcId: 'vpc-a', name: 'web' });
 */
export function createSecurityGroup(
  scenario: Scenario,
  spec: CreateSecurityGroupSpec,
): EditResult<{ scenario: Scenario; group: SecurityGroup }> {
  const vpc = findById(scenario.vpcs, spec.vpcId);
  if (vpc === undefined) return fail(missing('VPC', spec.vpcId));
  const problem =
    nameProblem(scenario, vpc.id, spec.name) ??
    (spec.description !== undefined && spec.description.length > TEXT_LIMIT
      ? `A security group description can be at most ${TEXT_LIMIT} characters.`
      : undefined) ??
    (spec.id === undefined ? undefined : newIdError(scenario, spec.id, 'sg'));
  if (problem !== undefined) return fail(problem);
  const name = spec.name.trim();
  const group = {
    ...newSecurityGroup(vpc, name, spec.id),
    description: spec.description ?? name,
  };
  return ok({
    scenario: { ...scenario, securityGroups: [...scenario.securityGroups, group] },
    group,
  });
}

/**
 * Renames a group (same rules as creating one). A default group keeps its name `default`.
 *
 * @example
 * renameSecurityGroup(scenario, 'sg-web', 'web-tier');
 */
export function renameSecurityGroup(
  scenario: Scenario,
  id: string,
  name: string,
): EditResult<Scenario> {
  const group = findById(scenario.securityGroups, id);
  if (group === undefined) return fail(missing('Security group', id));
  if (group.isDefault) return fail('A VPC\'s default security group is always named "default".');
  const problem = nameProblem(scenario, group.vpcId, name, id);
  if (problem !== undefined) return fail(problem);
  if (group.name === name.trim()) return ok(scenario);
  return ok({
    ...scenario,
    securityGroups: updateById(scenario.securityGroups, id, (g) => ({ ...g, name: name.trim() })),
  });
}

/**
 * Deletes a group, refused as AWS refuses it: a default group, or one still attached to an
 * instance or named in another group's rule (DependencyViolation).
 * https://docs.aws.amazon.com/vpc/latest/userguide/deleting-security-groups.html
 *
 * @example
 * deleteSecurityGroup(scenario, 'sg-old');
 */
export function deleteSecurityGroup(scenario: Scenario, id: string): EditResult<Scenario> {
  const group = findById(scenario.securityGroups, id);
  if (group === undefined) return fail(missing('Security group', id));
  if (group.isDefault) return fail("A VPC's default security group cannot be deleted.");
  const carriers = scenario.instances.filter((i) => i.securityGroupIds.includes(id));
  if (carriers.length > 0) {
    return fail(
      `Security group ${label(group)} is attached to ${listWords(carriers.map(label))}; detach it first.`,
    );
  }
  const referrers = scenario.securityGroups.filter(
    (g) =>
      g.id !== id &&
      [...g.ingress, ...g.egress].some((r) => r.peer.kind === 'group' && r.peer.groupId === id),
  );
  if (referrers.length > 0) {
    return fail(
      `Security group ${label(group)} is named in rules of ${listWords(referrers.map(label))}; remove those rules first.`,
    );
  }
  return ok({ ...scenario, securityGroups: scenario.securityGroups.filter((g) => g.id !== id) });
}
