import { useStore } from '../store.ts';
import type { Size } from '../slices/layout.ts';

/** Records a node's new position (relative to its container), keeping any saved size. */
export function moveNode(id: string, position: { x: number; y: number }): void {
  useStore.setState((s) => ({
    layout: {
      ...s.layout,
      nodes: { ...s.layout.nodes, [id]: { ...s.layout.nodes[id], x: position.x, y: position.y } },
    },
  }));
}

/** Keeps React Flow's DOM measurement of a node; unchanged sizes leave the state untouched. */
export function recordMeasured(id: string, size: Size): void {
  const previous = useStore.getState().measured[id];
  if (previous && previous.width === size.width && previous.height === size.height) return;
  useStore.setState((s) => ({ measured: { ...s.measured, [id]: size } }));
}
