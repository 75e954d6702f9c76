import type { ReachabilityMatrix } from '../../engine/index.ts';
import type { MatrixFilter } from '../../store/index.ts';
import { buildAxis, groupSpans } from './axis.ts';
import {
  countGroupPairs,
  countPairs,
  pairCountsAt,
  type MatrixGroup,
} from '../../model/matrixGroups.ts';
import { ALLOWED, BLOCKED } from './cell.ts';
import type { GridModel, GridSizes } from './draw.ts';
import {
  endpointsOf,
  groupLines,
  keepWithVerdict,
  matchesText,
  matchesVpc,
  type EndpointInfo,
  type Line,
  type MatrixEndpoints,
} from './endpoints.ts';

/** A small matrix gets larger cells; past this many endpoints the cells shrink to fit more. */
const LARGE = 40;

export function gridSizes(endpoints: number): GridSizes {
  const small = endpoints <= LARGE;
  return {
    rowHeader: 260,
    columnHeader: small ? 132 : 120,
    band: 20,
    cell: small ? 32 : 18,
  };
}

/**
 * What the grid shows for a filter and a tab: the kept sources and destinations grouped under
 * their VPC and subnet headers, laid out on two axes. Pure, and cheap: linear in the endpoints,
 * plus one pass over the kept cells for "only blocked" / "only allowed".
 */
export function buildGridModel(
  result: ReachabilityMatrix,
  endpoints: MatrixEndpoints,
  filter: MatrixFilter,
  tab: number,
  /** A drill-down: only these sources and destinations (the members of two groups). */
  within?: { readonly sources: ReadonlySet<number>; readonly destinations: ReadonlySet<number> },
): GridModel {
  const n = result.endpoints.length;
  const service = Math.min(Math.max(0, tab), result.services.length - 1);
  const rowKeep = (i: EndpointInfo) =>
    (!within || within.sources.has(i.index)) &&
    matchesVpc(i, filter.vpcId) &&
    matchesText(i, filter.sources);
  const columnKeep = (i: EndpointInfo) =>
    (!within || within.destinations.has(i.index)) &&
    matchesVpc(i, filter.vpcId) &&
    matchesText(i, filter.destinations);
  let rowLines = groupLines(endpoints, rowKeep);
  let columnLines = groupLines(endpoints, columnKeep);
  const only = filter.show === 'blocked' ? BLOCKED : filter.show === 'allowed' ? ALLOWED : null;
  if (only !== null) {
    const kept = keepWithVerdict(
      result,
      service,
      endpointsOf(rowLines),
      endpointsOf(columnLines),
      only,
    );
    rowLines = groupLines(endpoints, (i) => kept.sources.has(i.index) && rowKeep(i));
    columnLines = groupLines(endpoints, (i) => kept.destinations.has(i.index) && columnKeep(i));
  }
  const sizes = gridSizes(Math.max(endpointsOf(rowLines).length, endpointsOf(columnLines).length));
  const rows = buildAxis(rowLines, { vpc: 24, subnet: 22, endpoint: sizes.cell });
  const columns = buildAxis(columnLines, { vpc: 8, subnet: 4, endpoint: sizes.cell });
  return {
    rows,
    columns,
    columnSpans: groupSpans(columns),
    infos: endpoints.infos,
    matrix: result,
    n,
    service,
    only,
    sizes,
  };
}

/**
 * The grid of groups: a line per group (kept by the text filters), each cell the pairs of its
 * two groups for the shown service: all allowed, all blocked, or mixed (model/matrixGroups.ts).
 */
export function buildGroupModel(
  result: ReachabilityMatrix,
  groups: readonly MatrixGroup[],
  filter: MatrixFilter,
  tab: number,
): GridModel {
  const service = Math.min(Math.max(0, tab), result.services.length - 1);
  const counts = countGroupPairs(result, groups, [service]);
  const infos: EndpointInfo[] = groups.map((g, index) => ({
    index,
    id: g.id,
    kind: 'interface',
    name: g.name,
    ip: g.members.length.toLocaleString('en-US'),
    vpcId: '',
    subnetId: '',
    place: `${g.members.length.toLocaleString('en-US')} endpoints (${g.id})`,
    search: `${g.name} ${g.id}`.toLowerCase(),
  }));
  const lines = (text: string): Line[] =>
    infos.filter((i) => matchesText(i, text)).map((i) => ({ kind: 'endpoint', endpoint: i.index }));
  const sizes = { ...gridSizes(groups.length), cell: 32 };
  const rows = buildAxis(lines(filter.sources), { vpc: 24, subnet: 22, endpoint: sizes.cell });
  const columns = buildAxis(lines(filter.destinations), {
    vpc: 8,
    subnet: 4,
    endpoint: sizes.cell,
  });
  return {
    rows,
    columns,
    columnSpans: groupSpans(columns),
    infos,
    matrix: result,
    aggregate: { counts, size: groups.length },
    n: groups.length,
    service,
    only: null,
    sizes,
  };
}

export interface VerdictCounts {
  readonly allowed: number;
  readonly blocked: number;
  readonly unknown: number;
}

/**
 * Counts the verdicts of the shown service among the kept cells. Counted by class (the pairs of
 * two classes share one verdict), so even a 10,000 × 10,000 grid is counted in one short task;
 * `step` is kept for callers that count in slices.
 */
export function verdictCounter(m: GridModel): {
  step(budget: number): boolean;
  readonly counts: VerdictCounts;
} {
  let counts: VerdictCounts = { allowed: 0, blocked: 0, unknown: 0 };
  return {
    step() {
      if (m.aggregate) {
        counts = sumGroupCounts(m);
        return true;
      }
      counts = countPairs(
        m.matrix,
        m.service,
        endpointsOf(m.rows.lines),
        endpointsOf(m.columns.lines),
      );
      return true;
    },
    get counts() {
      return counts;
    },
  };
}

/** The pairs of the groups shown, summed over the cells shown. */
function sumGroupCounts(m: GridModel): VerdictCounts {
  const a = m.aggregate as { counts: Uint32Array; size: number };
  const out = { allowed: 0, blocked: 0, unknown: 0 };
  for (const g of endpointsOf(m.rows.lines))
    for (const h of endpointsOf(m.columns.lines)) {
      const c = pairCountsAt(a.counts, a.size, 0, g, h);
      out.allowed += c.allowed;
      out.blocked += c.blocked;
      out.unknown += c.unknown;
    }
  return out;
}

/** All the counts at once (tests, and small grids). */
export function countVerdicts(m: GridModel): VerdictCounts {
  const counter = verdictCounter(m);
  counter.step(Infinity);
  return counter.counts;
}
