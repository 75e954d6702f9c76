import { describe, expect, it } from 'vitest';
import { attachmentSegment } from './floating.ts';

const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

describe('attachmentSegment', () => {
  it('fans out from a hub below to the middle of each VPC, labels near their VPC', () => {
    const hub = box(500, 500, 210, 64);
    const left = attachmentSegment(hub, box(0, 0, 400, 236));
    const middle = attachmentSegment(hub, box(480, 0, 400, 236));
    expect(left.to).toEqual({ x: 200, y: 236 });
    expect(middle.to).toEqual({ x: 680, y: 236 });
    expect(left.anchor).toBe('centre');
    // 35 % of the way down from the VPC: the two labels sit about 300 px apart.
    expect(left.label.y).toBeCloseTo(236 + 0.35 * (500 - 236));
    expect(middle.label.x - left.label.x).toBeGreaterThan(280);
  });

  it('starts the label just outside a VPC whose hub stands to its right, cut to the room', () => {
    const vpc = box(0, 0, 800, 400);
    const hub = box(970, 168, 210, 64);
    const s = attachmentSegment(hub, vpc);
    expect(s.to).toEqual({ x: 800, y: 200 });
    expect(s.anchor).toBe('start');
    expect(s.label.x).toBeCloseTo(808);
    // 170 between the VPC and the hub, 8 kept free at each end.
    expect(s.maxWidth).toBe(154);
  });

  it('ends the label just outside a VPC whose hub stands to its left', () => {
    const s = attachmentSegment(box(0, 168, 210, 64), box(400, 0, 800, 400));
    expect(s.anchor).toBe('end');
    expect(s.label.x).toBeCloseTo(392);
  });
});
