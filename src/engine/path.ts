import type { IpValue } from '../model/ip.ts';
import type { CNat, CompiledScenario } from './compiled.ts';
import { egressOnlyGatewayLayer } from './layers/egressOnlyGateway.ts';
import type { HopSink } from './layers/hop.ts';
import { internetGatewayLayer, publicAddressOf, type EniAt } from './layers/internetGateway.ts';
import { natPort } from './layers/natGateway.ts';
import { networkAclLayer, sameSubnetSkip } from './layers/networkAcl.ts';
import { peeringLayer } from './layers/peering.ts';
import { routeTableLayer } from './layers/routeTable.ts';
import { securityGroupLayer, statefulLayer } from './layers/securityGroup.ts';
import { vpcEndpointLayer } from './layers/vpcEndpoint.ts';
import type { Pkt } from './packet.ts';
import { natRequest, natResponse } from './pathNat.ts';
import { amazonServiceFlow } from './pathServices.ts';
import { transitRequest, transitResponse } from './pathTransit.ts';
import { hasPorts } from './protocol.ts';
import { describeEnd, type ResolvedFlow } from './resolve.ts';
import { Walk } from './walker.ts';
import { replyIntent, wayOf } from './way.ts';

export type { HopDraft, HopSink } from './layers/hop.ts';

/**
 * Walks the request and its response in the order of spec/cli-analyze.md ("Path order"). Each
 * layer module decides its hop; this file and its `path*.ts` parts only put the hops in order.
 * Past a denying hop the walk goes on as if it had passed (the blocked path), so every setting
 * that must change is named.
 */
export function walkFlow(c: CompiledScenario, f: ResolvedFlow, sink: HopSink): void {
  const w = new Walk(c, f, sink);
  const { src, dst } = f;
  if (src.kind === 'service' || dst.kind === 'service') amazonServiceFlow(w);
  else if (src.kind === 'eni') fromInterface(w, src);
  else if (dst.kind === 'eni') fromInternet(w, src.address, dst);
}

