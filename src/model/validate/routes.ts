import { routeTargetKind, type RouteTable } from '../types.ts';
import type { Context } from './context.ts';
import { error, warning, type Finding } from './finding.ts';

/**
 * A route names a gateway or peering that exists and serves the table's VPC, and a table holds
 * one route per destination.
 * https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html
 * https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html
 * https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html
 */
export function checkRoutes(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  for (const table of ctx.scenario.routeTables) {
    findings.push(...checkTargets(ctx, table), ...checkDestinations(ctx, table));
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
    if (owner.includes(table.vpcId)) return;
    if (kind === 'internet-gateway') {
      const actually =
        owner.length === 0 ? 'it is detached' : `it is attached to ${owner.join(', ')}`;
      const message = `${where} targets internet gateway ${target}, which is not attached to VPC ${table.vpcId} (${actually}).`;
      findings.push(warning('route-igw-not-attached', table.id, field, message));
    } else if (kind === 'peering') {
      const message = `${where} targets peering ${target}, which joins ${owner.join(' and ')}, not VPC ${table.vpcId}.`;
      findings.push(error('route-peering-wrong-vpc', table.id, field, message));
    } else {
      const message = `${where} targets NAT gateway ${target} of VPC ${owner.join(', ')}, not VPC ${table.vpcId}.`;
      findings.push(error('reference-other-vpc', table.id, field, message));
    }
  });
  return findings;
}

/** The VPCs a target serves (none for a detached gateway); `undefined` when it does not exist. */
function targetVpcs(
  ctx: Context,
  kind: 'internet-gateway' | 'nat-gateway' | 'peering',
  target: string,
): string[] | undefined {
  switch (kind) {
    case 'internet-gateway': {
      const igw = ctx.internetGateways.get(target);
      return igw === undefined ? undefined : igw.vpcId === undefined ? [] : [igw.vpcId];
    }
    case 'nat-gateway': {
      const nat = ctx.natGateways.get(target);
      if (nat === undefined) return undefined;
      const vpcId = ctx.subnets.get(nat.subnetId)?.vpcId;
      return vpcId === undefined ? [] : [vpcId];
    }
    case 'peering': {
      const pcx = ctx.peerings.get(target);
      return pcx === undefined ? undefined : [pcx.requesterVpcId, pcx.accepterVpcId];
    }
  }
}

// Destinations are compared as parsed blocks, so 10.0.0.0/16 and 10.0.0.5/16 are the same one.
function checkDestinations(ctx: Context, table: RouteTable): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  table.routes.forEach((route, i) => {
    const range = ctx.cidr(route.destination);
    if (range === null) return;
    const key = `${range.family} ${range.first} ${range.prefix}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, route.destination);
      return;
    }
    findings.push(
      error(
        'route-duplicate-destination',
        table.id,
        `routes[${i}].destination`,
        `Route table ${table.id} has a second route for ${route.destination} (already routed as ${first}).`,
      ),
    );
  });
  return findings;
}
