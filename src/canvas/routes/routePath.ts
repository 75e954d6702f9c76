import { floatingSegment, type Rect } from '../edges/floating.ts';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A route edge as lines: its SVG path, where its label sits, and the side it leaves its subnets. */
export interface RouteGeometry {
  readonly d: string;
  readonly label: Point;
  /**
   * Which part of the label is at `label`: its centre, or (beside a VPC the edge leaves
   * sideways) its left end or right end, so that the whole label lies outside the VPC.
   */
  readonly anchor: LabelAnchor;
  readonly side: Side;
}

export type LabelAnchor = 'centre' | 'start' | 'end';

type Side = 'up' | 'down' | 'left' | 'right';

/** Where a route edge ends: `slot` of `slots` along the side of its target. */
export interface RouteEnd {
  readonly target: Rect | null;
  readonly slot: number;
  readonly slots: number;
  /** The subnets' VPC: a target outside it is reached by a bus outside it. */
  readonly container?: Rect | null;
  /** Boxes on the VPC's border (its gateways, endpoints) the label where the edge leaves avoids. */
  readonly avoid?: readonly Rect[];
  /** The label's width, as drawn (about: monospace 11 px), for keeping it off `avoid`. */
  readonly labelWidth?: number;
  /**
   * How much larger than at full detail the label is drawn, in flow units (semantic zoom keeps
   * its text at 11 px on screen when zoomed out): 1 in the exported picture.
   */
  readonly labelScale?: number;
}

/** How far outside its subnets (or their VPC) a bundle's bus runs. */
const BUS = 12;
/** A trunk shorter than this holds no label: the label sits where the subnets' lines meet. */
const SHORT = 44;
/**
 * How far above or below a peering's label the label of a route edge beside it goes: half of the
 * peering label's 22 px and of the route label's 18 px, and 8 px between them.
 */
const OFFSET = 28;
/** Between the bus and a label beside it. */
const LABEL_GAP = 4;
/** A blackhole route to nothing drawn: a stub this long off its subnets. */
const STUB = 56;

/**
 * The orthogonal lines of a route edge. Each subnet leaves by the side facing the target; the
 * lines of a bundle meet on a bus just outside the subnets (outside their VPC when the target is
 * outside it), and one trunk goes from the bus to the target, at its slot along the target's
 * side, so that several tables reaching one gateway do not share a line; labels of a shared
 * target are staggered along their trunks, and an edge leaving its VPC is labelled where it
 * leaves. Subnets stacked in a column meet on a bus beside the
 * column rather than one above the other. With no target (a blackhole to something gone), the
 * trunk is a short stub off the subnets' right side. Pure geometry, in absolute flow coordinates.
 */
