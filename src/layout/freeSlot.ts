import { GRID } from './geometry.ts';
import type { CanvasBox, Point, Size } from './types.ts';

/** Room kept between a dropped node and its neighbours. */
const MARGIN = 8;
/** How far (in grid steps) a drop looks for room before giving up on the point. */
const REACH = 24;

interface Rel extends Point, Size {}

const clash = (a: Rel, b: Rel) =>
  a.x < b.x + b.width + MARGIN &&
  b.x < a.x + a.width + MARGIN &&
  a.y < b.y + b.height + MARGIN &&
  b.y < a.y + a.height + MARGIN;

/**
 * The free spot nearest to `spot` (relative to the parent) for a node of `size` among its
 * siblings: the spot itself when it is free, else the closest point of the grid around it where
 * the node touches no sibling, never left of `min.x` or above `min.y`. A drop honours its point
 * and never stacks a node on another. Null when nothing is free within reach.
 */
export function nearestFree(
  spot: Point,
  size: Size,
  siblings: readonly CanvasBox[],
  min: Point = { x: -Infinity, y: -Infinity },
): Point | null {
  const rels: Rel[] = siblings.map((b) => ({ ...b.rel, width: b.width, height: b.height }));
  const free = (p: Point) =>
    p.x >= min.x && p.y >= min.y && !rels.some((r) => clash({ ...p, ...size }, r));
  if (free(spot)) return spot;
  let best: Point | null = null;
  let bestDistance = Infinity;
  for (let dy = -REACH; dy <= REACH; dy++) {
    for (let dx = -REACH; dx <= REACH; dx++) {
      const distance = dx * dx + dy * dy;
      if (distance >= bestDistance) continue;
      const p = { x: spot.x + dx * GRID, y: spot.y + dy * GRID };
      if (free(p)) {
        best = p;
        bestDistance = distance;
      }
    }
  }
  return best;
}
