import type { CompiledScenario, CRoute, CVpc } from './compiled.ts';
import type { RouteIntent } from './layers/routeTable.ts';
import type { Intent } from './resolve.ts';

/**
 * How a request leaves its VPC, read from the route the source subnet chose: within the VPC, over
 * a peering connection or a transit gateway, to the internet through an internet, NAT or
 * egress-only gateway, to a gateway endpoint's service, or `beyond` (a target not modelled). A
 * route that does not lead the way the flow needs (it is denied) is walked as the flow's intent
 * would go, so the blocked path still names every setting on the way.
 */
export type Way = 'local' | 'peering' | 'transit' | 'igw' | 'nat' | 'eigw' | 'endpoint' | 'beyond';

export function wayOf(
  c: CompiledScenario,
  intent: Intent,
  from: CVpc,
  to: CVpc | undefined,
  family: 4 | 6,
  r: CRoute | undefined,
): Way {
  const k = r?.kind;
  const live = r !== undefined && r.route.state !== 'blackhole';
  if (intent === 'local') {
    if (live && (k === 'network-interface' || k === 'unmodeled' || k === 'vpc-endpoint'))
      return 'beyond';
    return 'local';
  }
  if (intent === 'private') {
    if (k === 'peering') return 'peering';
    if (k === 'transit-gateway') return 'transit';
    if (live && (k === 'network-interface' || k === 'unmodeled')) return 'beyond';
    if (to && !c.peeringBetween(from.id, to.id) && c.transitGatewayBetween(from.id, to.id))
      return 'transit';
    return 'peering';
  }
  if (k === 'nat-gateway') return 'nat';
  if (k === 'egress-only-internet-gateway') return 'eigw';
  if (k === 'internet-gateway') return 'igw';
  if (k === 'vpc-endpoint' && r?.prefixList && c.endpoints.get(r.route.target)?.type === 'gateway')
    return 'endpoint';
  if (live && (k === 'network-interface' || k === 'unmodeled' || k === 'vpc-endpoint'))
    return 'beyond';
  if (live && k === 'transit-gateway') return 'beyond';
  if (family === 6 && !from.internetGatewayId && from.egressOnlyGatewayId) return 'eigw';
  return 'igw';
}

/** What the destination subnet's route must lead to, for the response of a request that went `way`. */
export function replyIntent(way: Way): RouteIntent {
  switch (way) {
    case 'local':
      return 'local';
    case 'peering':
    case 'transit':
      return 'private';
    case 'beyond':
      return 'unmodeled';
    default:
      // The request entered the destination's VPC through its internet gateway.
      return 'internet-reply';
  }
}
