import { rangeContains } from '../ip.ts';
import { isPrefixListId, routeTargetKind, type Route, type RouteTable } from '../types.ts';
import type { Context } from './context.ts';
import { error, type Finding } from './finding.ts';
import { checkTargetVpc, targetVpcs } from './route-targets.ts';

/**
 * A route names a gateway, peering, endpoint or interface that exists and serves the table's VPC;
 * a table holds one route per destination; a route more specific than the `local` route must lead
 * to a network interface or an endpoint; a gateway endpoint's routes are AWS's.
 * https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html
 * https://docs.aws.amazon.com/vpc/latest/userguide/route-table-options.html
 * https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html
 * https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html
 */
export function checkRoutes(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  for (const table of ctx.scenario.routeTables) {
    findings.push(
      ...checkTargets(ctx, table),
      ...checkDestinations(ctx, table),
      ...checkMoreSpecificThanLocal(ctx, table),
      ...checkEndpointRoutes(ctx, table),
    );
  }
  return findings;
}

function checkTargets(ctx: Context, table: RouteTable): Finding[] {
  const findings: Finding[] = [];
  table.routes.forEach((route, i) => {
    const { target } = route;
    const field = `routes[${i}].target`;
    const kind = routeTargetKind(target);
    if (kind === 'local' || kind === 'unmodeled') return;
    const where = `Route ${route.destination} in route table ${table.id}`;
    const owner = targetVpcs(ctx, kind, target);
    if (owner === undefined) {
      // AWS itself shows a route whose target was deleted as a blackhole, so only an active route
      // to nothing is a mistake.
      if (route.state === 'blackhole') return;
      findings.push(
        error(
          'route-target-missing',
          table.id,
          field,
          `${where} targets ${target}, which does not exist.`,
        ),
      );
      return;
    }
    const problem = checkTargetVpc(kind, target, table, where, field, owner);
    if (problem) findings.push(problem);
  });
  return findings;
}

// Destinations are compared as parsed blocks, so 10.0.0.0/16 and 10.0.0.5/16 are the same one.
function checkDestinations(ctx: Context, table: RouteTable): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  table.routes.forEach((route, i) => {
    const field = `routes[${i}].destination`;
    let key: string;
    if (isPrefixListId(route.destination)) {
      if (!ctx.prefixLists.has(route.destination)) {
        findings.push(
          error(
            'missing-reference',
            table.id,
            field,
            `Route table ${table.id} routes prefix list ${route.destination}, which does not exist.`,
          ),
        );
      }
      key = route.destination;
    } else {
      const range = ctx.cidr(route.destination);
      if (range === null) return;
      key = `${range.family} ${range.first} ${range.prefix}`;
    }
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, route.destination);
      return;
    }
    findings.push(
      error(
        'route-duplicate-destination',
        table.id,
        field,
        `Route table ${table.id} has a second route for ${route.destination} (already routed as ${first}).`,
      ),
    );
  });
  return findings;
}

/**
 * AWS accepts a route more specific than the `local` route only toward a network interface or a
 * gateway (or firewall) endpoint, to send traffic between subnets through an appliance.
 * https://docs.aws.amazon.com/vpc/latest/userguide/route-table-options.html#route-tables-appliance-routing
 */
function checkMoreSpecificThanLocal(ctx: Context, table: RouteTable): Finding[] {
  const vpc = ctx.vpcs.get(table.vpcId);
  if (vpc === undefined) return [];
  const local = [...vpc.cidrBlocks, ...(vpc.ipv6CidrBlock ? [vpc.ipv6CidrBlock] : [])]
    .map((text) => ctx.cidr(text))
    .filter((r) => r !== null);
  const findings: Finding[] = [];
  table.routes.forEach((route: Route, i) => {
    const kind = routeTargetKind(route.target);
    if (kind === 'local' || kind === 'network-interface' || kind === 'vpc-endpoint') return;
    const range = isPrefixListId(route.destination) ? null : ctx.cidr(route.destination);
    if (range === null) return;
    const inside = local.find((l) => rangeContains(l, range) && range.prefix > l.prefix);
    if (inside === undefined) return;
    findings.push(
      error(
        'route-more-specific-than-local',
        table.id,
        `routes[${i}].destination`,
        `Route ${route.destination} → ${route.target} in route table ${table.id} is more specific than the local route of ${table.vpcId}; AWS accepts that only toward a network interface or an endpoint.`,
      ),
    );
  });
  return findings;
}

/**
 * AWS adds a gateway endpoint's route (its service's prefix list → the endpoint) to each route table
 * the endpoint lists, and nobody can add or edit such a route by hand; an interface endpoint is
 * not a route target at all.
 * https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html#gateway-endpoint-routing
 */
function checkEndpointRoutes(ctx: Context, table: RouteTable): Finding[] {
  const findings: Finding[] = [];
  table.routes.forEach((route, i) => {
    if (routeTargetKind(route.target) !== 'vpc-endpoint') return;
    const endpoint = ctx.vpcEndpoints.get(route.target);
    if (endpoint === undefined || endpoint.vpcId !== table.vpcId) return; // checkTargets says it
    const where = `Route ${route.destination} → ${route.target} in route table ${table.id}`;
    let why: string | undefined;
    if (endpoint.type === 'interface') why = 'an interface endpoint is not a route target';
    else if (endpoint.type === 'gateway') {
      if (!isPrefixListId(route.destination))
        why = "a gateway endpoint's routes go to its service's prefix list";
      else if (endpoint.prefixListId !== undefined && route.destination !== endpoint.prefixListId)
        why = `the endpoint's service is reached by prefix list ${endpoint.prefixListId}`;
      else if (!endpoint.routeTableIds.includes(table.id))
        why = `${endpoint.id} does not list ${table.id}, and AWS adds this route only to the tables an endpoint lists`;
    }
    if (why === undefined) return;
    findings.push(error('route-endpoint-managed', table.id, `routes[${i}]`, `${where}: ${why}.`));
  });
  return findings;
}
