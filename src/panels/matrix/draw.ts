import { cellOf, type ClassCells } from '../../model/classMatrix.ts';
import { aggregateOf, pairCountsAt } from '../../model/matrixGroups.ts';
import { groupSpans, visibleLines, type Axis } from './axis.ts';
import { ALLOWED, BLOCKED, SELF, UNKNOWN } from './cell.ts';
import type { EndpointInfo } from './endpoints.ts';
import {
  DARK,
  drawColumnHeaders,
  drawPinnedHeaders,
  drawRowHeaders,
  FONT,
  LIGHT,
  type Palette,
} from './drawHeaders.ts';

/** Sizes of the grid, in CSS pixels. */
export interface GridSizes {
  readonly rowHeader: number;
  readonly columnHeader: number;
  /** Height of each of the two bands (VPC, subnet) at the top of the column header. */
  readonly band: number;
  readonly cell: number;
}

/** What the grid shows; rebuilt when the result, the filter or the tab changes, not per frame. */
export interface GridModel {
  readonly rows: Axis;
  readonly columns: Axis;
  readonly columnSpans: ReturnType<typeof groupSpans>;
  readonly infos: readonly EndpointInfo[];
  /** The class matrix: a pair's cell is looked up (model/classMatrix.ts). */
  readonly matrix: ClassCells;
  /**
   * Set when the lines are groups of endpoints: each cell counts the pairs of its two groups
   * (model/matrixGroups.ts, one service: `size` groups).
   */
  readonly aggregate?: { readonly counts: Uint32Array; readonly size: number };
  readonly n: number;
  readonly service: number;
  /** The verdict kept by "only blocked" / "only allowed"; other cells are drawn faint. */
  readonly only: number | null;
  readonly sizes: GridSizes;
}

export interface LinePair {
  readonly row: number;
  readonly column: number;
}

export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly dpr: number;
  readonly scrollLeft: number;
  readonly scrollTop: number;
  readonly hover: LinePair | null;
  readonly cursor: LinePair | null;
  readonly dark: boolean;
}

/**
 * Draws the visible part of the grid: the cells under the viewport, then the row headers (left),
 * the column headers (top) and the corner, each clipped to its band so they stay put while the
 * cells scroll. Only visible cells are read from the buffer and drawn; cells of one kind share
 * one path, so a frame is a handful of fills and strokes whatever the matrix's size.
 */
export function drawGrid(ctx: CanvasRenderingContext2D, m: GridModel, f: Frame): number {
  const p = f.dark ? DARK : LIGHT;
  const { rowHeader: RH, columnHeader: CH } = m.sizes;
  ctx.setTransform(f.dpr, 0, 0, f.dpr, 0, 0);
  ctx.fillStyle = p.background;
  ctx.fillRect(0, 0, f.width, f.height);
  const [r0, r1] = visibleLines(m.rows, f.scrollTop, f.scrollTop + f.height - CH);
  const [c0, c1] = visibleLines(m.columns, f.scrollLeft, f.scrollLeft + f.width - RH);
  const y = (r: number) => CH + (m.rows.starts[r] as number) - f.scrollTop;
  const x = (c: number) => RH + (m.columns.starts[c] as number) - f.scrollLeft;

  ctx.save();
  clip(ctx, RH, CH, f.width - RH, f.height - CH);
  drawCells(ctx, m, p, [r0, r1], [c0, c1], x, y);
  if (f.hover) {
    ctx.fillStyle = p.highlight;
    ctx.fillRect(RH, y(f.hover.row), f.width - RH, m.rows.sizes[f.hover.row] as number);
    ctx.fillRect(x(f.hover.column), CH, m.columns.sizes[f.hover.column] as number, f.height - CH);
  }
  if (f.cursor) {
    ctx.strokeStyle = p.cursor;
    ctx.lineWidth = 2;
    const s = m.sizes.cell;
    ctx.strokeRect(x(f.cursor.column) + 1, y(f.cursor.row) + 1, s - 2, s - 2);
  }
  ctx.restore();

  ctx.save();
  clip(ctx, 0, CH, RH, f.height - CH);
  drawRowHeaders(ctx, m, p, [r0, r1], y, f);
  ctx.restore();
  const pinned = drawPinnedHeaders(ctx, m, p, r0, y, f);

  ctx.save();
  clip(ctx, RH, 0, f.width - RH, CH);
  drawColumnHeaders(ctx, m, p, [c0, c1], x, f);
  ctx.restore();

  ctx.fillStyle = p.header;
  ctx.fillRect(0, 0, RH, CH);
  ctx.fillStyle = p.muted;
  ctx.font = FONT;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.fillText('Destinations →', RH - 104, CH - 30);
  ctx.fillText('Sources ↓', 12, CH - 12);
  ctx.strokeStyle = p.headerLine;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(0, CH - 0.5);
  ctx.lineTo(f.width, CH - 0.5);
  ctx.moveTo(RH - 0.5, 0);
  ctx.lineTo(RH - 0.5, f.height);
  ctx.stroke();
  return pinned;
}