export function routePath(sources: readonly Rect[], end: RouteEnd): RouteGeometry {
  const { target, slot, slots } = end;
  const b = bounds(sources);
  const side: Side = target === null ? 'right' : sideToward(b, target, sources);
  const outside = target !== null && end.container ? !contains(end.container, target) : false;
  const wall = outside && end.container ? end.container : b;
  const along = (slots > 1 ? slot + 1 : 1) / (slots > 1 ? slots + 1 : 2);
  const parts: string[] = [];
  if (side === 'up' || side === 'down') {
    const busY = side === 'up' ? wall.y - BUS : wall.y + wall.height + BUS;
    const t = target as Rect;
    const tx = t.x + (t.width * (slot + 1)) / (slots + 1);
    const ty = side === 'up' ? t.y + t.height : t.y;
    const xs = sources.map((s) => s.x + s.width / 2);
    for (const s of sources) {
      const x = s.x + s.width / 2;
      parts.push(`M ${x} ${side === 'up' ? s.y : s.y + s.height} V ${busY}`);
    }
    const lo = Math.min(tx, ...xs);
    const hi = Math.max(tx, ...xs);
    if (hi > lo) parts.push(`M ${lo} ${busY} H ${hi}`);
    parts.push(`M ${tx} ${busY} V ${ty}`);
    const trunk = Math.abs(ty - busY);
    // Leaving its VPC, the edge is labelled where it leaves, beside its own subnets: the trunks
    // of several VPCs meet at the target, where their labels would pile up.
    const mid = xs.reduce((a, b) => a + b, 0) / xs.length;
    const label = outside
      ? {
          x: clearOf(mid, busY, end.labelWidth ?? 0, end.labelScale ?? 1, end.avoid ?? []),
          y: busY,
        }
      : trunk >= SHORT
        ? { x: tx, y: busY + (ty - busY) * along }
        : { x: tx, y: busY };
    return { d: parts.join(' '), label, anchor: 'centre', side };
  }
  const busX = side === 'left' ? wall.x - BUS : wall.x + wall.width + BUS;
  // Where each subnet's line meets the bus: straight across, or along the lane above or below
  // it when a straight line would cross another of the subnets (a second column of them).
  const ys = sources.map((s) => {
    const line = sideways(s, sources, side, busX);
    parts.push(line.d);
    return line.y;
  });
  if (target === null) {
    const y = b.y + b.height / 2;
    const lo = Math.min(y, ...ys);
    const hi = Math.max(y, ...ys);
    if (hi > lo) parts.push(`M ${busX} ${lo} V ${hi}`);
    parts.push(`M ${busX} ${y} H ${busX + STUB}`);
    return { d: parts.join(' '), label: { x: busX + STUB, y }, anchor: 'centre', side };
  }
  const ty = target.y + (target.height * (slot + 1)) / (slots + 1);
  const tx =
    busX <= target.x ? target.x : busX >= target.x + target.width ? target.x + target.width : busX;
  const lo = Math.min(ty, ...ys);
  const hi = Math.max(ty, ...ys);
  if (hi > lo) parts.push(`M ${busX} ${lo} V ${hi}`);
  parts.push(`M ${busX} ${ty} H ${tx}`);
  const trunk = Math.abs(tx - busX);
  if (outside && end.container) {
    // Between two VPCs side by side the peering's own label sits at the middle of the line
    // between them: this label goes above that on the right of a VPC, below it on the left, and
    // wholly outside the VPC (it starts or ends at the bus), so it covers neither the peering's
    // label nor the other VPC's nor anything inside its own VPC.
    // A target above or below (the subnets in a column go out sideways all the same) leaves
    // nothing beyond the bus: a label there would hang off the diagram, so it turns inward, into
    // the room between the two VPCs.
    const { mid } = floatingSegment(end.container, target);
    const c = end.container;
    const beside = side === 'left' ? target.x + target.width <= c.x : target.x >= c.x + c.width;
    const outward: LabelAnchor = side === 'right' ? 'start' : 'end';
    const inward: LabelAnchor = side === 'right' ? 'end' : 'start';
    const label = { x: busX, y: mid.y + (side === 'right' ? -OFFSET : OFFSET) };
    return { d: parts.join(' '), label, anchor: beside ? outward : inward, side };
  }
  if (trunk >= SHORT) {
    return {
      d: parts.join(' '),
      label: { x: busX + (tx - busX) * along, y: ty },
      anchor: 'centre',
      side,
    };
  }
  // A short trunk holds no label: it goes on the bus, on its outer side, clear of the subnets
  // and of a target the bus passes beside (a NAT gateway in the row above, say); a target right
  // beyond the bus would be covered by that, so its label stays centred on the bus.
  const beyond = side === 'left' ? tx < busX : tx > busX;
  const anchor: LabelAnchor = beyond ? 'centre' : side === 'left' ? 'end' : 'start';
  const gap = anchor === 'centre' ? 0 : side === 'left' ? -LABEL_GAP : LABEL_GAP;
  return { d: parts.join(' '), label: { x: busX + gap, y: ty }, anchor, side };
}

/** A route label's height (`leading-4` and a 1 px border), and room kept beside what it avoids. */
const LABEL_H = 18;
const LABEL_ROOM = 6;

