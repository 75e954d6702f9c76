import {
  decodeCell,
  evaluate,
  FlowError,
  reachability,
  type CompiledScenario,
  type ReachabilityMatrix,
} from '../engine/index.ts';
import { scenarioInterfaces } from '../model/interfaces.ts';
import type { Endpoint, FlowSpec, Scenario } from '../model/types.ts';
import { decidingHop } from './decidingHop.ts';
import { ExpectationsError, type Invariant, type Position } from './expectations/parse.ts';
import { pathText } from './expectations/selectorSyntax.ts';
import { pieceService, ruleCuts, servicePieces, type ServicePiece } from './portPieces.ts';
import { MAX_COUNTEREXAMPLES, type Counterexample, type InvariantResult } from './report.ts';
import { selectEndpoints, SelectorError, type Universe } from './selectors.ts';

export interface InvariantContext {
  readonly scenario: Scenario;
  readonly compiled: CompiledScenario;
  readonly file: string;
  readonly locate: (path: readonly (string | number)[], atKey?: boolean) => Position;
  readonly resolveEndpoint: (text: string) => Endpoint;
  readonly failOnUnknown: boolean;
}

/**
 * Every invariant of a file over one class matrix (model/classMatrix.ts): the services' ranges are
 * cut into pieces at every rule boundary, one service per piece, and each pair of endpoint
 * classes is read once per piece, so 1,000 interfaces × tcp/0-65535 costs classes² × pieces, not
 * interfaces² × 65,536. A counterexample is one concrete flow of a failing class pair, evaluated
 * for its deciding hop.
 */
export function checkInvariants(
  invariants: readonly Invariant[],
  ctx: InvariantContext,
): InvariantResult[] {
  if (invariants.length === 0) return [];
  const cuts = ruleCuts(ctx.scenario);
  const services: ServicePiece[] = [];
  const indexOf = new Map<string, number>();
  const piecesOf = invariants.map((inv) =>
    inv.services.flatMap((s) =>
      servicePieces(s, cuts).map((p) => {
        let k = indexOf.get(p.label);
        if (k === undefined) {
          k = services.length;
          indexOf.set(p.label, k);
          services.push(p);
        }
        return k;
      }),
    ),
  );
  const m = reachability(ctx.compiled, services.map(pieceService));
  const internet = new Map(m.internet.map((x) => [x.endpoint, x.piece.address]));
  const names = new Map(scenarioInterfaces(ctx.scenario).map((v) => [v.id, v.name]));
  const universe: Universe = {
    scenario: ctx.scenario,
    endpoints: m.endpoints,
    internet,
    resolveEndpoint: ctx.resolveEndpoint,
  };
  return invariants.map((inv, k) =>
    checkOne(inv, piecesOf[k] as number[], { ctx, m, universe, services, names }),
  );
}

interface Shared {
  readonly ctx: InvariantContext;
  readonly m: ReachabilityMatrix;
  readonly universe: Universe;
  readonly services: readonly ServicePiece[];
  /** Interface trace ID → its name. */
  readonly names: ReadonlyMap<string, string>;
}

