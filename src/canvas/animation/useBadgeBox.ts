import { useStoreApi } from '@xyflow/react';
import { useLayoutEffect, useMemo, useState } from 'react';
import { canvasMeasure } from '../export/canvasMeasure.ts';
import { badgeSize, placeBadge, type Obstacle } from './badgePlace.ts';
import { markerObstacles, nodeObstacles, type NodeBox } from './obstacles.ts';
import type { Point, Rect } from './scene.ts';
import { viewNow } from './useFlowObstacles.ts';
import type { Focus, Marker } from './waypoints.ts';

export interface BadgeInput {
  /** Changes when the packet arrives at another hop (or another flow is shown). */
  readonly key: string;
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

/**
 * The box of the badge of the hop shown (flow units), placed by `placeBadge` against the nodes,
 * labels, chips and markers and inside the part of the canvas seen when the packet arrives
 * there. A pan or zoom afterwards leaves it where it is (the view is the person's then).
 */
export function useBadgeBox(
  input: BadgeInput | null,
  nodes: readonly NodeBox[],
  labels: readonly Rect[],
): Rect | null {
  const api = useStoreApi();
  const measure = useMemo(() => canvasMeasure(), []);
  const [box, setBox] = useState<Rect | null>(null);
  const key = input?.key ?? null;
  useLayoutEffect(() => {
    if (!input) return;
    const size = badgeSize(input.label, input.where, measure, input.deny);
    const seen = viewNow(api);
    const obstacles: Obstacle[] = [
      ...nodeObstacles(nodes, new Set(input.own)),
      ...labels.map((l): Obstacle => ({ kind: 'label', box: l })),
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
    // eslint-disable-next-line react-hooks/set-state-in-effect -- placed against the DOM just drawn
    setBox(placed);
    // Placed once per hop and drawing: `input` is new at every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, nodes, labels, api, measure]);
  return input ? box : null;
}
