import { formatCidr, formatIp, rangeHas, type IpValue } from '../../model/ip.ts';
import type { CompiledScenario, CRoute, CRouteTable, CSubnet, CVpc } from '../compile.ts';
import { trafficText } from '../explain.ts';
import { inRange } from '../match.ts';
import type { Pkt } from '../packet.ts';
import type { Intent, ResolvedFlow } from '../resolve.ts';
import type { DecidingRule, Direction, HopVerdict } from '../types.ts';
import type { Emitter, Proposal } from './hop.ts';

/**
 * What a route must lead to: the flow's own intent, `unmodeled` after a target the engine does not
 * model (any route will do), or `nat-exit` for a NAT gateway's subnet (an internet gateway only).
 */
export type RouteIntent = Intent | 'unmodeled' | 'nat-exit';

/**
 * The most specific route that covers the destination wins (longest prefix match); the table's
 * routes are sorted most specific first, so the first hit is it.
 * https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html
 */
export function routeLookup(table: CRouteTable, destination: IpValue): CRoute | undefined {
  for (const r of table.routes) if (inRange(r.range, destination)) return r;
  return undefined;
}

/** True when the route leads the way the packet must go, else why not (a clause). */
function expectedTarget(
  f: ResolvedFlow,
  intent: RouteIntent,
  r: CRoute,
  pcxBack: string | undefined,
): true | string {
  const k = r.kind;
  if (intent === 'unmodeled') return true;
  if (intent === 'nat-exit') {
    return k === 'internet-gateway'
      ? true
      : 'but a NAT gateway reaches the internet only through a route to an internet gateway';
  }
  if (intent === 'local') {
    return k === 'local'
      ? true
      : 'but the destination is in the same VPC and must stay on the local route';
  }
  if (intent === 'peering') {
    if (k === 'peering') {
      return pcxBack === undefined || pcxBack === r.route.target
        ? true
        : `but the request came over ${pcxBack}, so the reply must go back over it`;
    }
    if (k === 'local') return 'but the destination is in another VPC';
    return 'but the destination is a private address in another VPC, which the internet cannot reach: it needs a route to the peering connection';
  }
  if (k === 'internet-gateway') return true;
  if (k === 'nat-gateway') {
    return f.dst.kind === 'instance' && f.src.kind === 'internet'
      ? 'but the connection came in through the internet gateway: replies sent through a NAT gateway leave from another address and the client drops them'
      : true;
  }
  return 'but the destination is on the internet, so the route must lead to an internet or NAT gateway';
}

/**
 * Looks up the subnet's route table and judges the route against how the packet must travel.
 * Returns the route that matched, so the walk knows where the packet goes next.
 */
