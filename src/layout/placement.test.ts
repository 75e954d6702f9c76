import { describe, expect, it } from 'vitest';
import type { CanvasBox } from './types.ts';
import { GATEWAY_EDGE_Y } from './geometry.ts';
import { grow, resizeLimits, siteAt, spotFor } from './placement.ts';

const at = (
  id: string,
  kind: CanvasBox['kind'],
  rect: [number, number, number, number],
  parent?: CanvasBox,
): CanvasBox => {
  const [x, y, width, height] = rect;
  return {
    id,
    kind,
    x: (parent?.x ?? 0) + x,
    y: (parent?.y ?? 0) + y,
    width,
    height,
    rel: { x, y },
    ...(parent ? { parentId: parent.id } : {}),
  };
};

const vpc = at('vpc-a', 'vpc', [100, 100, 600, 400]);
const web = at('subnet-web', 'subnet', [40, 56, 400, 140], vpc);
const db = at('subnet-db', 'subnet', [40, 220, 400, 140], vpc);
const i1 = at('i-1', 'instance', [20, 56, 170, 64], web);
const other = at('vpc-b', 'vpc', [900, 100, 400, 300]);
const boxes = new Map([vpc, web, db, i1, other].map((b) => [b.id, b]));

describe('siteAt (what a drop lands in)', () => {
  it('finds the subnet under the point and its VPC', () => {
    const site = siteAt(boxes, { x: 300, y: 400 });
    expect(site.subnet?.id).toBe('subnet-db');
    expect(site.vpc?.id).toBe('vpc-a');
    expect(site.nearVpc?.id).toBe('vpc-a');
  });

  it('finds only the VPC between its subnets, and nothing on the open canvas', () => {
    expect(siteAt(boxes, { x: 650, y: 450 })).toMatchObject({ vpc: { id: 'vpc-a' } });
    expect(siteAt(boxes, { x: 650, y: 450 }).subnet).toBeUndefined();
    expect(siteAt(boxes, { x: 800, y: 700 })).toEqual({});
  });

  it('counts a point just outside a VPC as near it (for an internet gateway)', () => {
    const site = siteAt(boxes, { x: 300, y: 70 });
    expect(site.vpc).toBeUndefined();
    expect(site.nearVpc?.id).toBe('vpc-a');
  });

  it('ignores excluded boxes: a dragged subnet is not its own target', () => {
    const site = siteAt(boxes, { x: 300, y: 200 }, new Set(['subnet-web']));
    expect(site.subnet).toBeUndefined();
    expect(site.vpc?.id).toBe('vpc-a');
  });
});

describe('spotFor (where a new node goes)', () => {
  const leaf = { width: 170, height: 64 };

  it('centres a dropped node on the point, relative to its container', () => {
    expect(spotFor(boxes, 'instance', leaf, web, { x: 500, y: 250 }, false)).toEqual({
      x: 500 - 85 - web.x,
      y: 250 - 32 - web.y,
    });
  });

  it('keeps a dropped node inside the container’s left and top edges', () => {
    const spot = spotFor(boxes, 'instance', leaf, web, { x: web.x, y: web.y }, false);
    expect(spot.x).toBeGreaterThanOrEqual(0);
    expect(spot.y).toBeGreaterThan(0);
  });

  it('puts an internet gateway on the top edge, within the VPC’s width', () => {
    const size = { width: 170, height: 56 };
    expect(spotFor(boxes, 'internetGateway', size, vpc, { x: 5000, y: 0 }, false)).toEqual({
      x: vpc.width - 170,
      y: GATEWAY_EDGE_Y,
    });
  });

  it('finds the first free slot in a container when there is no point', () => {
    expect(spotFor(boxes, 'instance', leaf, web, null, false)).toEqual({ x: 210, y: 56 });
  });

  it('puts a new VPC right of everything on the open canvas', () => {
    const spot = spotFor(boxes, 'vpc', { width: 640, height: 400 }, null, null, false);
    expect(spot.x).toBeGreaterThan(other.x + other.width);
  });
});

describe('grow and resizeLimits', () => {
  it('grows the container and its own container to hold a child that sticks out', () => {
    const patches = grow(boxes, 'subnet-web', { x: 380, y: 56 }, { width: 170, height: 64 });
    expect(patches.map((p) => p.id)).toEqual(['subnet-web', 'vpc-a']);
    expect(patches[0]).toMatchObject({ x: 40, y: 56, width: 380 + 170 + 20 });
  });

  it('leaves a container that already holds the child alone', () => {
    expect(grow(boxes, 'subnet-web', { x: 20, y: 56 }, { width: 170, height: 64 })).toEqual([]);
  });

  it('will not let a container shrink past its children or move an edge over them', () => {
    expect(resizeLimits(boxes, 'subnet-web')).toEqual({
      minWidth: 20 + 170 + 20,
      minHeight: 56 + 64 + 20,
      left: 20 - 8,
      top: 56 - 48,
    });
  });
});

describe('spotFor: a drop never stacks a node on another', () => {
  it('moves a node dropped on a sibling to the free spot nearest the point', () => {
    const parent = at('subnet-p', 'subnet', [0, 0, 600, 300]);
    const sibling = at('i-s', 'instance', [20, 56, 170, 64], parent);
    const all = new Map([parent, sibling].map((b) => [b.id, b]));
    const spot = spotFor(
      all,
      'instance',
      { width: 170, height: 64 },
      parent,
      { x: 105, y: 88 },
      true,
    );
    const overlaps = spot.x < 20 + 170 && 20 < spot.x + 170 && spot.y < 56 + 64 && 56 < spot.y + 64;
    expect(overlaps).toBe(false);
    // Near the point: within a few grid steps, not the next free row far away.
    expect(Math.hypot(spot.x - 20, spot.y - 56)).toBeLessThan(200);
  });
});
