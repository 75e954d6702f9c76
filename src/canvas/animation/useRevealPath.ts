import { useReactFlow, useStoreApi, useStore as useFlowStore } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { viewportShowing } from './fit.ts';
import type { Rect } from './scene.ts';

/**
 * Room kept free around the path, in screen pixels: enough for a hop's badge (two lines of words
 * never under 11 px, about 40 px high) to find a place beside the network without covering it.
 */
const MARGIN = 56;

/**
 * When a flow is shown, brings its whole path into view, clear of the playback bar at the top of
 * the canvas, with room around it for the hops' badges: if some of it is hidden or tight against
 * the canvas's edges, the view is fitted to the network and the path together.
 * It happens once per shown flow; after that the view is the person's.
 */
export function useRevealPath(flowId: string | null, bounds: Rect): void {
  const flow = useReactFlow();
  const pane = useFlowStore((s) => s.domNode);
  const store = useStoreApi();
  const revealed = useRef<string | null>(null);

  useEffect(() => {
    if (flowId === null || revealed.current === flowId || !pane) return;
    revealed.current = flowId;
    const box = pane.getBoundingClientRect();
    // Below the playback bar, and below the View panel when it moved under the bar.
    const floating = [
      ...pane.querySelectorAll('[data-testid="anim.controls"], [role="group"][aria-label="View"]'),
    ].map((el) => el.getBoundingClientRect().bottom - box.top);
    const top = Math.max(0, ...floating) + MARGIN;
    const a = flow.flowToScreenPosition({ x: bounds.x, y: bounds.y });
    const b = flow.flowToScreenPosition({
      x: bounds.x + bounds.width,
      y: bounds.y + bounds.height,
    });
    const seen =
      a.x >= box.left + MARGIN &&
      a.y >= box.top + top &&
      b.x <= box.right - MARGIN &&
      b.y <= box.bottom - MARGIN;
    if (seen) return;
    const nodes = flow.getNodesBounds(flow.getNodes());
    const x = Math.min(nodes.x, bounds.x);
    const y = Math.min(nodes.y, bounds.y);
    const all = {
      x,
      y,
      width: Math.max(nodes.x + nodes.width, bounds.x + bounds.width) - x,
      height: Math.max(nodes.y + nodes.height, bounds.y + bounds.height) - y,
    };
    const { minZoom, maxZoom } = store.getState();
    const padding = { top, left: MARGIN, right: MARGIN, bottom: MARGIN };
    const viewport = viewportShowing(all, box, padding, minZoom, maxZoom);
    void flow.setViewport(viewport, { duration: 300 });
  }, [flow, store, pane, flowId, bounds]);
}
