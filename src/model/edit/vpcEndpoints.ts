import { newId } from '../ids.ts';
import type {
  EgressOnlyInternetGateway,
  NetworkInterface,
  Route,
  Scenario,
  VpcEndpoint,
} from '../types.ts';
import { nextFreeAddress } from './addressing.ts';
import { fail, ok, type EditResult } from './result.ts';
import { groupsForInstanceError } from './sgChecks.ts';
import { findById, mapKeep, missing, nameError, newIdError, nextName, updateById } from './util.ts';

/**
 * VPC endpoints and egress-only internet gateways. A gateway endpoint lists route tables of its
 * VPC, and AWS keeps a route from the service's prefix list to the endpoint in each; an interface
 * endpoint puts one network interface in each of its subnets (one per Availability Zone).
 * https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html
 * https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html
 * https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html
 */

export interface AddGatewayEndpointSpec {
  readonly vpcId: string;
  /** `com.amazonaws.us-east-1.s3` */
  readonly serviceName: string;
  /** The service's AWS-managed prefix list. */
  readonly prefixListId: string;
  readonly routeTableIds?: readonly string[];
  readonly name?: string;
  readonly id?: string;
}

/**
 * @example
 * const r = addGatewayEndpoint(scenario, { vpcId: 'vpc-a', serviceName: 'com.amazonaws.us-east-1.s3', prefixListId: 'pl-63a5400a', routeTableIds: ['rtb-private'] });
 */
export function addGatewayEndpoint(
  scenario: Scenario,
  spec: AddGatewayEndpointSpec,
): EditResult<{ scenario: Scenario; endpoint: VpcEndpoint }> {
  if (findById(scenario.vpcs, spec.vpcId) === undefined) return fail(missing('VPC', spec.vpcId));
  const list = findById(scenario.prefixLists, spec.prefixListId);
  if (list === undefined) return fail(missing('Prefix list', spec.prefixListId));
  const problem =
    (spec.name === undefined ? undefined : nameError(spec.name)) ??
    (spec.id === undefined ? undefined : newIdError(scenario, spec.id, 'vpce')) ??
    (spec.serviceName.trim() === '' ? 'An endpoint needs a service name.' : undefined);
  if (problem !== undefined) return fail(problem);
  const endpoint: VpcEndpoint = {
    id: spec.id ?? newId('vpce'),
    name:
      spec.name ??
      nextName(
        'endpoint',
        scenario.vpcEndpoints.map((e) => e.name),
      ),
    vpcId: spec.vpcId,
    type: 'gateway',
    serviceName: spec.serviceName.trim(),
    state: 'available',
    routeTableIds: [],
    prefixListId: list.id,
    subnetIds: [],
    securityGroupIds: [],
    networkInterfaceIds: [],
    policyIsDefault: true,
  };
  const added = { ...scenario, vpcEndpoints: [...scenario.vpcEndpoints, endpoint] };
  const routed = setGatewayEndpointRouteTables(added, endpoint.id, spec.routeTableIds ?? []);
  if (!routed.ok) return routed;
  return ok({
    scenario: routed.value,
    endpoint: findById(routed.value.vpcEndpoints, endpoint.id) ?? endpoint,
  });
}

/**
 * Sets the route tables of a gateway endpoint; AWS adds the service's route to each new table and
 * removes it from each table left out.
 *
 * @example
 * setGatewayEndpointRouteTables(scenario, 'vpce-s3', ['rtb-private', 'rtb-data']);
 */
export function setGatewayEndpointRouteTables(
  scenario: Scenario,
  endpointId: string,
  routeTableIds: readonly string[],
): EditResult<Scenario> {
  const endpoint = findById(scenario.vpcEndpoints, endpointId);
  if (endpoint === undefined) return fail(missing('VPC endpoint', endpointId));
  if (endpoint.type !== 'gateway') return fail(`${endpointId} is not a gateway endpoint.`);
  const destination = endpoint.prefixListId;
  if (destination === undefined) return fail(`${endpointId} names no prefix list to route.`);
  const wanted = [...new Set(routeTableIds)];
  for (const id of wanted) {
    const table = findById(scenario.routeTables, id);
    if (table === undefined) return fail(missing('Route table', id));
    if (table.vpcId !== endpoint.vpcId)
      return fail(`Route table ${id} is in ${table.vpcId}, not ${endpoint.vpcId}.`);
    const clash = table.routes.find(
      (r) => r.destination === destination && r.target !== endpointId,
    );
    if (clash !== undefined)
      return fail(`Route table ${id} already routes ${destination} to ${clash.target}.`);
  }
  const routeTables = mapKeep(scenario.routeTables, (t) => {
    const has = t.routes.some((r) => r.destination === destination && r.target === endpointId);
    const should = wanted.includes(t.id);
    if (has === should) return t;
    const route: Route = { destination, target: endpointId, state: 'active' };
    return should
      ? { ...t, routes: [...t.routes, route] }
      : { ...t, routes: t.routes.filter((r) => r.target !== endpointId) };
  });
  return ok({
    ...scenario,
    routeTables,
    vpcEndpoints: updateById(scenario.vpcEndpoints, endpointId, (e) => ({
      ...e,
      routeTableIds: wanted,
    })),
  });
}

