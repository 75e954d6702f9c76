import { BAND_PAD } from '../../layout/zones.ts';
import { routerPoint } from './crossings.ts';
import type { Point, Rect } from './scene.ts';

/*
 * Where a VPC's router marker goes so that nothing crosses it: its circle and the word "router"
 * under it in a free gutter of the VPC, clear of every subnet's border (and of the zone band
 * drawn BAND_PAD around the subnets), of the nodes, of the labels and of the VPC's name.
 */

/** The marker's footprint around its centre: a circle of radius 12, "router" 24 below. */
const FOOT = { left: 16, right: 16, up: 14, down: 30 } as const;
/** Room kept between the footprint and anything else. */
const CLEAR = 3;
/** The VPC's header (icon, name, CIDR) and how much of its width the words take at most. */
const HEADER = 46;
const NAME_WIDTH = 260;
/** The findings badge at the header's right end. */
const BADGE_WIDTH = 40;
/** Grid the gutter is searched on, in flow units. */
const STEP = 4;

const footprint = (p: Point): Rect => ({
  x: p.x - FOOT.left - CLEAR,
  y: p.y - FOOT.up - CLEAR,
  width: FOOT.left + FOOT.right + 2 * CLEAR,
  height: FOOT.up + FOOT.down + 2 * CLEAR,
});

const meets = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const grow = (r: Rect, by: number): Rect => ({
  x: r.x - by,
  y: r.y - by,
  width: r.width + 2 * by,
  height: r.height + 2 * by,
});

/**
 * The router's centre: of the points whose footprint lies inside the VPC (below its name) and
 * meets no subnet (with its zone band), no box of `avoid` (nodes, labels), nor the VPC's name
 * and findings badge, the one nearest to
 * the classic spot (the left margin, halfway down the subnets: `routerPoint`). When no gutter is
 * wide enough, the classic spot.
 */
export function routerSpot(vpc: Rect, subnets: readonly Rect[], avoid: readonly Rect[]): Point {
  const preferred = routerPoint(vpc, subnets);
  if (subnets.length === 0) return preferred;
  const header = (x: number, width: number): Rect => ({ x, y: vpc.y, width, height: HEADER });
  const walls = [
    ...subnets.map((s) => grow(s, BAND_PAD + 1)),
    ...avoid.filter((a) => meets(a, vpc)),
    // The header's free middle, between the name and the findings badge, is a gutter too.
    header(vpc.x, Math.min(NAME_WIDTH, vpc.width)),
    header(vpc.x + vpc.width - BADGE_WIDTH, BADGE_WIDTH),
  ];
  const x0 = vpc.x + FOOT.left + CLEAR + 2;
  const x1 = vpc.x + vpc.width - FOOT.right - CLEAR - 2;
  const y0 = vpc.y + FOOT.up + CLEAR + 2;
  const y1 = vpc.y + vpc.height - FOOT.down - CLEAR - 2;
  let best: Point | null = null;
  let bestDistance = Infinity;
  for (let y = y0; y <= y1; y += STEP) {
    for (let x = x0; x <= x1; x += STEP) {
      const d = Math.hypot(x - preferred.x, y - preferred.y);
      if (d >= bestDistance) continue;
      const foot = footprint({ x, y });
      if (walls.some((w) => meets(foot, w))) continue;
      best = { x, y };
      bestDistance = d;
    }
  }
  return best ?? preferred;
}
