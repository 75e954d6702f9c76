import { BAND_PAD } from '../../layout/zones.ts';
import { routerPoint } from './crossings.ts';
import type { Point, Rect } from './scene.ts';

/*
 * Where a VPC's router marker goes so that nothing crosses it: its circle and the word "router"
 * under it in a free gutter of the VPC, clear of every subnet's border (and of the zone band
 * drawn BAND_PAD around the subnets), of the nodes, of the labels and of the VPC's name.
 */

/**
 * The marker's footprint around its centre: a circle of radius 12 with "router" 24 below it, or,
 * where a gutter is too low for that, beside it on the right.
 */
export type RouterWord = 'below' | 'beside';
const FEET: Readonly<
  Record<RouterWord, { left: number; right: number; up: number; down: number }>
> = {
  below: { left: 15, right: 15, up: 13, down: 28 },
  beside: { left: 13, right: 50, up: 13, down: 13 },
};
/** Room kept between the footprint and anything else. */
const CLEAR = 1;
/** The VPC's header (icon, name, CIDR) and how much of its width the words take at most. */
const HEADER = 46;
const NAME_WIDTH = 260;
/** The findings badge at the header's right end. */
const BADGE_WIDTH = 40;
/** Grid the gutter is searched on, in flow units. */
const STEP = 4;

/** The box a router marker covers, its word as placed. */
export function routerFootprint(p: Point, word: RouterWord = 'below', clear = 0): Rect {
  const f = FEET[word];
  return {
    x: p.x - f.left - clear,
    y: p.y - f.up - clear,
    width: f.left + f.right + 2 * clear,
    height: f.up + f.down + 2 * clear,
  };
}

const meets = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const grow = (r: Rect, by: number): Rect => ({
  x: r.x - by,
  y: r.y - by,
  width: r.width + 2 * by,
  height: r.height + 2 * by,
});

/**
 * The router's centre and where its word goes: of the points whose footprint lies inside the VPC
 * and meets no subnet (with its zone band), no box of `avoid` (nodes, labels), nor the VPC's name
 * and findings badge, the one nearest to the classic spot (the left margin, halfway down the
 * subnets: `routerPoint`), its word below; else beside; when no gutter is wide enough, the
 * classic spot.
 */
export function routerSpot(
  vpc: Rect,
  subnets: readonly Rect[],
  avoid: readonly Rect[],
): { at: Point; word: RouterWord } {
  const preferred = routerPoint(vpc, subnets);
  if (subnets.length === 0) return { at: preferred, word: 'below' };
  const header = (x: number, width: number): Rect => ({ x, y: vpc.y, width, height: HEADER });
  const walls = [
    ...subnets.map((s) => grow(s, BAND_PAD)),
    ...avoid.filter((a) => meets(a, vpc)),
    // The header's free middle, between the name and the findings badge, is a gutter too.
    header(vpc.x, Math.min(NAME_WIDTH, vpc.width)),
    header(vpc.x + vpc.width - BADGE_WIDTH, BADGE_WIDTH),
  ];
  for (const word of ['below', 'beside'] as const) {
    const f = FEET[word];
    const x0 = vpc.x + f.left + CLEAR;
    const x1 = vpc.x + vpc.width - f.right - CLEAR;
    const y0 = vpc.y + f.up + CLEAR;
    const y1 = vpc.y + vpc.height - f.down - CLEAR;
    let best: Point | null = null;
    let bestDistance = Infinity;
    for (let y = y0; y <= y1; y += STEP) {
      for (let x = x0; x <= x1; x += STEP) {
        const d = Math.hypot(x - preferred.x, y - preferred.y);
        if (d >= bestDistance) continue;
        const foot = routerFootprint({ x, y }, word, CLEAR);
        if (walls.some((w) => meets(foot, w))) continue;
        best = { x, y };
        bestDistance = d;
      }
    }
    if (best) return { at: best, word };
  }
  return { at: preferred, word: 'below' };
}
