import { formatIp, parseCidr, type IpRange } from '../model/ip.ts';
import {
  blockedCell,
  decodeCell,
  MATRIX_LAYERS,
  MATRIX_VERDICTS,
  type MatrixCell,
} from '../model/matrixCell.ts';
import type { FlowSpec, Scenario } from '../model/types.ts';
import { compileScenario, isCompiled, type CompiledScenario } from './compile.ts';
import { internetPieces, type InternetPiece } from './internet.ts';
import { walkFlow } from './path.ts';
import { resolveEnds, resolveService, type ResolvedEnds } from './resolve.ts';
import { FlowError, type Direction, type HopVerdict, type Layer } from './types.ts';

/** A service to test: a protocol and, for TCP and UDP, a destination port. */
export interface Service {
  readonly protocol: FlowSpec['protocol'];
  readonly port?: number;
  readonly name?: string;
}

export interface ReachabilityOptions {
  /**
   * Add the internet (default true): one endpoint per piece of the public IPv4 address space
   * (internet.ts), so that a row of the internet stands for every address it names.
   */
  readonly includeInternet?: boolean;
  readonly sourcePort?: number;
  /** Called as classes are evaluated (done of total), so a caller can show progress. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * The verdict of every ordered pair of endpoints for every service, packed one byte a cell so the
 * whole matrix crosses from a worker as one transferable buffer.
 * Cell of source i, destination j, service s: `cells[(s * n + i) * n + j]`; decode with `decodeCell`.
 */
export interface ReachabilityMatrix {
  /**
   * Interfaces (an instance's primary one by the instance ID, others by their `eni-` ID), then
   * the pieces of the internet when included (`internet:<address evaluated>`), then the AWS
   * services gateway endpoints serve (by service name).
   */
  readonly endpoints: readonly string[];
  /** The internet's endpoints: each one's index in `endpoints` and the addresses it stands for. */
  readonly internet: readonly { readonly endpoint: number; readonly piece: InternetPiece }[];
  /** How each endpoint is named in a flow (the cell's flow is `{ source, destination }` of these). */
  readonly endpointSpecs: readonly FlowSpec['source'][];
  readonly services: readonly Service[];
  readonly cells: Uint8Array;
  /** Endpoints that behave alike were evaluated once: how many classes there were. */
  readonly classes: number;
  /** How many flows were actually evaluated. */
  readonly evaluations: number;
}

/** The internet's endpoints are `internet:<address>`, one per piece of the public address space. */
export const INTERNET_ENDPOINT = 'internet';

// The cell byte is a wire format shared with the matrix panel: it lives in model/matrixCell.ts.
export const CELL_VERDICTS = MATRIX_VERDICTS;
export const CELL_LAYERS: readonly Layer[] = MATRIX_LAYERS;
export type CellValue = MatrixCell;
export { decodeCell };

const ALLOWED = 1;
const UNKNOWN = 3;
/** An endpoint the flow cannot be built for (no IPv6 address, say) counts as unknown. */
const ERROR = UNKNOWN;

/** An endpoint of the matrix: an interface, the internet, or an AWS service a gateway endpoint serves. */
interface MatrixEnd {
  readonly id: string;
  readonly spec: FlowSpec['source'];
  /** Endpoints with the same key behave alike; `undefined`: a class of its own. */
  readonly key: string | undefined;
}

/**
 * Reachability between every ordered pair of endpoints (network interfaces, the internet, and
 * the AWS services that gateway endpoints serve) for each service. Endpoints that behave alike —
 * same subnet, same groups, same kind, and no CIDR in any rule, route or prefix list that tells
 * their addresses apart — form one class, and one representative pair is evaluated per pair of
 * classes; the answers equal `evaluate` pair by pair.
 */
export function reachability(
  scenario: Scenario | CompiledScenario,
  services: readonly Service[],
  options: ReachabilityOptions = {},
): ReachabilityMatrix {
  const c = isCompiled(scenario) ? scenario : compileScenario(scenario);
  const withInternet = options.includeInternet ?? true;
  const signature = addressSignature(c);
  const sig4 = (v: number | undefined) => (v === undefined ? '-' : signature(v));
  const ends: MatrixEnd[] = c.eniList.map((eni) => ({
    id: eni.id,
    spec:
      eni.primary && eni.instanceId
        ? { instanceId: eni.instanceId }
        : { interfaceId: eni.interfaceId ?? eni.id },
    key: `${eni.subnet.id}|${eni.kind}|${[...eni.groupIds].sort().join(',')}|${sig4(eni.private4)}|${sig4(eni.public4)}|${eni.ipv6 === undefined ? '-' : '6'}`,
  }));
  const internet: { endpoint: number; piece: InternetPiece }[] = [];
  if (withInternet) {
    for (const piece of internetPieces(c, 4)) {
      internet.push({ endpoint: ends.length, piece });
      ends.push({
        id: `${INTERNET_ENDPOINT}:${piece.address}`,
        spec: { address: piece.address },
        key: undefined,
      });
    }
  }
  for (const svc of awsServices(c)) ends.push(svc);
  const n = ends.length;
  const endpoints = ends.map((e) => e.id);

  const classOf = new Int32Array(n);
  const members: number[][] = [];
  const byKey = new Map<string, number>();
  ends.forEach((end, i) => {
    let k = end.key === undefined ? undefined : byKey.get(end.key);
    if (k === undefined) {
      k = members.length;
      if (end.key !== undefined) byKey.set(end.key, k);
      members.push([]);
    }
    classOf[i] = k;
    members[k]?.push(i);
  });

  const k = members.length;
  const cells = new Uint8Array(services.length * n * n);
  // One byte per service and pair of classes: classCells[s * k * k + a * k + b].
  const classCells = new Uint8Array(services.length * k * k);
  const specs = services.map((svc) => ({
    protocol: svc.protocol,
    port: svc.port,
    sourcePort: options.sourcePort,
  }));
  let evaluations = 0;
  const total = services.length * k;
  for (let a = 0; a < k; a++) {
    if (options.onProgress && a % 16 === 0) options.onProgress(a * services.length, total);
    const ma = members[a] as number[];
    for (let b = 0; b < k; b++) {
      const mb = members[b] as number[];
      const from = ma[0] as number;
      // Within one class, the representative pair must be two different endpoints.
      const to = a === b ? mb[1] : mb[0];
      if (to === undefined) continue;
      // The ends are the same for every service: resolve them once.
      let pair: ResolvedEnds | null = null;
      try {
        pair = resolveEnds(c, (ends[from] as MatrixEnd).spec, (ends[to] as MatrixEnd).spec);
      } catch (e) {
        if (!(e instanceof FlowError)) throw e;
      }
      for (let s = 0; s < services.length; s++) {
        evaluations++;
        classCells[s * k * k + a * k + b] =
          pair === null ? ERROR : evaluateService(c, pair, specs[s] as (typeof specs)[number]);
      }
    }
  }
  // Every endpoint of a class has the same row: build it once per class, then copy it.
  const rows = Array.from({ length: k }, () => new Uint8Array(n));
  for (let s = 0; s < services.length; s++) {
    const classBase = s * k * k;
    for (let a = 0; a < k; a++) {
      const row = rows[a] as Uint8Array;
      for (let j = 0; j < n; j++)
        row[j] = classCells[classBase + a * k + (classOf[j] as number)] as number;
    }
    const base = s * n * n;
    for (let i = 0; i < n; i++) {
      cells.set(rows[classOf[i] as number] as Uint8Array, base + i * n);
      cells[base + i * n + i] = 0;
    }
  }
  options.onProgress?.(total, total);
  const endpointSpecs = ends.map((e) => e.spec);
  return { endpoints, endpointSpecs, internet, services, cells, classes: k, evaluations };
}

/**
 * One endpoint per AWS service a gateway endpoint serves (by prefix list), at the first address
 * of its list: what an interface reaches through the endpoint, or through the internet.
 */
function awsServices(c: CompiledScenario): MatrixEnd[] {
  const seen = new Set<string>();
  const out: MatrixEnd[] = [];
  for (const e of c.endpointServices) {
    const range = e.prefixList?.ranges?.[0];
    if (!range || !e.prefixList || seen.has(e.prefixList.id)) continue;
    seen.add(e.prefixList.id);
    const first =
      range.family === 4
        ? { family: 4 as const, value: range.first }
        : { family: 6 as const, value: range.first };
    out.push({ id: e.serviceName, spec: { address: formatIp(first) }, key: undefined });
  }
  return out;
}

/**
 * The quick sink of the matrix: the first hop that neither allows nor skips decides, and nothing
 * after it is needed. One object for every flow, so that no closure is made per cell.
 */
const cellSink = {
  result: ALLOWED,
  add: () => true,
  quick(direction: Direction, layer: Layer, verdict: HopVerdict): boolean {
    if (verdict === 'deny') {
      cellSink.result = blockedCell(layer, direction);
      return false;
    }
    if (verdict === 'unknown') {
      cellSink.result = UNKNOWN;
      return false;
    }
    return true;
  },
};

/** Evaluates one flow down to its deciding hop only: the matrix needs the verdict and the layer. */
export function evaluateCell(c: CompiledScenario, spec: FlowSpec): number {
  let ends: ResolvedEnds;
  try {
    ends = resolveEnds(c, spec.source, spec.destination);
  } catch (e) {
    if (e instanceof FlowError) return ERROR;
    throw e;
  }
  return evaluateService(c, ends, spec);
}

function evaluateService(
  c: CompiledScenario,
  ends: ResolvedEnds,
  spec: Parameters<typeof resolveService>[1],
): number {
  let resolved;
  try {
    resolved = resolveService(ends, spec);
  } catch (e) {
    if (e instanceof FlowError) return ERROR;
    throw e;
  }
  cellSink.result = ALLOWED;
  walkFlow(c, resolved, cellSink);
  return cellSink.result;
}

/**
 * Maps an IPv4 address to the set of CIDRs (named by any rule, route or VPC, plus the single
 * addresses the engine compares one by one) that contain it, as a string key: two addresses with
 * the same key are inside exactly the same CIDRs, so no rule can tell them apart.
 */
function addressSignature(c: CompiledScenario): (ip: number) => string {
  const seen = new Set<string>();
  const firsts: number[] = [];
  const lasts: number[] = [];
  const add = (r: IpRange | null | undefined) => {
    if (r?.family !== 4 || r.prefix === 0) return; // 0.0.0.0/0 holds every address: it tells none apart
    const key = `${r.first}/${r.last}`;
    if (seen.has(key)) return;
    seen.add(key);
    firsts.push(r.first);
    lasts.push(r.last);
  };
  const s = c.source;
  for (const g of s.securityGroups) {
    for (const r of [...g.ingress, ...g.egress])
      if (r.peer.kind === 'cidr') add(parseCidr(r.peer.cidr));
  }
  for (const n of s.networkAcls)
    for (const e of [...n.ingress, ...n.egress]) add(parseCidr(e.cidr));
  for (const t of s.routeTables) for (const r of t.routes) add(parseCidr(r.destination));
  for (const t of s.transitGatewayRouteTables)
    for (const r of t.routes) add(parseCidr(r.destination));
  for (const p of c.prefixLists.values()) for (const r of p.ranges ?? []) add(r);
  for (const v of c.vpcs.values()) for (const r of v.ranges) add(r);
  const single = (ip: number | undefined) => {
    if (ip !== undefined && ip >= 0) add({ family: 4, first: ip, last: ip, prefix: 32 });
  };
  for (const nat of c.natGateways.values()) {
    single(nat.public4);
    single(nat.private4);
  }
  for (const v of c.vpcs.values()) single(v.dnsResolver);
  const count = firsts.length;
  return (ip: number) => {
    let key = '';
    for (let r = 0; r < count; r++)
      if ((firsts[r] as number) <= ip && ip <= (lasts[r] as number)) key += `${r},`;
    return key;
  };
}
