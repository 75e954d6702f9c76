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

interface Decision {
  readonly verdict: HopVerdict;
  readonly resourceId: string;
  readonly why: string;
  readonly route: CTgwRoute | undefined;
  readonly table: CTgwRouteTable | undefined;
  /** The attachment the packet leaves by (or would, on the blocked path). */
  readonly exit: CAttachment | undefined;
  readonly fix: (() => Proposal | null) | undefined;
}

function lookup(table: CTgwRouteTable, dst: IpValue): CTgwRoute | undefined {
  for (const r of table.routes) if (inRange(r.range, dst)) return r;
  return undefined;
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
  const base = { route: undefined, table: undefined, exit: fallback, fix: undefined };
  const deny = (resourceId: string, why: string, fix?: () => Proposal | null): Decision => ({
    ...base,
    verdict: 'deny',
    resourceId,
    why,
    fix: fix ?? (() => ({ summary: `${why}.`, edit: null })),
  });
  if (!tgw) return deny(tgwId, `${tgwId} is not a transit gateway of this scenario`);
  if (!att) return deny(tgwId, `${from.id} has no attachment to ${tgwId}`);
  if (!tgw.available) return deny(tgwId, `${tgwId} is ${tgw.state}, not available`);
  if (!att.available) return deny(att.id, `${att.id} is ${att.state}, not available`);
  if (!att.byZone.has(zone)) {
    return deny(
      att.id,
      `${att.id} has no subnet in ${zone}, and resources of a zone where the attachment has no subnet cannot reach the transit gateway`,
    );
  }
  const table = att.routeTable;
  if (!table) {
    return deny(
      att.routeTableId ?? att.id,
      att.routeTableId
        ? `${att.id} is associated with ${att.routeTableId}, which is not in the scenario`
        : `${att.id} is associated with no transit gateway route table, so the transit gateway cannot route what it sends`,
    );
  }
  const route = lookup(table, dst);
  const where = { ...base, table, route };
  const toFix = () => routeFix(table, fallback, to, dst);
  if (!route) {
    return {
      ...where,
      verdict: 'deny',
      resourceId: table.id,
      why: `No route of ${table.id} covers ${formatIp(dst)}`,
      fix: toFix,
    };
  }
  if (route.blackhole) {
    return {
      ...where,
      verdict: 'deny',
      resourceId: table.id,
      why: `${table.id} sends ${formatIp(dst)} by its blackhole route ${route.route.destination}, which drops it`,
      fix: toFix,
    };
  }
  const exit = route.attachmentId === undefined ? undefined : c.attachments.get(route.attachmentId);
  if (!exit) {
    return {
      ...where,
      verdict: 'deny',
      resourceId: table.id,
      why: `${table.id} sends ${formatIp(dst)} to ${route.attachmentId}, which is not in the scenario`,
      fix: toFix,
    };
  }
  if (exit.resourceType !== 'vpc' || !exit.vpc) {
    return {
      ...where,
      exit,
      verdict: 'unknown',
      resourceId: table.id,
      why: `${table.id} sends ${formatIp(dst)} to ${exit.id}, a ${exit.resourceType} attachment that VPC Flow Lab does not model, so what happens next cannot be told`,
    };
  }
  if (to && exit.vpc !== to) {
    return {
      ...where,
      exit,
      verdict: 'unknown',
      resourceId: table.id,
      why: `${table.id} sends ${formatIp(dst)} to ${exit.id} of ${exit.vpc.id}, not to the destination's VPC; traffic through another VPC is not modelled, so what happens next cannot be told`,
    };
  }
  if (!exit.available) {
    return {
      ...where,
      exit,
      verdict: 'deny',
      resourceId: exit.id,
      why: `${exit.id} is ${exit.state}, not available`,
      fix: () => ({ summary: `${exit.id} is ${exit.state}; it must be available.`, edit: null }),
    };
  }
  return {
    ...where,
    exit,
    verdict: 'allow',
    resourceId: table.id,
    why: `${table.id} (associated with ${att.id}) sends ${formatIp(dst)} by its most specific route ${route.route.destination}${route.route.type === 'propagated' ? ' (propagated)' : ''} to ${exit.id} of ${exit.vpc.id}`,
  };
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
  w.add({
    direction,
    layer: 'transit-gateway',
    resourceId: d.resourceId,
    verdict: d.verdict,
    rule,
    pkt,
    unknown: d.verdict === 'unknown' ? true : undefined,
    reason: () => `${d.why}.`,
    warning:
      d.verdict === 'unknown'
        ? () => `${d.resourceId}: ${d.why.replace(/, so what.*$/, '')}.`
        : undefined,
    fix: d.verdict === 'deny' ? d.fix : undefined,
  });
  return d.exit;
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
