import type { Hop, Trace } from '../../engine/types.ts';
import { markOf, type Mark } from './hopText.ts';
import { inside, type Point } from './scene.ts';
import { legTo, pointAt, stopStep, type Focus, type Marker, type PacketPath } from './waypoints.ts';

/**
 * What the packet overlay shows of a flow when the packet rests at a hop: the track, the legs
 * travelled, the marks of the hops passed, the ring and badge of the hop it is at. The canvas
 * (PacketOverlay) and the image export draw from these same functions, so an exported flow is the
 * one on the screen.
 */

export type Direction = Hop['direction'];

/** Room around a ringed box, in flow units. */
export const RING_PAD = 6;

/** The hop shown at `step`: past the first deny lies the blocked path, never travelled. */
export const shownStep = (trace: Trace, step: number): number => Math.min(step, stopStep(trace));

/** The dashed track: from the origin through every leg up to the stop. */
export function trackPoints(path: PacketPath, stop: number): Point[] {
  const points: Point[] = [path.origin];
  for (let k = 0; k <= stop; k++) points.push(...legTo(path, k).slice(1));
  return points;
}

/** The legs travelled before the hop shown, by direction (each leg is its own polyline). */
export function travelledLegs(
  trace: Trace,
  path: PacketPath,
  shown: number,
): Record<Direction, Point[][]> {
  const legs: Record<Direction, Point[][]> = { request: [], response: [] };
  for (let k = 0; k < shown; k++) {
    const h = trace.hops[k];
    if (h) legs[h.direction].push(legTo(path, k));
  }
  return legs;
}

/** Marks of the hops already passed in this direction (one per place), the current one aside. */
export function passedMarks(
  trace: Trace,
  path: PacketPath,
  shown: number,
): { readonly at: Point; readonly k: number }[] {
  const direction = trace.hops[shown]?.direction ?? 'request';
  const waypoint = shown >= 0 ? path.waypoints[shown] : undefined;
  const key = (p: Point) => `${Math.round(p.x)},${Math.round(p.y)}`;
  const marks = new Map<string, { at: Point; k: number }>();
  for (let k = 0; k < shown; k++) {
    const h = trace.hops[k];
    const w = path.waypoints[k];
    if (!h || !w || h.direction !== direction) continue;
    marks.set(key(w.at), { at: w.at, k });
  }
  if (waypoint) marks.delete(key(waypoint.at));
  return [...marks.values()];
}

/** A gateway's hop is at its centre: its badge goes beside the node, not over its name. */
export function badgeAnchor(at: Point, focus: Focus | null): { at: Point; side: boolean } {
  if (focus?.kind === 'box' && inside(at, focus.box)) {
    const { box } = focus;
    return { at: { x: box.x + box.width + RING_PAD, y: box.y + box.height / 2 }, side: true };
  }
  return { at, side: false };
}

/** What a marker is, in words (its tooltip). */
export const markerTitle = (m: Marker, names: ReadonlyMap<string, string>): string =>
  m.kind === 'router'
    ? `Router of VPC ${names.get(m.vpcId) ?? m.vpcId}`
    : `${m.label ?? 'The internet'}: ${m.address}`;

/** The whole overlay at rest at a step, as plain data (what the image export draws). */
export interface FlowFrame {
  readonly track: readonly Point[];
  readonly travelled: Readonly<Record<Direction, readonly (readonly Point[])[]>>;
  /** The leg to the hop shown, in its direction's colour (none at the source). */
  readonly current: { readonly points: readonly Point[]; readonly direction: Direction } | null;
  readonly markers: readonly Marker[];
  readonly passed: readonly { readonly at: Point; readonly mark: Mark }[];
  readonly ring: { readonly focus: Focus; readonly mark: Mark } | null;
  readonly packet: { readonly at: Point; readonly direction: Direction; readonly blocked: boolean };
  readonly badge: {
    readonly at: Point;
    readonly side: boolean;
    readonly mark: Mark;
    readonly hop: Hop;
  } | null;
}

export function flowFrame(trace: Trace, path: PacketPath, step: number): FlowFrame {
  const stop = stopStep(trace);
  const shown = shownStep(trace, step);
  const hop = shown >= 0 ? trace.hops[shown] : undefined;
  const waypoint = shown >= 0 ? path.waypoints[shown] : undefined;
  const direction = hop?.direction ?? 'request';
  return {
    track: trackPoints(path, stop),
    travelled: travelledLegs(trace, path, shown),
    current: hop ? { points: legTo(path, shown), direction } : null,
    markers: path.markers.filter((m) => m.since <= stop),
    passed: passedMarks(trace, path, shown).flatMap(({ at, k }) => {
      const h = trace.hops[k];
      return h ? [{ at, mark: markOf(h) }] : [];
    }),
    ring: hop && waypoint?.focus ? { focus: waypoint.focus, mark: markOf(hop) } : null,
    packet: { at: pointAt(path, shown), direction, blocked: hop?.verdict === 'deny' },
    badge:
      hop && waypoint
        ? { ...badgeAnchor(waypoint.at, waypoint.focus), mark: markOf(hop), hop }
        : null,
  };
}
