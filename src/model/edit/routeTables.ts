import { parseCidr } from '../ip.ts';
import { newId } from '../ids.ts';
import { routeTargetKind, type RouteTable, type RouteTargetKind, type Scenario } from '../types.ts';
import { localDestinations, withLocalRoutes } from './localRoutes.ts';
import { fail, ok, type EditResult } from './result.ts';
import {
  findById,
  isDeadPeering,
  label,
  mainTableOf,
  mapKeep,
  missing,
  nameError,
  newIdError,
  patched,
  updateById,
} from './util.ts';

export { addRoute, removeRoute, routeTargetError, updateRoute, type RouteSpec } from './routes.ts';

/**
 * Route tables as a whole. A subnet without an association routes by its VPC's main table, which
 * cannot be deleted while it is main.
 * https://docs.aws.amazon.com/vpc/latest/userguide/RouteTables.html
 */

export interface CreateRouteTableSpec {
  readonly vpcId: string;
  readonly name: string;
  readonly id?: string;
}

/**
 * Creates a table holding only the local routes of the VPC's blocks, as AWS does.
 *
 * @example
 * const r = createRouteTable(scenario, { vpcId: 'vpc-a', name: 'public' });
 */
export function createRouteTable(
  scenario: Scenario,
  spec: CreateRouteTableSpec,
): EditResult<{ scenario: Scenario; table: RouteTable }> {
  const vpc = findById(scenario.vpcs, spec.vpcId);
  if (vpc === undefined) return fail(missing('VPC', spec.vpcId));
  const problem =
    nameError(spec.name) ??
    (spec.id === undefined ? undefined : newIdError(scenario, spec.id, 'rtb'));
  if (problem !== undefined) return fail(problem);
  const empty: RouteTable = {
    id: spec.id ?? newId('rtb'),
    name: spec.name,
    vpcId: vpc.id,
    main: false,
    routes: [],
  };
  const table = withLocalRoutes(empty, localDestinations(vpc));
  return ok({ scenario: { ...scenario, routeTables: [...scenario.routeTables, table] }, table });
}

/**
 * @example
 * renameRouteTable(scenario, 'rtb-a', 'public');
 */
export function renameRouteTable(
  scenario: Scenario,
  id: string,
  name: string,
): EditResult<Scenario> {
  const table = findById(scenario.routeTables, id);
  if (table === undefined) return fail(missing('Route table', id));
  const problem = nameError(name);
  if (problem !== undefined) return fail(problem);
  const next = patched(table, { name });
  return ok(
    next === table
      ? scenario
      : { ...scenario, routeTables: updateById(scenario.routeTables, id, () => next) },
  );
}

/**
 * Deletes a table that is not main; the subnets it served fall back to the main table.
 *
 * @example
 * deleteRouteTable(scenario, 'rtb-old');
 */
export function deleteRouteTable(scenario: Scenario, id: string): EditResult<Scenario> {
  const table = findById(scenario.routeTables, id);
  if (table === undefined) return fail(missing('Route table', id));
  if (table.main)
    return fail("A VPC's main route table cannot be deleted; make another table main first.");
  return ok({
    ...scenario,
    routeTables: scenario.routeTables.filter((t) => t.id !== id),
    subnets: mapKeep(scenario.subnets, (s) =>
      s.routeTableId === id ? patched(s, { routeTableId: null }) : s,
    ),
  });
}

/**
 * Associates a subnet with a table of its own VPC; `null` returns it to the main table.
 *
 * @example
 * associateRouteTable(scenario, 'subnet-web', 'rtb-public');
 */
export function associateRouteTable(
  scenario: Scenario,
  subnetId: string,
  rtbId: string | null,
): EditResult<Scenario> {
  const subnet = findById(scenario.subnets, subnetId);
  if (subnet === undefined) return fail(missing('Subnet', subnetId));
  if (rtbId !== null) {
    const table = findById(scenario.routeTables, rtbId);
    if (table === undefined) return fail(missing('Route table', rtbId));
    if (table.vpcId !== subnet.vpcId) {
      return fail(
        `Route table ${rtbId} belongs to ${table.vpcId}, but subnet ${subnetId} is in ${subnet.vpcId}.`,
      );
    }
  }
  const next = patched(subnet, { routeTableId: rtbId });
  return ok(
    next === subnet
      ? scenario
      : { ...scenario, subnets: updateById(scenario.subnets, subnetId, () => next) },
  );
}

