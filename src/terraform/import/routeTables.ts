import { isCidr } from '../../model/ip.ts';
import type { Route, RouteTable, Vpc } from '../../model/types.ts';
import type { Attributes } from '../references/attributes.ts';
import type { ImportContext } from './context.ts';
import { nameOf, readString } from './read.ts';
import { readId, type IdRead } from './refs.ts';
import { localRoutes, vpcProblem } from './vpcs.ts';

/** The provider's route target attributes, each with the AWS ID prefixes it may hold. */
const TARGETS: ReadonlyArray<readonly [attribute: string, prefixes: readonly string[]]> = [
  ['gateway_id', ['igw', 'vgw', 'vpce', 'local']],
  ['nat_gateway_id', ['nat']],
  ['vpc_peering_connection_id', ['pcx']],
  ['transit_gateway_id', ['tgw']],
  ['egress_only_gateway_id', ['eigw']],
  ['network_interface_id', ['eni']],
  ['vpc_endpoint_id', ['vpce']],
  ['instance_id', ['i']],
  ['local_gateway_id', ['lgw']],
  ['carrier_gateway_id', ['cagw']],
  ['core_network_arn', ['arn']],
];

export interface ImportedTables {
  readonly routeTables: RouteTable[];
  /** Subnet ID → its route table, for the associations written in the plan. */
  readonly associations: Map<string, string>;
}

/**
 * `aws_route_table` (inline `route`), `aws_default_route_table`, `aws_route`,
 * `aws_route_table_association` and `aws_main_route_table_association`. Every table gets the
 * `local` route of each VPC CIDR block, which AWS adds and Terraform does not list.
 * https://docs.aws.amazon.com/vpc/latest/userguide/RouteTables.html
 */
export function importRouteTables(
  ctx: ImportContext,
  vpcs: readonly Vpc[],
  mainTables: ReadonlyMap<string, RouteTable>,
): ImportedTables {
  const vpcById = new Map(vpcs.map((v) => [v.id, v]));
  const tables = new Map<string, RouteTable>();
  for (const table of mainTables.values())
    tables.set(table.id, { ...table, routes: [...table.routes] });
  const inline: Array<[string, Attributes]> = [];
  for (const instance of ctx.ofType('aws_route_table')) {
    const attrs = ctx.attributes(instance);
    const vpc = readId(ctx, attrs, 'vpc_id', ['vpc']);
    const owner = vpc.kind === 'id' ? vpcById.get(vpc.id) : undefined;
    if (owner === undefined) {
      ctx.warn(instance.address, `${vpcProblem(vpc, 'vpc_id')}; the route table is left out`);
      continue;
    }
    const id = ctx.ids.get(instance.address) as string;
    tables.set(id, {
      id,
      name: nameOf(attrs),
      vpcId: owner.id,
      main: false,
      routes: localRoutes(owner),
    });
    inline.push([id, attrs]);
    ctx.read.add(instance.address);
  }
  for (const instance of ctx.ofType('aws_default_route_table')) {
    const id = ctx.ids.get(instance.address);
    const adopted = id === undefined ? undefined : tables.get(id);
    if (id === undefined || adopted === undefined) {
      ctx.warn(
        instance.address,
        'the VPC whose main route table it manages is not in the plan; it is left out',
      );
      continue;
    }
    const vpc = vpcById.get(adopted.vpcId) as Vpc;
    // The provider replaces the table's routes with the ones written (plus `local`).
    tables.set(id, {
      ...adopted,
      name: nameOf(ctx.attributes(instance)),
      routes: localRoutes(vpc),
    });
    inline.push([id, ctx.attributes(instance)]);
    ctx.read.add(instance.address);
  }
  // Routes the plan deletes are still echoed in their table's planned inline blocks.
  const leaving = new Set(
    ctx.deletedOfType('aws_route').flatMap((instance) => {
      const attrs = ctx.attributes(instance);
      const owner = readId(ctx, attrs, 'route_table_id', ['rtb']);
      const read = routeFrom(
        ctx,
        attrs,
        'destination_cidr_block',
        'destination_ipv6_cidr_block',
        'destination_prefix_list_id',
      );
      return owner.kind === 'id' && 'route' in read
        ? [`${owner.id}|${read.route.destination}`]
        : [];
    }),
  );
  for (const [id, attrs] of inline) {
    if (attrs.blocksUnknown('route')) {
      ctx.warn(attrs.instance.address, 'its routes are known only after apply; they are left out');
    }
    for (const block of attrs.blocks('route')) {
      const read = routeFrom(
        ctx,
        block,
        'cidr_block',
        'ipv6_cidr_block',
        'destination_prefix_list_id',
      );
      if ('route' in read && leaving.has(`${id}|${read.route.destination}`)) continue;
      addRoute(ctx, tables.get(id) as RouteTable, read, block.label);
    }
  }
  for (const instance of ctx.ofType('aws_route')) {
    const attrs = ctx.attributes(instance);
    const owner = readId(ctx, attrs, 'route_table_id', ['rtb']);
    const table = owner.kind === 'id' ? tables.get(owner.id) : undefined;
    if (table === undefined) {
      ctx.warn(instance.address, `${vpcProblem(owner, 'route_table_id')}; the route is left out`);
      continue;
    }
    addRoute(
      ctx,
      table,
      routeFrom(
        ctx,
        attrs,
        'destination_cidr_block',
        'destination_ipv6_cidr_block',
        'destination_prefix_list_id',
      ),
      instance.address,
    );
    ctx.read.add(instance.address);
  }
  for (const instance of ctx.ofType('aws_main_route_table_association')) {
    const attrs = ctx.attributes(instance);
    const table = readId(ctx, attrs, 'route_table_id', ['rtb']);
    const made = table.kind === 'id' ? tables.get(table.id) : undefined;
    if (made === undefined) {
      ctx.warn(instance.address, `${vpcProblem(table, 'route_table_id')}; it is left out`);
      continue;
    }
    for (const [id, t] of tables) {
      if (t.vpcId === made.vpcId) tables.set(id, { ...t, main: id === made.id });
    }
    ctx.read.add(instance.address);
  }
  return { routeTables: [...tables.values()], associations: associations(ctx, tables) };
}

