import { formatCidr, parseCidr, rangeContains } from '../ip.ts';
import { scenarioInterfaces } from '../interfaces.ts';
import {
  isPrefixListId,
  routeTargetKind,
  type Route,
  type RouteTable,
  type Scenario,
} from '../types.ts';
import { fail, ok, type EditResult } from './result.ts';
import { cidrError } from './syntax.ts';
import { findById, missing, replaceAt, updateById, vpcIdOfSubnetId } from './util.ts';

/**
 * Routes of a table. The `local` routes are AWS's: they follow the VPC's blocks and cannot be
 * added, retargeted or removed; so are a gateway endpoint's routes, which AWS adds to the tables
 * the endpoint lists. Other routes name an internet or egress-only gateway attached to the VPC, a
 * NAT gateway, network interface or gateway load balancer endpoint in it, a peering that joins
 * it, or a transit gateway it is attached to; one route per destination (a CIDR block or a
 * customer-managed prefix list), and one more specific than the local route only toward an
 * interface or an endpoint.
 * https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html
 * https://docs.aws.amazon.com/vpc/latest/userguide/RouteTables.html#route-table-routes
 * https://docs.aws.amazon.com/vpc/latest/userguide/route-table-options.html
 * https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html
 */
export interface RouteSpec {
  readonly destination: string;
  readonly target: string;
}

/**
 * Why `target` cannot serve a table of `vpcId`.
 *
 * @example
 * routeTargetError(scenario, 'vpc-b', 'igw-a'); // 'Internet gateway igw-a is not attached to vpc-b.'
 */
export function routeTargetError(
  scenario: Scenario,
  vpcId: string,
  target: string,
): string | undefined {
  switch (routeTargetKind(target)) {
    case 'local':
      return "Only AWS adds local routes: they follow the VPC's CIDR blocks.";
    case 'internet-gateway': {
      const igw = findById(scenario.internetGateways, target);
      if (igw === undefined) return missing('Internet gateway', target);
      return igw.vpcId === vpcId
        ? undefined
        : `Internet gateway ${target} is not attached to ${vpcId}.`;
    }
    case 'nat-gateway': {
      const nat = findById(scenario.natGateways, target);
      if (nat === undefined) return missing('NAT gateway', target);
      const natVpc = vpcIdOfSubnetId(scenario, nat.subnetId);
      return natVpc === vpcId
        ? undefined
        : `NAT gateway ${target} is in ${natVpc ?? 'no VPC'}, not ${vpcId}.`;
    }
    case 'peering': {
      const pcx = findById(scenario.peeringConnections, target);
      if (pcx === undefined) return missing('Peering connection', target);
      const joins = pcx.requesterVpcId === vpcId || pcx.accepterVpcId === vpcId;
      return joins ? undefined : `Peering connection ${target} does not involve ${vpcId}.`;
    }
    case 'egress-only-internet-gateway': {
      const eigw = findById(scenario.egressOnlyInternetGateways, target);
      if (eigw === undefined) return missing('Egress-only internet gateway', target);
      return eigw.vpcId === vpcId
        ? undefined
        : `Egress-only internet gateway ${target} is not attached to ${vpcId}.`;
    }
    case 'transit-gateway': {
      if (findById(scenario.transitGateways, target) === undefined)
        return missing('Transit gateway', target);
      const attached = scenario.transitGatewayAttachments.some(
        (a) => a.transitGatewayId === target && a.vpcId === vpcId,
      );
      return attached ? undefined : `Transit gateway ${target} has no attachment for ${vpcId}.`;
    }
    case 'vpc-endpoint': {
      const endpoint = findById(scenario.vpcEndpoints, target);
      if (endpoint === undefined) return missing('VPC endpoint', target);
      if (endpoint.vpcId !== vpcId)
        return `VPC endpoint ${target} is in ${endpoint.vpcId}, not ${vpcId}.`;
      if (endpoint.type === 'gateway')
        return `AWS adds and removes the routes of gateway endpoint ${target}: list the route table on the endpoint instead.`;
      if (endpoint.type === 'interface')
        return `Interface endpoint ${target} is not a route target: it is reached by its network interfaces' addresses.`;
      return undefined;
    }
    case 'network-interface': {
      const eni = scenarioInterfaces(scenario).find((x) => x.interfaceId === target);
      if (eni === undefined) return missing('Network interface', target);
      const eniVpc = vpcIdOfSubnetId(scenario, eni.subnetId);
      return eniVpc === vpcId
        ? undefined
        : `Network interface ${target} is in ${eniVpc ?? 'no VPC'}, not ${vpcId}.`;
    }
    case 'unmodeled':
      return `${target} is not an internet gateway, NAT gateway, peering connection, transit gateway, egress-only internet gateway, endpoint or network interface.`;
  }
}

/**
 * Why a destination cannot be routed in a table of `vpcId`: not a CIDR block nor a prefix list of
 * the scenario, an AWS-managed list (AWS routes those through gateway endpoints only), or a block
 * more specific than the VPC's own that does not lead to an interface or an endpoint.
 */
