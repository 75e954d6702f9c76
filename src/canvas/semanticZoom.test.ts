import { describe, expect, it } from 'vitest';
import { labelScale, zoomLevel } from './semanticZoom.ts';

describe('semantic zoom', () => {
  it('names the level of each zoom', () => {
    expect(zoomLevel(1)).toBe('full');
    expect(zoomLevel(0.92)).toBe('full');
    expect(zoomLevel(0.7)).toBe('names');
    expect(zoomLevel(0.49)).toBe('icons');
  });

  it('scales labels so their 11 px words stay 11 px on screen, rounded up to a tenth', () => {
    expect(labelScale(1.5)).toBe(1);
    expect(labelScale(0.92)).toBe(1);
    // At 65 % a label drawn at 11 px on screen is 11 / 0.65 ≈ 16.9 px in flow units: 1.6 times.
    expect(labelScale(0.65)).toBe(1.6);
    expect(labelScale(0.5)).toBe(2);
  });
});
