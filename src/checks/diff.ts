import {
  compileScenario,
  decodeCell,
  evaluate,
  FlowError,
  internetPieces,
  namedBlocks,
  reachability,
  type BlockedBy,
  type CompiledScenario,
  type InternetPiece,
  type ReachabilityMatrix,
} from '../engine/index.ts';
import { scenarioInterfaces, type InterfaceView } from '../model/interfaces.ts';
import type { Endpoint, Scenario } from '../model/types.ts';
import { MAX_CHANGED_SHOWN, type DiffReport, type SubnetPairChange } from './diffReport.ts';
import { namedServices, unionCuts, uniquePieces } from './diffServices.ts';
import { pieceService, type ServicePiece } from './portPieces.ts';
import type { ServiceRange } from './services.ts';

export interface DiffOptions {
  readonly before: string;
  readonly after: string;
  /** `--services`; default: every range a rule of either network names. */
  readonly services?: readonly ServiceRange[];
}

interface Side {
  readonly scenario: Scenario;
  readonly c: CompiledScenario;
  readonly m: ReachabilityMatrix;
}

/**
 * The reachability of two versions of a network compared over every pair of endpoints present in
 * both (spec/ci-check.md, "`diff`"): interfaces matched by Terraform address, else ID, else Name;
 * the internet evaluated at the same addresses on both sides (pieces cut at the blocks either
 * names); services cut into pieces at the rules of both. Endpoints are taken by joint class (their
 * class before and after), so a pair of joint classes is read once per piece.
 */
export function diffNetworks(before: Scenario, after: Scenario, options: DiffOptions): DiffReport {
  const c1 = compileScenario(before);
  const c2 = compileScenario(after);
  const ranges = options.services ?? namedServices([before, after]);
  const pieces = uniquePieces(ranges, unionCuts([before, after]));
  const internet = sharedInternet(c1, c2);
  const side = (scenario: Scenario, c: CompiledScenario): Side => ({
    scenario,
    c,
    m: reachability(c, pieces.map(pieceService), { internetPieces: internet }),
  });
  const a = side(before, c1);
  const b = side(after, c2);
  const matched = matchEndpoints(a, b);
  const labels = subnetLabels(b, matched);
  const joint = jointClasses(a.m, b.m, matched, labels);
  const allowed = new Map<string, Group>();
  const blocked = new Map<string, Group>();
  const isInternet = new Set(a.m.internet.map((x) => x.endpoint));
  const J = joint.count.length;
  for (let s = 0; s < pieces.length; s++) {
    for (let x = 0; x < J; x++) {
      for (let y = 0; y < J; y++) {
        const nx = joint.count[x] as number;
        const pairs = x === y ? nx * (nx - 1) : nx * (joint.count[y] as number);
        if (pairs === 0) continue;
        const v1 = decodeCell(
          cellAt(a.m, s, joint.class1[x] as number, joint.class1[y] as number),
        ).verdict;
        const v2 = decodeCell(
          cellAt(b.m, s, joint.class2[x] as number, joint.class2[y] as number),
        ).verdict;
        if (v1 === v2 || (v1 !== 'allowed' && v2 !== 'allowed')) continue;
        if (v1 !== 'blocked' && v2 !== 'blocked') continue; // unknown ↔ allowed: not a change we can name
        const first = (joint.members[x] as number[])[0] as number;
        if (isInternet.has(first) && isInternet.has((joint.members[y] as number[])[0] as number))
          continue;
        const into = v2 === 'allowed' ? allowed : blocked;
        const key = `${joint.label[x]}\u0000${joint.label[y]}`;
        let group = into.get(key);
        if (!group) {
          group = {
            source: joint.label[x] as string,
            destination: joint.label[y] as string,
            count: 0,
            flows: [],
          };
          into.set(key, group);
        }
        group.count += pairs;
        addExamples(
          group,
          a,
          b,
          matched,
          joint.members[x] as number[],
          joint.members[y] as number[],
          pieces[s] as ServicePiece,
          v2 === 'allowed',
        );
      }
    }
  }
  const order = (g: Map<string, Group>): SubnetPairChange[] =>
    [...g.values()].sort(
      (p, q) => p.source.localeCompare(q.source) || p.destination.localeCompare(q.destination),
    );
  return {
    before: options.before,
    after: options.after,
    allowed: order(allowed),
    blocked: order(blocked),
    services: pieces.map((p) => p.label),
    endpoints: matched.size,
    warnings: [...new Set([...c1.warnings, ...c2.warnings])],
  };
}

interface Group {
  source: string;
  destination: string;
  count: number;
  flows: SubnetPairChange['flows'][number][];
}

function cellAt(m: ReachabilityMatrix, s: number, a: number, b: number): number {
  return m.cells[(s * m.classes + a) * m.classes + b] ?? 0;
}

/** One list of internet pieces for both sides: each side's, cut at the other's blocks too. */
function sharedInternet(c1: CompiledScenario, c2: CompiledScenario): InternetPiece[] {
  const out = new Map<string, InternetPiece>();
  for (const p of internetPieces(c1, 4, namedBlocks(c2))) out.set(p.address, p);
  for (const p of internetPieces(c2, 4, namedBlocks(c1)))
    if (!out.has(p.address)) out.set(p.address, p);
  return [...out.values()];
}

