import { newId } from '../ids.ts';
import type { Instance, Scenario } from '../types.ts';
import { nextFreeAddress, nextPublicIp, PUBLIC_POOLS } from './addressing.ts';
import { privateIpError, publicIpError } from './placement.ts';
import { fail, ok, type EditResult } from './result.ts';
import { groupsForInstanceError } from './sgChecks.ts';
import { ipError } from './syntax.ts';
import {
  defaultGroupOf,
  findById,
  missing,
  nameError,
  newIdError,
  nextName,
  patched,
  updateById,
} from './util.ts';

export interface AddInstanceSpec {
  readonly subnetId: string;
  /** Absent: `instance-N`. */
  readonly name?: string;
  /** Absent: `nextFreeAddress` of the subnet. */
  readonly privateIp?: string;
  /** An address, or `true` for the next free one of the documentation ranges. */
  readonly publicIp?: string | true;
  /** Absent: the VPC's default security group, as AWS attaches at launch. */
  readonly securityGroupIds?: readonly string[];
  readonly id?: string;
}

export const noPublicIpLeft = `No public address is left in ${PUBLIC_POOLS.join(' or ')}.`;

/**
 * Launches an instance into a subnet. Its private address must be one AWS would hand out: inside
 * the subnet, not one of the five reserved, not used in the VPC; its groups belong to the VPC and
 * stay within the quota. https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html
 *
 * @example
 * const r = addInstance(scenario, { subnetId: 'subnet-a', name: 'web', publicIp: true });
 */
export function addInstance(
  scenario: Scenario,
  spec: AddInstanceSpec,
): EditResult<{ scenario: Scenario; instance: Instance }> {
  const subnet = findById(scenario.subnets, spec.subnetId);
  if (subnet === undefined) return fail(missing('Subnet', spec.subnetId));
  const privateIp = spec.privateIp?.trim() ?? nextFreeAddress(scenario, subnet.id);
  if (privateIp === null) {
    return fail(`Subnet ${subnet.id} (${subnet.cidrBlock}) has no free address left.`);
  }
  const publicIp = spec.publicIp === true ? nextPublicIp(scenario) : spec.publicIp?.trim();
  if (publicIp === null) return fail(noPublicIpLeft);
  const fallback = defaultGroupOf(scenario, subnet.vpcId);
  const groups = [
    ...new Set(spec.securityGroupIds ?? (fallback === undefined ? [] : [fallback.id])),
  ];
  const id = spec.id ?? newId('i');
  const problem =
    (spec.name === undefined ? undefined : nameError(spec.name)) ??
    (spec.id === undefined ? undefined : newIdError(scenario, spec.id, 'i')) ??
    privateIpError(scenario, subnet, privateIp) ??
    (publicIp === undefined ? undefined : publicIpError(scenario, publicIp)) ??
    (spec.securityGroupIds !== undefined && groups.length === 0
      ? 'An instance needs at least one security group (AWS requires one per network interface).'
      : undefined) ??
    groupsForInstanceError(scenario, 'the new instance', subnet.vpcId, groups);
  if (problem !== undefined) return fail(problem);
  const instance: Instance = {
    id,
    name:
      spec.name ??
      nextName(
        'instance',
        scenario.instances.map((i) => i.name),
      ),
    subnetId: subnet.id,
    privateIp,
    ...(publicIp === undefined ? {} : { publicIp }),
    securityGroupIds: groups,
  };
  return ok({ scenario: { ...scenario, instances: [...scenario.instances, instance] }, instance });
}

export interface InstancePatch {
  readonly name?: string;
  readonly privateIp?: string;
  /** An address; `true` for a free one (kept if it has one already); `null` removes it. */
  readonly publicIp?: string | null | true;
  /** `null` removes it. */
  readonly ipv6Address?: string | null;
}

/**
 * Renames or re-addresses an instance. Malformed addresses are refused; well-formed ones are
 * kept even outside the subnet or in use, which `validate` reports beside the field.
 *
 * @example
 * updateInstance(scenario, 'i-web', { privateIp: '10.0.0.300' });
 * // { ok: false, error: '10.0.0.300 is not a valid IPv4 address.' }
 */
export function updateInstance(
  scenario: Scenario,
  id: string,
  patch: InstancePatch,
): EditResult<Scenario> {
  const instance = findById(scenario.instances, id);
  if (instance === undefined) return fail(missing('Instance', id));
  const publicIp =
    patch.publicIp === true ? (instance.publicIp ?? nextPublicIp(scenario)) : patch.publicIp;
  if (publicIp === null && patch.publicIp === true) return fail(noPublicIpLeft);
  const problem =
    (patch.name === undefined ? undefined : nameError(patch.name)) ??
    (patch.privateIp === undefined ? undefined : ipError(patch.privateIp, 4)) ??
    (typeof publicIp === 'string' ? ipError(publicIp, 4) : undefined) ??
    (typeof patch.ipv6Address === 'string' ? ipError(patch.ipv6Address, 6) : undefined);
  if (problem !== undefined) return fail(problem);
  const next = patched(instance, {
    name: patch.name,
    privateIp: patch.privateIp?.trim(),
    publicIp: typeof publicIp === 'string' ? publicIp.trim() : publicIp,
    ipv6Address:
      typeof patch.ipv6Address === 'string' ? patch.ipv6Address.trim() : patch.ipv6Address,
  });
  if (next === instance) return ok(scenario);
  return ok({ ...scenario, instances: updateById(scenario.instances, id, () => next) });
}
