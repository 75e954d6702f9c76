import { formatIp, type IpValue } from '../model/ip.ts';
import type { CInstance, CNat, CompiledScenario, CRoute, CSubnet, CVpc } from './compile.ts';
import {
  groupLabel,
  groupsOf,
  instanceLabel,
  naclEntryText,
  naclLabel,
  packetSummary,
  sgRuleText,
  trafficText,
} from './explain.ts';
import { naclDecision } from './nacl.ts';
import type { Pkt } from './packet.ts';
import { PROTO } from './protocol.ts';
import { describeEnd, type Intent, type ResolvedFlow } from './resolve.ts';
import { routeLookup } from './route.ts';
import { securityGroupDecision } from './sg.ts';
import type { DecidingRule, Direction, HopVerdict, Layer } from './types.ts';

/** A hop before it is turned into text: the reason is a thunk, built only when a trace is kept. */
export interface HopDraft {
  readonly direction: Direction;
  readonly layer: Layer;
  readonly resourceId: string;
  readonly verdict: HopVerdict;
  readonly rule: DecidingRule | null;
  readonly reason: () => string;
  readonly pkt: Pkt;
  readonly ruleNumber?: number;
  readonly subnetId?: string;
  readonly unknown?: boolean;
  readonly warning?: () => string;
}

/**
 * Receives hops in path order; returns false to stop the walk. A sink with `quick` gets only the
 * verdicts, so no text or hop object is built (the matrix evaluates hundreds of thousands of flows).
 */
export interface HopSink {
  add(hop: HopDraft): boolean;
  readonly quick?: (
    direction: Direction,
    layer: Layer,
    verdict: HopVerdict,
    unknown: boolean,
  ) => boolean;
}

/**
 * Walks the request and its response in the order of spec/cli-analyze.md. Past a denying hop the
 * walk goes on as if it had passed (the blocked path), so every setting that must change is named.
 */
/** Builds a hop from shared and specific fields without object spread (slow with closures in V8). */
function hopOf(base: Partial<HopDraft>, rest: Partial<HopDraft>): HopDraft {
  return {
    direction: (rest.direction ?? base.direction) as Direction,
    layer: (rest.layer ?? base.layer) as Layer,
    resourceId: (rest.resourceId ?? base.resourceId) as string,
    verdict: (rest.verdict ?? base.verdict) as HopVerdict,
    rule: rest.rule !== undefined ? rest.rule : (base.rule ?? null),
    reason: (rest.reason ?? base.reason) as () => string,
    pkt: (rest.pkt ?? base.pkt) as Pkt,
    ruleNumber: rest.ruleNumber ?? base.ruleNumber,
    subnetId: rest.subnetId ?? base.subnetId,
    unknown: rest.unknown ?? base.unknown,
    warning: rest.warning ?? base.warning,
  };
}

export function walkFlow(c: CompiledScenario, f: ResolvedFlow, sink: HopSink): void {
  new Walker(c, f, sink).run();
}

/**
 * What a route must lead to: the flow's own intent, `unmodeled` after a target the engine does not
 * model (any route will do), or `nat-exit` for a NAT gateway's subnet (an internet gateway only).
 */
type RouteIntent = Intent | 'unmodeled' | 'nat-exit';

const UNASSIGNED4: IpValue = { family: 4, value: 0 };
const UNASSIGNED6: IpValue = { family: 6, value: 0n };

class Walker {
  private stopped = false;

  constructor(
    private readonly c: CompiledScenario,
    private readonly f: ResolvedFlow,
    private readonly sink: HopSink,
  ) {}

  run(): void {
    const { src, dst } = this.f;
    if (src.kind === 'service' || dst.kind === 'service') this.serviceFlow();
    else if (src.kind === 'instance') this.fromInstance(src.instance);
    else if (dst.kind === 'instance') this.fromInternet(src.address, dst.instance);
  }

  private add(h: HopDraft): void {
    if (!this.stopped && !this.sink.add(h)) this.stopped = true;
  }