export function routeTableLayer(
  w: Emitter,
  direction: Direction,
  subnet: CSubnet,
  pkt: Pkt,
  intent: RouteIntent,
  pcxBack?: string,
): CRoute | undefined {
  if (w.stopped) return undefined;
  const f = w.f;
  const table = subnet.routeTable;
  const r = table ? routeLookup(table, pkt.dst) : undefined;
  const blackhole = r?.route.state === 'blackhole';
  const unmodeled = !blackhole && r?.kind === 'unmodeled';
  const expected = r && !blackhole && !unmodeled ? expectedTarget(f, intent, r, pcxBack) : false;
  const verdict: HopVerdict = unmodeled ? 'skip' : expected === true ? 'allow' : 'deny';
  if (w.quick(direction, 'route', verdict, unmodeled)) return r;

  const c = w.c;
  const fix = verdict === 'deny' ? () => routeFix(c, f, direction, subnet, pkt.dst, r) : undefined;
  if (!table) {
    w.add({
      direction,
      layer: 'route',
      pkt,
      subnetId: subnet.id,
      verdict,
      resourceId: subnet.id,
      rule: null,
      reason: () => `${subnet.id} has no route table.`,
      fix,
    });
    return undefined;
  }
  const dst = () => formatIp(pkt.dst);
  if (!r) {
    w.add({
      direction,
      layer: 'route',
      pkt,
      subnetId: subnet.id,
      verdict,
      resourceId: table.id,
      rule: null,
      reason: () =>
        `No route of ${table.id} covers ${dst()}, so ${subnet.id} drops ${trafficText(pkt)} to it.`,
      fix,
    });
    return undefined;
  }
  const rule: DecidingRule = r.implicit
    ? { kind: 'route', routeTableId: table.id, route: r.route, implicit: true }
    : { kind: 'route', routeTableId: table.id, route: r.route };
  const says = () =>
    `${table.id} sends ${dst()} by its most specific route ${r.route.destination} → ${r.route.target}`;
  w.add({
    direction,
    layer: 'route',
    pkt,
    subnetId: subnet.id,
    verdict,
    resourceId: table.id,
    rule,
    unknown: unmodeled ? true : undefined,
    reason: blackhole
      ? () =>
          `${says()}, which is a blackhole route (its target is gone), so the packet is dropped.`
      : unmodeled
        ? () =>
            `${says()}, a target VPC Flow Lab does not model, so what happens next cannot be told.`
        : () => (expected === true ? `${says()}.` : `${says()}, ${expected}.`),
    warning: unmodeled
      ? () => `${table.id}: route ${r.route.destination} → ${r.route.target} is not modelled.`
      : undefined,
    fix,
  });
  return r;
}

/** A route to where the packet must go: the peer VPC's connection, or the way to the internet. */
function routeFix(
  c: CompiledScenario,
  f: ResolvedFlow,
  direction: Direction,
  subnet: CSubnet,
  dst: IpValue,
  matched: CRoute | undefined,
): Proposal | null {
  const table = subnet.routeTable;
  // A VPC without a main table routes by its local routes only: there is no table to edit.
  if (!table || !c.source.routeTables.some((t) => t.id === table.id)) return null;
  const vpc = subnet.vpc;
  const anywhere = dst.family === 4 ? '0.0.0.0/0' : '::/0';
  let destination = anywhere;
  let target: string | undefined;
  const peerVpc = [...c.vpcs.values()].find(
    (v) => v.id !== vpc.id && v.ranges.some((r) => rangeHas(r, dst)),
  );
  if (peerVpc && f.intent === 'peering') {
    const pcx = c.peeringBetween(vpc.id, peerVpc.id);
    const range = peerVpc.ranges.find((r) => rangeHas(r, dst));
    if (!pcx || !range) {
      return {
        summary: `Peer ${vpc.id} with ${peerVpc.id}, then route ${peerVpc.id}'s CIDR to that peering connection.`,
        edit: null,
      };
    }
    destination = formatCidr(range);
    target = pcx.id;
  } else if (matched?.route.target === 'local') {
    return null;
  } else {
    target = internetTarget(c, f, vpc, direction, subnet);
    if (!target)
      return {
        summary: `Attach an internet gateway to ${vpc.id}, then route ${anywhere} to it.`,
        edit: null,
      };
    if (matched && matched.route.destination !== anywhere) destination = matched.route.destination;
  }
  return {
    summary: `In ${table.id}, send ${destination} to ${target}.`,
    edit: { kind: 'set-route', routeTableId: table.id, destination, target },
  };
}

/**
 * The way to the internet for this subnet: the internet gateway, unless the instance has no public
 * address and a NAT gateway of another subnet can carry a connection it opens.
 */
function internetTarget(
  c: CompiledScenario,
  f: ResolvedFlow,
  vpc: CVpc,
  direction: Direction,
  subnet: CSubnet,
): string | undefined {
  const opener = f.src.kind === 'instance' && direction === 'request' ? f.src.instance : undefined;
  const needsNat =
    opener && f.family === 4 && opener.public4 === undefined && subnet === opener.subnet;
  if (needsNat) {
    for (const n of c.natGateways.values()) {
      if (n.available && n.subnet?.vpc === vpc && n.subnet !== opener.subnet) return n.id;
    }
  }
  return vpc.internetGatewayId;
}