/** A connection an interface opens: to another interface, the internet or an AWS service. */
function fromInterface(w: Walk, s: EniAt): void {
  const { c, f } = w;
  const d = f.dst.kind === 'eni' ? f.dst : undefined;
  const dstNamed: IpValue = d
    ? d.named
    : f.dst.kind === 'internet'
      ? f.dst.address
      : w.unassigned();
  const req = w.request(s.own, dstNamed);
  const skip =
    f.intent === 'local' && d && d.eni.subnet === s.eni.subnet
      ? sameSubnetSkip(s.eni.subnet)
      : undefined;

  securityGroupLayer(w, 'request', s.eni, 'egress', req);
  networkAclLayer(w, 'request', s.eni.subnet, 'egress', req, skip);
  const route = routeTableLayer(w, 'request', s.eni.subnet, req, f.intent);
  const way = wayOf(c, f.intent, s.eni.vpc, d?.eni.vpc, f.family, route);
  const target = route?.route.target;

  // The middle of the request, and what the far end sees as its source.
  let seen = s.own;
  let port = f.srcPort;
  let pcxId: string | undefined;
  let nat: CNat | undefined;
  let skipArrival = skip;
  let transit: ReturnType<typeof transitRequest> | undefined;
  if (way === 'peering' && d) {
    pcxId = peeringLayer(w, 'request', s.eni.vpc, d.eni.vpc, target, req);
  } else if (way === 'transit' && d) {
    transit = transitRequest(w, s, d, route?.kind === 'transit-gateway' ? target : undefined, req);
    skipArrival = transit.skipArrival;
  } else if (way === 'endpoint' && target) {
    vpcEndpointLayer(w, 'request', target, s.eni.vpc, s.eni.subnet.routeTable, req);
  } else if (way === 'igw' || way === 'nat' || way === 'eigw') {
    nat = way === 'nat' && target ? c.natGateways.get(target) : undefined;
    if (nat) {
      seen = natRequest(w, nat, s.eni, req);
      port = natPort(f.srcPort, hasPorts(f.protocol));
    } else if (way === 'eigw') {
      egressOnlyGatewayLayer(w, 'request', s.eni.vpc, target, req);
    } else {
      internetGatewayLayer(w, 'request', s.eni.vpc, s, way === 'igw' ? target : undefined, req);
      seen = publicAddressOf(s) ?? w.unassigned();
    }
    if (d) {
      const enter = w.request(seen, d.named, port);
      internetGatewayLayer(w, 'request', d.eni.vpc, d, undefined, enter, true);
    }
  }
  if (d && way !== 'endpoint') {
    const arrived = w.request(seen, d.own, port);
    networkAclLayer(w, 'request', d.eni.subnet, 'ingress', arrived, skipArrival);
    securityGroupLayer(w, 'request', d.eni, 'ingress', arrived);
  }
  if (!f.hasResponse) return;

  // The response, back along the same way.
  let back: Pkt = w.reply(dstNamed, seen, port);
  let skipHome = skip;
  if (d && way !== 'endpoint') {
    back = w.reply(d.own, seen, port);
    statefulLayer(w, d.eni, 'egress', back);
    networkAclLayer(w, 'response', d.eni.subnet, 'egress', back, skip);
    const r = routeTableLayer(w, 'response', d.eni.subnet, back, replyIntent(way), pcxId);
    if (way === 'peering') {
      peeringLayer(w, 'response', d.eni.vpc, s.eni.vpc, r?.route.target ?? pcxId, back);
    } else if (way === 'transit') {
      const tgwBack = r?.kind === 'transit-gateway' ? r.route.target : transit?.tgwId;
      skipHome = transitResponse(w, d, s, tgwBack, back);
    } else if (way === 'igw' || way === 'nat' || way === 'eigw') {
      const igw = r?.kind === 'internet-gateway' ? r.route.target : undefined;
      internetGatewayLayer(w, 'response', d.eni.vpc, d, igw, back);
      back = w.reply(d.named, seen, port);
    }
  }
  if (way === 'endpoint' && target) {
    vpcEndpointLayer(w, 'response', target, s.eni.vpc, s.eni.subnet.routeTable, back);
  } else if (nat) {
    natResponse(w, nat, s.eni, back);
  } else if (way === 'eigw') {
    egressOnlyGatewayLayer(w, 'response', s.eni.vpc, target, back);
  } else if (way === 'igw') {
    internetGatewayLayer(w, 'response', s.eni.vpc, s, undefined, back);
  }
  const home = w.reply(back.src, s.own);
  networkAclLayer(w, 'response', s.eni.subnet, 'ingress', home, skipHome);
  statefulLayer(w, s.eni, 'ingress', home);
}

/**
 * A connection opened from the internet: it enters through the internet gateway (an
 * egress-only gateway lets in only replies), and the reply must leave by it.
 */
function fromInternet(w: Walk, host: IpValue, d: EniAt & { readonly named: IpValue }): void {
  const f = w.f;
  internetGatewayLayer(w, 'request', d.eni.vpc, d, undefined, w.request(host, d.named), true);
  const arrived = w.request(host, d.own);
  networkAclLayer(w, 'request', d.eni.subnet, 'ingress', arrived, undefined);
  securityGroupLayer(w, 'request', d.eni, 'ingress', arrived);
  if (!f.hasResponse) return;
  const back = w.reply(d.own, host);
  statefulLayer(w, d.eni, 'egress', back);
  networkAclLayer(w, 'response', d.eni.subnet, 'egress', back, undefined);
  const r = routeTableLayer(w, 'response', d.eni.subnet, back, 'internet-reply');
  const igw = r?.kind === 'internet-gateway' ? r.route.target : undefined;
  internetGatewayLayer(w, 'response', d.eni.vpc, d, igw, back);
}

/** For messages about a flow as a whole. */
export function flowTitle(f: ResolvedFlow): string {
  return `${describeEnd(f.src)} → ${describeEnd(f.dst)}`;
}
