import { useStore as useFlowStore, useStoreApi } from '@xyflow/react';
import { useLayoutEffect, useMemo, useState } from 'react';
import { canvasMeasure } from '../export/canvasMeasure.ts';
import { BADGE_SUB, badgeSize, placeBadge, type Obstacle } from './badgePlace.ts';
import { markerObstacles, nodeObstacles, type NodeBox } from './obstacles.ts';
import type { Point, Rect } from './scene.ts';
import { rememberBadge } from './shownBadge.ts';
import { viewNow, type DrawnWords } from './useFlowObstacles.ts';
import type { Focus, Marker } from './waypoints.ts';

export interface BadgeInput {
  /** Changes when the packet arrives at another hop (or another flow is shown). */
  readonly key: string;
  /** The flow and hop shown, under which the export finds the box (shownBadge.ts). */
  readonly flowId: string | null;
  readonly step: number;
  readonly at: Point;
  readonly focus: Focus | null;
  readonly label: string;
  readonly where: string;
  readonly deny: boolean;
  /** The hop's own resources: the badge may cover them. */
  readonly own: readonly string[];
  readonly markers: readonly Marker[];
  readonly passed: readonly Point[];
}

/** The badge's smallest words (10.5 px) are never drawn under this on screen. */
const SMALLEST_PX = 11;

/** The badge's box (flow units) and the scale its words are drawn at (1: as in the CSS). */
export interface BadgeBox {
  readonly box: Rect;
  readonly scale: number;
}

/**
 * The box of the badge of the hop shown (flow units), placed by `placeBadge` against the nodes,
 * labels, chips and markers and inside the part of the canvas seen when the packet arrives
 * there. A pan afterwards leaves it where it is (the view is the person's then); a zoom places it
 * again, as its words grow so as never to be drawn under 11 px on screen.
 */
export function useBadgeBox(
  input: BadgeInput | null,
  nodes: readonly NodeBox[],
  words: DrawnWords,
): BadgeBox | null {
  const api = useStoreApi();
  const measure = useMemo(() => canvasMeasure(), []);
  const zoom = useFlowStore((s) => Math.round(s.transform[2] * 100) / 100);
  const [box, setBox] = useState<BadgeBox | null>(null);
  const key = input?.key ?? null;
  useLayoutEffect(() => {
    if (!input) return;
    const scale = Math.max(1, SMALLEST_PX / (BADGE_SUB.size * zoom));
    const drawn = badgeSize(input.label, input.where, measure, input.deny);
    const size = { width: drawn.width * scale, height: drawn.height * scale };
    const seen = viewNow(api);
    const obstacles: Obstacle[] = [
      ...nodeObstacles(nodes, new Set(input.own)),
      ...words.labels.map((l): Obstacle => ({ kind: 'label', box: l })),
      ...words.names.map((n): Obstacle => ({ kind: 'name', box: n })),
      ...words.chips.map((c): Obstacle => ({ kind: 'chip', box: c })),
      ...markerObstacles(input.markers, input.passed, measure),
      ...(seen?.covers ?? []).map((c): Obstacle => ({ kind: 'cover', box: c })),
    ];
    const placed = placeBadge({
      at: input.at,
      focus: input.focus,
      size,
      obstacles,
      view: seen?.view ?? null,
    });
    rememberBadge(input.flowId, input.step, placed);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- placed against the DOM just drawn
    setBox({ box: placed, scale });
    // Placed once per hop and drawing: `input` is new at every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, nodes, words, api, measure, zoom]);
  return input ? box : null;
}
