import type { Font, Measure } from '../export/text.ts';
import { RING_PAD } from './frame.ts';
import type { Point, Rect } from './scene.ts';
import type { Focus } from './waypoints.ts';

/*
 * Where the badge of the hop the packet is at goes: beside the hop's point (or beside the node
 * that decided it), on the side where it covers least of what the diagram says — other nodes,
 * names, chips, labels, markers — and inside the part of the canvas the person sees. The canvas
 * (PacketOverlay) and the image export (export/flow.ts) both place it here, so they agree.
 */

/** The badge's two lines, as `.vfl-anim-label` sets them (animation.css). */
export const BADGE_MAIN: Font = { family: 'ui', size: 12, weight: 600 };
export const BADGE_SUB: Font = { family: 'ui', size: 10.5, weight: 400 };
/** The verdict mark left of the label, and the gap between them. */
export const BADGE_MARK = 22;
const MARK_GAP = 4;

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** The label's box and the whole badge's (mark + label), for lines of these widths. */
export function badgeSize(label: string, where: string, measure: Measure, deny: boolean): Size {
  const border = deny ? 2 : 1.5;
  const text = Math.max(measure(label, BADGE_MAIN), measure(where, BADGE_SUB));
  const labelWidth = 2 * border + 14 + text;
  const height = 2 * border + 2 + 15 + BADGE_SUB.size * 1.25 + 3;
  return { width: BADGE_MARK + MARK_GAP + labelWidth, height };
}

/** What the badge should not cover, by how much that matters. */
export type ObstacleKind = 'node' | 'own' | 'name' | 'chip' | 'label' | 'marker' | 'cover';
export interface Obstacle {
  readonly box: Rect;
  readonly kind: ObstacleKind;
}

/**
 * Cost of covering the whole badge's area with one: the hop's own node may be covered; a
 * floating panel never.
 */
const WEIGHT: Readonly<Record<ObstacleKind, number>> = {
  own: 0.15,
  node: 2,
  name: 2,
  chip: 2,
  label: 2,
  marker: 2,
  cover: 8,
};
/** Cost of touching an obstacle at all (times its weight), however little: none beats a bit. */
const HIT = 0.25;
/** Cost of the whole badge outside the view. */
const OUTSIDE = 8;
/** Cost per badge height of distance from the hop: near wins when all else is equal. */
const FAR = 0.015;
/** Room between the hop's point (or the decider's ring) and the badge, in badge heights. */
const GAPS = [0.2, 0.8, 1.6, 2.6, 4, 6, 9] as const;

const area = (a: Rect, b: Rect): number => {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
};

/** Where a box placed around the point/box `around` may go: eight sides, near and far. */
function candidates(around: Rect, size: Size): Rect[] {
  const { width: w, height: h } = size;
  const out: Rect[] = [];
  for (const g of GAPS.map((k) => k * h)) {
    const left = around.x - g - w;
    const right = around.x + around.width + g;
    const top = around.y - g - h;
    const bottom = around.y + around.height + g;
    const midX = around.x + around.width / 2 - w / 2;
    const midY = around.y + around.height / 2 - h / 2;
    for (const [x, y] of [
      [right, top],
      [right, midY],
      [right, bottom],
      [left, top],
      [left, midY],
      [left, bottom],
      [midX, top],
      [midX, bottom],
    ] as const) {
      out.push({ x, y, width: w, height: h });
    }
  }
  return out;
}

/** Room kept between the badge and an obstacle, in flow units. */
const MARGIN = 4;
const grow = (r: Rect, by: number): Rect => ({
  x: r.x - by,
  y: r.y - by,
  width: r.width + 2 * by,
  height: r.height + 2 * by,
});

/** Reach of the sweep around the hop, in badge heights, and its step. */
const SWEEP = 7;
const SWEEP_STEP = 1 / 3;

/**
 * Every place around the hop on a grid a third of the badge's height apart, out to SWEEP heights
 * (after the eight sides: those win a tie), for when every side is taken.
 */
