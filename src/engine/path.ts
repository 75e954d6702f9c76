import type { IpValue } from '../model/ip.ts';
import type { CInstance, CNat, CompiledScenario } from './compile.ts';
import { amazonServiceSkip } from './layers/amazonService.ts';
import type { Emitter, HopDraft, HopSink } from './layers/hop.ts';
import { internetGatewayLayer, publicOf } from './layers/internetGateway.ts';
import { natGatewayLayer } from './layers/natGateway.ts';
import { networkAclLayer, sameSubnetSkip } from './layers/networkAcl.ts';
import { peeringLayer } from './layers/peering.ts';
import { routeTableLayer, type RouteIntent } from './layers/routeTable.ts';
import { securityGroupLayer, statefulLayer } from './layers/securityGroup.ts';
import type { Pkt } from './packet.ts';
import { describeEnd, type ResolvedFlow } from './resolve.ts';
import type { Direction, HopVerdict, Layer } from './types.ts';

export type { HopDraft, HopSink } from './layers/hop.ts';

/**
 * Walks the request and its response in the order of spec/cli-analyze.md ("Path order"). Each
 * layer module decides its hop; this file only puts the hops in order. Past a denying hop the walk
 * goes on as if it had passed (the blocked path), so every setting that must change is named.
 */
export function walkFlow(c: CompiledScenario, f: ResolvedFlow, sink: HopSink): void {
  new Walker(c, f, sink).run();
}

const UNASSIGNED4: IpValue = { family: 4, value: 0 };
const UNASSIGNED6: IpValue = { family: 6, value: 0n };

class Walker implements Emitter {
  stopped = false;

  constructor(
    readonly c: CompiledScenario,
    readonly f: ResolvedFlow,
    private readonly sink: HopSink,
  ) {}

  run(): void {
    const { src, dst } = this.f;
    if (src.kind === 'service' || dst.kind === 'service') this.serviceFlow();
    else if (src.kind === 'instance') this.fromInstance(src.instance);
    else if (dst.kind === 'instance') this.fromInternet(src.address, dst.instance);
  }

  add(h: HopDraft): void {
    if (!this.stopped && !this.sink.add(h)) this.stopped = true;
  }

  quick(direction: Direction, layer: Layer, verdict: HopVerdict, unknown = false): boolean {
    const quick = this.sink.quick;
    if (!quick) return false;
    if (!this.stopped && !quick(direction, layer, verdict, unknown)) this.stopped = true;
    return true;
  }

  // ---- addresses and packets ------------------------------------------------------------

  private own(i: CInstance): IpValue {
    if (this.f.family === 4) return { family: 4, value: i.private4 };
    return i.ipv6 === undefined ? UNASSIGNED6 : { family: 6, value: i.ipv6 };
  }

  private unassigned(): IpValue {
    return this.f.family === 4 ? UNASSIGNED4 : UNASSIGNED6;
  }

  private request(src: IpValue, dst: IpValue): Pkt {
    const f = this.f;
    return {
      src,
      dst,
      protocol: f.protocol,
      srcPort: f.srcPort,
      dstPort: f.dstPort,
      icmpType: f.icmpType,
      icmpCode: f.icmpCode,
    };
  }

  /** The response swaps addresses and ports; an echo request is answered by an echo reply. */
  private reply(src: IpValue, dst: IpValue): Pkt {
    const f = this.f;
    return {
      src,
      dst,
      protocol: f.protocol,
      srcPort: f.dstPort,
      dstPort: f.srcPort,
      icmpType: f.replyIcmpType,
      icmpCode: 0,
    };
  }

  // ---- the journeys -----------------------------------------------------------------------

  private fromInstance(s: CInstance): void {
    const f = this.f;
    const d = f.dst.kind === 'instance' ? f.dst.instance : undefined;
    const dstAddr = f.dst.address ?? this.unassigned();
    const srcOwn = this.own(s);
    const req = this.request(srcOwn, dstAddr);
    const skip = f.intent === 'local' && d !== undefined && d.subnet === s.subnet;
    const skipWhy = skip ? sameSubnetSkip(s.subnet) : undefined;

    securityGroupLayer(this, 'request', s, 'egress', req);
    networkAclLayer(this, 'request', s.subnet, 'egress', req, skipWhy);
    const route = routeTableLayer(this, 'request', s.subnet, req, f.intent);
    // Past a target the engine does not model (a transit gateway, an endpoint…) nothing is known
    // of the way: the middle hops are left out, the verdict is at best unknown, and the packet
    // keeps its private source as such targets do not translate it.
    const intent: RouteIntent =
      route?.kind === 'unmodeled' && route.route.state !== 'blackhole' ? 'unmodeled' : f.intent;

    let seenSrc = srcOwn;
    let nat: CNat | undefined;
    let pcxId: string | undefined;
    if (intent === 'peering' && d) {
      pcxId = peeringLayer(this, 'request', s.vpc, d.vpc, route?.route.target, req);
    } else if (intent === 'internet') {
      nat = route?.kind === 'nat-gateway' ? this.c.natGateways.get(route.route.target) : undefined;
      if (nat) {
        seenSrc = this.natRequest(nat, s, req);
      } else {
        const igw = route?.kind === 'internet-gateway' ? route.route.target : undefined;
        internetGatewayLayer(this, 'request', s.vpc, s, igw, req);
        seenSrc = publicOf(f, s) ?? this.unassigned();
      }
      if (d) {
        const inbound = this.request(seenSrc, dstAddr);
        internetGatewayLayer(this, 'request', d.vpc, d, undefined, inbound, true);
      }
    }
    if (d) {
      const arrived = this.request(seenSrc, this.own(d));
      networkAclLayer(this, 'request', d.subnet, 'ingress', arrived, skipWhy);
      securityGroupLayer(this, 'request', d, 'ingress', arrived);
    }
    if (!f.hasResponse) return;

    let back: Pkt;
    if (d) {
      back = this.reply(this.own(d), seenSrc);
      statefulLayer(this, d, 'egress', back);
      networkAclLayer(this, 'response', d.subnet, 'egress', back, skipWhy);
      const r = routeTableLayer(this, 'response', d.subnet, back, intent, pcxId);
      if (intent === 'peering')
        peeringLayer(this, 'response', d.vpc, s.vpc, r?.route.target ?? pcxId, back);
      if (intent === 'internet') {
        const igw = r?.kind === 'internet-gateway' ? r.route.target : undefined;
        internetGatewayLayer(this, 'response', d.vpc, d, igw, back);
        back = this.reply(dstAddr, seenSrc);
      }
    } else {
      back = this.reply(dstAddr, seenSrc);
    }
    if (intent === 'internet') {
      if (nat) this.natResponse(nat, s, back);
      else internetGatewayLayer(this, 'response', s.vpc, s, undefined, back);
    }
    const home = this.reply(dstAddr, srcOwn);
    networkAclLayer(this, 'response', s.subnet, 'ingress', home, skipWhy);
    statefulLayer(this, s, 'ingress', home);
  }

