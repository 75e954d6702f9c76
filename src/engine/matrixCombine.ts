import { blockedCell } from '../model/matrixCell.ts';
import type { CEni, CompiledScenario, CSgRule } from './compiled.ts';
import { rulesDecision } from './layers/securityGroup.ts';
import type { EndpointClasses } from './matrixEnds.ts';
import { ALLOWED, SELF, UNKNOWN, type NetWalks, type ServiceSpec } from './matrixWalk.ts';
import type { Pkt } from './packet.ts';
import { trafficMatches } from './match.ts';
import { protocolNumber, PROTO } from './protocol.ts';

const EGRESS_DENIED = blockedCell('security-group-egress', 'request');
const INGRESS_DENIED = blockedCell('security-group-ingress', 'request');

/**
 * The cells of endpoint classes from their network classes' walks: the source's outbound groups,
 * then the walk's hops up to the destination's inbound groups, those, then the rest; the first
 * that does not allow decides (spec/cli-analyze.md, "Path order"). Each class's rules are kept
 * per service once (most services match none of a group's rules, or its allow-all egress).
 */
export class Combiner {
  private readonly eniOf: (CEni | undefined)[];
  /**
   * Per class, service and way (`(cls * S + s) * 2 + way`, way 0 egress, 1 ingress): the class's
   * rules that match the service (undefined until first asked), and what they say whatever the
   * remote is: NONE (no rule: denied), ANY4/ANY6 (a matching rule names every address of that
   * family), or SCAN (the remote decides).
   */
  private readonly rules: (readonly CSgRule[] | undefined)[];
  private readonly status: Uint8Array;
  /** One packet per service and family: what a rule's protocol, port and ICMP fields see. */
  private readonly traffic: Pkt[][];

  constructor(
    readonly c: CompiledScenario,
    readonly classes: EndpointClasses,
    readonly services: readonly ServiceSpec[],
    /** Each service's kind of walk. */
    readonly walkOf: Int32Array,
    readonly walks: NetWalks,
  ) {
    this.eniOf = classes.ends.map((e) => e.eni);
    this.traffic = services.map((s) => [packetOf(s, 4), packetOf(s, 6)]);
    const size = classes.classKeys.length * services.length * 2;
    this.rules = new Array<readonly CSgRule[] | undefined>(size);
    this.status = new Uint8Array(size);
  }

  /** Fills the cells of source classes `rows` × destination classes `columns` (all when null). */
  fill(
    cells: Uint8Array,
    rows: readonly number[] | null = null,
    columns: readonly number[] | null = null,
  ): number {
    const { classRep, classSecond, netOf, netKeys } = this.classes;
    const k = classRep.length;
    const nets = netKeys.length;
    const kinds = this.walks.walkSpecs.length;
    const all = Array.from({ length: k }, (_, b) => b);
    const rowList = rows ?? all;
    const cols = columns ?? all;
    const w = this.walks;
    let filled = 0;
    for (let s = 0; s < this.services.length; s++) {
      const kind = this.walkOf[s] as number;
      for (const a of rowList) {
        const na = netOf[a] as number;
        const ea = this.eniOf[classRep[a] as number];
        const row = (s * k + a) * k;
        for (const b of cols) {
          const second = a === b ? (classSecond[a] as number) : (classRep[b] as number);
          if (second < 0) {
            cells[row + b] = SELF;
            continue;
          }
          const pair = na * nets + (netOf[b] as number);
          const at = pair * kinds + kind;
          const mask = w.mask[at] as number;
          let cell = w.code[at] as number;
          if (mask !== 0) {
            const eb = this.eniOf[second];
            const family = w.family[pair] === 6 ? 1 : 0;
            if (mask & 1 && ea) {
              const v = this.decide(a, ea, 0, w.egress[at] as number, eb, s, family);
              if (v !== ALLOWED) cell = v === UNKNOWN ? UNKNOWN : EGRESS_DENIED;
            }
            if (cell !== EGRESS_DENIED && cell !== UNKNOWN && mask & 2 && eb) {
              const v = this.decide(b, eb, 1, w.ingress[at] as number, ea, s, family);
              if (v !== ALLOWED) cell = v === UNKNOWN ? UNKNOWN : INGRESS_DENIED;
            }
          }
          cells[row + b] = cell;
          filled++;
        }
      }
    }
    return filled;
  }