/**
 * The VPC and subnet of the first row in view stay pinned below the column headers, as a
 * spreadsheet's frozen rows would, so a row deep inside a large group still says where it
 * belongs. Returns where the pinned bands end (the cells start), for hit-testing.
 */
function clip(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) {
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
}

function drawCells(
  ctx: CanvasRenderingContext2D,
  m: GridModel,
  p: Palette,
  [r0, r1]: [number, number],
  [c0, c1]: [number, number],
  x: (c: number) => number,
  y: (r: number) => number,
) {
  const s = m.sizes.cell;
  const fills = [new Path2D(), new Path2D(), new Path2D(), new Path2D()];
  // A group cell whose pairs differ: split corner to corner, allowed above, blocked below.
  const mixedUp = new Path2D();
  const mixedDown = new Path2D();
  const faint = new Path2D();
  const marks = [new Path2D(), new Path2D(), new Path2D(), new Path2D()];
  const unknownAt: [number, number][] = [];
  const width = ctx.canvas.width;
  for (let r = r0; r < r1; r++) {
    const row = m.rows.lines[r];
    const top = y(r);
    if (row?.kind !== 'endpoint') {
      ctx.fillStyle = row?.kind === 'vpc' ? p.vpcBand : p.subnetBand;
      ctx.fillRect(m.sizes.rowHeader, top, width, m.rows.sizes[r] as number);
      continue;
    }
    for (let c = c0; c < c1; c++) {
      const column = m.columns.lines[c];
      if (column?.kind !== 'endpoint') continue;
      const left = x(c);
      const verdict = m.aggregate
        ? aggregateCode(m.aggregate, row.endpoint, column.endpoint)
        : cellOf(m.matrix, m.service, row.endpoint, column.endpoint) & 3;
      if (verdict === MIXED) {
        mixedUp.moveTo(left + 1, top + 1);
        mixedUp.lineTo(left + s - 1, top + 1);
        mixedUp.lineTo(left + 1, top + s - 1);
        mixedUp.closePath();
        mixedDown.moveTo(left + s - 1, top + 1);
        mixedDown.lineTo(left + s - 1, top + s - 1);
        mixedDown.lineTo(left + 1, top + s - 1);
        mixedDown.closePath();
        continue;
      }
      if (m.only !== null && verdict !== m.only && verdict !== SELF) {
        faint.rect(left + 1, top + 1, s - 2, s - 2);
        continue;
      }
      fills[verdict]?.rect(left + 1, top + 1, s - 2, s - 2);
      const mark = marks[verdict] as Path2D;
      if (verdict === ALLOWED) {
        mark.moveTo(left + s * 0.27, top + s * 0.52);
        mark.lineTo(left + s * 0.43, top + s * 0.68);
        mark.lineTo(left + s * 0.73, top + s * 0.33);
      } else if (verdict === BLOCKED) {
        mark.moveTo(left + s * 0.32, top + s * 0.32);
        mark.lineTo(left + s * 0.68, top + s * 0.68);
        mark.moveTo(left + s * 0.68, top + s * 0.32);
        mark.lineTo(left + s * 0.32, top + s * 0.68);
      } else if (verdict === SELF) {
        mark.moveTo(left + s * 0.3, top + s * 0.5);
        mark.lineTo(left + s * 0.7, top + s * 0.5);
      } else {
        unknownAt.push([left + s / 2, top + s / 2 + 0.5]);
      }
    }
  }
  const fillOf = [p.selfFill, p.allowedFill, p.blockedFill, p.unknownFill];
  const markOf = [p.selfMark, p.allowedMark, p.blockedMark, p.unknownMark];
  ctx.fillStyle = p.faint;
  ctx.fill(faint);
  ctx.fillStyle = p.allowedMark;
  ctx.fill(mixedUp);
  ctx.fillStyle = p.blockedMark;
  ctx.fill(mixedDown);
  fills.forEach((path, v) => {
    ctx.fillStyle = fillOf[v] as string;
    ctx.fill(path);
  });
  ctx.lineWidth = Math.max(1.5, s / 10);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  marks.forEach((path, v) => {
    if (v === UNKNOWN) return;
    ctx.strokeStyle = markOf[v] as string;
    ctx.stroke(path);
  });
  if (unknownAt.length > 0) {
    ctx.fillStyle = p.unknownMark;
    ctx.font = `700 ${Math.round(s * 0.6)}px ui-sans-serif, system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const [cx, cy] of unknownAt) ctx.fillText('?', cx, cy);
  }
}

/** What a group cell is drawn as: SELF (no pair), ALLOWED, BLOCKED, UNKNOWN or MIXED. */
const MIXED = 4;
function aggregateCode(a: { counts: Uint32Array; size: number }, g: number, h: number): number {
  const kind = aggregateOf(pairCountsAt(a.counts, a.size, 0, g, h));
  return kind === 'allowed'
    ? ALLOWED
    : kind === 'blocked'
      ? BLOCKED
      : kind === 'unknown'
        ? UNKNOWN
        : kind === 'mixed'
          ? MIXED
          : SELF;
}