function destinationError(
  scenario: Scenario,
  vpcId: string,
  destination: string,
  target: string,
): string | undefined {
  if (isPrefixListId(destination)) {
    const list = findById(scenario.prefixLists, destination);
    if (list === undefined) return missing('Prefix list', destination);
    return list.managedBy === 'aws'
      ? `${destination} is an AWS-managed prefix list: AWS routes it through a gateway endpoint.`
      : undefined;
  }
  const syntax = cidrError(destination);
  if (syntax !== undefined) return syntax;
  const kind = routeTargetKind(target);
  if (kind === 'network-interface' || kind === 'vpc-endpoint') return undefined;
  const range = parseCidr(destination);
  const vpc = findById(scenario.vpcs, vpcId);
  if (range === null || vpc === undefined) return undefined;
  for (const block of [...vpc.cidrBlocks, ...(vpc.ipv6CidrBlock ? [vpc.ipv6CidrBlock] : [])]) {
    const local = parseCidr(block);
    if (local !== null && rangeContains(local, range) && range.prefix > local.prefix)
      return `${destination} is inside ${vpcId}'s ${block}: a route more specific than the local route may only lead to a network interface or an endpoint.`;
  }
  return undefined;
}

/** A gateway endpoint's route is AWS's: it changes only with the endpoint's route tables. */
function managedRoute(scenario: Scenario, route: Route | undefined): string | undefined {
  if (route === undefined || routeTargetKind(route.target) !== 'vpc-endpoint') return undefined;
  const endpoint = findById(scenario.vpcEndpoints, route.target);
  return endpoint?.type === 'gateway'
    ? `The route ${route.destination} → ${route.target} belongs to gateway endpoint ${route.target}: AWS adds and removes it with the endpoint's route tables.`
    : undefined;
}

/** Equal for destinations AWS treats as the same block (10.0.0.5/16 is 10.0.0.0/16). */
function destinationKey(text: string): string {
  const range = parseCidr(text);
  return range === null ? text : formatCidr(range);
}

/**
 * @example
 * addRoute(scenario, 'rtb-public', { destination: '0.0.0.0/0', target: 'igw-a' });
 */
export function addRoute(
  scenario: Scenario,
  rtbId: string,
  route: RouteSpec,
): EditResult<Scenario> {
  return editRoutes(scenario, rtbId, undefined, route);
}

/**
 * Replaces the route at `index`; a blackhole route given a live target becomes active again.
 * The local route keeps its destination and target.
 *
 * @example
 * updateRoute(scenario, 'rtb-private', 2, { destination: '0.0.0.0/0', target: 'nat-b' });
 */
export function updateRoute(
  scenario: Scenario,
  rtbId: string,
  index: number,
  route: RouteSpec,
): EditResult<Scenario> {
  return editRoutes(scenario, rtbId, index, route);
}

/**
 * @example
 * removeRoute(scenario, 'rtb-public', 1);
 */
export function removeRoute(
  scenario: Scenario,
  rtbId: string,
  index: number,
): EditResult<Scenario> {
  const table = findById(scenario.routeTables, rtbId);
  if (table === undefined) return fail(missing('Route table', rtbId));
  const route = table.routes[index];
  if (route === undefined) return fail(noRouteAt(table, index));
  if (route.target === 'local') return fail('The local route cannot be removed.');
  const managed = managedRoute(scenario, route);
  if (managed !== undefined) return fail(managed);
  return ok(
    withRoutes(
      scenario,
      table,
      table.routes.filter((_, i) => i !== index),
    ),
  );
}

function editRoutes(
  scenario: Scenario,
  rtbId: string,
  index: number | undefined,
  spec: RouteSpec,
): EditResult<Scenario> {
  const table = findById(scenario.routeTables, rtbId);
  if (table === undefined) return fail(missing('Route table', rtbId));
  const old = index === undefined ? undefined : table.routes[index];
  if (index !== undefined && old === undefined) return fail(noRouteAt(table, index));
  const destination = spec.destination.trim();
  const target = spec.target.trim();
  if (old?.target === 'local') {
    if (target !== 'local') return fail("The local route's target cannot change.");
    if (destination !== old.destination) {
      return fail("The local route follows the VPC's CIDR blocks; its destination cannot change.");
    }
    return ok(scenario);
  }
  const managed = managedRoute(scenario, old);
  if (managed !== undefined) return fail(managed);
  const problem =
    destinationError(scenario, table.vpcId, destination, target) ??
    routeTargetError(scenario, table.vpcId, target);
  if (problem !== undefined) return fail(problem);
  const key = destinationKey(destination);
  const clash = table.routes.find((r, i) => i !== index && destinationKey(r.destination) === key);
  if (clash !== undefined) {
    return fail(`Route table ${rtbId} already has a route for ${clash.destination}.`);
  }
  const route: Route = { destination, target, state: 'active' };
  const routes =
    index === undefined ? [...table.routes, route] : replaceAt(table.routes, index, route);
  return ok(withRoutes(scenario, table, routes));
}

function noRouteAt(table: RouteTable, index: number): string {
  return `Route table ${table.id} has no route at index ${index}.`;
}

function withRoutes(scenario: Scenario, table: RouteTable, routes: Route[]): Scenario {
  return {
    ...scenario,
    routeTables: updateById(scenario.routeTables, table.id, (t) => ({ ...t, routes })),
  };
}
