import { newNetworkAcl } from '../defaults.ts';
import type { NetworkAcl, Scenario } from '../types.ts';
import { fail, ok, type EditResult } from './result.ts';
import { findById, mapKeep, missing, nameError, newIdError, patched, updateById } from './util.ts';

export {
  addNaclEntry,
  FIRST_RULE_NUMBER,
  LAST_RULE_NUMBER,
  moveNaclEntry,
  nextRuleNumber,
  removeNaclEntry,
  renumberNaclEntries,
  updateNaclEntry,
  type NaclDirection,
} from './naclEntries.ts';

/**
 * Network ACLs as a whole: create, rename, delete, associate. A subnet with no association uses
 * its VPC's default ACL, which cannot be deleted.
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html
 */

export interface CreateNetworkAclSpec {
  readonly vpcId: string;
  readonly name: string;
  readonly id?: string;
}

/**
 * Creates an ACL with no entries, so its `*` rules deny everything until rules are added, as a
 * new custom ACL does in AWS.
 *
 * @example
 * const r = createNetworkAcl(scenario, { vpcId: 'vpc-a', name: 'private' });
 */
export function createNetworkAcl(
  scenario: Scenario,
  spec: CreateNetworkAclSpec,
): EditResult<{ scenario: Scenario; acl: NetworkAcl }> {
  const vpc = findById(scenario.vpcs, spec.vpcId);
  if (vpc === undefined) return fail(missing('VPC', spec.vpcId));
  const problem =
    nameError(spec.name) ??
    (spec.id === undefined ? undefined : newIdError(scenario, spec.id, 'acl'));
  if (problem !== undefined) return fail(problem);
  const acl = newNetworkAcl(vpc, spec.name, spec.id);
  return ok({ scenario: { ...scenario, networkAcls: [...scenario.networkAcls, acl] }, acl });
}

/**
 * @example
 * renameNetworkAcl(scenario, 'acl-a', 'private');
 */
export function renameNetworkAcl(
  scenario: Scenario,
  id: string,
  name: string,
): EditResult<Scenario> {
  const acl = findById(scenario.networkAcls, id);
  if (acl === undefined) return fail(missing('Network ACL', id));
  const problem = nameError(name);
  if (problem !== undefined) return fail(problem);
  const next = patched(acl, { name });
  return ok(
    next === acl
      ? scenario
      : { ...scenario, networkAcls: updateById(scenario.networkAcls, id, () => next) },
  );
}

/**
 * Deletes a custom ACL; the subnets it served fall back to their VPC's default ACL.
 *
 * @example
 * deleteNetworkAcl(scenario, 'acl-old');
 */
export function deleteNetworkAcl(scenario: Scenario, id: string): EditResult<Scenario> {
  const acl = findById(scenario.networkAcls, id);
  if (acl === undefined) return fail(missing('Network ACL', id));
  if (acl.isDefault) return fail("A VPC's default network ACL cannot be deleted.");
  return ok({
    ...scenario,
    networkAcls: scenario.networkAcls.filter((a) => a.id !== id),
    subnets: mapKeep(scenario.subnets, (s) =>
      s.networkAclId === id ? patched(s, { networkAclId: null }) : s,
    ),
  });
}

/**
 * Associates a subnet with an ACL of its own VPC; `null` returns it to the VPC's default ACL.
 *
 * @example
 * associateNetworkAcl(scenario, 'subnet-db', 'acl-private');
 */
export function associateNetworkAcl(
  scenario: Scenario,
  subnetId: string,
  aclId: string | null,
): EditResult<Scenario> {
  const subnet = findById(scenario.subnets, subnetId);
  if (subnet === undefined) return fail(missing('Subnet', subnetId));
  if (aclId !== null) {
    const acl = findById(scenario.networkAcls, aclId);
    if (acl === undefined) return fail(missing('Network ACL', aclId));
    if (acl.vpcId !== subnet.vpcId) {
      return fail(
        `Network ACL ${aclId} belongs to ${acl.vpcId}, but subnet ${subnetId} is in ${subnet.vpcId}.`,
      );
    }
  }
  const next = patched(subnet, { networkAclId: aclId });
  return ok(
    next === subnet
      ? scenario
      : { ...scenario, subnets: updateById(scenario.subnets, subnetId, () => next) },
  );
}