/**
 * The x nearest `x` at which a label of this width (times `scale`) centred at (x, y) covers none
 * of the boxes: `x` itself when it already does not, else just beside one of them.
 */
function clearOf(
  x: number,
  y: number,
  unscaledWidth: number,
  scale: number,
  avoid: readonly Rect[],
): number {
  const width = unscaledWidth * scale;
  const height = LABEL_H * scale;
  const covers = (cx: number) =>
    avoid.some(
      (o) =>
        cx - width / 2 < o.x + o.width &&
        cx + width / 2 > o.x &&
        y - height / 2 < o.y + o.height &&
        y + height / 2 > o.y,
    );
  if (width === 0 || !covers(x)) return x;
  const beside = avoid.flatMap((o) => [
    o.x - width / 2 - LABEL_ROOM,
    o.x + o.width + width / 2 + LABEL_ROOM,
  ]);
  const clear = beside.filter((cx) => !covers(cx));
  return clear.length === 0
    ? x
    : clear.reduce((best, cx) => (Math.abs(cx - x) < Math.abs(best - x) ? cx : best));
}

/** How far above or below a subnet the lane its line takes runs: half the gap between rows. */
const LANE = 12;

/**
 * One subnet's line to a bus beside the subnets: straight across from its side when nothing of
 * the bundle is in the way, else up (or down) into the lane between rows and along it, so a line
 * from the second column never runs through a subnet of the first.
 */
function sideways(
  s: Rect,
  sources: readonly Rect[],
  side: 'left' | 'right',
  busX: number,
): { d: string; y: number } {
  const edge = side === 'left' ? s.x : s.x + s.width;
  const y = s.y + s.height / 2;
  const others = sources.filter((o) => o !== s);
  if (!others.some((o) => crosses(o, y, edge, busX))) return { d: `M ${edge} ${y} H ${busX}`, y };
  const cx = s.x + s.width / 2;
  for (const lane of [s.y - LANE, s.y + s.height + LANE]) {
    if (others.some((o) => crosses(o, lane, cx, busX))) continue;
    const from = lane < s.y ? s.y : s.y + s.height;
    return { d: `M ${cx} ${from} V ${lane} H ${busX}`, y: lane };
  }
  return { d: `M ${edge} ${y} H ${busX}`, y };
}

/** Whether the horizontal line at `y` between `x1` and `x2` runs through the box. */
function crosses(box: Rect, y: number, x1: number, x2: number): boolean {
  const lo = Math.min(x1, x2);
  const hi = Math.max(x1, x2);
  return y > box.y && y < box.y + box.height && hi > box.x && lo < box.x + box.width;
}

/**
 * Up or down when the target is wholly above or below the subnets, else left or right; subnets
 * stacked one above another go to the side of the column the target is on.
 */
function sideToward(b: Rect, target: Rect, sources: readonly Rect[]): Side {
  const cx = target.x + target.width / 2;
  const horizontal: Side = cx < b.x + b.width / 2 ? 'left' : 'right';
  if (stacked(sources)) return horizontal;
  if (target.y + target.height <= b.y) return 'up';
  if (target.y >= b.y + b.height) return 'down';
  return horizontal;
}

/** Two or more subnets, some one above another (their spans of x overlap, their ys do not). */
function stacked(sources: readonly Rect[]): boolean {
  return sources.some((a, i) =>
    sources.some(
      (c, j) =>
        j > i &&
        a.x < c.x + c.width &&
        c.x < a.x + a.width &&
        (a.y >= c.y + c.height || c.y >= a.y + a.height),
    ),
  );
}

/** Whether the box's centre is within (or on the edge of) the container, as an edge gateway is. */
function contains(outer: Rect, inner: Rect): boolean {
  const cx = inner.x + inner.width / 2;
  const cy = inner.y + inner.height / 2;
  return (
    cx >= outer.x && cy >= outer.y && cx <= outer.x + outer.width && cy <= outer.y + outer.height
  );
}

function bounds(rects: readonly Rect[]): Rect {
  if (rects.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
}
