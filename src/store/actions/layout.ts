import type { Layout } from '../../model/types.ts';
import { useStore } from '../store.ts';
import type { Point, Size } from '../slices/layout.ts';

type LayoutNode = Layout['nodes'][string];

function withNode(layout: Layout, id: string, patch: Partial<LayoutNode>): Layout {
  const previous = layout.nodes[id] ?? { x: 0, y: 0 };
  return { ...layout, nodes: { ...layout.nodes, [id]: { ...previous, ...patch } } };
}

/** Records a node's new position (relative to its container), keeping any saved size: one undo step. */
export function moveNode(id: string, position: Point): void {
  useStore.setState((s) => ({ layout: withNode(s.layout, id, { x: position.x, y: position.y }) }));
}

/** A drag frame: shown at once, kept out of undo until `endDrag`. */
export function dragNode(id: string, position: Point): void {
  useStore.setState((s) => ({ dragging: { ...s.dragging, [id]: position } }));
}

/** Ends a drag: its last positions become one undo step. */
export function endDrag(): void {
  const { dragging, layout } = useStore.getState();
  const ids = Object.keys(dragging);
  if (ids.length === 0) return;
  let next = layout;
  for (const id of ids) {
    const p = dragging[id] as Point;
    next = withNode(next, id, { x: p.x, y: p.y });
  }
  useStore.setState({ layout: next, dragging: {} });
}

/** Saves a resized container's size (and its position, which a resize from the left moves). */
export function resizeNode(id: string, box: Point & Size): void {
  useStore.setState((s) => ({ layout: withNode(s.layout, id, box) }));
}

/** Keeps React Flow's DOM measurement of a node; unchanged sizes leave the state untouched. */
export function recordMeasured(id: string, size: Size): void {
  const previous = useStore.getState().measured[id];
  if (previous && previous.width === size.width && previous.height === size.height) return;
  useStore.setState((s) => ({ measured: { ...s.measured, [id]: size } }));
}

export function setCollapsed(id: string, collapsed: boolean): void {
  useStore.setState((s) => ({ layout: withNode(s.layout, id, { collapsed }) }));
}
