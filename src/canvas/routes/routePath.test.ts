import { describe, expect, it } from 'vitest';
import { floatingSegment } from '../edges/floating.ts';
import { routePath } from './routePath.ts';

const box = (x: number, y: number, width = 100, height = 60) => ({ x, y, width, height });

describe('routePath', () => {
  it('goes up from subnets in a row to a gateway above them, meeting on one bus', () => {
    const g = routePath([box(0, 100), box(200, 100)], {
      target: box(100, 0, 100, 40),
      slot: 0,
      slots: 1,
    });
    expect(g.side).toBe('up');
    // Each subnet leaves its top edge; the trunk reaches the gateway's bottom at its middle.
    expect(g.d).toContain('M 50 100 V 88');
    expect(g.d).toContain('M 250 100 V 88');
    expect(g.d).toContain('M 150 88 V 40');
    expect(g.label).toEqual({ x: 150, y: 64 });
  });

  it('runs beside a column of stacked subnets rather than through them', () => {
    const g = routePath([box(0, 100), box(0, 200)], {
      target: box(150, 0, 60, 40),
      slot: 0,
      slots: 1,
    });
    expect(g.side).toBe('right');
    expect(g.d).toContain('M 100 130 H 112');
    expect(g.d).toContain('M 100 230 H 112');
  });

  it('spreads the ends of several edges along one target and staggers their labels', () => {
    const target = box(0, 300, 300, 60);
    const a = routePath([box(0, 0)], { target, slot: 0, slots: 2 });
    const b = routePath([box(200, 0)], { target, slot: 1, slots: 2 });
    expect(a.d).toContain('V 300');
    expect(a.label.x).toBe(100);
    expect(b.label.x).toBe(200);
    expect(a.label.y).not.toBe(b.label.y);
  });

  it('keeps the bus outside the VPC when the target is outside it', () => {
    const vpc = box(-20, -40, 240, 160);
    const g = routePath([box(0, 0)], {
      target: box(0, 300, 200, 60),
      slot: 0,
      slots: 1,
      container: vpc,
    });
    expect(g.d).toContain(`V ${vpc.y + vpc.height + 12}`);
    // Labelled where it leaves the VPC, under its subnet, not down at the shared target.
    expect(g.label).toEqual({ x: 50, y: vpc.y + vpc.height + 12 });
  });

  it('labels a route to a peer VPC beside its own wholly outside it, off the peering label', () => {
    const a = box(0, 0, 400, 236);
    const b = box(560, 0, 400, 236);
    const subnet = box(40, 56, 320, 140);
    const out = routePath([subnet], { target: b, slot: 0, slots: 1, container: a });
    // The peering's label sits at (480, 118), the middle of the line between the two VPCs.
    expect(out.label).toEqual({ x: 412, y: 118 - 28 });
    expect(out.anchor).toBe('start');
    const back = routePath([box(600, 56, 320, 140)], {
      target: a,
      slot: 0,
      slots: 1,
      container: b,
    });
    expect(back.label).toEqual({ x: 548, y: 118 + 28 });
    expect(back.anchor).toBe('end');
  });

  it('turns the label inward, between the VPCs, when the peer VPC is below', () => {
    const a = box(0, 0, 600, 400);
    const below = box(0, 560, 400, 236);
    // Two subnets in a column leave sideways (left) and go down to the VPC below.
    const g = routePath([box(340, 56, 200, 120), box(340, 200, 200, 120)], {
      target: below,
      slot: 0,
      slots: 1,
      container: a,
    });
    expect(g.side).toBe('left');
    expect(g.anchor).toBe('start');
    const { mid } = floatingSegment(a, below);
    expect(g.label).toEqual({ x: -12, y: mid.y + 28 });
    expect(g.label.y).toBeGreaterThan(400);
    expect(g.label.y).toBeLessThan(560);
  });

  it('takes the lane above a subnet rather than run through its neighbour', () => {
    // Two subnets side by side route to a gateway on their left: the right one's line would
    // cross the left one, so it goes up into the lane between rows and along it to the bus.
    const g = routePath([box(0, 100, 200, 80), box(224, 100, 200, 80)], {
      target: box(-300, 100, 170, 64),
      slot: 0,
      slots: 1,
    });
    expect(g.side).toBe('left');
    expect(g.d).toContain('M 0 140 H -12');
    expect(g.d).toContain('M 324 100 V 88 H -12');
    expect(g.d).not.toContain('M 224 140');
  });

  it('labels a short trunk beside the bus, outside, off the gateway it passes', () => {
    // Two private subnets in a column route to a NAT gateway in the row above, in line with them.
    const nat = box(100, 100, 170, 64);
    const g = routePath([box(100, 200, 200, 80), box(100, 320, 200, 80)], {
      target: nat,
      slot: 0,
      slots: 1,
    });
    expect(g.side).toBe('left');
    expect(g.label).toEqual({ x: 100 - 12 - 4, y: 132 });
    // The label ends at that point: all of it lies left of the bus, none over the NAT gateway.
    expect(g.anchor).toBe('end');
  });

  it('slides the label where the edge leaves its VPC off an endpoint on that edge', () => {
    const vpc = box(0, 0, 800, 400);
    // A gateway endpoint centred on the VPC's bottom edge, right under the subnets' middle.
    const endpoint = box(295, 368, 210, 64);
    const g = routePath([box(40, 56, 320, 140), box(440, 56, 320, 140)], {
      target: box(300, 600, 210, 64),
      slot: 0,
      slots: 1,
      container: vpc,
      avoid: [endpoint],
      labelWidth: 100,
    });
    expect(g.label.y).toBe(412);
    // Centred at x 400 it would cover the endpoint; beside it, 6 px away, it does not.
    expect(g.label.x).toBe(295 - 50 - 6);
  });

  it('draws a stub off the subnets when the target is gone', () => {
    const g = routePath([box(0, 0)], { target: null, slot: 0, slots: 1 });
    expect(g.d).toBe('M 100 30 H 112 M 112 30 H 168');
    expect(g.label).toEqual({ x: 168, y: 30 });
  });
});
