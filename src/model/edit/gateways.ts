import { newId } from '../ids.ts';
import type { InternetGateway, NatGateway, Scenario } from '../types.ts';
import { nextFreeAddress, nextPublicIp } from './addressing.ts';
import { noPublicIpLeft } from './instances.ts';
import { fail, ok, type EditResult } from './result.ts';
import { ipError } from './syntax.ts';
import { findById, missing, nameError, newIdError, nextName, patched, updateById } from './util.ts';

/**
 * Internet and NAT gateways. A VPC has at most one internet gateway attached, and a gateway is
 * attached to at most one VPC.
 * https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html
 */

function attachedTo(scenario: Scenario, vpcId: string): InternetGateway | undefined {
  return scenario.internetGateways.find((g) => g.vpcId === vpcId);
}

function oneGatewayPerVpc(vpcId: string, igw: InternetGateway): string {
  return `VPC ${vpcId} already has internet gateway ${igw.id} attached; a VPC can have only one.`;
}

export interface AddInternetGatewaySpec {
  /** Absent: created detached. */
  readonly vpcId?: string;
  /** Absent: `igw-N`. */
  readonly name?: string;
  readonly id?: string;
}

/**
 * @example
 * const r = addInternetGateway(scenario, { vpcId: 'vpc-a' });
 */
export function addInternetGateway(
  scenario: Scenario,
  spec: AddInternetGatewaySpec = {},
): EditResult<{ scenario: Scenario; gateway: InternetGateway }> {
  if (spec.vpcId !== undefined) {
    if (findById(scenario.vpcs, spec.vpcId) === undefined) return fail(missing('VPC', spec.vpcId));
    const existing = attachedTo(scenario, spec.vpcId);
    if (existing !== undefined) return fail(oneGatewayPerVpc(spec.vpcId, existing));
  }
  const problem =
    (spec.name === undefined ? undefined : nameError(spec.name)) ??
    (spec.id === undefined ? undefined : newIdError(scenario, spec.id, 'igw'));
  if (problem !== undefined) return fail(problem);
  const gateway: InternetGateway = {
    id: spec.id ?? newId('igw'),
    name:
      spec.name ??
      nextName(
        'igw',
        scenario.internetGateways.map((g) => g.name),
      ),
    ...(spec.vpcId === undefined ? {} : { vpcId: spec.vpcId }),
  };
  return ok({
    scenario: { ...scenario, internetGateways: [...scenario.internetGateways, gateway] },
    gateway,
  });
}

/**
 * @example
 * attachInternetGateway(scenario, 'igw-a', 'vpc-a');
 */
export function attachInternetGateway(
  scenario: Scenario,
  igwId: string,
  vpcId: string,
): EditResult<Scenario> {
  const igw = findById(scenario.internetGateways, igwId);
  if (igw === undefined) return fail(missing('Internet gateway', igwId));
  if (findById(scenario.vpcs, vpcId) === undefined) return fail(missing('VPC', vpcId));
  if (igw.vpcId !== undefined) {
    return fail(`Internet gateway ${igwId} is already attached to ${igw.vpcId}; detach it first.`);
  }
  const existing = attachedTo(scenario, vpcId);
  if (existing !== undefined) return fail(oneGatewayPerVpc(vpcId, existing));
  return ok(withGateway(scenario, { ...igw, vpcId }));
}

/**
 * Detaches a gateway from its VPC. Routes to it stay; `validate` warns that they lead nowhere.
 *
 * @example
 * detachInternetGateway(scenario, 'igw-a');
 */
export function detachInternetGateway(scenario: Scenario, igwId: string): EditResult<Scenario> {
  const igw = findById(scenario.internetGateways, igwId);
  if (igw === undefined) return fail(missing('Internet gateway', igwId));
  if (igw.vpcId === undefined) return fail(`Internet gateway ${igwId} is not attached to a VPC.`);
  return ok(withGateway(scenario, patched(igw, { vpcId: null })));
}

/**
 * @example
 * renameInternetGateway(scenario, 'igw-a', 'edge');
 */
