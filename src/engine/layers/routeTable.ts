import { formatIp, type IpValue } from '../../model/ip.ts';
import type { CompiledScenario, CPrefixList, CRoute, CRouteTable, CSubnet } from '../compiled.ts';
import { prefixListLabel, trafficText } from '../explain.ts';
import { inRange } from '../match.ts';
import type { Pkt } from '../packet.ts';
import type { Intent } from '../resolve.ts';
import type { DecidingRule, Direction, HopVerdict } from '../types.ts';
import type { Emitter } from './hop.ts';
import { routeBlock, routeFix } from './routeFix.ts';

/**
 * What a route must lead to: the flow's own intent; `internet-reply` for the reply to a
 * connection that came in through an internet gateway (back out through it); `nat-exit` for a NAT
 * gateway's subnet (an internet gateway only); `unmodeled` after a target the engine does not
 * model (any route will do).
 */
export type RouteIntent = Intent | 'internet-reply' | 'nat-exit' | 'unmodeled';

export interface RouteMatch {
  readonly route: CRoute | undefined;
  /** The prefix-list entry by which a prefix-list route matched. */
  readonly entry: string | undefined;
  /** A prefix list whose entries are not known and that might hold a more specific match. */
  readonly unknownList: CPrefixList | undefined;
}

const NO_MATCH: RouteMatch = { route: undefined, entry: undefined, unknownList: undefined };

/**
 * The most specific route that covers the destination wins (longest prefix match), among CIDR
 * routes and prefix-list routes alike; a prefix-list route matches by the most specific entry of
 * its list that covers the destination, and at equal length the CIDR route wins.
 * https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html
 */
export function routeLookup(table: CRouteTable, destination: IpValue): RouteMatch {
  let best: CRoute | undefined;
  for (const r of table.routes) {
    if (r.range !== undefined && inRange(r.range, destination)) {
      best = r;
      break;
    }
  }
  if (table.prefixListRoutes.length === 0)
    return best ? { route: best, entry: undefined, unknownList: undefined } : NO_MATCH;
  let prefix = best?.range?.prefix ?? -1;
  let entry: string | undefined;
  let unknownList: CPrefixList | undefined;
  const full = destination.family === 4 ? 32 : 128;
  for (const r of table.prefixListRoutes) {
    const list = r.prefixList;
    if (!list || list.family !== destination.family) continue;
    if (list.ranges === undefined) {
      // Its entries could be anything up to a host route, which only an equal CIDR route beats.
      if (prefix < full) unknownList ??= list;
      continue;
    }
    for (const range of list.ranges) {
      if (range.prefix > prefix && inRange(range, destination)) {
        prefix = range.prefix;
        best = r;
        entry = `${formatIp(rangeStart(range))}/${range.prefix}`;
      }
    }
  }
  return { route: best, entry, unknownList };
}

function rangeStart(r: NonNullable<CRoute['range']>): IpValue {
  return r.family === 4 ? { family: 4, value: r.first } : { family: 6, value: r.first };
}

