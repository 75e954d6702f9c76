import type { ReactFlowInstance } from '@xyflow/react';
import type { FlowEdge, FlowNode } from './types.ts';

/**
 * The canvas's viewport, for commands that live outside React (toolbar, keyboard, find).
 * `useReactFlow` works only inside the canvas, so the canvas registers its instance here once
 * React Flow is ready; before that, and in tests, every call does nothing.
 */
type Api = Pick<
  ReactFlowInstance<FlowNode, FlowEdge>,
  | 'fitView'
  | 'zoomIn'
  | 'zoomOut'
  | 'setCenter'
  | 'getInternalNode'
  | 'getZoom'
  | 'flowToScreenPosition'
>;

let api: Api | null = null;
const DURATION = 200;

export function setViewportApi(next: Api | null): void {
  api = next;
}

export function fitViewNow(): void {
  void api?.fitView({ padding: 0.12, duration: DURATION });
}

export function zoomIn(): void {
  void api?.zoomIn({ duration: DURATION });
}

export function zoomOut(): void {
  void api?.zoomOut({ duration: DURATION });
}

/** Brings a node to the middle of the view (zooming in to a readable size if needed). */
export function centerOn(id: string): void {
  const node = api?.getInternalNode(id);
  if (!api || !node) return;
  const width = node.measured.width ?? node.width ?? 0;
  const height = node.measured.height ?? node.height ?? 0;
  const { x, y } = node.internals.positionAbsolute;
  void api.setCenter(x + width / 2, y + height / 2, {
    zoom: Math.max(api.getZoom(), 0.9),
    duration: DURATION,
  });
}

/**
 * Pans (at the current zoom) to a node that is out of view, e.g. one just added from the
 * keyboard; a node already in view stays where it is. Runs after React Flow has placed it.
 */
export function reveal(id: string): void {
  requestAnimationFrame(() => {
    const node = api?.getInternalNode(id);
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!api || !node || !pane) return;
    const width = node.measured.width ?? node.width ?? 0;
    const height = node.measured.height ?? node.height ?? 0;
    const { x, y } = node.internals.positionAbsolute;
    const topLeft = api.flowToScreenPosition({ x, y });
    const bottomRight = api.flowToScreenPosition({ x: x + width, y: y + height });
    const inView =
      topLeft.x >= pane.left &&
      topLeft.y >= pane.top &&
      bottomRight.x <= pane.right &&
      bottomRight.y <= pane.bottom;
    if (!inView) {
      void api.setCenter(x + width / 2, y + height / 2, {
        zoom: api.getZoom(),
        duration: DURATION,
      });
    }
  });
}
