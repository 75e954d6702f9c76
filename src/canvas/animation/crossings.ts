import { centreOf, inside, type Point, type Rect } from './scene.ts';

/*
 * The geometry the packet's path is built from: where a VPC's router sits, and where a way
 * crosses a box's border.
 */

/** Room a router marker needs in the space between a VPC's edge and its subnets. */
const ROUTER_ROOM = 28;

/**
 * Where a VPC's router is drawn: in the margin between the VPC's left edge and its subnets,
 * halfway down them, else in the right or bottom margin, else at the VPC's centre.
 */
export function routerPoint(vpc: Rect, subnets: readonly Rect[]): Point {
  if (subnets.length === 0) return centreOf(vpc);
  const top = Math.min(...subnets.map((s) => s.y));
  const bottom = Math.max(...subnets.map((s) => s.y + s.height));
  const left = Math.min(...subnets.map((s) => s.x));
  const right = Math.max(...subnets.map((s) => s.x + s.width));
  const midY = (Math.max(top, vpc.y) + Math.min(bottom, vpc.y + vpc.height)) / 2;
  const candidates: Point[] = [];
  if (left - vpc.x >= ROUTER_ROOM) candidates.push({ x: (vpc.x + left) / 2, y: midY });
  if (vpc.x + vpc.width - right >= ROUTER_ROOM) {
    candidates.push({ x: (right + vpc.x + vpc.width) / 2, y: midY });
  }
  if (vpc.y + vpc.height - bottom >= ROUTER_ROOM) {
    candidates.push({ x: vpc.x + vpc.width / 2, y: (bottom + vpc.y + vpc.height) / 2 });
  }
  return candidates.find((p) => !subnets.some((s) => inside(p, s))) ?? centreOf(vpc);
}

/**
 * Where a segment crosses a box's border: leaving it (egress) or entering it (ingress). Null when
 * the segment does not cross it (both ends inside, or it misses the box).
 */
export function borderCrossing(
  from: Point,
  to: Point,
  box: Rect,
  way: 'ingress' | 'egress',
): Point | null {
  // Liang–Barsky clipping of the segment against the box: [t0, t1] is the part inside.
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const p = [-dx, dx, -dy, dy];
  const q = [
    from.x - box.x,
    box.x + box.width - from.x,
    from.y - box.y,
    box.y + box.height - from.y,
  ];
  let t0 = 0;
  let t1 = 1;
  for (let k = 0; k < 4; k++) {
    const pk = p[k] as number;
    const qk = q[k] as number;
    if (pk === 0) {
      if (qk < 0) return null;
    } else if (pk < 0) t0 = Math.max(t0, qk / pk);
    else t1 = Math.min(t1, qk / pk);
  }
  if (t0 > t1) return null;
  const fromIn = inside(from, box);
  const toIn = inside(to, box);
  if (fromIn && toIn) return null;
  const t = fromIn ? t1 : toIn ? t0 : way === 'ingress' ? t0 : t1;
  return { x: from.x + dx * t, y: from.y + dy * t };
}
