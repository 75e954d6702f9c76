import type { RouteTable, Vpc } from '../types.ts';

/**
 * AWS adds a `local` route for each CIDR block of a VPC to every route table of it, and keeps
 * them in step as blocks are added or removed; no one else may add, change or remove one.
 * https://docs.aws.amazon.com/vpc/latest/userguide/RouteTables.html#RouteTables
 *
 * @example
 * localDestinations(vpc); // ['10.0.0.0/16', '2600:1f18::/56']
 */
export function localDestinations(vpc: Vpc): string[] {
  return [...vpc.cidrBlocks, ...(vpc.ipv6CidrBlock === undefined ? [] : [vpc.ipv6CidrBlock])];
}

/**
 * The table with exactly one local route per destination (kept first, in the VPC's order) and
 * its other routes as they were; the same table when its local routes already match.
 *
 * @example
 * withLocalRoutes(table, localDestinations(vpc));
 */
export function withLocalRoutes(table: RouteTable, destinations: readonly string[]): RouteTable {
  const locals = table.routes.filter((r) => r.target === 'local');
  const same =
    locals.length === destinations.length &&
    locals.every((r, i) => r.destination === destinations[i]);
  if (same) return table;
  const others = table.routes.filter((r) => r.target !== 'local');
  const fresh = destinations.map(
    (destination) =>
      locals.find((r) => r.destination === destination) ?? {
        destination,
        target: 'local',
        state: 'active' as const,
      },
  );
  return { ...table, routes: [...fresh, ...others] };
}
