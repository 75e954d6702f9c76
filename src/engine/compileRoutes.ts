import { formatCidr, rangeContains, type IpRange } from '../model/ip.ts';
import { isPrefixListId, routeTargetKind, type Route } from '../model/types.ts';
import type { CEndpoint, CPrefixList, CRoute, CRouteTable } from './compiled.ts';
import type { CidrOf } from './compileRules.ts';

export interface RouteTableInput {
  readonly id: string;
  readonly name: string;
  readonly routes: readonly Route[];
  readonly vpcRanges: readonly IpRange[];
  readonly inScenario: boolean;
}

/**
 * A route table as the engine reads it. AWS adds what a table may not list: the `local` route
 * for every CIDR of the VPC, and the route of every gateway endpoint that lists the table (its
 * service's prefix list → the endpoint). A route more specific than `local` is honoured only
 * toward a network interface or an endpoint; any other is set aside with a warning.
 * https://docs.aws.amazon.com/vpc/latest/userguide/route-table-options.html
 * https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html#gateway-endpoint-routing
 */
export function compileRouteTable(
  t: RouteTableInput,
  cidr: CidrOf,
  prefixLists: ReadonlyMap<string, CPrefixList>,
  endpoints: readonly CEndpoint[],
  warnings: string[],
): CRouteTable {
  const routes: CRoute[] = [];
  const prefixListRoutes: CRoute[] = [];
  for (const route of t.routes) {
    const kind = routeTargetKind(route.target);
    if (isPrefixListId(route.destination)) {
      prefixListRoutes.push({
        route,
        range: undefined,
        prefixList: prefixLists.get(route.destination),
        kind,
        implicit: false,
      });
      continue;
    }
    const range = cidr(route.destination);
    const local = t.vpcRanges.find((l) => rangeContains(l, range) && range.prefix > l.prefix);
    if (local && kind !== 'local' && kind !== 'network-interface' && kind !== 'vpc-endpoint') {
      warnings.push(
        `${t.id}: route ${route.destination} → ${route.target} is more specific than the local route ${formatCidr(local)}; AWS honours that only toward a network interface or an endpoint, so it is left out.`,
      );
      continue;
    }
    routes.push({ route, range, prefixList: undefined, kind, implicit: false });
  }
  for (const range of t.vpcRanges) {
    const listed = routes.some(
      (r) =>
        r.kind === 'local' &&
        r.range !== undefined &&
        r.range.family === range.family &&
        r.range.first === range.first &&
        r.range.prefix === range.prefix,
    );
    if (!listed) {
      routes.push({
        route: { destination: formatCidr(range), target: 'local', state: 'active' },
        range,
        prefixList: undefined,
        kind: 'local',
        implicit: true,
      });
    }
  }
  for (const e of endpoints) {
    if (e.type !== 'gateway' || !e.routeTableIds.has(t.id) || e.prefixList === undefined) continue;
    const pl = e.prefixList;
    if (prefixListRoutes.some((r) => r.route.destination === pl.id)) continue;
    prefixListRoutes.push({
      route: { destination: pl.id, target: e.id, state: 'active' },
      range: undefined,
      prefixList: pl,
      kind: 'vpc-endpoint',
      implicit: true,
    });
  }
  routes.sort((a, b) => (b.range?.prefix ?? 0) - (a.range?.prefix ?? 0));
  return { id: t.id, name: t.name, routes, prefixListRoutes, inScenario: t.inScenario };
}