/** True when the route leads the way the packet must go, `unknown` when that cannot be told, else why not. */
function judge(
  c: CompiledScenario,
  intent: RouteIntent,
  r: CRoute,
  pcxBack: string | undefined,
): true | 'unknown' | string {
  const k = r.kind;
  if (intent === 'unmodeled') return true;
  if (k === 'network-interface' || k === 'unmodeled') return 'unknown';
  if (k === 'vpc-endpoint') {
    const e = c.endpoints.get(r.route.target);
    if (!e) return `but ${r.route.target} is not an endpoint of this scenario`;
    if (e.type !== 'gateway') return 'unknown';
    return intent === 'internet' && r.prefixList
      ? true
      : 'but a gateway endpoint carries only traffic for its service';
  }
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
  if (intent === 'private') {
    if (k === 'peering') {
      return pcxBack === undefined || pcxBack === r.route.target
        ? true
        : `but the request came over ${pcxBack}, so the reply must go back over it`;
    }
    if (k === 'transit-gateway') return true;
    if (k === 'local') return 'but the destination is in another VPC';
    return 'but the destination is a private address in another VPC, which the internet cannot reach: it needs a route to a peering connection or a transit gateway';
  }
  if (k === 'internet-gateway') return true;
  if (intent === 'internet-reply') {
    if (k === 'nat-gateway')
      return 'but the connection came in through the internet gateway: replies sent through a NAT gateway leave from another address and the client drops them';
    if (k === 'egress-only-internet-gateway')
      return 'but the connection came in through the internet gateway, and the reply must leave by it: an egress-only internet gateway carries only connections opened from inside';
  }
  if (k === 'nat-gateway' || k === 'egress-only-internet-gateway') return true;
  // Centralised egress through another VPC is not modelled.
  if (k === 'transit-gateway') return 'unknown';
  return 'but the destination is on the internet, so the route must lead to an internet gateway, a NAT gateway or an egress-only internet gateway';
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
  const { c, f } = w;
  const table = subnet.routeTable;
  const m = table ? routeLookup(table, pkt.dst) : NO_MATCH;
  const r = m.route;
  const blackhole = r?.route.state === 'blackhole';
  const judged = m.unknownList ? 'unknown' : r && !blackhole ? judge(c, intent, r, pcxBack) : false;
  const verdict: HopVerdict = judged === true ? 'allow' : judged === 'unknown' ? 'unknown' : 'deny';
  if (w.quick(direction, 'route', verdict)) return r;
  const fix = verdict === 'deny' ? () => routeFix(c, f, direction, subnet, pkt.dst, r) : undefined;
  if (!table || !r) {
    w.add({
      direction,
      layer: 'route',
      pkt,
      subnetId: subnet.id,
      verdict,
      resourceId: table?.id ?? subnet.id,
      rule: null,
      unknown: verdict === 'unknown' ? true : undefined,
      reason: () => noRouteReason(c, subnet, table, pkt, m.unknownList),
      warning: m.unknownList ? () => unknownListWarning(c, table, m.unknownList) : undefined,
      fix,
    });
    return r;
  }
  const rule: DecidingRule = {
    kind: 'route',
    routeTableId: table.id,
    route: r.route,
    ...(r.implicit ? { implicit: true } : {}),
    ...(m.entry !== undefined ? { prefixListEntry: m.entry } : {}),
  };
  w.add({
    direction,
    layer: 'route',
    pkt,
    subnetId: subnet.id,
    verdict,
    resourceId: table.id,
    rule,
    unknown: verdict === 'unknown' ? true : undefined,
    reason: () => routeReason(c, table, r, m, pkt, blackhole, judged),
    warning:
      verdict !== 'unknown'
        ? undefined
        : m.unknownList
          ? () => unknownListWarning(c, table, m.unknownList)
          : () => `${table.id}: route ${r.route.destination} → ${r.route.target} is not modelled.`,
    fix,
    block: verdict === 'allow' ? () => routeBlock(c, table, r) : undefined,
  });
  return r;
}

function routeReason(
  c: CompiledScenario,
  table: CRouteTable,
  r: CRoute,
  m: RouteMatch,
  pkt: Pkt,
  blackhole: boolean,
  judged: true | 'unknown' | string | false,
): string {
  const dst = formatIp(pkt.dst);
  const via = m.entry === undefined ? '' : ` (its entry ${m.entry})`;
  const destination = r.prefixList
    ? `prefix list ${prefixListLabel(c, r.prefixList.id)}${via}`
    : r.route.destination;
  const says = `${table.id} sends ${dst} by its most specific route ${destination} → ${r.route.target}`;
  if (m.unknownList) {
    return `${says}, unless prefix list ${prefixListLabel(c, m.unknownList.id)} holds a more specific entry: its entries are not known, so this cannot be told.`;
  }
  if (blackhole)
    return `${says}, which is a blackhole route (its target is gone), so the packet is dropped.`;
  if (judged === 'unknown') {
    return r.kind === 'network-interface'
      ? `${says}, a network interface (an appliance) that VPC Flow Lab does not model, so what happens next cannot be told.`
      : `${says}, a target VPC Flow Lab does not model, so what happens next cannot be told.`;
  }
  return judged === true ? `${says}.` : `${says}, ${judged}.`;
}

function noRouteReason(
  c: CompiledScenario,
  subnet: CSubnet,
  table: CRouteTable | undefined,
  pkt: Pkt,
  unknownList: CPrefixList | undefined,
): string {
  if (!table) return `${subnet.id} has no route table.`;
  if (unknownList) {
    return `No CIDR route of ${table.id} covers ${formatIp(pkt.dst)}, and the entries of prefix list ${prefixListLabel(c, unknownList.id)} are not known, so this cannot be told.`;
  }
  return `No route of ${table.id} covers ${formatIp(pkt.dst)}, so ${subnet.id} drops ${trafficText(pkt)} to it.`;
}

function unknownListWarning(
  c: CompiledScenario,
  table: CRouteTable | undefined,
  list: CPrefixList | undefined,
): string {
  return `${table?.id ?? ''}: prefix list ${prefixListLabel(c, list?.id ?? '')} is routed, but its entries are not in the input.`;
}
