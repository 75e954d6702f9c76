import type { Route, RouteTable } from '../model/types.ts';
import { routeTargetKind } from '../model/types.ts';
import { ROUTE_TARGET_FIELDS, type AwsRoute, type AwsRouteTable } from './bundleSchema.ts';
import { nameFrom } from './tags.ts';
import type { ImportWarnings } from './warnings.ts';

/** What an unmodelled target is, by its ID's prefix, for a warning a person can act on. */
const UNMODELLED_TARGETS: ReadonlyArray<readonly [prefix: string, kind: string]> = [
  ['tgw-', 'transit gateway'],
  ['vpce-', 'VPC endpoint'],
  ['eigw-', 'egress-only internet gateway'],
  ['eni-', 'network interface'],
  ['i-', 'instance'],
  ['vgw-', 'virtual private gateway'],
  ['cagw-', 'carrier gateway'],
  ['lgw-', 'local gateway'],
  ['arn:', 'core network'],
];

function unmodelledKind(target: string): string {
  return UNMODELLED_TARGETS.find(([prefix]) => target.startsWith(prefix))?.[1] ?? 'unknown target';
}

/**
 * A route table. `main` comes from an association with `Main: true`; subnet associations are
 * read separately (associations.ts). `unmodelledNats` are NAT gateways left out of the scenario
 * (private or regional ones), with the reason, so that routes to them are flagged.
 */
export function routeTableFromAws(
  table: AwsRouteTable,
  unmodelledNats: ReadonlyMap<string, string>,
  warnings: ImportWarnings,
): RouteTable {
  const routes = (table.Routes ?? []).flatMap((route) => {
    const kept = routeFromAws(table.RouteTableId, route, unmodelledNats, warnings);
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
 * One route. Routes to targets the engine does not model keep their target ID (the engine reads
 * an unknown prefix as "cannot tell") and are reported; a route whose destination is a prefix
 * list has no CIDR to store, so it is reported and left out.
 */
function routeFromAws(
  tableId: string,
  route: AwsRoute,
  unmodelledNats: ReadonlyMap<string, string>,
  warnings: ImportWarnings,
): Route | null {
  const destination = route.DestinationCidrBlock ?? route.DestinationIpv6CidrBlock;
  const targetField = ROUTE_TARGET_FIELDS.find((field) => route[field] !== undefined);
  const target = targetField === undefined ? undefined : route[targetField];
  const prefixList = route.DestinationPrefixListId;
  const shownDestination =
    destination ?? (prefixList === undefined ? 'with no destination' : `prefix list ${prefixList}`);
  if (target === undefined) {
    warnings.add(
      tableId,
      `route ${shownDestination} has a target this importer does not know; it is left out`,
    );
    return null;
  }
  if (destination === undefined) {
    warnings.add(
      tableId,
      `route ${shownDestination} -> ${target} has no destination CIDR to store (prefix-list destinations are not modelled); it is left out`,
    );
    return null;
  }
  const kind = routeTargetKind(target);
  // Transit gateways, endpoints, egress-only gateways and interfaces are not imported yet.
  if (
    kind !== 'local' &&
    kind !== 'internet-gateway' &&
    kind !== 'nat-gateway' &&
    kind !== 'peering'
  ) {
    warnings.add(
      tableId,
      `route ${destination} -> ${target} (${unmodelledKind(target)}) is not modelled`,
    );
  }
  const natReason = unmodelledNats.get(target);
  if (kind === 'nat-gateway' && natReason !== undefined) {
    warnings.add(tableId, `route ${destination} -> ${target} (${natReason}) is not modelled`);
  }
  return { destination, target, state: route.State ?? 'active' };
}
