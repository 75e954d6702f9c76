import { parseCidr, rangeContains, rangesOverlap } from '../ip.ts';
import { newId } from '../ids.ts';
import type { Scenario, Subnet } from '../types.ts';
import { nextFreeSubnetCidr, SUBNET_PREFIX_LARGEST, SUBNET_PREFIX_SMALLEST } from './addressing.ts';
import { fail, ok, type EditResult } from './result.ts';
import { cidrError } from './syntax.ts';
import { findById, missing, nameError, newIdError, nextName, patched, updateById } from './util.ts';

export interface AddSubnetSpec {
  readonly vpcId: string;
  /** Absent: `nextFreeSubnetCidr` (a /24, or smaller when no /24 is left). */
  readonly cidrBlock?: string;
  /** Absent: `subnet-N`. */
  readonly name?: string;
  /** Absent: `us-east-1a`. */
  readonly availabilityZone?: string;
  readonly id?: string;
}

export const DEFAULT_AVAILABILITY_ZONE = 'us-east-1a';

/**
 * Adds a subnet to a VPC. A block is refused as AWS refuses it: malformed, not /16–/28, outside
 * every block of the VPC, or overlapping another subnet of the VPC.
 * https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
 *
 * @example
 * const r = addSubnet(scenario, { vpcId: 'vpc-a', name: 'web' });
 * if (r.ok) select(r.value.subnet.id);
 */
export function addSubnet(
  scenario: Scenario,
  spec: AddSubnetSpec,
): EditResult<{ scenario: Scenario; subnet: Subnet }> {
  const vpc = findById(scenario.vpcs, spec.vpcId);
  if (vpc === undefined) return fail(missing('VPC', spec.vpcId));
  const cidrBlock = spec.cidrBlock?.trim() ?? nextFreeSubnetCidr(scenario, vpc.id);
  if (cidrBlock === null) {
    return fail(`VPC ${vpc.id} has no free block left for a subnet, not even a /28.`);
  }
  const problem =
    cidrError(cidrBlock, 4) ??
    placementError(scenario, vpc.id, cidrBlock) ??
    (spec.name === undefined ? undefined : nameError(spec.name)) ??
    (spec.id === undefined ? undefined : newIdError(scenario, spec.id, 'subnet'));
  if (problem !== undefined) return fail(problem);
  const subnet: Subnet = {
    id: spec.id ?? newId('subnet'),
    name:
      spec.name ??
      nextName(
        'subnet',
        scenario.subnets.map((s) => s.name),
      ),
    vpcId: vpc.id,
    cidrBlock,
    availabilityZone: spec.availabilityZone ?? DEFAULT_AVAILABILITY_ZONE,
  };
  return ok({ scenario: { ...scenario, subnets: [...scenario.subnets, subnet] }, subnet });
}

/** Size, containment and overlap, for a block that parsed. */
function placementError(scenario: Scenario, vpcId: string, text: string): string | undefined {
  const range = parseCidr(text);
  const vpc = findById(scenario.vpcs, vpcId);
  if (range === null || vpc === undefined) return undefined;
  if (range.prefix < SUBNET_PREFIX_LARGEST) {
    return `Subnet CIDR ${text} is larger than /${SUBNET_PREFIX_LARGEST}, the largest block AWS allows.`;
  }
  if (range.prefix > SUBNET_PREFIX_SMALLEST) {
    return `Subnet CIDR ${text} is smaller than /${SUBNET_PREFIX_SMALLEST}, the smallest block AWS allows.`;
  }
  const inside = vpc.cidrBlocks.some((c) => {
    const block = parseCidr(c);
    return block !== null && rangeContains(block, range);
  });
  if (!inside) return `${text} is not inside VPC ${vpc.id} (${vpc.cidrBlocks.join(', ')}).`;
  for (const other of scenario.subnets) {
    if (other.vpcId !== vpcId) continue;
    const taken = parseCidr(other.cidrBlock);
    if (taken !== null && rangesOverlap(taken, range)) {
      return `${text} overlaps subnet ${other.id} (${other.cidrBlock}) in VPC ${vpcId}.`;
    }
  }
  return undefined;
}

export interface SubnetPatch {
  readonly name?: string;
  readonly cidrBlock?: string;
  /** `null` removes the IPv6 block. */
  readonly ipv6CidrBlock?: string | null;
  readonly availabilityZone?: string;
}

/**
 * Renames a subnet or changes its blocks or zone. A malformed block is refused; a well-formed one
 * is kept even when it is outside the VPC or overlaps, which `validate` reports beside the field
 * while the person is still fixing it.
 *
 * @example
 * updateSubnet(scenario, 'subnet-a', { cidrBlock: '10.0.0.0/33' });
 * // { ok: false, error: '10.0.0.0/33 is not a valid IPv4 CIDR block.' }
 */
export function updateSubnet(
  scenario: Scenario,
  id: string,
  patch: SubnetPatch,
): EditResult<Scenario> {
  const subnet = findById(scenario.subnets, id);
  if (subnet === undefined) return fail(missing('Subnet', id));
  const problem =
    (patch.name === undefined ? undefined : nameError(patch.name)) ??
    (patch.cidrBlock === undefined ? undefined : cidrError(patch.cidrBlock, 4)) ??
    (typeof patch.ipv6CidrBlock === 'string' ? cidrError(patch.ipv6CidrBlock, 6) : undefined);
  if (problem !== undefined) return fail(problem);
  const next = patched(subnet, {
    name: patch.name,
    cidrBlock: patch.cidrBlock?.trim(),
    ipv6CidrBlock:
      typeof patch.ipv6CidrBlock === 'string' ? patch.ipv6CidrBlock.trim() : patch.ipv6CidrBlock,
    availabilityZone: patch.availabilityZone,
  });
  if (next === subnet) return ok(scenario);
  return ok({ ...scenario, subnets: updateById(scenario.subnets, id, () => next) });
}
