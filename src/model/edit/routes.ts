import { formatCidr, parseCidr } from '../ip.ts';
import { routeTargetKind, type Route, type RouteTable, type Scenario } from '../types.ts';
import { fail, ok, type EditResult } from './result.ts';
import { cidrError } from './syntax.ts';
import { findById, missing, replaceAt, updateById, vpcIdOfSubnetId } from './util.ts';

/**
 * Routes of a table. The `local` routes are AWS's: they follow the VPC's blocks and cannot be
 * added, retargeted or removed. Other routes name an internet gateway attached to the VPC, a NAT
 * gateway in it, or a peering that joins it; one route per destination.
 * https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html
 * https://docs.aws.amazon.com/vpc/latest/userguide/RouteTables.html#route-table-routes
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
    case 'unmodeled':
      return `${target} is not an internet gateway, NAT gateway or peering connection.`;
  }
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
  const problem = cidrError(destination) ?? routeTargetError(scenario, table.vpcId, target);
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
