import type { Route, RouteTable } from '../model/types.ts';
import { ROUTE_TARGET_FIELDS, type AwsRoute, type AwsRouteTable } from './bundleSchema.ts';
import { nameFrom } from './tags.ts';
import type { ImportWarnings } from './warnings.ts';

/** What the bundle holds of the resources a route may lead to. */
export interface RouteContext {
  /** NAT gateways left out of the scenario (private or regional ones), with the reason. */
  readonly unmodelledNats: ReadonlyMap<string, string>;
  readonly transitGateways: ReadonlySet<string>;
  readonly egressOnlyGateways: ReadonlySet<string>;
  readonly vpcEndpoints: ReadonlySet<string>;
}

/**
 * Route targets the engine does not model, gathered over every table so that each is reported once
 * (one `warning:` line per resource), naming the tables whose routes lead to it.
 */
export class RouteTargets {
  readonly #found = new Map<string, { what: string; tables: Set<string>; vpcs: Set<string> }>();

  note(target: string, what: string, tableId: string, vpcId: string): void {
    const entry = this.#found.get(target) ?? { what, tables: new Set(), vpcs: new Set() };
    entry.tables.add(tableId);
    entry.vpcs.add(vpcId);
    this.#found.set(target, entry);
  }

  /** One warning per target, for the flows of the VPCs whose tables name it. */
  report(warnings: ImportWarnings): void {
    for (const [target, { what, tables, vpcs }] of this.#found) {
      warnings.add(target, `${what} (routes in ${[...tables].join(', ')})`, [...vpcs]);
    }
  }
}

/** Why a target is not modelled, by its ID's prefix, for a warning a person can act on. */
function unmodelledTarget(target: string, ctx: RouteContext): string | null {
  const unknownFlows = 'flows its routes carry are unknown';
  if (target.startsWith('vgw-'))
    return `virtual private gateway (VPN, Direct Connect) is not modelled; ${unknownFlows}`;
  if (target.startsWith('cagw-')) return `carrier gateway is not modelled; ${unknownFlows}`;
  if (target.startsWith('lgw-')) return `local gateway is not modelled; ${unknownFlows}`;
  if (target.startsWith('arn:')) return `this network is not modelled; ${unknownFlows}`;
  if (target.startsWith('i-'))
    return `an instance as a route target (a NAT instance?) is not modelled; ${unknownFlows}`;
  if (target.startsWith('eni-'))
    return `a network interface as a route target (an appliance?) forwards what the engine does not model; ${unknownFlows}`;
  if (target.startsWith('tgw-') && !ctx.transitGateways.has(target))
    return `transit gateway is not in the bundle (TransitGateways; another account's?); ${unknownFlows}`;
  if (target.startsWith('vpce-') && !ctx.vpcEndpoints.has(target))
    return `endpoint is not in the bundle (VpcEndpoints; a Network Firewall endpoint?); ${unknownFlows}`;
  if (target.startsWith('eigw-') && !ctx.egressOnlyGateways.has(target))
    return 'egress-only internet gateway is not in the bundle (EgressOnlyInternetGateways)';
  const nat = ctx.unmodelledNats.get(target);
  if (nat !== undefined) return `${nat} is not modelled; ${unknownFlows}`;
  return null;
}

/**
 * A route table. `main` comes from an association with `Main: true`; subnet associations are
 * read separately (associations.ts). Every route keeps its target ID, so the engine decides what
 * it can and answers `unknown` for what it cannot; targets it cannot model are gathered in
 * `targets` and reported once each.
 */
export function routeTableFromAws(
  table: AwsRouteTable,
  ctx: RouteContext,
  targets: RouteTargets,
  warnings: ImportWarnings,
): RouteTable {
  const routes = (table.Routes ?? []).flatMap((route) => {
    const kept = routeFromAws(table, route, ctx, targets, warnings);
    return kept ? [kept] : [];
  });
  return {
    id: table.RouteTableId,
    name: nameFrom(table.Tags, table.RouteTableId),
    vpcId: table.VpcId,
    main: (table.Associations ?? []).some((a) => a.Main === true),
    routes,
  };
}

/**
 * One route: to a CIDR block or a prefix list (`DestinationPrefixListId`, as AWS adds for a
 * gateway endpoint), toward its target. A NAT instance's route names both the instance and its
 * interface: the interface is the target.
 */
function routeFromAws(
  table: AwsRouteTable,
  route: AwsRoute,
  ctx: RouteContext,
  targets: RouteTargets,
  warnings: ImportWarnings,
): Route | null {
  const tableId = table.RouteTableId;
  const destination =
    route.DestinationCidrBlock ?? route.DestinationIpv6CidrBlock ?? route.DestinationPrefixListId;
  const targetField =
    route.NetworkInterfaceId !== undefined && route.InstanceId !== undefined
      ? 'NetworkInterfaceId'
      : ROUTE_TARGET_FIELDS.find((field) => route[field] !== undefined);
  const target = targetField === undefined ? undefined : route[targetField];
  const shownDestination = destination ?? 'with no destination';
  if (target === undefined) {
    warnings.add(
      tableId,
      `route ${shownDestination} has a target this importer does not know; it is left out`,
      [table.VpcId],
    );
    return null;
  }
  if (destination === undefined) {
    warnings.add(tableId, `route -> ${target} has no destination; it is left out`, [table.VpcId]);
    return null;
  }
  if (route.State === 'filtered') {
    warnings.add(
      tableId,
      `route ${destination} -> ${target} is filtered (not installed by its route server); it is left out`,
    );
    return null;
  }
  const why = unmodelledTarget(target, ctx);
  if (why !== null) targets.note(target, why, tableId, table.VpcId);
  return { destination, target, state: route.State ?? 'active' };
}
