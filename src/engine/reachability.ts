import type { ClassCells } from '../model/classMatrix.ts';
import {
  decodeCell,
  MATRIX_LAYERS,
  MATRIX_VERDICTS,
  type MatrixCell,
} from '../model/matrixCell.ts';
import type { FlowSpec, Scenario } from '../model/types.ts';
import { compileScenario, isCompiled, type CompiledScenario } from './compile.ts';
import type { InternetPiece } from './internet.ts';
import { Combiner } from './matrixCombine.ts';
import { endpointClasses, INTERNET_ENDPOINT } from './matrixEnds.ts';
import { NetWalks, type ServiceSpec } from './matrixWalk.ts';
import { FlowError, type Layer } from './types.ts';

export { INTERNET_ENDPOINT };

/** A service to test: a protocol and, for TCP and UDP, a destination port. */
export interface Service {
  readonly protocol: FlowSpec['protocol'];
  readonly port?: number;
  /** ICMP type and code (default: an echo request). */
  readonly icmpType?: number;
  readonly icmpCode?: number;
  readonly name?: string;
}

export interface ReachabilityOptions {
  /**
   * Add the internet (default true): one endpoint per piece of the public IPv4 address space
   * (internet.ts), so that a row of the internet stands for every address it names.
   */
  readonly includeInternet?: boolean;
  /**
   * The internet's pieces to evaluate instead of the network's own (a diff evaluates two versions
   * of a network at the same addresses); each must stand for addresses the network does not tell
   * apart, as `internetPieces(c, 4, otherBlocks)` gives.
   */
  readonly internetPieces?: readonly InternetPiece[];
  readonly sourcePort?: number;
  /** Called as the walks go (done of total), so a caller can show progress. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * The verdict of every ordered pair of endpoints for every service, kept by class
 * (model/classMatrix.ts): one byte per service and pair of classes, plus each endpoint's class.
 * It crosses from a worker as two transferable buffers; a pair's cell is `cellOf(m, s, i, j)`.
 */
export interface ReachabilityMatrix extends ClassCells {
  /**
   * Interfaces (an instance's primary one by the instance ID, others by their `eni-` ID), then
   * the pieces of the internet when included (`internet:<address evaluated>`), then the AWS
   * services gateway endpoints serve (by service name).
   */
  readonly endpoints: readonly string[];
  /** How each endpoint is named in a flow (the cell's flow is `{ source, destination }` of these). */
  readonly endpointSpecs: readonly FlowSpec['source'][];
  /** The internet's endpoints: each one's index in `endpoints` and the addresses it stands for. */
  readonly internet: readonly { readonly endpoint: number; readonly piece: InternetPiece }[];
  readonly services: readonly Service[];
  /** How many walks were made (a walk stands for every pair of two network classes). */
  readonly evaluations: number;
}

// The cell byte is a wire format shared with the matrix panel: it lives in model/matrixCell.ts.
export const CELL_VERDICTS = MATRIX_VERDICTS;
export const CELL_LAYERS: readonly Layer[] = MATRIX_LAYERS;
export type CellValue = MatrixCell;
export { decodeCell };

/**
 * Reachability between every ordered pair of endpoints (network interfaces, the pieces of the
 * internet, and the AWS services that gateway endpoints serve) for each service. Endpoints that
 * behave alike form a class (matrixEnds.ts); classes that differ only in their security groups
 * share one walk per kind of service the network ACLs tell apart (matrixWalk.ts), and the groups
 * are decided per pair of classes (matrixCombine.ts). The answers equal `evaluate` pair by pair.
 */
export function reachability(
  scenario: Scenario | CompiledScenario,
  services: readonly Service[],
  options: ReachabilityOptions = {},
): ReachabilityMatrix {
  const c = isCompiled(scenario) ? scenario : compileScenario(scenario);
  const classes = endpointClasses(c, options.includeInternet ?? true, options.internetPieces);
  const specs: ServiceSpec[] = services.map((s) => ({
    protocol: s.protocol,
    port: s.port,
    icmpType: s.icmpType,
    icmpCode: s.icmpCode,
    sourcePort: options.sourcePort,
  }));
  const { walkSpecs, walkOf } = walkKinds(c, specs);
  const walks = new NetWalks(c, classes, walkSpecs);
  const nets = classes.netKeys.length;
  for (let na = 0; na < nets; na++) {
    if (options.onProgress && na % 8 === 0) options.onProgress(na, nets);
    for (let nb = 0; nb < nets; nb++) walks.walkPair(na, nb);
  }
  const k = classes.classKeys.length;
  refuseTooLarge(k, services.length);
  const cells = new Uint8Array(services.length * k * k);
  new Combiner(c, classes, specs, walkOf, walks).fill(cells);
  options.onProgress?.(nets, nets);
  return {
    endpoints: classes.ends.map((e) => e.id),
    endpointSpecs: classes.ends.map((e) => e.spec),
    internet: classes.internet,
    services,
    classOf: classes.classOf,
    classes: k,
    cells,
    evaluations: walks.evaluations,
  };
}

/** The most cells a matrix may hold (one byte each): past it, it is refused before it starts. */
export const MATRIX_CELL_LIMIT = 512 * 1024 ** 2;

/**
 * Refuses, in words, a matrix whose class cells would not fit (its classes are known before any
 * walk, so nothing is computed first).
 */
export function refuseTooLarge(classes: number, services: number): void {
  const cells = classes * classes * services;
  if (cells <= MATRIX_CELL_LIMIT) return;
  const n = (x: number) => x.toLocaleString('en-US');
  throw new FlowError(
    `This matrix would hold ${n(classes)} classes of endpoints × ${n(classes)} × ${n(services)} services, ${n(cells)} cells (${(cells / 1024 ** 3).toFixed(1)} GB); the limit is ${n(MATRIX_CELL_LIMIT)}. Pick fewer services, or compute part of the network.`,
  );
}

/**
 * Services the walks cannot tell apart share a walk: the same protocol, ICMP type and code, and a
 * port in the same piece of the port range once it is split at every port where a network ACL
 * entry starts or ends (spec/ci-check.md splits ports the same way). Only network ACLs read the
 * port on the way; the security groups, which read it too, are decided per service.
 */
export function walkKinds(
  c: CompiledScenario,
  specs: readonly ServiceSpec[],
): { walkSpecs: ServiceSpec[]; walkOf: Int32Array } {
  const cuts = new Set<number>();
  for (const n of c.source.networkAcls)
    for (const e of [...n.ingress, ...n.egress])
      if (e.portRange) cuts.add(e.portRange.from).add(e.portRange.to + 1);
  const bounds = [...cuts].sort((a, b) => a - b);
  const piece = (port: number | undefined) =>
    port === undefined ? -1 : bounds.filter((b) => b <= port).length;
  const byKey = new Map<string, number>();
  const walkSpecs: ServiceSpec[] = [];
  const walkOf = new Int32Array(specs.length);
  specs.forEach((s, k) => {
    const key = `${String(s.protocol)}|${piece(s.port)}|${s.icmpType ?? '-'}|${s.icmpCode ?? '-'}|${s.sourcePort ?? '-'}`;
    let w = byKey.get(key);
    if (w === undefined) {
      w = walkSpecs.length;
      byKey.set(key, w);
      walkSpecs.push(s);
    }
    walkOf[k] = w;
  });
  return { walkSpecs, walkOf };
}
