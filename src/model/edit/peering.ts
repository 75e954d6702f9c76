import { newId } from '../ids.ts';
import { parseCidr, rangesOverlap } from '../ip.ts';
import type { PeeringConnection, Scenario, Vpc } from '../types.ts';
import { fail, ok, type EditResult } from './result.ts';
import {
  findById,
  isDeadPeering,
  missing,
  nameError,
  newIdError,
  nextName,
  patched,
  updateById,
} from './util.ts';

/**
 * VPC peering. AWS refuses a peering of a VPC with itself, a second one between the same two VPCs,
 * and one between VPCs whose IPv4 blocks overlap.
 * https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-limitations
 */
export interface AddPeeringSpec {
  readonly requesterVpcId: string;
  readonly accepterVpcId: string;
  /** Absent: `pcx-N`. */
  readonly name?: string;
  readonly id?: string;
}

/**
 * Creates an active peering (as if both sides had accepted it).
 *
 * @example
 * const r = addPeeringConnection(scenario, { requesterVpcId: 'vpc-a', accepterVpcId: 'vpc-b' });
 */
export function addPeeringConnection(
  scenario: Scenario,
  spec: AddPeeringSpec,
): EditResult<{ scenario: Scenario; peering: PeeringConnection }> {
  const requester = findById(scenario.vpcs, spec.requesterVpcId);
  if (requester === undefined) return fail(missing('VPC', spec.requesterVpcId));
  const accepter = findById(scenario.vpcs, spec.accepterVpcId);
  if (accepter === undefined) return fail(missing('VPC', spec.accepterVpcId));
  if (requester.id === accepter.id) return fail('A VPC cannot be peered with itself.');
  const existing = scenario.peeringConnections.find(
    (p) =>
      !isDeadPeering(p) &&
      ((p.requesterVpcId === requester.id && p.accepterVpcId === accepter.id) ||
        (p.requesterVpcId === accepter.id && p.accepterVpcId === requester.id)),
  );
  if (existing !== undefined) {
    return fail(`VPCs ${requester.id} and ${accepter.id} are already peered by ${existing.id}.`);
  }
  const clash = overlap(requester, accepter);
  if (clash !== undefined) {
    return fail(
      `${requester.id} (${clash[0]}) and ${accepter.id} (${clash[1]}) have overlapping IPv4 CIDR blocks, so they cannot be peered.`,
    );
  }
  const problem =
    (spec.name === undefined ? undefined : nameError(spec.name)) ??
    (spec.id === undefined ? undefined : newIdError(scenario, spec.id, 'pcx'));
  if (problem !== undefined) return fail(problem);
  const peering: PeeringConnection = {
    id: spec.id ?? newId('pcx'),
    name:
      spec.name ??
      nextName(
        'pcx',
        scenario.peeringConnections.map((p) => p.name),
      ),
    requesterVpcId: requester.id,
    accepterVpcId: accepter.id,
    status: 'active',
  };
  return ok({
    scenario: { ...scenario, peeringConnections: [...scenario.peeringConnections, peering] },
    peering,
  });
}

function overlap(a: Vpc, b: Vpc): readonly [string, string] | undefined {
  for (const left of a.cidrBlocks) {
    const l = parseCidr(left);
    for (const right of b.cidrBlocks) {
      const r = parseCidr(right);
      if (l !== null && r !== null && rangesOverlap(l, r)) return [left, right];
    }
  }
  return undefined;
}

export interface PeeringPatch {
  readonly name?: string;
  readonly status?: PeeringConnection['status'];
}

/**
 * Renames a peering or changes its status (a teaching scenario may leave one pending).
 *
 * @example
 * updatePeeringConnection(scenario, 'pcx-ab', { status: 'pending-acceptance' });
 */
export function updatePeeringConnection(
  scenario: Scenario,
  id: string,
  patch: PeeringPatch,
): EditResult<Scenario> {
  const pcx = findById(scenario.peeringConnections, id);
  if (pcx === undefined) return fail(missing('Peering connection', id));
  const problem = patch.name === undefined ? undefined : nameError(patch.name);
  if (problem !== undefined) return fail(problem);
  const next = patched(pcx, { name: patch.name, status: patch.status });
  if (next === pcx) return ok(scenario);
  return ok({
    ...scenario,
    peeringConnections: updateById(scenario.peeringConnections, id, () => next),
  });
}
