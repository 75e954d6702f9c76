import type { Scenario, VpcEndpoint } from '../types.ts';
import { fail, ok, type EditResult } from './result.ts';
import { groupsForInstanceError } from './sgChecks.ts';
import { findById, missing, nameError, patched, updateById } from './util.ts';

/**
 * The settings of an endpoint and of an egress-only internet gateway that the panels edit: names,
 * an endpoint's state and whether its policy is AWS's default, an interface endpoint's groups
 * (which are its interfaces' groups), and where an egress-only gateway is attached.
 * https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html
 * https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html
 */

export interface VpcEndpointPatch {
  readonly name?: string;
  readonly state?: VpcEndpoint['state'];
  /** False: a policy other than the default full access (the engine warns: not modelled). */
  readonly policyIsDefault?: boolean;
}

/**
 * @example
 * updateVpcEndpoint(scenario, 'vpce-s3', { state: 'pending' });
 */
export function updateVpcEndpoint(
  scenario: Scenario,
  id: string,
  patch: VpcEndpointPatch,
): EditResult<Scenario> {
  const endpoint = findById(scenario.vpcEndpoints, id);
  if (endpoint === undefined) return fail(missing('VPC endpoint', id));
  const problem = patch.name === undefined ? undefined : nameError(patch.name);
  if (problem !== undefined) return fail(problem);
  const next = patched(endpoint, patch);
  if (next === endpoint) return ok(scenario);
  return ok({ ...scenario, vpcEndpoints: updateById(scenario.vpcEndpoints, id, () => next) });
}

/**
 * Sets an interface endpoint's groups: AWS applies them to every interface of the endpoint.
 *
 * @example
 * setInterfaceEndpointGroups(scenario, 'vpce-sqs', ['sg-endpoints']);
 */
export function setInterfaceEndpointGroups(
  scenario: Scenario,
  id: string,
  groupIds: readonly string[],
): EditResult<Scenario> {
  const endpoint = findById(scenario.vpcEndpoints, id);
  if (endpoint === undefined) return fail(missing('VPC endpoint', id));
  if (endpoint.type !== 'interface') return fail(`${id} is not an interface endpoint.`);
  const groups = [...new Set(groupIds)];
  const problem =
    groups.length === 0
      ? 'An interface endpoint needs at least one security group.'
      : groupsForInstanceError(scenario, `endpoint ${id}`, endpoint.vpcId, groups);
  if (problem !== undefined) return fail(problem);
  const own = new Set(endpoint.networkInterfaceIds);
  return ok({
    ...scenario,
    vpcEndpoints: updateById(scenario.vpcEndpoints, id, (e) => ({
      ...e,
      securityGroupIds: groups,
    })),
    networkInterfaces: scenario.networkInterfaces.map((n) =>
      own.has(n.id) ? { ...n, securityGroupIds: groups } : n,
    ),
  });
}

/**
 * Renames an egress-only internet gateway, or attaches it to a VPC (`vpcId`), or detaches it
 * (`vpcId: null`).
 *
 * @example
 * updateEgressOnlyInternetGateway(scenario, 'eigw-a', { vpcId: 'vpc-b' });
 */
export function updateEgressOnlyInternetGateway(
  scenario: Scenario,
  id: string,
  patch: { readonly name?: string; readonly vpcId?: string | null },
): EditResult<Scenario> {
  const gateway = findById(scenario.egressOnlyInternetGateways, id);
  if (gateway === undefined) return fail(missing('Egress-only internet gateway', id));
  const problem =
    (patch.name === undefined ? undefined : nameError(patch.name)) ??
    (typeof patch.vpcId === 'string' && findById(scenario.vpcs, patch.vpcId) === undefined
      ? missing('VPC', patch.vpcId)
      : undefined);
  if (problem !== undefined) return fail(problem);
  const next = patched(gateway, patch);
  if (next === gateway) return ok(scenario);
  return ok({
    ...scenario,
    egressOnlyInternetGateways: updateById(scenario.egressOnlyInternetGateways, id, () => next),
  });
}