  /** Hands the verdict to a quick sink and returns true; false when the sink wants the whole hop. */
  private quick(direction: Direction, layer: Layer, verdict: HopVerdict, unknown = false): boolean {
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

  private publicOf(i: CInstance): IpValue | undefined {
    if (this.f.family === 4)
      return i.public4 === undefined ? undefined : { family: 4, value: i.public4 };
    return i.ipv6 === undefined ? undefined : { family: 6, value: i.ipv6 };
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
    const sameSubnet = f.intent === 'local' && d !== undefined && d.subnet === s.subnet;

    this.sgHop('request', s, 'egress', req);
    this.naclHop('request', s.subnet, 'egress', req, sameSubnet);
    const route = this.routeHop('request', s.subnet, req, f.intent);
    // Past a target the engine does not model (a transit gateway, an endpoint…) nothing is known
    // of the way: the middle hops are left out, the verdict is at best unknown, and the packet
    // keeps its private source as such targets do not translate it.
    const intent: RouteIntent =
      route?.kind === 'unmodeled' && route.route.state !== 'blackhole' ? 'unmodeled' : f.intent;

    let seenSrc = srcOwn;
    let nat: CNat | undefined;
    let pcxId: string | undefined;
    if (intent === 'peering' && d) {
      pcxId = this.peeringHop('request', s.vpc, d.vpc, route?.route.target, req);
    } else if (intent === 'internet') {
      nat = route?.kind === 'nat-gateway' ? this.c.natGateways.get(route.route.target) : undefined;
      if (nat) {
        seenSrc = this.natRequest(nat, s, req);
      } else {
        this.igwHop(
          'request',
          s.vpc,
          s,
          route?.kind === 'internet-gateway' ? route.route.target : undefined,
          req,
        );
        seenSrc = this.publicOf(s) ?? this.unassigned();
      }
      if (d) this.igwHop('request', d.vpc, d, undefined, this.request(seenSrc, dstAddr), true);
    }
    if (d) {
      const arrived = this.request(seenSrc, this.own(d));
      this.naclHop('request', d.subnet, 'ingress', arrived, sameSubnet);
      this.sgHop('request', d, 'ingress', arrived);
    }
    if (!f.hasResponse) return;

    let back: Pkt;
    if (d) {
      back = this.reply(this.own(d), seenSrc);
      this.statefulHop('security-group-egress', d, back);
      this.naclHop('response', d.subnet, 'egress', back, sameSubnet);
      const r = this.routeHop('response', d.subnet, back, intent, pcxId);
      if (intent === 'peering')
        this.peeringHop('response', d.vpc, s.vpc, r?.route.target ?? pcxId, back);
      if (intent === 'internet') {
        this.igwHop(
          'response',
          d.vpc,
          d,
          r?.kind === 'internet-gateway' ? r.route.target : undefined,
          back,
        );
        back = this.reply(dstAddr, seenSrc);
      }
    } else {
      back = this.reply(dstAddr, seenSrc);
    }
    if (intent === 'internet') {
      if (nat) this.natResponse(nat, s, back);
      else this.igwHop('response', s.vpc, s, undefined, back);
    }
    const home = this.reply(dstAddr, srcOwn);
    this.naclHop('response', s.subnet, 'ingress', home, sameSubnet);
    this.statefulHop('security-group-ingress', s, home);
  }

  /** A connection opened from the internet: it enters through the internet gateway. */
  private fromInternet(host: IpValue, d: CInstance): void {
    const f = this.f;
    const dstAddr = f.dst.address ?? this.unassigned();
    this.igwHop('request', d.vpc, d, undefined, this.request(host, dstAddr), true);
    const arrived = this.request(host, this.own(d));
    this.naclHop('request', d.subnet, 'ingress', arrived, false);
    this.sgHop('request', d, 'ingress', arrived);
    if (!f.hasResponse) return;
    const back = this.reply(this.own(d), host);
    this.statefulHop('security-group-egress', d, back);
    this.naclHop('response', d.subnet, 'egress', back, false);
    const r = this.routeHop('response', d.subnet, back, 'internet');
    this.igwHop(
      'response',
      d.vpc,
      d,
      r?.kind === 'internet-gateway' ? r.route.target : undefined,
      back,
    );
  }

  /**
   * Neither security groups nor network ACLs filter the Amazon DNS resolver, instance metadata
   * or Time Sync. https://docs.aws.amazon.com/vpc/latest/userguide/nacl-basics.html
   */
  private serviceFlow(): void {
    const { src, dst } = this.f;
    const end = src.kind === 'instance' ? src : dst.kind === 'instance' ? dst : undefined;
    const service = src.kind === 'service' ? src : dst.kind === 'service' ? dst : undefined;
    // resolveFlow guarantees one end is an instance and the other, here, a service.
    if (!end || end.kind !== 'instance' || !service || service.kind !== 'service') return;
    const i = end.instance;
    const other = service.address;
    const req =
      src.kind === 'instance' ? this.request(this.own(i), other) : this.request(other, this.own(i));
    const why = (what: string) => () =>
      `${what} do not filter traffic to or from the ${service.service} (${formatIp(service.address)}), so this hop does not apply.`;
    const skip = (direction: Direction, layer: Layer, resourceId: string, what: string, pkt: Pkt) =>
      this.add({
        direction,
        layer,
        resourceId,
        verdict: 'skip',
        rule: null,
        reason: why(what),
        pkt,
        subnetId: i.subnet.id,
      });
    const naclId = i.subnet.nacl?.id ?? i.subnet.id;
    const asSource = src.kind === 'instance';
    skip(
      'request',
      asSource ? 'security-group-egress' : 'security-group-ingress',
      i.id,
      'Security groups',
      req,
    );
    skip('request', asSource ? 'nacl-egress' : 'nacl-ingress', naclId, 'Network ACLs', req);
    if (!this.f.hasResponse) return;
    const back = this.reply(req.dst, req.src);
    skip('response', asSource ? 'nacl-ingress' : 'nacl-egress', naclId, 'Network ACLs', back);
    skip(
      'response',
      asSource ? 'security-group-ingress' : 'security-group-egress',
      i.id,
      'Security groups',
      back,
    );
  }

  // ---- the layers -------------------------------------------------------------------------

  private sgHop(direction: Direction, inst: CInstance, way: 'ingress' | 'egress', pkt: Pkt): void {
    if (this.stopped) return;
    const c = this.c;
    const d = securityGroupDecision(c, inst, way, pkt);
    const layer: Layer = way === 'ingress' ? 'security-group-ingress' : 'security-group-egress';
    if (
      this.quick(
        direction,
        layer,
        d.allowed ? 'allow' : d.undecided ? 'skip' : 'deny',
        !d.allowed && d.undecided !== undefined,
      )
    )
      return;
    const dirWord = way === 'ingress' ? 'inbound' : 'outbound';
    const base = { direction, layer, resourceId: inst.id, pkt, subnetId: inst.subnet.id };
    if (d.allowed && d.rule) {
      const r = d.rule;
      this.add(
        hopOf(base, {
          verdict: 'allow',
          rule: { kind: 'security-group-rule', groupId: r.groupId, index: r.index, rule: r.rule },
          reason: () =>
            `${groupLabel(c, r.groupId)} allows ${packetSummary(pkt)} by its ${dirWord} rule ${sgRuleText(c, r.rule, way)}.`,
        }),
      );
      return;
    }
    if (d.undecided) {
      const r = d.undecided;
      this.add(
        hopOf(base, {
          verdict: 'skip',
          unknown: true,
          rule: { kind: 'security-group-rule', groupId: r.groupId, index: r.index, rule: r.rule },
          reason: () =>
            `Only the ${dirWord} rule ${sgRuleText(c, r.rule, way)} of ${groupLabel(c, r.groupId)} could allow ${packetSummary(pkt)}, and prefix lists are not modelled, so this cannot be told.`,
          warning: () =>
            `${r.groupId}: a rule names prefix list ${r.rule.peer.kind === 'prefixList' ? r.rule.peer.prefixListId : ''}, which is not modelled.`,
        }),
      );
      return;
    }
    this.add(
      hopOf(base, {
        verdict: 'deny',
        rule: null,
        reason: () =>
          `No ${dirWord} rule of ${instanceLabel(inst)}'s security groups (${groupsOf(c, inst)}) allows ${packetSummary(pkt)}; security groups deny whatever no rule allows.`,
      }),
    );
  }

  /** Security groups are stateful: the response to an allowed request is allowed whatever the rules say. */
  private statefulHop(
    layer: 'security-group-egress' | 'security-group-ingress',
    inst: CInstance,
    pkt: Pkt,
  ): void {
    if (this.stopped || this.quick('response', layer, 'allow')) return;
    this.add({
      direction: 'response',
      layer,
      resourceId: inst.id,
      verdict: 'allow',
      rule: { kind: 'security-group-stateful' },
      reason: () =>
        `Security groups are stateful: ${instanceLabel(inst)}'s groups let the response (${packetSummary(pkt)}) through without checking their rules.`,
      pkt,
      subnetId: inst.subnet.id,
    });
  }

  private naclHop(
    direction: Direction,
    subnet: CSubnet,
    way: 'ingress' | 'egress',
    pkt: Pkt,
    sameSubnet: boolean,
  ): void {
    if (this.stopped) return;
    const layer: Layer = way === 'ingress' ? 'nacl-ingress' : 'nacl-egress';
    const nacl = subnet.nacl;
    if (sameSubnet || !nacl) {
      if (this.quick(direction, layer, 'skip', !sameSubnet)) return;
    }
    const base = { direction, layer, pkt, subnetId: subnet.id };
    if (sameSubnet) {
      this.add(
        hopOf(base, {
          resourceId: nacl?.id ?? subnet.id,
          verdict: 'skip',
          rule: null,
          reason: () =>
            `Both instances are in ${subnet.id}, and a network ACL only checks traffic that crosses the subnet's border.`,
        }),
      );
      return;
    }
    if (!nacl) {
      this.add(
        hopOf(base, {
          resourceId: subnet.id,
          verdict: 'skip',
          unknown: true,
          rule: null,
          reason: () =>
            `${subnet.id} has no network ACL in this scenario (nor its VPC a default one), so this cannot be told.`,
          warning: () => `${subnet.id} has no network ACL in the scenario.`,
        }),
      );
      return;
    }
    const d = naclDecision(nacl, way, pkt);
    if (this.quick(direction, layer, d.allowed ? 'allow' : 'deny')) return;
    const dirWord = way === 'ingress' ? 'inbound' : 'outbound';
    const verdict: HopVerdict = d.allowed ? 'allow' : 'deny';
    this.add(
      hopOf(base, {
        resourceId: nacl.id,
        verdict,
        ruleNumber: d.ruleNumber,
        rule: {
          kind: 'nacl-entry',
          networkAclId: nacl.id,
          ruleNumber: d.ruleNumber,
          action: d.allowed ? 'allow' : 'deny',
          ...(d.entry ? { entry: d.entry.entry } : {}),
        },
        reason: () =>
          d.entry
            ? `${naclLabel(nacl)} ${dirWord} ${naclEntryText(d.entry.entry, way)} is the first to match ${packetSummary(pkt)}, so it ${d.allowed ? 'allows' : 'denies'} it.`
            : `No numbered ${dirWord} rule of ${naclLabel(nacl)} matches ${packetSummary(pkt)}, so the final * rule denies it${direction === 'response' && pkt.protocol !== PROTO.icmp && pkt.protocol !== PROTO.icmpv6 ? ` (network ACLs are stateless: the response to the client's port ${pkt.dstPort} must be allowed too)` : ''}.`,
      }),
    );
  }

  /** Looks up the subnet's route table and judges the route against how the packet must travel. */
  private routeHop(
    direction: Direction,
    subnet: CSubnet,
    pkt: Pkt,
    intent: RouteIntent,
    pcxBack?: string,
  ): CRoute | undefined {
    if (this.stopped) return undefined;
    const table = subnet.routeTable;
    const r = table ? routeLookup(table, pkt.dst) : undefined;
    const blackhole = r?.route.state === 'blackhole';
    const unmodeled = !blackhole && r?.kind === 'unmodeled';
    const expected =
      r && !blackhole && !unmodeled ? this.expectedTarget(intent, r, pcxBack) : false;
    const verdict: HopVerdict = unmodeled ? 'skip' : expected === true ? 'allow' : 'deny';
    if (this.quick(direction, 'route', verdict, unmodeled)) return r;

    const base = { direction, layer: 'route' as const, pkt, subnetId: subnet.id, verdict };
    if (!table) {
      this.add(
        hopOf(base, {
          resourceId: subnet.id,
          rule: null,
          reason: () => `${subnet.id} has no route table.`,
        }),
      );
      return undefined;
    }
    const dst = () => formatIp(pkt.dst);
    if (!r) {
      this.add(
        hopOf(base, {
          resourceId: table.id,
          rule: null,
          reason: () =>
            `No route of ${table.id} covers ${dst()}, so ${subnet.id} drops ${trafficText(pkt)} to it.`,
        }),
      );
      return undefined;
    }
    const rule: DecidingRule = {
      kind: 'route',
      routeTableId: table.id,
      route: r.route,
      ...(r.implicit ? { implicit: true } : {}),
    };
    const says = () =>
      `${table.id} sends ${dst()} by its most specific route ${r.route.destination} → ${r.route.target}`;
    const hop = hopOf(base, { resourceId: table.id, rule });
    if (blackhole) {
      this.add(
        hopOf(hop, {
          reason: () =>
            `${says()}, which is a blackhole route (its target is gone), so the packet is dropped.`,
        }),
      );
    } else if (unmodeled) {
      this.add(
        hopOf(hop, {
          reason: () =>
            `${says()}, a target VPC Flow Lab does not model, so what happens next cannot be told.`,
          unknown: true,
          warning: () =>
            `${table.id}: route ${r.route.destination} → ${r.route.target} is not modelled.`,
        }),
      );
    } else {
      this.add(
        hopOf(hop, {
          reason: () => (expected === true ? `${says()}.` : `${says()}, ${expected}.`),
        }),
      );
    }
    return r;
  }

  /** True when the route leads the way the packet must go, else why not (a clause). */
  private expectedTarget(intent: RouteIntent, r: CRoute, pcxBack?: string): true | string {
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
      return this.f.dst.kind === 'instance' && this.f.src.kind === 'internet'
        ? 'but the connection came in through the internet gateway: replies sent through a NAT gateway leave from another address and the client drops them'
        : true;
    }
    return 'but the destination is on the internet, so the route must lead to an internet or NAT gateway';
  }

  /**
   * Internet traffic needs an internet gateway attached to the VPC and a public address on the
   * instance. https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html
   */
  private igwHop(
    direction: Direction,
    vpc: CVpc,
    inst: CInstance | undefined,
    target: string | undefined,
    pkt: Pkt,
    inbound = false,
  ): void {
    if (this.stopped) return;
    const f = this.f;
    const fam = f.family === 4 ? 'public IPv4 address' : 'IPv6 address';
    const addressed = inbound && f.dst.kind === 'instance' ? f.dst.address : null;
    const privateTarget =
      inst !== undefined &&
      f.family === 4 &&
      addressed !== null &&
      addressed.value === inst.private4;
    const noPublic = inst !== undefined && this.publicOf(inst) === undefined;
    const igwId = target ?? vpc.internetGatewayId;
    const igw = igwId === undefined ? undefined : this.c.internetGateways.get(igwId);
    const detached = !igw || igw.vpcId !== vpc.id;
    const verdict: HopVerdict = privateTarget || noPublic || detached ? 'deny' : 'allow';
    if (this.quick(direction, 'internet-gateway', verdict)) return;

    const base = { direction, layer: 'internet-gateway' as const, rule: null, pkt, verdict };
    if (inst && (privateTarget || noPublic)) {
      this.add(
        hopOf(base, {
          resourceId: inst.id,
          subnetId: inst.subnet.id,
          reason: () =>
            privateTarget
              ? `${formatIp(addressed as IpValue)} is ${instanceLabel(inst)}'s private address, which cannot be reached from the internet.`
              : `${instanceLabel(inst)} has no ${fam}, so it cannot talk to the internet through an internet gateway.`,
        }),
      );
      return;
    }
    if (!igw || detached) {
      this.add(
        hopOf(base, {
          resourceId: vpc.id,
          reason: () =>
            igwId === undefined
              ? `${vpc.id} has no internet gateway attached, so nothing connects it to the internet.`
              : `${igwId} is not attached to ${vpc.id}, so it cannot carry its traffic.`,
        }),
      );
      return;
    }
    const who = inst ? instanceLabel(inst) : 'the NAT gateway';
    this.add(
      hopOf(base, {
        resourceId: igw.id,
        reason: () =>
          direction === 'request' && !inbound
            ? `${igw.id} is attached to ${vpc.id} and carries ${who}'s traffic to the internet from its ${inst ? fam : 'public address'}.`
            : direction === 'request'
              ? `${igw.id} is attached to ${vpc.id} and delivers traffic for ${formatIp(pkt.dst)} to ${who}.`
              : `${igw.id} is attached to ${vpc.id} and passes the response.`,
      }),
    );
  }

  private peeringHop(
    direction: Direction,
    from: CVpc,
    to: CVpc,
    target: string | undefined,
    pkt: Pkt,
  ): string | undefined {
    if (this.stopped) return undefined;
    const c = this.c;
    const byRoute = target?.startsWith('pcx-') ? c.peerings.get(target) : undefined;
    const pcx = byRoute ?? c.peeringBetween(from.id, to.id);
    const joins =
      pcx !== undefined &&
      ((pcx.vpcA === from.id && pcx.vpcB === to.id) ||
        (pcx.vpcA === to.id && pcx.vpcB === from.id));
    const verdict: HopVerdict = pcx && joins && pcx.active ? 'allow' : 'deny';
    if (this.quick(direction, 'peering', verdict)) return pcx?.id;

    const base = { direction, layer: 'peering' as const, rule: null, pkt, verdict };
    if (!pcx) {
      this.add(
        hopOf(base, {
          resourceId: target ?? to.id,
          reason: () =>
            target?.startsWith('pcx-')
              ? `${target} is not a peering connection of this scenario.`
              : `No peering connection joins ${from.id} and ${to.id}, so private addresses of one cannot be reached from the other.`,
        }),
      );
      return undefined;
    }
    this.add(
      hopOf(base, {
        resourceId: pcx.id,
        reason: () =>
          !joins
            ? `${pcx.id} joins ${pcx.vpcA} and ${pcx.vpcB}, but the packet is for ${to.id}: peering is not transitive, so traffic cannot pass through one VPC to reach another.`
            : !pcx.active
              ? `${pcx.id} is ${pcx.status}, not active, so it carries no traffic.`
              : `${pcx.id} is active and joins ${from.id} and ${to.id}.`,
      }),
    );
    return pcx.id;
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
    const inside = sub !== undefined && sub === s.subnet;
    if (sub) this.naclHop('request', sub, 'ingress', req, inside);
    this.natHop('request', nat, s, req);
    const out = this.request(natPrivate, req.dst);
    if (sub) {
      this.naclHop('request', sub, 'egress', out, false);
      const r = this.routeHop('request', sub, out, 'nat-exit');
      this.igwHop(
        'request',
        sub.vpc,
        undefined,
        r?.kind === 'internet-gateway' ? r.route.target : undefined,
        out,
      );
    }
    return natPublic;
  }

  private natResponse(nat: CNat, s: CInstance, back: Pkt): void {
    const sub = nat.subnet;
    if (sub) this.igwHop('response', sub.vpc, undefined, undefined, back);
    const inside = sub !== undefined && sub === s.subnet;
    if (sub) this.naclHop('response', sub, 'ingress', back, false);
    this.natHop('response', nat, s, back);
    const toClient = this.reply(back.src, this.own(s));
    if (sub) {
      this.naclHop('response', sub, 'egress', toClient, inside);
      this.routeHop('response', sub, toClient, 'local');
    }
  }

  /** A NAT gateway carries TCP, UDP and ICMP over IPv4, and does not serve its own subnet. */
  private natHop(direction: Direction, nat: CNat, s: CInstance, pkt: Pkt): void {
    if (this.stopped) return;
    const p = pkt.protocol;
    const problem = !nat.available
      ? `${nat.id} is not available`
      : nat.subnet === undefined
        ? `${nat.id}'s subnet is not in the scenario`
        : nat.subnet.vpc.id !== s.vpc.id
          ? `${nat.id} is in another VPC than ${instanceLabel(s)}`
          : nat.subnet === s.subnet
            ? `${nat.id} does not serve instances of its own subnet (${s.subnet.id}); they need a route to the internet gateway instead`
            : this.f.family === 6
              ? `${nat.id} translates IPv4 only`
              : p !== PROTO.tcp && p !== PROTO.udp && p !== PROTO.icmp
                ? `${nat.id} carries only TCP, UDP and ICMP`
                : undefined;
    if (this.quick(direction, 'nat-gateway', problem ? 'deny' : 'allow')) return;
    this.add({
      direction,
      layer: 'nat-gateway',
      resourceId: nat.id,
      verdict: problem ? 'deny' : 'allow',
      rule: null,
      pkt,
      ...(nat.subnet ? { subnetId: nat.subnet.id } : {}),
      reason: () =>
        problem
          ? `${problem}.`
          : direction === 'request'
            ? `${nat.id} replaces the source ${formatIp(pkt.src)} with its own public address and forwards the request to the internet.`
            : `${nat.id} recognises the reply to a connection it opened and forwards it back to ${instanceLabel(s)}.`,
    });
  }
}

/** For messages about a flow as a whole. */
export function flowTitle(f: ResolvedFlow): string {
  return `${describeEnd(f.src)} → ${describeEnd(f.dst)}`;
}
