import { routeTargetKind, type Route, type RouteTable } from '../../model/types.ts';
import type { ExportContext } from './context.ts';
import { attr, block, ref, resource, str, tags, type Item } from './ir.ts';
import { cidrSlug } from './rules.ts';
import { snakeCase } from './names.ts';

/** The provider's target attribute of `aws_route` (and of an inline `route`) per target kind. */
const TARGET_ATTRIBUTE: Readonly<Record<string, string>> = {
  'internet-gateway': 'gateway_id',
  'nat-gateway': 'nat_gateway_id',
  peering: 'vpc_peering_connection_id',
  'transit-gateway': 'transit_gateway_id',
  'egress-only-internet-gateway': 'egress_only_gateway_id',
  'vpc-endpoint': 'vpc_endpoint_id',
  'network-interface': 'network_interface_id',
  unmodeled: 'gateway_id',
};

/**
 * `aws_route_table` with one `aws_route` per route and an `aws_route_table_association` per
 * subnet with a table of its own. The table AWS made with the VPC is adopted with
 * `aws_default_route_table` (routes inline, as that resource takes them) only when routes were
 * added to it; another table made main gets an `aws_main_route_table_association`. `local`
 * routes are AWS's, and so are the routes a gateway endpoint adds to its tables.
 * https://docs.aws.amazon.com/vpc/latest/userguide/RouteTables.html
 */
export function exportRouteTables(ctx: ExportContext): void {
  for (const vpc of ctx.scenario.vpcs) {
    const vpcAddress = ctx.addresses.get(vpc.id);
    if (!vpcAddress) continue;
    const tables = ctx.scenario.routeTables.filter((t) => t.vpcId === vpc.id);
    const original = originalTable(ctx, tables);
    for (const table of tables) {
      const routes = table.routes.filter((r) => written(ctx, table, r));
      if (table === original) {
        if (routes.length === 0) {
          ctx.define(table.id, `${vpcAddress}.default_route_table_id`);
          continue;
        }
        const name = ctx.name('aws_default_route_table', vpc.name || table.name, 'main');
        const address = `aws_default_route_table.${name}`;
        ctx.define(table.id, `${address}.id`, address);
        ctx.add(
          resource(
            'aws_default_route_table',
            name,
            [
              ...attr('default_route_table_id', ref(`${vpcAddress}.default_route_table_id`)),
              ...routes.map((r) => block('route', routeBody(ctx, r, true))),
              ...tags(table.name),
            ],
            [`The route table AWS made with ${vpc.name || 'the VPC'}, with routes added.`],
          ),
        );
        continue;
      }
      const name = ctx.name('aws_route_table', table.name, 'table');
      const address = `aws_route_table.${name}`;
      ctx.define(table.id, `${address}.id`, address);
      ctx.add(
        resource('aws_route_table', name, [
          ...attr('vpc_id', ctx.ref(vpc.id)),
          ...tags(table.name),
        ]),
      );
      for (const route of routes) {
        const routeName = ctx.name('aws_route', `${name}_${destinationSlug(ctx, route)}`, 'route');
        ctx.add(
          resource('aws_route', routeName, [
            ...attr('route_table_id', ref(`${address}.id`)),
            ...routeBody(ctx, route, false),
          ]),
        );
      }
      if (table.main) {
        const mainName = ctx.name('aws_main_route_table_association', vpc.name, 'main');
        ctx.add(
          resource('aws_main_route_table_association', mainName, [
            ...attr('vpc_id', ctx.ref(vpc.id)),
            ...attr('route_table_id', ref(`${address}.id`)),
          ]),
        );
      }
    }
  }
  exportAssociations(ctx);
}

/**
 * The table AWS created with the VPC: the one a Terraform import read as the VPC's default
 * table, else the VPC's first table (drawn VPCs and describe output list it first).
 */
function originalTable(ctx: ExportContext, tables: readonly RouteTable[]): RouteTable | undefined {
  const addresses = ctx.scenario.terraform?.addresses ?? {};
  return (
    tables.find((t) =>
      /\.default_route_table_id$|^aws_default_route_table\./.test(addresses[t.id] ?? ''),
    ) ?? tables[0]
  );
}

/** Routes the configuration must write: not `local`, not a gateway endpoint's own, not blackholes. */
function written(ctx: ExportContext, table: RouteTable, route: Route): boolean {
  if (route.target === 'local') return false;
  const endpoint = ctx.scenario.vpcEndpoints.find((e) => e.id === route.target);
  if (endpoint?.type === 'gateway' && endpoint.routeTableIds.includes(table.id)) return false;
  if (route.state === 'blackhole') {
    ctx.note(
      `Left out: the blackhole route ${route.destination} → ${route.target} of route table ${table.name || table.id} (its target is gone; Terraform cannot create one).`,
    );
    return false;
  }
  return true;
}

function routeBody(ctx: ExportContext, route: Route, inline: boolean): Item[] {
  const kind = routeTargetKind(route.target);
  const target = TARGET_ATTRIBUTE[kind] ?? 'gateway_id';
  const destination = route.destination.startsWith('pl-')
    ? attr('destination_prefix_list_id', ctx.ref(route.destination))
    : route.destination.includes(':')
      ? attr(inline ? 'ipv6_cidr_block' : 'destination_ipv6_cidr_block', str(route.destination))
      : attr(inline ? 'cidr_block' : 'destination_cidr_block', str(route.destination));
  return [...destination, ...attr(target, ctx.ref(route.target))];
}

function destinationSlug(ctx: ExportContext, route: Route): string {
  if (route.destination === '0.0.0.0/0') return 'default';
  if (route.destination === '::/0') return 'default_ipv6';
  if (route.destination.startsWith('pl-')) {
    const list = ctx.scenario.prefixLists.find((l) => l.id === route.destination);
    return snakeCase(list?.name.replace(/^com\.amazonaws\.[a-z0-9-]+\./, '') ?? route.destination);
  }
  return cidrSlug(route.destination);
}

function exportAssociations(ctx: ExportContext): void {
  for (const subnet of ctx.scenario.subnets) {
    const table = ctx.scenario.routeTables.find((t) => t.id === subnet.routeTableId);
    if (!table || table.main) continue;
    const subnetName = ctx.addresses.get(subnet.id)?.split('.')[1] ?? subnet.name;
    const name = ctx.name('aws_route_table_association', subnetName, 'subnet');
    ctx.add(
      resource('aws_route_table_association', name, [
        ...attr('subnet_id', ctx.ref(subnet.id)),
        ...attr('route_table_id', ctx.ref(table.id)),
      ]),
    );
  }
}