  /** A connection opened from the internet: it enters through the internet gateway. */
  private fromInternet(host: IpValue, d: CInstance): void {
    const f = this.f;
    const dstAddr = f.dst.address ?? this.unassigned();
    internetGatewayLayer(this, 'request', d.vpc, d, undefined, this.request(host, dstAddr), true);
    const arrived = this.request(host, this.own(d));
    networkAclLayer(this, 'request', d.subnet, 'ingress', arrived, undefined);
    securityGroupLayer(this, 'request', d, 'ingress', arrived);
    if (!f.hasResponse) return;
    const back = this.reply(this.own(d), host);
    statefulLayer(this, d, 'egress', back);
    networkAclLayer(this, 'response', d.subnet, 'egress', back, undefined);
    const r = routeTableLayer(this, 'response', d.subnet, back, 'internet');
    const igw = r?.kind === 'internet-gateway' ? r.route.target : undefined;
    internetGatewayLayer(this, 'response', d.vpc, d, igw, back);
  }

  /** Between an instance and an Amazon service of its VPC: every hop is skipped. */
  private serviceFlow(): void {
    const { src, dst } = this.f;
    const end = src.kind === 'instance' ? src : dst.kind === 'instance' ? dst : undefined;
    const service = src.kind === 'service' ? src : dst.kind === 'service' ? dst : undefined;
    // resolveFlow guarantees one end is an instance and the other, here, a service.
    if (end?.kind !== 'instance' || service?.kind !== 'service') return;
    const i = end.instance;
    const out = src.kind === 'instance';
    const req = out
      ? this.request(this.own(i), service.address)
      : this.request(service.address, this.own(i));
    const skip = (direction: Direction, layer: Layer, pkt: Pkt) =>
      amazonServiceSkip(this, direction, layer, i, service.service, service.address, pkt);
    skip('request', out ? 'security-group-egress' : 'security-group-ingress', req);
    skip('request', out ? 'nacl-egress' : 'nacl-ingress', req);
    if (!this.f.hasResponse) return;
    const back = this.reply(req.dst, req.src);
    skip('response', out ? 'nacl-ingress' : 'nacl-egress', back);
    skip('response', out ? 'security-group-ingress' : 'security-group-egress', back);
  }

  /**
   * The request leaves through a NAT gateway: its subnet's ACL (in), the gateway, its ACL (out),
   * its route table, then the internet gateway.
   * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html
   */
  private natRequest(nat: CNat, s: CInstance, req: Pkt): IpValue {
    const sub = nat.subnet;
    const natPublic: IpValue =
      nat.public4 === undefined ? this.unassigned() : { family: 4, value: nat.public4 };
    const natPrivate: IpValue =
      nat.private4 === undefined ? natPublic : { family: 4, value: nat.private4 };
    const inside = sub !== undefined && sub === s.subnet ? sameSubnetSkip(sub) : undefined;
    if (sub) networkAclLayer(this, 'request', sub, 'ingress', req, inside);
    natGatewayLayer(this, 'request', nat, s, req);
    const out = this.request(natPrivate, req.dst);
    if (sub) {
      networkAclLayer(this, 'request', sub, 'egress', out, undefined);
      const r = routeTableLayer(this, 'request', sub, out, 'nat-exit');
      const igw = r?.kind === 'internet-gateway' ? r.route.target : undefined;
      internetGatewayLayer(this, 'request', sub.vpc, undefined, igw, out);
    }
    return natPublic;
  }

  private natResponse(nat: CNat, s: CInstance, back: Pkt): void {
    const sub = nat.subnet;
    if (!sub) {
      natGatewayLayer(this, 'response', nat, s, back);
      return;
    }
    internetGatewayLayer(this, 'response', sub.vpc, undefined, undefined, back);
    networkAclLayer(this, 'response', sub, 'ingress', back, undefined);
    natGatewayLayer(this, 'response', nat, s, back);
    const toClient = this.reply(back.src, this.own(s));
    const inside = sub === s.subnet ? sameSubnetSkip(sub) : undefined;
    networkAclLayer(this, 'response', sub, 'egress', toClient, inside);
    routeTableLayer(this, 'response', sub, toClient, 'local');
  }
}

/** For messages about a flow as a whole. */
export function flowTitle(f: ResolvedFlow): string {
  return `${describeEnd(f.src)} → ${describeEnd(f.dst)}`;
}
