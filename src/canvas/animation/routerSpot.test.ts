import { describe, expect, it } from 'vitest';
import { BAND_PAD } from '../../layout/zones.ts';
import { routerFootprint, routerSpot } from './routerSpot.ts';
import type { Rect } from './scene.ts';

const meets = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const grow = (r: Rect, by: number) => ({
  x: r.x - by,
  y: r.y - by,
  width: r.width + 2 * by,
  height: r.height + 2 * by,
});

describe('routerSpot', () => {
  const vpc = { x: 0, y: 0, width: 600, height: 400 };
  const subnets = [
    { x: 48, y: 60, width: 500, height: 100 },
    { x: 48, y: 200, width: 500, height: 100 },
  ];

  it('sits in the left gutter, halfway down the subnets, clear of their zone band', () => {
    const { at, word } = routerSpot(vpc, subnets, []);
    expect(word).toBe('below');
    expect(at.x).toBeLessThan(48 - BAND_PAD);
    expect(Math.abs(at.y - 180)).toBeLessThanOrEqual(4);
    for (const s of subnets)
      expect(meets(routerFootprint(at, word), grow(s, BAND_PAD))).toBe(false);
  });

  it('keeps off a label in the gutter', () => {
    const label = { x: 0, y: 150, width: 40, height: 60 };
    const { at, word } = routerSpot(vpc, subnets, [label]);
    expect(meets(routerFootprint(at, word), label)).toBe(false);
  });

  it('writes its word beside it in a gutter too low for it below, off the VPC’s name', () => {
    // Subnets fill the VPC but for its header, right of the name.
    const tight = { x: 0, y: 0, width: 600, height: 200 };
    const full = [{ x: 12, y: 50, width: 576, height: 140 }];
    const { at, word } = routerSpot(tight, full, []);
    expect(word).toBe('beside');
    expect(at.x).toBeGreaterThan(260);
    expect(meets(routerFootprint(at, word), grow(full[0]!, BAND_PAD))).toBe(false);
  });

  it('falls back to the margin it always used when nothing fits', () => {
    const filled = [{ x: 0, y: 0, width: 600, height: 400 }];
    expect(routerSpot(vpc, filled, []).at).toEqual({ x: 300, y: 200 });
  });
});