function associations(
  ctx: ImportContext,
  tables: ReadonlyMap<string, RouteTable>,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const instance of ctx.ofType('aws_route_table_association')) {
    const attrs = ctx.attributes(instance);
    const table = readId(ctx, attrs, 'route_table_id', ['rtb']);
    const subnet = readId(ctx, attrs, 'subnet_id', ['subnet']);
    const gateway = readId(ctx, attrs, 'gateway_id', ['igw', 'vgw']);
    if (subnet.kind === 'unset' && gateway.kind !== 'unset') {
      ctx.warn(
        instance.address,
        'associates the table with a gateway (an edge association), which is not modelled',
      );
      continue;
    }
    if (table.kind !== 'id' || subnet.kind !== 'id' || !tables.has(table.id)) {
      const problem =
        table.kind !== 'id' ? vpcProblem(table, 'route_table_id') : vpcProblem(subnet, 'subnet_id');
      ctx.warn(instance.address, `${problem}; the association is left out`);
      continue;
    }
    out.set(subnet.id, table.id);
    ctx.read.add(instance.address);
  }
  return out;
}

type RouteRead = { route: Route } | { skip: string };

/** A route from an inline block or an `aws_route`. */
function routeFrom(
  ctx: ImportContext,
  attrs: Attributes,
  cidrName: string,
  ipv6Name: string,
  prefixListName: string,
): RouteRead {
  const cidr4 = readString(attrs, cidrName);
  const cidr6 = readString(attrs, ipv6Name);
  const list = readId(ctx, attrs, prefixListName, ['pl']);
  const cidr = [cidr4, cidr6].find((r) => r.kind === 'value' && r.value !== '');
  let destination: string;
  if (cidr?.kind === 'value' && isCidr(cidr.value)) destination = cidr.value;
  else if (
    list.kind === 'id' ||
    (list.kind === 'outside' && /^pl-[0-9a-zA-Z]+$/.test(list.value))
  ) {
    // A prefix list as destination: the most specific of its entries matches.
    destination = list.kind === 'id' ? list.id : list.value;
  } else {
    const unknown = [cidr4, cidr6].find((r) => r.kind === 'unknown');
    const reason =
      list.kind === 'unknown'
        ? list.reason
        : unknown?.kind === 'unknown'
          ? unknown.reason
          : undefined;
    return {
      skip: reason
        ? `${reason}; the route is left out`
        : 'a route has no destination; it is left out',
    };
  }
  for (const [attribute, prefixes] of TARGETS) {
    const target = readId(ctx, attrs, attribute, prefixes);
    if (target.kind === 'unset') continue;
    return {
      route: {
        destination,
        target: targetId(ctx, attrs, attribute, target),
        state: 'active',
      },
    };
  }
  return { skip: `route ${destination} has no target; it is left out` };
}

/**
 * The route's target ID. One that cannot be told now keeps the address and attribute as its
 * target: the engine reads a target it does not know as "cannot tell", so the hop is `unknown`.
 */
function targetId(ctx: ImportContext, attrs: Attributes, attribute: string, read: IdRead): string {
  if (read.kind === 'id') return read.id;
  if (read.kind === 'outside' && read.value === 'local') return 'local';
  if (read.kind === 'outside') {
    ctx.warn(
      attrs.instance.address,
      `${attribute} ${read.value} is not in the plan; the route's hop is unknown`,
    );
    return read.value;
  }
  ctx.warn(
    attrs.instance.address,
    `${read.kind === 'unknown' ? read.reason : `${attribute} is not set`}; the route's hop is unknown`,
  );
  return `${attrs.label}.${attribute}`;
}

function addRoute(ctx: ImportContext, table: RouteTable, read: RouteRead, label: string): void {
  if ('skip' in read) {
    ctx.warn(label, read.skip);
    return;
  }
  const same = table.routes.find((r) => r.destination === read.route.destination);
  if (same === undefined) {
    table.routes.push(read.route);
    return;
  }
  // Inline routes and aws_route resources repeat one another in a state; `local` is AWS's own.
  if (same.target !== read.route.target && same.target !== 'local') {
    ctx.warn(
      label,
      `route ${read.route.destination} is written twice with different targets; the first is used`,
    );
  }
}
