import { formatCidr, formatIp, rangeHas, type IpValue } from '../../model/ip.ts';
import type {
  CAttachment,
  CompiledScenario,
  CSubnet,
  CTgwRoute,
  CTgwRouteTable,
  CVpc,
} from '../compiled.ts';
import { inRange } from '../match.ts';
import type { Pkt } from '../packet.ts';
import type { DecidingRule, Direction, HopVerdict } from '../types.ts';
import type { Emitter, Proposal } from './hop.ts';

/**
 * A transit gateway routes a packet that comes from a VPC attachment by the route table that
 * attachment is associated with: the most specific route wins, a blackhole route drops, and a
 * route to another VPC attachment delivers the packet into that VPC. Resources of an Availability
 * Zone where the attachment has no subnet cannot reach the transit gateway.
 * https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html
 * https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html
 */

/** The attachment subnet of the source's zone, where the packet enters the transit gateway. */
export function entrySubnet(att: CAttachment | undefined, zone: string): CSubnet | undefined {
  return att?.byZone.get(zone);
}

/**
 * The attachment subnet by which the packet leaves the transit gateway into the destination's
 * VPC: the one in the source's zone when the attachment has one, else the one in the
 * destination's zone, else its first subnet by ID (spec/cli-analyze.md, "Transit gateway").
 */
export function exitSubnet(
  att: CAttachment | undefined,
  fromZone: string,
  toZone: string,
): CSubnet | undefined {
  return att?.byZone.get(fromZone) ?? att?.byZone.get(toZone) ?? att?.subnets[0];
}

/** Why the NACL hops between the transit gateway and an interface of its own subnet are skipped. */
export const attachmentSubnetSkip = (subnet: CSubnet) => () =>
  `${subnet.id} is the transit gateway attachment's own subnet, and AWS evaluates neither its outbound nor its inbound network ACL rules for traffic from the transit gateway to interfaces of that subnet.`;

type Why =
  | 'no-tgw'
  | 'no-attachment'
  | 'tgw-down'
  | 'attachment-down'
  | 'no-zone'
  | 'no-table'
  | 'no-route'
  | 'blackhole'
  | 'no-exit'
  | 'other-kind'
  | 'other-vpc'
  | 'exit-down'
  | 'ok';

interface Decision {
  readonly verdict: HopVerdict;
  readonly resourceId: string;
  readonly why: Why;
  readonly route: CTgwRoute | undefined;
  readonly table: CTgwRouteTable | undefined;
  /** The attachment the packet enters by. */
  readonly entry: CAttachment | undefined;
  /** The attachment the packet leaves by (or would, on the blocked path). */
  readonly exit: CAttachment | undefined;
}

function lookup(table: CTgwRouteTable, dst: IpValue): CTgwRoute | undefined {
  for (const r of table.routes) if (inRange(r.range, dst)) return r;
  return undefined;
}

function decision(
  verdict: HopVerdict,
  resourceId: string,
  why: Why,
  entry: CAttachment | undefined,
  exit: CAttachment | undefined,
  table?: CTgwRouteTable,
  route?: CTgwRoute,
): Decision {
  return { verdict, resourceId, why, route, table, entry, exit };
}

function decide(
  c: CompiledScenario,
  tgwId: string,
  from: CVpc,
  zone: string,
  to: CVpc | undefined,
  dst: IpValue,
): Decision {
  const tgw = c.transitGateways.get(tgwId);
  const att = c.vpcAttachment(tgwId, from.id);
  const fallback = to ? c.vpcAttachment(tgwId, to.id) : undefined;
  // Not in the input (shared from another account, say): the route exists, so it cannot be told.
  if (!tgw) return decision('unknown', tgwId, 'no-tgw', att, fallback);
  if (!att) return decision('deny', tgwId, 'no-attachment', att, fallback);
  if (!tgw.available) return decision('deny', tgwId, 'tgw-down', att, fallback);
  if (!att.available) return decision('deny', att.id, 'attachment-down', att, fallback);
  if (!att.byZone.has(zone)) return decision('deny', att.id, 'no-zone', att, fallback);
  const table = att.routeTable;
  // Associated with a table the input does not hold (only the owner can describe it): unknown.
  if (!table && att.routeTableId !== undefined)
    return decision('unknown', att.routeTableId, 'no-table', att, fallback);
  if (!table) return decision('deny', att.id, 'no-table', att, fallback);
  const route = lookup(table, dst);
  if (!route) return decision('deny', table.id, 'no-route', att, fallback, table);
  if (route.blackhole) return decision('deny', table.id, 'blackhole', att, fallback, table, route);
  const exit = route.attachmentId === undefined ? undefined : c.attachments.get(route.attachmentId);
  if (!exit) return decision('deny', table.id, 'no-exit', att, fallback, table, route);
  if (exit.resourceType !== 'vpc' || !exit.vpc)
    return decision('unknown', table.id, 'other-kind', att, exit, table, route);
  if (to && exit.vpc !== to)
    return decision('unknown', table.id, 'other-vpc', att, exit, table, route);
  if (!exit.available) return decision('deny', exit.id, 'exit-down', att, exit, table, route);
  return decision('allow', table.id, 'ok', att, exit, table, route);
}

