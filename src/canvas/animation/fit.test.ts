import { describe, expect, it } from 'vitest';
import { viewportShowing } from './fit.ts';

describe('viewportShowing', () => {
  const pane = { width: 800, height: 600 };
  const padding = { top: 100, right: 20, bottom: 20, left: 20 };

  it('fits the bounds in the room left by the padding, centred', () => {
    const v = viewportShowing({ x: 0, y: 0, width: 760, height: 240 }, pane, padding, 0.1, 2);
    expect(v.zoom).toBe(1);
    // 480 px of height are free below the bar: 120 above and below the content.
    expect(v).toEqual({ x: 20, y: 220, zoom: 1 });
  });

  it('zooms out for a large network and keeps the top padding free', () => {
    const v = viewportShowing(
      { x: -100, y: -200, width: 1520, height: 960 },
      pane,
      padding,
      0.1,
      2,
    );
    expect(v.zoom).toBe(0.5);
    expect(v.y + -200 * v.zoom).toBe(100);
  });

  it('stays within the zoom range', () => {
    expect(viewportShowing({ x: 0, y: 0, width: 10, height: 10 }, pane, padding, 0.1, 2).zoom).toBe(
      2,
    );
  });
});
