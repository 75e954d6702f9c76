import type { ReachabilityMatrix } from '../../engine/index.ts';
import type { MatrixFilter } from '../../store/index.ts';
import { buildAxis, groupSpans } from './axis.ts';
import { ALLOWED, BLOCKED, UNKNOWN } from './cell.ts';
import type { GridModel, GridSizes } from './draw.ts';
import {
  endpointsOf,
  groupLines,
  keepWithVerdict,
  matchesText,
  matchesVpc,
  type EndpointInfo,
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
): GridModel {
  const n = result.endpoints.length;
  const service = Math.min(Math.max(0, tab), result.services.length - 1);
  const rowKeep = (i: EndpointInfo) =>
    matchesVpc(i, filter.vpcId) && matchesText(i, filter.sources);
  const columnKeep = (i: EndpointInfo) =>
    matchesVpc(i, filter.vpcId) && matchesText(i, filter.destinations);
  let rowLines = groupLines(endpoints, rowKeep);
  let columnLines = groupLines(endpoints, columnKeep);
  const only = filter.show === 'blocked' ? BLOCKED : filter.show === 'allowed' ? ALLOWED : null;
  if (only !== null) {
    const kept = keepWithVerdict(
      result.cells,
      n,
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
    cells: result.cells,
    n,
    service,
    only,
    sizes,
  };
}

export interface VerdictCounts {
  readonly allowed: number;
  readonly blocked: number;
  readonly unknown: number;
}

/**
 * Counts the verdicts of the shown service among the kept cells, a slice of rows at a time:
 * `step(budget)` reads about `budget` cells and says whether it is done, so a million cells can
 * be counted across several short tasks instead of one long one.
 */
export function verdictCounter(m: GridModel): {
  step(budget: number): boolean;
  readonly counts: VerdictCounts;
} {
  let allowed = 0;
  let blocked = 0;
  let unknown = 0;
  const base = m.service * m.n * m.n;
  const rows = endpointsOf(m.rows.lines);
  const columns = Int32Array.from(endpointsOf(m.columns.lines));
  let next = 0;
  return {
    step(budget) {
      const per = Math.max(1, columns.length);
      const until = Math.min(rows.length, next + Math.max(1, Math.floor(budget / per)));
      for (; next < until; next++) {
        const i = rows[next] as number;
        const row = base + i * m.n;
        for (let k = 0; k < columns.length; k++) {
          const j = columns[k] as number;
          if (j === i) continue;
          const v = (m.cells[row + j] as number) & 3;
          if (v === ALLOWED) allowed++;
          else if (v === BLOCKED) blocked++;
          else if (v === UNKNOWN) unknown++;
        }
      }
      return next >= rows.length;
    },
    get counts() {
      return { allowed, blocked, unknown };
    },
  };
}

/** All the counts at once (tests, and small grids). */
export function countVerdicts(m: GridModel): VerdictCounts {
  const counter = verdictCounter(m);
  counter.step(Infinity);
  return counter.counts;
}