function checkOne(inv: Invariant, pieces: readonly number[], sh: Shared): InvariantResult {
  const { m, ctx } = sh;
  const select = (key: 'from' | 'to') => {
    try {
      return selectEndpoints(inv[key], sh.universe);
    } catch (error) {
      if (!(error instanceof SelectorError)) throw error;
      throw new ExpectationsError(
        ctx.file,
        ctx.locate(error.path),
        `${pathText(error.path)}: ${error.message}`,
      );
    }
  };
  const from = select('from');
  const to = select('to');
  const base = {
    name: inv.name,
    line: inv.at.line,
    column: inv.at.column,
    expected: inv.expect,
  };
  const none = !from.includes(1) ? 'from' : !to.includes(1) ? 'to' : null;
  if (none !== null)
    return {
      ...base,
      ok: false,
      counterexamples: [],
      count: 0,
      unknown: 0,
      checked: 0,
      problem: `${none} selects nothing`,
    };
  const k = m.classes;
  const sides = [from, to].map((mask) => membersByClass(mask, m.classOf, k));
  const [S, T] = sides as [ClassMembers, ClassMembers];
  const both = new Int32Array(k);
  for (let i = 0; i < from.length; i++)
    if (from[i] && to[i])
      both[m.classOf[i] as number] = (both[m.classOf[i] as number] as number) + 1;
  const isInternet = (i: number) => sh.universe.internet.has(i);

  const counterexamples: Counterexample[] = [];
  let count = 0;
  let unknown = 0;
  let checked = 0;
  const fromClasses = S.classes();
  const toClasses = T.classes();
  for (const s of pieces) {
    const piece = sh.services[s] as ServicePiece;
    for (const a of fromClasses) {
      const row = (s * k + a) * k;
      for (const b of toClasses) {
        let pairs = (S.count[a] as number) * (T.count[b] as number);
        if (a === b) pairs -= both[a] as number;
        if (pairs <= 0) continue;
        const cell = decodeCell(m.cells[row + b] as number);
        if (cell.verdict === 'self') continue;
        const pair = pickPair(S.first(a), T.first(b));
        if (pair === null || (isInternet(pair[0]) && isInternet(pair[1]))) continue;
        const bad =
          inv.expect === 'blocked' ? cell.verdict === 'allowed' : cell.verdict === 'blocked';
        const isUnknown = cell.verdict === 'unknown';
        if (isUnknown) {
          // A pair the engine cannot evaluate at all (an IPv4 piece to an IPv6-only interface)
          // is no flow: it neither holds nor fails.
          const example = concrete(sh, pair, piece);
          if (example === null) continue;
          unknown += pairs;
          if (ctx.failOnUnknown) {
            count += pairs;
            if (counterexamples.length < MAX_COUNTEREXAMPLES) counterexamples.push(example);
          }
          checked += pairs;
          continue;
        }
        checked += pairs;
        if (!bad) continue;
        count += pairs;
        for (const i of S.first(a)) {
          for (const j of T.first(b)) {
            if (counterexamples.length >= MAX_COUNTEREXAMPLES) break;
            if (i === j || (isInternet(i) && isInternet(j))) continue;
            const example = concrete(sh, [i, j], piece);
            if (example) counterexamples.push(example);
          }
        }
      }
    }
  }
  return { ...base, ok: count === 0, counterexamples, count, unknown, checked };
}

interface ClassMembers {
  readonly count: Int32Array;
  readonly classes: () => number[];
  /** Up to MAX_COUNTEREXAMPLES members of a class in this set. */
  readonly first: (klass: number) => readonly number[];
}

function membersByClass(mask: Uint8Array, classOf: Int32Array, k: number): ClassMembers {
  const count = new Int32Array(k);
  const firsts = new Map<number, number[]>();
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i]) continue;
    const c = classOf[i] as number;
    count[c] = (count[c] as number) + 1;
    const list = firsts.get(c);
    if (!list) firsts.set(c, [i]);
    else if (list.length < MAX_COUNTEREXAMPLES) list.push(i);
  }
  return {
    count,
    classes: () => [...firsts.keys()].sort((x, y) => x - y),
    first: (c) => firsts.get(c) ?? [],
  };
}

function pickPair(a: readonly number[], b: readonly number[]): [number, number] | null {
  for (const i of a) for (const j of b) if (i !== j) return [i, j];
  return null;
}

/** The flow of one pair and piece, evaluated; null when the engine cannot evaluate it. */
function concrete(
  sh: Shared,
  [i, j]: [number, number],
  piece: ServicePiece,
): Counterexample | null {
  const { m, ctx } = sh;
  const flow: FlowSpec = {
    source: m.endpointSpecs[i] as Endpoint,
    destination: m.endpointSpecs[j] as Endpoint,
    protocol: piece.protocol,
    ...(piece.from === undefined ? {} : { port: piece.from }),
    ...(piece.icmpType === undefined ? {} : { icmpType: piece.icmpType }),
    ...(piece.icmpCode === undefined ? {} : { icmpCode: piece.icmpCode }),
  };
  try {
    const trace = evaluate(ctx.compiled, flow);
    return {
      source: endpointName(sh, i),
      destination: endpointName(sh, j),
      protocol: typeof piece.protocol === 'number' ? String(piece.protocol) : piece.protocol,
      ports: piece.label,
      verdict: trace.verdict,
      blockedBy: trace.blockedBy,
      decidedBy: decidingHop(trace),
      flow,
    };
  } catch (error) {
    if (error instanceof FlowError) return null;
    throw error;
  }
}

/** An endpoint as a person knows it: its Terraform address, else its ID; a piece of the internet by its blocks. */
function endpointName(sh: Shared, i: number): string {
  const piece = sh.m.internet.find((x) => x.endpoint === i)?.piece;
  if (piece) {
    const more =
      piece.cidrCount > piece.cidrs.length
        ? ` (+${piece.cidrCount - piece.cidrs.length} more)`
        : '';
    return `internet ${piece.cidrs.slice(0, 3).join(', ')}${piece.cidrs.length > 3 ? ', …' : ''}${more}`;
  }
  const id = sh.m.endpoints[i] as string;
  const address = sh.ctx.scenario.terraform?.addresses[id];
  if (address) return address;
  const name = sh.names.get(id);
  return name && name !== id ? `${name} (${id})` : id;
}
