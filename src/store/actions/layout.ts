import type { Point } from '../../layout/types.ts';
import type { Layout } from '../../model/types.ts';
import { commitLayout } from '../door.ts';
import { useStore } from '../store.ts';
import type { Size } from '../slices/layout.ts';

type LayoutNode = Layout['nodes'][string];

function withNode(layout: Layout, id: string, patch: Partial<LayoutNode>): Layout {
  const previous = layout.nodes[id] ?? { x: 0, y: 0 };
  return { ...layout, nodes: { ...layout.nodes, [id]: { ...previous, ...patch } } };
}

/** Records a node's new position (relative to its container), keeping any saved size: one undo step. */
export function moveNode(id: string, position: Point): void {
  commitLayout((layout) => withNode(layout, id, { x: position.x, y: position.y }));
}

/** Keeps React Flow's DOM measurement of a node; unchanged sizes leave the state untouched. */
export function recordMeasured(id: string, size: Size): void {
  const previous = useStore.getState().measured[id];
  if (previous && previous.width === size.width && previous.height === size.height) return;
  useStore.setState((s) => ({ measured: { ...s.measured, [id]: size } }));
}

/** Opens or collapses a VPC: one undo step, like a move. */
export function setCollapsed(id: string, collapsed: boolean): void {
  commitLayout((layout) => withNode(layout, id, { collapsed }));
}

/** What the View panel toggles: route edges, the security view. */
export type ViewOption = 'routes' | 'security';

/**
 * Shows or hides route edges or the security view. Saved with the layout (so a scenario reopens
 * as it was left), outside undo: it changes what is drawn, not the network.
 */
export function setViewOption(option: ViewOption, on: boolean): void {
  commitLayout((layout) => ({ ...layout, view: { ...layout.view, [option]: on } }), {
    undo: 'none',
  });
}