function sweep(at: Point, size: Size): Rect[] {
  const { width: w, height: h } = size;
  const step = h * SWEEP_STEP;
  const out: Rect[] = [];
  for (let y = at.y - h - SWEEP * h; y <= at.y + SWEEP * h; y += step) {
    for (let x = at.x - w - SWEEP * h; x <= at.x + SWEEP * h; x += step) {
      out.push({ x, y, width: w, height: h });
    }
  }
  return out;
}

/** Area of `box` outside `view`. */
const outside = (box: Rect, view: Rect): number => box.width * box.height - area(box, view);

/** Distance from a point to the nearest point of a box. */
const distance = (p: Point, box: Rect): number =>
  Math.hypot(
    Math.max(box.x - p.x, 0, p.x - (box.x + box.width)),
    Math.max(box.y - p.y, 0, p.y - (box.y + box.height)),
  );

/** Moves a box the least so that it lies inside `view` (as much of it as fits). */
export function keepInside(box: Rect, view: Rect): Rect {
  const x = Math.max(view.x, Math.min(box.x, view.x + view.width - box.width));
  const y = Math.max(view.y, Math.min(box.y, view.y + view.height - box.height));
  return { ...box, x, y };
}

export interface BadgeRequest {
  /** Where the packet rests. */
  readonly at: Point;
  /** What decided the hop: beside its ring is a place too. */
  readonly focus: Focus | null;
  readonly size: Size;
  readonly obstacles: readonly Obstacle[];
  /** The part of the plane the person sees (flow units); null: no limit (the image export). */
  readonly view: Rect | null;
}

/**
 * The badge's box (flow units): the candidate beside the hop's point, or beside the ring of the
 * node that decided it, that covers least, weighted, and lies in the view; moved into the view
 * when none fits there. The packet itself is never covered.
 */
export function placeBadge(request: BadgeRequest): Rect {
  const { at, focus, size, view } = request;
  const packet: Rect = { x: at.x - 12, y: at.y - 12, width: 24, height: 24 };
  // Kept a little apart from everything, not just off it: a badge touching a chip reads as one.
  const all: readonly Obstacle[] = [...request.obstacles, { box: packet, kind: 'marker' }];
  const obstacles = all.map((o): Obstacle => ({ kind: o.kind, box: grow(o.box, MARGIN) }));
  const around: Rect[] = [packet];
  if (focus?.kind === 'box') {
    const { box } = focus;
    around.push({
      x: box.x - RING_PAD,
      y: box.y - RING_PAD,
      width: box.width + 2 * RING_PAD,
      height: box.height + 2 * RING_PAD,
    });
  }
  let best: Rect | null = null;
  let bestCost = Infinity;
  const whole = size.width * size.height;
  for (const c of [...around.flatMap((r) => candidates(r, size)), ...sweep(at, size)]) {
    let cost = (FAR * distance(at, c)) / size.height;
    for (const o of obstacles) {
      const covered = area(c, o.box);
      if (covered > 0) cost += WEIGHT[o.kind] * (HIT + covered / whole);
    }
    if (view) cost += (OUTSIDE * outside(c, view)) / whole;
    if (cost < bestCost - 1e-4) {
      best = c;
      bestCost = cost;
    }
  }
  const chosen = best ?? { x: at.x, y: at.y - size.height, ...size };
  return view ? keepInside(chosen, view) : chosen;
}

/** Beyond this distance (flow units) a line ties the badge to the packet it speaks of. */
const LEADER_FROM = 24;

/**
 * The line from the packet's rim to the nearest point of a badge placed away from it; null when
 * the badge is right beside the packet.
 */
export function leaderOf(at: Point, box: Rect): readonly [Point, Point] | null {
  const to = {
    x: Math.max(box.x, Math.min(at.x, box.x + box.width)),
    y: Math.max(box.y, Math.min(at.y, box.y + box.height)),
  };
  const d = Math.hypot(to.x - at.x, to.y - at.y);
  if (d < LEADER_FROM) return null;
  const rim = 12 / d;
  return [{ x: at.x + (to.x - at.x) * rim, y: at.y + (to.y - at.y) * rim }, to];
}
