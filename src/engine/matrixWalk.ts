import { blockedCell } from '../model/matrixCell.ts';
import type { IpValue } from '../model/ip.ts';
import type { FlowSpec } from '../model/types.ts';
import type { CEni, CompiledScenario } from './compiled.ts';
import { privateOwner } from './layers/securityGroup.ts';
import type { EndpointClasses, MatrixEnd } from './matrixEnds.ts';
import type { Pkt } from './packet.ts';
import { walkFlow } from './path.ts';
import { resolveEnds, resolveService, type ResolvedEnds } from './resolve.ts';
import { FlowError, type Direction, type HopVerdict, type Layer } from './types.ts';

export const SELF = 0;
export const ALLOWED = 1;
export const UNKNOWN = 3;
/** An endpoint the flow cannot be built for (no IPv6 address, say) counts as unknown. */
export const ERROR = UNKNOWN;

/** Whose address a security-group hop sees at the other end, as a walk found it. */
export interface Remote {
  readonly address: IpValue;
  /** The interface owning that private address, if any (a NAT gateway's, say). */
  readonly owner: CEni | undefined;
  /** True when it is the other end of the flow: the pair's own interface is matched instead. */
  readonly peer: boolean;
}

/** The spec of a service as the walk takes it. */
export type ServiceSpec = Pick<
  FlowSpec,
  'protocol' | 'port' | 'sourcePort' | 'icmpType' | 'icmpCode'
>;

/**
 * The walks of every pair of network classes, each for every kind of service the network ACLs and
 * gateways tell apart (`walkSpecs`), without the security-group hops: the walk hands those over
 * (their interface and packet) and goes on. For a pair `p = na * nets + nb` and kind `w`, at
 * `p * kinds + w`:
 * - `code`: the cell byte of the first other hop that does not allow (ALLOWED when none);
 * - `mask`: bit 0 when the source's outbound groups come before that hop, bit 1 the destination's
 *   inbound groups; `egress`/`ingress`: what their rules see at the other end (`remotes`);
 * - `family` (per pair): the flow's address family.
 */
export class NetWalks {
  readonly code: Uint8Array;
  readonly mask: Uint8Array;
  readonly egress: Int32Array;
  readonly ingress: Int32Array;
  readonly family: Uint8Array;
  readonly remotes: Remote[] = [];
  private readonly remoteIndex = new Map<number | string, number>();
  evaluations = 0;

  constructor(
    readonly c: CompiledScenario,
    readonly classes: EndpointClasses,
    readonly walkSpecs: readonly ServiceSpec[],
  ) {
    const nets = classes.netKeys.length;
    const size = nets * nets * walkSpecs.length;
    this.code = new Uint8Array(size);
    this.mask = new Uint8Array(size);
    this.egress = new Int32Array(size).fill(-1);
    this.ingress = new Int32Array(size).fill(-1);
    this.family = new Uint8Array(nets * nets);
  }

  /** Walks every kind of service from network class `na` to `nb` (two different endpoints). */
  walkPair(na: number, nb: number): void {
    const { ends, netRep, netSecond, netKeys } = this.classes;
    const from = ends[netRep[na] as number] as MatrixEnd;
    const toIndex = na === nb ? (netSecond[na] as number) : (netRep[nb] as number);
    const pair = na * netKeys.length + nb;
    const kinds = this.walkSpecs.length;
    const base = pair * kinds;
    if (toIndex < 0) return; // a class of one: its only pair is itself
    const to = ends[toIndex] as MatrixEnd;
    let resolved: ResolvedEnds;
    try {
      resolved = resolveEnds(this.c, from.spec, to.spec);
    } catch (e) {
      if (!(e instanceof FlowError)) throw e;
      this.code.fill(ERROR, base, base + kinds);
      return;
    }
    this.family[pair] = resolved.family;
    for (let w = 0; w < kinds; w++) this.walkOne(resolved, from.eni, to.eni, base + w, w);
  }

  private walkOne(
    ends: ResolvedEnds,
    srcEni: CEni | undefined,
    dstEni: CEni | undefined,
    at: number,
    w: number,
  ): void {
    this.evaluations++;
    let flow;
    try {
      flow = resolveService(ends, this.walkSpecs[w] as ServiceSpec);
    } catch (e) {
      if (!(e instanceof FlowError)) throw e;
      this.code[at] = ERROR;
      return;
    }
    sink.code = ALLOWED;
    sink.mask = 0;
    sink.egress = -1;
    sink.ingress = -1;
    sink.walks = this;
    sink.srcEni = srcEni;
    sink.dstEni = dstEni;
    walkFlow(this.c, flow, sink);
    this.code[at] = sink.code;
    this.mask[at] = sink.mask;
    this.egress[at] = sink.egress;
    this.ingress[at] = sink.ingress;
  }

  /** The index of a remote, made once per address and owner. */
  remote(address: IpValue, other: CEni | undefined): number {
    const owner = privateOwner(this.c, address);
    const peer = other !== undefined && owner === other;
    // A number for IPv4 (no string per walk), text for IPv6.
    const key =
      address.family === 4
        ? address.value * 2 + (peer ? 1 : 0)
        : `${peer ? 'p' : ''}${address.value}`;
    let k = this.remoteIndex.get(key);
    if (k === undefined) {
      k = this.remotes.length;
      this.remotes.push({ address, owner, peer });
      this.remoteIndex.set(key, k);
    }
    return k;
  }
}

/**
 * The sink of the walks: the first hop other than the security groups that neither allows nor
 * skips decides, and the security-group hops before it are handed over, not decided. One object
 * for every walk, so that no closure is made per pair.
 */
const sink = {
  code: ALLOWED,
  mask: 0,
  egress: -1,
  ingress: -1,
  walks: null as NetWalks | null,
  srcEni: undefined as CEni | undefined,
  dstEni: undefined as CEni | undefined,
  add: () => true,
  quick(direction: Direction, layer: Layer, verdict: HopVerdict): boolean {
    if (verdict === 'deny') {
      sink.code = blockedCell(layer, direction);
      return false;
    }
    if (verdict === 'unknown') {
      sink.code = UNKNOWN;
      return false;
    }
    return true;
  },
  deferGroup(_direction: Direction, _eni: CEni, way: 'ingress' | 'egress', pkt: Pkt): boolean {
    const walks = sink.walks as NetWalks;
    if (way === 'egress') {
      sink.mask |= 1;
      sink.egress = walks.remote(pkt.dst, sink.dstEni);
    } else {
      sink.mask |= 2;
      sink.ingress = walks.remote(pkt.src, sink.srcEni);
    }
    return true;
  },
};