  /** A class's groups on a packet to or from a remote: ALLOWED, UNKNOWN or DENIED. */
  private decide(
    cls: number,
    eni: CEni,
    way: 0 | 1,
    remoteIndex: number,
    other: CEni | undefined,
    s: number,
    family: number,
  ): number {
    if (!eni.filtered) return ALLOWED;
    const key = (cls * this.services.length + s) * 2 + way;
    let rules = this.rules[key];
    if (rules === undefined) rules = this.prepare(key, eni, way, s);
    const status = this.status[key] as number;
    if (status === NONE) return DENIED;
    if (status === (family === 0 ? ANY4 : ANY6) || status === ANY_BOTH) return ALLOWED;
    const remote = this.walks.remotes[remoteIndex];
    if (!remote) return DENIED;
    const d = rulesDecision(
      this.c,
      eni,
      way === 0 ? 'egress' : 'ingress',
      rules,
      (this.traffic[s] as Pkt[])[family] as Pkt,
      remote.address,
      remote.peer ? other : remote.owner,
    );
    return d.verdict === 'allow' || d.verdict === 'skip'
      ? ALLOWED
      : d.verdict === 'unknown'
        ? UNKNOWN
        : DENIED;
  }

  /** Keeps the rules of a class's groups that match a service's traffic, and what they say. */
  private prepare(key: number, eni: CEni, way: 0 | 1, s: number): readonly CSgRule[] {
    const all = way === 1 ? eni.ingress : eni.egress;
    // Interfaces carrying the same groups share one array of rules (compileInterfaces.ts), and
    // an edit leaves the arrays of other groups as they were: what they say is kept per array.
    let per = kept.get(all);
    if (per === undefined) {
      per = new Map();
      kept.set(all, per);
    }
    const spec = this.services[s] as ServiceSpec;
    const serviceKey = `${String(spec.protocol)}|${spec.port ?? ''}|${spec.icmpType ?? ''}|${spec.icmpCode ?? ''}`;
    let hit = per.get(serviceKey);
    if (hit === undefined) {
      hit = keepMatching(all, this.traffic[s] as [Pkt, Pkt]);
      per.set(serviceKey, hit);
    }
    this.rules[key] = hit.rules;
    this.status[key] = hit.status;
    return hit.rules;
  }
}

/** The rules that match a service, and what they say whatever the remote (see Combiner.rules). */
interface Kept {
  readonly rules: readonly CSgRule[];
  readonly status: number;
}
const kept = new WeakMap<readonly CSgRule[], Map<string, Kept>>();

function keepMatching(all: readonly CSgRule[], [p4, p6]: [Pkt, Pkt]): Kept {
  const rules = all.filter((r) => trafficMatches(r, p4) || trafficMatches(r, p6));
  let any4 = false;
  let any6 = false;
  for (const r of rules) {
    if (r.peerKind !== 0 || r.range?.prefix !== 0) continue;
    if (r.range.family === 4 && trafficMatches(r, p4)) any4 = true;
    if (r.range.family === 6 && trafficMatches(r, p6)) any6 = true;
  }
  const status =
    rules.length === 0 ? NONE : any4 && any6 ? ANY_BOTH : any4 ? ANY4 : any6 ? ANY6 : SCAN;
  return { rules, status };
}

const DENIED = 2;
const SCAN = 0;
const NONE = 1;
const ANY4 = 2;
const ANY6 = 3;
const ANY_BOTH = 4;

const NOWHERE = { family: 4 as const, value: 0 };

/** A service's packet as a rule sees it, in one family (ICMP is ICMPv6 between IPv6 addresses). */
function packetOf(s: ServiceSpec, family: 4 | 6): Pkt {
  let protocol = typeof s.protocol === 'number' ? s.protocol : protocolNumber(s.protocol);
  if (protocol === PROTO.icmp && family === 6) protocol = PROTO.icmpv6;
  const ports = protocol === PROTO.tcp || protocol === PROTO.udp;
  const icmp = protocol === PROTO.icmp || protocol === PROTO.icmpv6;
  return {
    src: NOWHERE,
    dst: NOWHERE,
    protocol,
    srcPort: 0,
    dstPort: ports ? (s.port ?? 0) : 0,
    icmpType: icmp ? (s.icmpType ?? (protocol === PROTO.icmp ? 8 : 128)) : -1,
    icmpCode: icmp ? (s.icmpCode ?? 0) : -1,
  };
}