/** The decision in words (built only for a kept trace). */
function sentence(d: Decision, tgwId: string, from: CVpc, zone: string, dst: IpValue): string {
  const att = d.entry;
  const table = d.table;
  const route = d.route;
  const exit = d.exit;
  const ip = formatIp(dst);
  switch (d.why) {
    case 'no-tgw':
      return `${tgwId} is not in the input (another account's transit gateway?)`;
    case 'no-attachment':
      return `${from.id} has no attachment to ${tgwId}`;
    case 'tgw-down':
      return `${tgwId} is not available`;
    case 'attachment-down':
      return `${att?.id} is ${att?.state}, not available`;
    case 'no-zone':
      return `${att?.id} has no subnet in ${zone}, and resources of a zone where the attachment has no subnet cannot reach the transit gateway`;
    case 'no-table':
      return att?.routeTableId
        ? `${att.id} is associated with ${att.routeTableId}, which is not in the input (only the transit gateway's owner can describe it)`
        : `${att?.id} is associated with no transit gateway route table, so the transit gateway cannot route what it sends`;
    case 'no-route':
      return `No route of ${table?.id} covers ${ip}`;
    case 'blackhole':
      return `${table?.id} sends ${ip} by its blackhole route ${route?.route.destination}, which drops it`;
    case 'no-exit':
      return `${table?.id} sends ${ip} to ${route?.attachmentId}, which is not in the scenario`;
    case 'other-kind':
      return `${table?.id} sends ${ip} to ${exit?.id}, a ${exit?.resourceType} attachment that VPC Flow Lab does not model`;
    case 'other-vpc':
      return `${table?.id} sends ${ip} to ${exit?.id} of ${exit?.vpc?.id}, not to the destination's VPC; traffic through another VPC is not modelled`;
    case 'exit-down':
      return `${exit?.id} is ${exit?.state}, not available`;
    case 'ok':
      return `${table?.id} (associated with ${att?.id}) sends ${ip} by its most specific route ${route?.route.destination}${route?.route.type === 'propagated' ? ' (propagated)' : ''} to ${exit?.id} of ${exit?.vpc?.id}`;
  }
}

/**
 * The transit gateway hop: the attachment of the sending VPC and its route table. Returns the
 * attachment the packet leaves by (on the blocked path, the destination VPC's attachment).
 */
export function transitGatewayLayer(
  w: Emitter,
  direction: Direction,
  tgwId: string,
  from: CVpc,
  zone: string,
  to: CVpc | undefined,
  pkt: Pkt,
): CAttachment | undefined {
  if (w.stopped) return undefined;
  const d = decide(w.c, tgwId, from, zone, to, pkt.dst);
  if (w.quick(direction, 'transit-gateway', d.verdict)) return d.exit;
  const rule: DecidingRule | null =
    d.route && d.table
      ? { kind: 'transit-gateway-route', routeTableId: d.table.id, route: d.route.route }
      : null;
  const why = () => sentence(d, tgwId, from, zone, pkt.dst);
  w.add({
    direction,
    layer: 'transit-gateway',
    resourceId: d.resourceId,
    verdict: d.verdict,
    rule,
    pkt,
    unknown: d.verdict === 'unknown' ? true : undefined,
    reason:
      d.verdict === 'unknown'
        ? () => `${why()}, so what happens next cannot be told.`
        : () => `${why()}.`,
    warning: d.verdict === 'unknown' ? () => `${d.resourceId}: ${why()}.` : undefined,
    fix: d.verdict === 'deny' ? () => transitFix(d, to, pkt.dst, why) : undefined,
  });
  return d.exit;
}

function transitFix(
  d: Decision,
  to: CVpc | undefined,
  dst: IpValue,
  why: () => string,
): Proposal | null {
  if ((d.why === 'no-route' || d.why === 'blackhole') && d.table)
    return routeFix(d.table, d.exit, to, dst);
  if (d.why === 'exit-down') return { summary: `${why()}; it must be available.`, edit: null };
  return { summary: `${why()}.`, edit: null };
}

/**
 * The missing route: the destination attachment's propagation, or a static route in place of a
 * blackhole one.
 */
function routeFix(
  table: CTgwRouteTable,
  exit: CAttachment | undefined,
  to: CVpc | undefined,
  dst: IpValue,
): Proposal | null {
  if (!exit || !to) return null;
  const range = to.ranges.find((r) => rangeHas(r, dst));
  const blackhole = table.routes.find((r) => r.blackhole && inRange(r.range, dst));
  if (blackhole) {
    return {
      summary: `In ${table.id}, send ${blackhole.route.destination} to ${exit.id} instead of the blackhole.`,
      edit: {
        kind: 'add-transit-gateway-route',
        routeTableId: table.id,
        destination: blackhole.route.destination,
        attachmentId: exit.id,
      },
    };
  }
  return {
    summary: `Propagate ${exit.id} (${to.id}${range ? `, ${formatCidr(range)}` : ''}) to ${table.id}.`,
    edit: {
      kind: 'propagate-transit-gateway-route',
      routeTableId: table.id,
      attachmentId: exit.id,
    },
  };
}