export interface AddInterfaceEndpointSpec {
  readonly vpcId: string;
  readonly serviceName: string;
  /** One subnet per Availability Zone; an interface is made in each. */
  readonly subnetIds: readonly string[];
  /** Absent: the VPC's default group. */
  readonly securityGroupIds?: readonly string[];
  readonly name?: string;
  readonly id?: string;
}

/**
 * @example
 * const r = addInterfaceEndpoint(scenario, { vpcId: 'vpc-a', serviceName: 'com.amazonaws.us-east-1.sqs', subnetIds: ['subnet-a'] });
 */
export function addInterfaceEndpoint(
  scenario: Scenario,
  spec: AddInterfaceEndpointSpec,
): EditResult<{ scenario: Scenario; endpoint: VpcEndpoint }> {
  if (findById(scenario.vpcs, spec.vpcId) === undefined) return fail(missing('VPC', spec.vpcId));
  const fallback = scenario.securityGroups.find((g) => g.vpcId === spec.vpcId && g.isDefault);
  const groups = [...new Set(spec.securityGroupIds ?? (fallback ? [fallback.id] : []))];
  const zones = new Map<string, string>();
  for (const subnetId of spec.subnetIds) {
    const subnet = findById(scenario.subnets, subnetId);
    if (subnet === undefined) return fail(missing('Subnet', subnetId));
    if (subnet.vpcId !== spec.vpcId) return fail(`Subnet ${subnetId} is not in ${spec.vpcId}.`);
    const other = zones.get(subnet.availabilityZone);
    if (other !== undefined)
      return fail(
        `${subnetId} and ${other} are both in ${subnet.availabilityZone}: an endpoint takes one subnet per Availability Zone.`,
      );
    zones.set(subnet.availabilityZone, subnetId);
  }
  const problem =
    (spec.subnetIds.length === 0 ? 'An interface endpoint needs a subnet.' : undefined) ??
    (spec.name === undefined ? undefined : nameError(spec.name)) ??
    (spec.id === undefined ? undefined : newIdError(scenario, spec.id, 'vpce')) ??
    groupsForInstanceError(scenario, 'the endpoint', spec.vpcId, groups);
  if (problem !== undefined) return fail(problem);
  const id = spec.id ?? newId('vpce');
  const name =
    spec.name ??
    nextName(
      'endpoint',
      scenario.vpcEndpoints.map((e) => e.name),
    );
  let next = scenario;
  const interfaces: NetworkInterface[] = [];
  for (const subnetId of spec.subnetIds) {
    const privateIp = nextFreeAddress(next, subnetId);
    if (privateIp === null) return fail(`Subnet ${subnetId} has no free address left.`);
    const eni: NetworkInterface = {
      id: newId('eni'),
      name: `${name} ${subnetId}`,
      description: `VPC Endpoint Interface ${id}`,
      kind: 'interface-endpoint',
      subnetId,
      privateIp,
      secondaryPrivateIps: [],
      ipv6Addresses: [],
      securityGroupIds: groups,
    };
    interfaces.push(eni);
    next = { ...next, networkInterfaces: [...next.networkInterfaces, eni] };
  }
  const endpoint: VpcEndpoint = {
    id,
    name,
    vpcId: spec.vpcId,
    type: 'interface',
    serviceName: spec.serviceName.trim(),
    state: 'available',
    routeTableIds: [],
    subnetIds: [...spec.subnetIds],
    securityGroupIds: groups,
    networkInterfaceIds: interfaces.map((e) => e.id),
    policyIsDefault: true,
  };
  return ok({ scenario: { ...next, vpcEndpoints: [...next.vpcEndpoints, endpoint] }, endpoint });
}

/**
 * An egress-only internet gateway of a VPC (AWS creates it attached).
 *
 * @example
 * const r = addEgressOnlyInternetGateway(scenario, { vpcId: 'vpc-a' });
 */
export function addEgressOnlyInternetGateway(
  scenario: Scenario,
  spec: { readonly vpcId: string; readonly name?: string; readonly id?: string },
): EditResult<{ scenario: Scenario; gateway: EgressOnlyInternetGateway }> {
  if (findById(scenario.vpcs, spec.vpcId) === undefined) return fail(missing('VPC', spec.vpcId));
  const problem =
    (spec.name === undefined ? undefined : nameError(spec.name)) ??
    (spec.id === undefined ? undefined : newIdError(scenario, spec.id, 'eigw'));
  if (problem !== undefined) return fail(problem);
  const gateway: EgressOnlyInternetGateway = {
    id: spec.id ?? newId('eigw'),
    name:
      spec.name ??
      nextName(
        'eigw',
        scenario.egressOnlyInternetGateways.map((g) => g.name),
      ),
    vpcId: spec.vpcId,
  };
  return ok({
    scenario: {
      ...scenario,
      egressOnlyInternetGateways: [...scenario.egressOnlyInternetGateways, gateway],
    },
    gateway,
  });
}