export function renameInternetGateway(
  scenario: Scenario,
  igwId: string,
  name: string,
): EditResult<Scenario> {
  const igw = findById(scenario.internetGateways, igwId);
  if (igw === undefined) return fail(missing('Internet gateway', igwId));
  const problem = nameError(name);
  if (problem !== undefined) return fail(problem);
  const next = patched(igw, { name });
  return ok(next === igw ? scenario : withGateway(scenario, next));
}

function withGateway(scenario: Scenario, igw: InternetGateway): Scenario {
  return {
    ...scenario,
    internetGateways: updateById(scenario.internetGateways, igw.id, () => igw),
  };
}

export interface AddNatGatewaySpec {
  readonly subnetId: string;
  /** Absent: `nat-N`. */
  readonly name?: string;
  readonly id?: string;
}

/**
 * Creates a public NAT gateway in a subnet, with an address of the subnet and a public address
 * (AWS gives it an Elastic IP).
 *
 * @example
 * const r = addNatGateway(scenario, { subnetId: 'subnet-public' });
 */
export function addNatGateway(
  scenario: Scenario,
  spec: AddNatGatewaySpec,
): EditResult<{ scenario: Scenario; natGateway: NatGateway }> {
  const subnet = findById(scenario.subnets, spec.subnetId);
  if (subnet === undefined) return fail(missing('Subnet', spec.subnetId));
  const privateIp = nextFreeAddress(scenario, subnet.id);
  if (privateIp === null) {
    return fail(`Subnet ${subnet.id} (${subnet.cidrBlock}) has no free address left.`);
  }
  const publicIp = nextPublicIp(scenario);
  if (publicIp === null) return fail(noPublicIpLeft);
  const problem =
    (spec.name === undefined ? undefined : nameError(spec.name)) ??
    (spec.id === undefined ? undefined : newIdError(scenario, spec.id, 'nat'));
  if (problem !== undefined) return fail(problem);
  const natGateway: NatGateway = {
    id: spec.id ?? newId('nat'),
    name:
      spec.name ??
      nextName(
        'nat',
        scenario.natGateways.map((n) => n.name),
      ),
    subnetId: subnet.id,
    state: 'available',
    publicIp,
    privateIp,
  };
  return ok({
    scenario: { ...scenario, natGateways: [...scenario.natGateways, natGateway] },
    natGateway,
  });
}

export interface NatGatewayPatch {
  readonly name?: string;
  readonly state?: NatGateway['state'];
  /** `null` removes it. */
  readonly privateIp?: string | null;
  /** An address; `true` for a free one (kept if it has one already); `null` removes it. */
  readonly publicIp?: string | null | true;
}

/**
 * Renames a NAT gateway, changes its state or its addresses (syntax checked; placement is
 * `validate`'s finding).
 *
 * @example
 * updateNatGateway(scenario, 'nat-a', { state: 'failed' });
 */
export function updateNatGateway(
  scenario: Scenario,
  id: string,
  patch: NatGatewayPatch,
): EditResult<Scenario> {
  const nat = findById(scenario.natGateways, id);
  if (nat === undefined) return fail(missing('NAT gateway', id));
  const publicIp =
    patch.publicIp === true ? (nat.publicIp ?? nextPublicIp(scenario)) : patch.publicIp;
  if (publicIp === null && patch.publicIp === true) return fail(noPublicIpLeft);
  const problem =
    (patch.name === undefined ? undefined : nameError(patch.name)) ??
    (typeof patch.privateIp === 'string' ? ipError(patch.privateIp, 4) : undefined) ??
    (typeof publicIp === 'string' ? ipError(publicIp, 4) : undefined);
  if (problem !== undefined) return fail(problem);
  const next = patched(nat, {
    name: patch.name,
    state: patch.state,
    privateIp: typeof patch.privateIp === 'string' ? patch.privateIp.trim() : patch.privateIp,
    publicIp: typeof publicIp === 'string' ? publicIp.trim() : publicIp,
  });
  if (next === nat) return ok(scenario);
  return ok({ ...scenario, natGateways: updateById(scenario.natGateways, id, () => next) });
}
