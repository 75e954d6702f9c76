import type { IpValue } from '../model/ip.ts';
import type { CEni, CompiledScenario } from './compiled.ts';
import type { Emitter, HopDraft, HopSink } from './layers/hop.ts';
import type { Pkt } from './packet.ts';
import type { ResolvedFlow } from './resolve.ts';
import type { Direction, HopVerdict, Layer } from './types.ts';

const UNASSIGNED4: IpValue = { family: 4, value: 0 };
const UNASSIGNED6: IpValue = { family: 6, value: 0n };

/**
 * What every part of the walk shares: where hops go (the sink, stopped once it has enough) and
 * how packets are made. Packets are plain objects built field by field (no spread).
 */
export class Walk implements Emitter {
  stopped = false;

  constructor(
    readonly c: CompiledScenario,
    readonly f: ResolvedFlow,
    private readonly sink: HopSink,
  ) {}

  add(h: HopDraft): void {
    if (!this.stopped && !this.sink.add(h)) this.stopped = true;
  }

  quick(direction: Direction, layer: Layer, verdict: HopVerdict): boolean {
    const quick = this.sink.quick;
    if (!quick) return false;
    if (!this.stopped && !quick(direction, layer, verdict)) this.stopped = true;
    return true;
  }

  deferGroup(direction: Direction, eni: CEni, way: 'ingress' | 'egress', pkt: Pkt): boolean {
    const defer = this.sink.deferGroup;
    if (!defer) return false;
    if (!defer(direction, eni, way, pkt)) this.stopped = true;
    return true;
  }

  /** The "no address" of the flow's family, for an end that has none to show. */
  unassigned(): IpValue {
    return this.f.family === 4 ? UNASSIGNED4 : UNASSIGNED6;
  }

  /** A request packet; `srcPort` differs from the client's behind a NAT gateway. */
  request(src: IpValue, dst: IpValue, srcPort = this.f.srcPort): Pkt {
    const f = this.f;
    return {
      src,
      dst,
      protocol: f.protocol,
      srcPort,
      dstPort: f.dstPort,
      icmpType: f.icmpType,
      icmpCode: f.icmpCode,
    };
  }

  /** The response swaps addresses and ports; an echo request is answered by an echo reply. */
  reply(src: IpValue, dst: IpValue, dstPort = this.f.srcPort): Pkt {
    const f = this.f;
    return {
      src,
      dst,
      protocol: f.protocol,
      srcPort: f.dstPort,
      dstPort,
      icmpType: f.replyIcmpType,
      icmpCode: 0,
    };
  }
}
