import type { Scenario } from '../model/types.ts';
import { compileScenario, type CompiledScenario } from './compile.ts';
import { Combiner } from './matrixCombine.ts';
import { endpointClasses, type EndpointClasses } from './matrixEnds.ts';
import { NetWalks, type ServiceSpec } from './matrixWalk.ts';
import {
  refuseTooLarge,
  walkKinds,
  type ReachabilityMatrix,
  type ReachabilityOptions,
  type Service,
} from './reachability.ts';

/** Everything but the security groups: when none of it changed, the walks still hold. */
const NETWORK_KEYS = [
  'vpcs',
  'subnets',
  'instances',
  'networkInterfaces',
  'networkAcls',
  'routeTables',
  'internetGateways',
  'natGateways',
  'peeringConnections',
  'prefixLists',
  'vpcEndpoints',
  'egressOnlyInternetGateways',
  'transitGateways',
  'transitGatewayAttachments',
  'transitGatewayRouteTables',
] as const satisfies readonly (keyof Scenario)[];

/** How an update was made: the classes whose rows and columns were evaluated again. */
export interface MatrixUpdate {
  readonly matrix: ReachabilityMatrix;
  /** `all` when the classes or the walks had to be made again (a change beyond groups' rules). */
  readonly touched: number | 'all';
}

/**
 * A matrix kept up to date as its scenario is edited. After an edit of security groups' rules
 * that names no new CIDR block (the classes and every walk still hold), only the rows and columns
 * of the classes carrying a changed group are evaluated again; any other edit makes the matrix
 * anew. Scenarios are never mutated: what an edit left alone is the very same object.
 */
export class MatrixSession {
  private c!: CompiledScenario;
  private classes!: EndpointClasses;
  private walks!: NetWalks;
  private walkOf!: Int32Array;
  private cells!: Uint8Array;
  /** The endpoints' IDs and specs, made once per set of classes. */
  private named: Pick<ReachabilityMatrix, 'endpoints' | 'endpointSpecs'> | null = null;
  private readonly specs: ServiceSpec[];
  private current!: ReachabilityMatrix;

  constructor(
    scenario: Scenario,
    readonly services: readonly Service[],
    readonly options: ReachabilityOptions = {},
  ) {
    this.specs = services.map((s) => ({
      protocol: s.protocol,
      port: s.port,
      sourcePort: options.sourcePort,
    }));
    this.rebuild(scenario);
  }

  get matrix(): ReachabilityMatrix {
    return this.current;
  }

  /** The matrix of `next`, from the one of the scenario before it. */
  update(next: Scenario): MatrixUpdate {
    const before = this.c.source;
    if (next === before) return { matrix: this.current, touched: 0 };
    const changed = changedGroups(before, next);
    const c = compileScenario(next);
    if (
      changed === null ||
      NETWORK_KEYS.some((k) => next[k] !== before[k]) ||
      namesNewBlocks(before, next, changed) ||
      c.eniList.length !== this.c.eniList.length
    ) {
      this.rebuild(next);
      return { matrix: this.current, touched: 'all' };
    }
    // The same endpoints in the same classes; their interfaces are the new compile's.
    const ends = this.classes.ends.map((e, i) =>
      e.eni && e.eni !== c.eniList[i] ? { ...e, eni: c.eniList[i] } : e,
    );
    this.classes = { ...this.classes, ends };
    this.c = c;
    const touched: number[] = [];
    this.classes.classRep.forEach((rep, k) => {
      if (ends[rep]?.eni?.groupIds.some((g) => changed.has(g))) touched.push(k);
    });
    const combiner = new Combiner(c, this.classes, this.specs, this.walkOf, this.walks);
    combiner.fill(this.cells, touched, null);
    combiner.fill(this.cells, null, touched);
    this.current = this.result();
    return { matrix: this.current, touched: touched.length };
  }

  private rebuild(scenario: Scenario): void {
    const c = compileScenario(scenario);
    const classes = endpointClasses(c, this.options.includeInternet ?? true);
    const { walkSpecs, walkOf } = walkKinds(c, this.specs);
    const walks = new NetWalks(c, classes, walkSpecs);
    const nets = classes.netKeys.length;
    const progress = this.options.onProgress;
    for (let na = 0; na < nets; na++) {
      if (progress && na % 8 === 0) progress(na, nets);
      for (let nb = 0; nb < nets; nb++) walks.walkPair(na, nb);
    }
    const k = classes.classKeys.length;
    refuseTooLarge(k, this.services.length);
    this.cells = new Uint8Array(this.services.length * k * k);
    new Combiner(c, classes, this.specs, walkOf, walks).fill(this.cells);
    progress?.(nets, nets);
    this.c = c;
    this.classes = classes;
    this.walks = walks;
    this.walkOf = walkOf;
    this.named = null;
    this.current = this.result();
  }

  /** The matrix as handed out: its cells a copy, so that the caller may transfer them. */
  private result(): ReachabilityMatrix {
    const classes = this.classes;
    this.named ??= {
      endpoints: classes.ends.map((e) => e.id),
      endpointSpecs: classes.ends.map((e) => e.spec),
    };
    return {
      ...this.named,
      internet: classes.internet,
      services: this.services,
      classOf: classes.classOf.slice(),
      classes: classes.classKeys.length,
      cells: this.cells.slice(),
      evaluations: this.walks.evaluations,
    };
  }
}

/**
 * The groups whose object changed, when the groups are the same ones in the same order (else
 * null: a group was added, removed or moved, and the classes may change).
 */
function changedGroups(before: Scenario, next: Scenario): Set<string> | null {
  const a = before.securityGroups;
  const b = next.securityGroups;
  if (a === b) return new Set();
  if (a.length !== b.length) return null;
  const changed = new Set<string>();
  for (let k = 0; k < a.length; k++) {
    const x = a[k];
    const y = b[k];
    if (x?.id !== y?.id) return null;
    if (x !== y && y) changed.add(y.id);
  }
  return changed;
}

/**
 * Whether the changed groups name a CIDR block they did not name before: a new block may split
 * classes or pieces of the internet (one that stopped being named is left as it was: the classes
 * stay finer than they need to be, and still exact).
 */
function namesNewBlocks(before: Scenario, next: Scenario, changed: ReadonlySet<string>): boolean {
  if (changed.size === 0) return false;
  const cidrs = (s: Scenario) => {
    const out = new Set<string>();
    for (const g of s.securityGroups) {
      if (!changed.has(g.id)) continue;
      for (const r of [...g.ingress, ...g.egress]) if (r.peer.kind === 'cidr') out.add(r.peer.cidr);
    }
    return out;
  };
  const had = cidrs(before);
  for (const cidr of cidrs(next)) if (!had.has(cidr)) return true;
  return false;
}
