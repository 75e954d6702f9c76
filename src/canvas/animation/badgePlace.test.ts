import { describe, expect, it } from 'vitest';
import { estimateWidth } from '../export/text.ts';
import { badgeSize, keepInside, leaderOf, placeBadge, type Obstacle } from './badgePlace.ts';
import { labelBox, markerObstacles, nodeObstacles } from './obstacles.ts';
import type { Rect } from './scene.ts';

const size = { width: 120, height: 36 };
const meets = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placeBadge', () => {
  it('goes beside the hop, off the packet, when nothing is there', () => {
    const box = placeBadge({
      at: { x: 100, y: 100 },
      focus: null,
      size,
      obstacles: [],
      view: null,
    });
    const packet = { x: 89, y: 89, width: 22, height: 22 };
    expect(meets(box, packet)).toBe(false);
    const near = { x: 70, y: 70, width: 60, height: 60 };
    expect(meets(box, near)).toBe(true);
  });

  it('takes the side that covers no node, label or chip', () => {
    // A node right above-right of the hop, a label left above: below is free.
    const obstacles: Obstacle[] = [
      { kind: 'node', box: { x: 100, y: 20, width: 200, height: 80 } },
      { kind: 'label', box: { x: -100, y: 40, width: 190, height: 60 } },
      { kind: 'chip', box: { x: 100, y: 100, width: 200, height: 12 } },
    ];
    const box = placeBadge({ at: { x: 100, y: 100 }, focus: null, size, obstacles, view: null });
    for (const o of obstacles) expect(meets(box, o.box), o.kind).toBe(false);
  });

  it('may cover the node the hop belongs to rather than another', () => {
    const own: Obstacle = { kind: 'own', box: { x: 60, y: 0, width: 400, height: 200 } };
    const other: Obstacle = { kind: 'node', box: { x: -400, y: -300, width: 460, height: 700 } };
    const box = placeBadge({
      at: { x: 60, y: 100 },
      focus: null,
      size,
      obstacles: [own, other],
      view: null,
    });
    expect(meets(box, other.box)).toBe(false);
  });

  it('stays inside the view and off what floats over it', () => {
    const view = { x: 0, y: 0, width: 400, height: 300 };
    const bar: Obstacle = { kind: 'cover', box: { x: 0, y: 0, width: 400, height: 60 } };
    // The hop near the top right corner: above and right are outside or under the bar.
    const box = placeBadge({ at: { x: 380, y: 70 }, focus: null, size, obstacles: [bar], view });
    expect(box.x + box.width).toBeLessThanOrEqual(400);
    expect(meets(box, bar.box)).toBe(false);
  });

  it('moves a badge that fits nowhere into the view', () => {
    const view = { x: 0, y: 0, width: 100, height: 30 };
    const box = placeBadge({ at: { x: 50, y: 15 }, focus: null, size, obstacles: [], view });
    expect(box).toEqual(keepInside(box, view));
    expect(box.x).toBe(0);
  });

  it('goes beside the ring of a box that decided when the hop is inside it', () => {
    const node = { x: 0, y: 0, width: 100, height: 60 };
    const box = placeBadge({
      at: { x: 50, y: 30 },
      focus: { kind: 'box', box: node, radius: 8 },
      size,
      obstacles: [{ kind: 'name', box: node }],
      view: null,
    });
    expect(meets(box, node)).toBe(false);
  });
});

describe('badgeSize and the obstacles', () => {
  it('sizes the badge from its two lines, the mark beside', () => {
    const a = badgeSize('Route · 10.0.0.0/16 → local', 'request · public', estimateWidth, false);
    const b = badgeSize('SG in', 'x', estimateWidth, false);
    expect(a.width).toBeGreaterThan(b.width);
    expect(a.height).toBe(b.height);
  });

  it('keeps a container’s name and chips, a leaf’s box and chips', () => {
    const obstacles = nodeObstacles(
      [
        { id: 'vpc-1', kind: 'vpc', box: { x: 0, y: 0, width: 600, height: 400 } },
        { id: 'subnet-1', kind: 'subnet', box: { x: 40, y: 60, width: 500, height: 200 } },
        { id: 'i-1', kind: 'instance', box: { x: 60, y: 120, width: 170, height: 60 } },
        { id: 'i-2', kind: 'instance', box: { x: 260, y: 120, width: 170, height: 60 } },
      ],
      new Set(['i-1']),
    );
    expect(obstacles.filter((o) => o.kind === 'name')).toHaveLength(2);
    expect(obstacles.find((o) => o.kind === 'own')?.box.x).toBe(60);
    expect(obstacles.find((o) => o.kind === 'node')?.box.x).toBe(260);
    // The subnet's NACL chip and each leaf's chips, on their bottom borders.
    expect(obstacles.filter((o) => o.kind === 'chip')).toHaveLength(3);
  });

  it('centres a label’s box on its point; markers cover their words', () => {
    const label = labelBox({ x: 100, y: 50 }, '0.0.0.0/0', estimateWidth);
    expect(label.x + label.width / 2).toBeCloseTo(100);
    const [internet] = markerObstacles(
      [{ kind: 'internet', address: '203.0.113.10', at: { x: 0, y: 0 }, since: -1 }],
      [],
      estimateWidth,
    );
    expect(internet!.box.width).toBeGreaterThan(80);
  });
});

describe('leaderOf', () => {
  it('ties a badge placed away to the packet’s rim, and none right beside it', () => {
    expect(leaderOf({ x: 0, y: 0 }, { x: 14, y: -10, width: 100, height: 20 })).toBeNull();
    const line = leaderOf({ x: 0, y: 0 }, { x: 100, y: -10, width: 100, height: 20 });
    expect(line).toEqual([
      { x: 12, y: 0 },
      { x: 100, y: 0 },
    ]);
  });
});