/**
 * Makes a table its VPC's main table (the previous main one stops being main), as AWS's
 * "Set main route table" does.
 *
 * @example
 * setMainRouteTable(scenario, 'rtb-private');
 */
export function setMainRouteTable(scenario: Scenario, rtbId: string): EditResult<Scenario> {
  const table = findById(scenario.routeTables, rtbId);
  if (table === undefined) return fail(missing('Route table', rtbId));
  return ok({
    ...scenario,
    routeTables: mapKeep(scenario.routeTables, (t) =>
      t.vpcId !== table.vpcId ? t : patched(t, { main: t.id === rtbId }),
    ),
  });
}

export interface RouteTargetOption {
  readonly id: string;
  readonly label: string;
  readonly kind: RouteTargetKind;
}

/**
 * What a route of this table may point at, for a picker: internet and egress-only gateways
 * attached to its VPC, NAT gateways, gateway load balancer endpoints and network interfaces in it,
 * peerings that join it (not those gone or refused), and transit gateways it is attached to.
 *
 * @example
 * routeTargetsFor(scenario, 'rtb-public'); // [{ id: 'igw-a', label: 'igw-a (igw)', kind: 'internet-gateway' }]
 */
export function routeTargetsFor(scenario: Scenario, rtbId: string): RouteTargetOption[] {
  const table = findById(scenario.routeTables, rtbId);
  if (table === undefined) return [];
  const vpcId = table.vpcId;
  const subnets = new Set(scenario.subnets.filter((s) => s.vpcId === vpcId).map((s) => s.id));
  return [
    ...scenario.internetGateways
      .filter((g) => g.vpcId === vpcId)
      .map((g) => ({ id: g.id, label: label(g), kind: 'internet-gateway' as const })),
    ...scenario.natGateways
      .filter((n) => subnets.has(n.subnetId))
      .map((n) => ({ id: n.id, label: label(n), kind: 'nat-gateway' as const })),
    ...scenario.peeringConnections
      .filter((p) => !isDeadPeering(p) && (p.requesterVpcId === vpcId || p.accepterVpcId === vpcId))
      .map((p) => {
        const other = p.requesterVpcId === vpcId ? p.accepterVpcId : p.requesterVpcId;
        return { id: p.id, label: `${label(p)} to ${other}`, kind: 'peering' as const };
      }),
    ...scenario.transitGateways
      .filter((t) =>
        scenario.transitGatewayAttachments.some(
          (a) => a.transitGatewayId === t.id && a.vpcId === vpcId,
        ),
      )
      .map((t) => ({ id: t.id, label: label(t), kind: 'transit-gateway' as const })),
    ...scenario.egressOnlyInternetGateways
      .filter((g) => g.vpcId === vpcId)
      .map((g) => ({ id: g.id, label: label(g), kind: 'egress-only-internet-gateway' as const })),
    ...scenario.vpcEndpoints
      .filter((e) => e.vpcId === vpcId && e.type === 'gateway-load-balancer')
      .map((e) => ({ id: e.id, label: label(e), kind: 'vpc-endpoint' as const })),
    ...scenario.networkInterfaces
      .filter((e) => subnets.has(e.subnetId))
      .map((e) => ({ id: e.id, label: label(e), kind: 'network-interface' as const })),
  ];
}

/**
 * Whether a subnet is public in AWS's sense: its route table (its own, else the main one) sends
 * 0.0.0.0/0 or ::/0 to an internet gateway attached to its VPC.
 * https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html#subnet-types
 *
 * @example
 * isPublicSubnet(scenario, 'subnet-web'); // true
 */
export function isPublicSubnet(scenario: Scenario, subnetId: string): boolean {
  const subnet = findById(scenario.subnets, subnetId);
  if (subnet === undefined) return false;
  const table =
    subnet.routeTableId === undefined
      ? mainTableOf(scenario, subnet.vpcId)
      : findById(scenario.routeTables, subnet.routeTableId);
  return (
    table?.routes.some((r) => {
      if (r.state !== 'active' || routeTargetKind(r.target) !== 'internet-gateway') return false;
      if (parseCidr(r.destination)?.prefix !== 0) return false;
      return findById(scenario.internetGateways, r.target)?.vpcId === subnet.vpcId;
    }) ?? false
  );
}