/** Before endpoint index → after endpoint index, for endpoints present in both. */
function matchEndpoints(a: Side, b: Side): Map<number, number> {
  const key = (side: Side) => {
    const views = new Map(scenarioInterfaces(side.scenario).map((v) => [v.id, v]));
    return side.m.endpoints.map((id) => ({ id, view: views.get(id) }));
  };
  const before = key(a);
  const addresses1 = a.scenario.terraform?.addresses ?? {};
  const addresses2 = b.scenario.terraform?.addresses ?? {};
  const byAddress = new Map<string, number>();
  const byId = new Map<string, number>();
  const names = new Map<string, number[]>();
  before.forEach(({ id, view }, i) => {
    const address = addresses1[id];
    if (address) byAddress.set(address, i);
    byId.set(id, i);
    if (view) names.set(view.name, [...(names.get(view.name) ?? []), i]);
  });
  const out = new Map<number, number>();
  key(b).forEach(({ id, view }, j) => {
    const address = addresses2[id];
    const byName = view ? names.get(view.name) : undefined;
    const i =
      (address ? byAddress.get(address) : undefined) ??
      byId.get(id) ??
      (byName?.length === 1 ? byName[0] : undefined);
    if (i !== undefined) out.set(i, j);
  });
  return out;
}

/** Each matched endpoint's group label: its subnet after, `internet`, or an AWS service. */
function subnetLabels(b: Side, matched: ReadonlyMap<number, number>): Map<number, string> {
  const views = new Map<string, InterfaceView>(
    scenarioInterfaces(b.scenario).map((v) => [v.id, v]),
  );
  const subnets = new Map(b.scenario.subnets.map((s) => [s.id, s]));
  const internet = new Set(b.m.internet.map((x) => x.endpoint));
  const out = new Map<number, string>();
  for (const [i, j] of matched) {
    const id = b.m.endpoints[j] as string;
    const view = views.get(id);
    const subnet = view ? subnets.get(view.subnetId) : undefined;
    out.set(
      i,
      internet.has(j)
        ? 'internet'
        : subnet
          ? `${b.scenario.terraform?.addresses[subnet.id] ?? subnet.name} (${subnet.id})`
          : id,
    );
  }
  return out;
}

/** Matched endpoints grouped by (class before, class after, label). */
function jointClasses(
  m1: ReachabilityMatrix,
  m2: ReachabilityMatrix,
  matched: ReadonlyMap<number, number>,
  labels: ReadonlyMap<number, string>,
) {
  const index = new Map<string, number>();
  const class1: number[] = [];
  const class2: number[] = [];
  const count: number[] = [];
  const members: number[][] = [];
  const label: string[] = [];
  for (const [i, j] of matched) {
    const k1 = m1.classOf[i] as number;
    const k2 = m2.classOf[j] as number;
    const l = labels.get(i) ?? '';
    const key = `${k1}|${k2}|${l}`;
    let x = index.get(key);
    if (x === undefined) {
      x = count.length;
      index.set(key, x);
      class1.push(k1);
      class2.push(k2);
      count.push(0);
      members.push([]);
      label.push(l);
    }
    count[x] = (count[x] as number) + 1;
    const list = members[x] as number[];
    if (list.length < MAX_CHANGED_SHOWN) list.push(i);
  }
  return { class1, class2, count, members, label };
}

function addExamples(
  group: Group,
  a: Side,
  b: Side,
  matched: ReadonlyMap<number, number>,
  from: readonly number[],
  to: readonly number[],
  piece: ServicePiece,
  nowAllowed: boolean,
): void {
  for (const i of from)
    for (const j of to) {
      if (group.flows.length >= MAX_CHANGED_SHOWN) return;
      if (i === j) continue;
      const decided = (side: Side, x: number, y: number): BlockedBy | null => {
        try {
          return evaluate(side.c, {
            source: side.m.endpointSpecs[x] as Endpoint,
            destination: side.m.endpointSpecs[y] as Endpoint,
            ...pieceService(piece),
          }).blockedBy;
        } catch (error) {
          if (error instanceof FlowError) return null;
          throw error;
        }
      };
      const hop = nowAllowed
        ? decided(a, i, j)
        : decided(b, matched.get(i) as number, matched.get(j) as number);
      group.flows.push({
        source: endpointName(b, matched.get(i) as number),
        destination: endpointName(b, matched.get(j) as number),
        service: piece.label,
        hop,
      });
    }
}

function endpointName(side: Side, j: number): string {
  const piece = side.m.internet.find((x) => x.endpoint === j)?.piece;
  if (piece)
    return `internet ${piece.cidrs.slice(0, 2).join(', ')}${piece.cidrCount > 2 ? ', …' : ''}`;
  const id = side.m.endpoints[j] as string;
  return side.scenario.terraform?.addresses[id] ?? id;
}
