import type { Point } from './scene.ts';

/** A polyline measured once, so that each frame finds its point in a few additions. */
export interface Track {
  readonly points: readonly Point[];
  /** Distance from the start to each point. */
  readonly at: readonly number[];
  readonly length: number;
}

export function trackOf(points: readonly Point[]): Track {
  const at = [0];
  for (let k = 1; k < points.length; k++) {
    const a = points[k - 1] as Point;
    const b = points[k] as Point;
    at.push((at[k - 1] as number) + Math.hypot(b.x - a.x, b.y - a.y));
  }
  return { points, at, length: at[at.length - 1] ?? 0 };
}

/** The point a fraction `t` (0…1) of the way along the track. */
export function pointAlong(track: Track, t: number): Point {
  const { points, at, length } = track;
  const first = points[0] ?? { x: 0, y: 0 };
  if (points.length < 2 || length === 0) return first;
  const d = Math.max(0, Math.min(1, t)) * length;
  let k = 1;
  while (k < points.length - 1 && (at[k] as number) < d) k++;
  const a = points[k - 1] as Point;
  const b = points[k] as Point;
  const span = (at[k] as number) - (at[k - 1] as number);
  const f = span === 0 ? 1 : (d - (at[k - 1] as number)) / span;
  return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
}

/** Ease in and out, so the packet leaves a hop and arrives at the next one gently. */
export const easeInOut = (t: number): number => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/** SVG path data through the points. */
export const pathData = (points: readonly Point[]): string =>
  points.map((p, k) => `${k === 0 ? 'M' : 'L'} ${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');

/**
 * Of the time between two hops (HOP_DURATION_MS / speed), the packet travels for this share and
 * rests at the hop for the rest, so its badge can be read before it moves on.
 */
export const TRAVEL_SHARE = 0.6;
