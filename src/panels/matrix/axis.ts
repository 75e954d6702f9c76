import type { Line } from './endpoints.ts';

/**
 * One axis of the grid laid out in pixels: where each line starts and how tall (or wide) it is.
 * Rows and columns share it; hit-testing and drawing only ever look up a position here, so a
 * 1,001 × 1,001 grid costs a binary search per lookup, never a scan.
 */
export interface Axis {
  readonly lines: readonly Line[];
  readonly starts: Float64Array;
  readonly sizes: Float64Array;
  readonly total: number;
  /** Indices (into `lines`) of the endpoint lines, in order: where the cell cursor can stop. */
  readonly stops: Int32Array;
}

export interface LineSizes {
  readonly vpc: number;
  readonly subnet: number;
  readonly endpoint: number;
}

export function buildAxis(lines: readonly Line[], sizes: LineSizes): Axis {
  const starts = new Float64Array(lines.length);
  const widths = new Float64Array(lines.length);
  const stops: number[] = [];
  let at = 0;
  lines.forEach((line, k) => {
    const size = sizes[line.kind];
    starts[k] = at;
    widths[k] = size;
    at += size;
    if (line.kind === 'endpoint') stops.push(k);
  });
  return { lines, starts, sizes: widths, total: at, stops: Int32Array.from(stops) };
}

/** The line that covers `pos` (pixels from the axis' start), or -1 outside the axis. */
export function lineAt(axis: Axis, pos: number): number {
  if (pos < 0 || pos >= axis.total) return -1;
  let lo = 0;
  let hi = axis.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((axis.starts[mid] as number) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The lines that show between `from` and `to` (pixels): [first, end). */
export function visibleLines(axis: Axis, from: number, to: number): [number, number] {
  if (axis.lines.length === 0 || to <= 0 || from >= axis.total) return [0, 0];
  const first = Math.max(0, lineAt(axis, Math.max(0, from)));
  const last = lineAt(axis, Math.min(axis.total - 0.001, to - 0.001));
  return [first, last + 1];
}

/** The fixed header bands around the scrolling cells. */
export interface GridGeometry {
  /** Width of the row headers (the sources' names), left of the cells. */
  readonly rowHeader: number;
  /** Height of the column headers (the destinations' names), above the cells. */
  readonly columnHeader: number;
  readonly scrollLeft: number;
  readonly scrollTop: number;
}

export type Hit =
  | { readonly kind: 'cell'; readonly row: number; readonly column: number }
  | { readonly kind: 'row'; readonly row: number }
  | { readonly kind: 'column'; readonly column: number }
  | { readonly kind: 'none' };

/**
 * What is under a point of the viewport (x, y from its top-left corner): a cell (row and column
 * line indices), a row or column header line, or nothing. Group header lines are not cells.
 */
export function hitTest(rows: Axis, columns: Axis, g: GridGeometry, x: number, y: number): Hit {
  const inCorner = x < g.rowHeader && y < g.columnHeader;
  if (inCorner) return { kind: 'none' };
  const row = y < g.columnHeader ? -1 : lineAt(rows, y - g.columnHeader + g.scrollTop);
  const column = x < g.rowHeader ? -1 : lineAt(columns, x - g.rowHeader + g.scrollLeft);
  if (y < g.columnHeader) return column < 0 ? { kind: 'none' } : { kind: 'column', column };
  if (x < g.rowHeader) return row < 0 ? { kind: 'none' } : { kind: 'row', row };
  if (row < 0 || column < 0) return { kind: 'none' };
  const isEndpoint = (a: Axis, k: number) => a.lines[k]?.kind === 'endpoint';
  if (!isEndpoint(rows, row) || !isEndpoint(columns, column)) return { kind: 'none' };
  return { kind: 'cell', row, column };
}

/**
 * The scroll offset that brings a line fully into view (the least move), given how much of the
 * axis the viewport shows; `padding` keeps a neighbouring group header in sight when it can.
 */
export function reveal(
  start: number,
  size: number,
  scroll: number,
  viewport: number,
  padding = 0,
): number {
  if (start - padding < scroll) return Math.max(0, start - padding);
  if (start + size > scroll + viewport) return Math.max(0, start + size - viewport);
  return scroll;
}

/** Moves the cursor by `delta` stops along an axis, clamped to its ends. */
export function step(axis: Axis, line: number, delta: number): number {
  const stops = axis.stops;
  if (stops.length === 0) return -1;
  let k = stops.indexOf(line);
  if (k < 0) k = 0;
  const next = Math.min(stops.length - 1, Math.max(0, k + delta));
  return stops[next] as number;
}

/** A VPC or subnet header line's reach along the axis: from it to the next header of its rank. */
export interface Span {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/** The spans of the VPC and subnet headers, for the bands above the columns. */
export function groupSpans(axis: Axis): { vpcs: Span[]; subnets: Span[] } {
  const vpcs: Span[] = [];
  const subnets: Span[] = [];
  let vpc: { line: number; start: number } | null = null;
  let subnet: { line: number; start: number } | null = null;
  const close = (open: { line: number; start: number } | null, at: number, into: Span[]) => {
    if (open) into.push({ ...open, end: at });
  };
  axis.lines.forEach((line, k) => {
    const at = axis.starts[k] as number;
    if (line.kind === 'vpc') {
      close(subnet, at, subnets);
      close(vpc, at, vpcs);
      subnet = null;
      vpc = { line: k, start: at };
    } else if (line.kind === 'subnet') {
      close(subnet, at, subnets);
      subnet = { line: k, start: at };
    }
  });
  close(subnet, axis.total, subnets);
  close(vpc, axis.total, vpcs);
  return { vpcs, subnets };
}

/** For each matrix endpoint (0…n-1), its line on the axis, or -1 when filtered out. */
export function lineOfEndpoint(axis: Axis, n: number): Int32Array {
  const at = new Int32Array(n).fill(-1);
  for (const k of axis.stops) {
    const line = axis.lines[k];
    if (line?.kind === 'endpoint') at[line.endpoint] = k;
  }
  return at;
}
