import { canvasBoxes, ON_EDGE, resizeLimits } from '../../layout/placement.ts';
import type { LayoutPatch, Point, ResizeLimits, Size } from '../../layout/types.ts';
import type { Layout } from '../../model/types.ts';
import { commitLayout } from '../door.ts';
import { useStore } from '../store.ts';
import { kindOf, withPatches } from './canvasShared.ts';

/**
 * The canvas's frame: what is selected on it, what React Flow measured, resizing and collapsing
 * containers. Layout changes go through the door like every other write.
 */

/** Selection changes from the canvas (click, Shift/Ctrl+click, box select, pane click). */
export function applyCanvasSelection(changes: ReadonlyArray<{ id: string; selected: boolean }>) {
  const { selection, scenario } = useStore.getState();
  // Rows picked in a panel (a group, a table) give way to what is picked on the canvas.
  const onCanvas = (id: string) =>
    kindOf(scenario, id) !== undefined ||
    scenario.peeringConnections.some((p) => p.id === id) ||
    scenario.transitGatewayAttachments.some((a) => a.id === id);
  const next = selection.filter(onCanvas);
  for (const { id, selected } of changes) {
    const at = next.indexOf(id);
    if (selected && at < 0) next.push(id);
    if (!selected && at >= 0) next.splice(at, 1);
  }
  if (next.length !== selection.length || next.some((id, k) => id !== selection[k])) {
    useStore.setState({ selection: next });
  }
}

/** React Flow's DOM measurements, in one update however many nodes were measured. */
export function recordMeasurements(sizes: ReadonlyArray<{ id: string } & Size>): void {
  const measured = useStore.getState().measured;
  const changed = sizes.filter(({ id, width, height }) => {
    const old = measured[id];
    return !old || old.width !== width || old.height !== height;
  });
  if (changed.length === 0) return;
  const next = { ...measured };
  for (const { id, width, height } of changed) next[id] = { width, height };
  useStore.setState({ measured: next });
}

/** How the container may be resized and still hold its children (asked as a resize starts). */
export function containerResizeLimits(id: string): ResizeLimits {
  const { scenario, layout } = useStore.getState();
  return resizeLimits(canvasBoxes(scenario, layout), id);
}

/** The layout when the resize in progress started (its frames are written outside undo). */
let resizeStart: Layout | null = null;

/**
 * A container resize: frames show at once but stay out of undo; the end is one undo step. When
 * the left or top edge moves, the children keep their place on the canvas.
 */
export function resizeFrame(id: string, box: Point & Size): void {
  const { layout, scenario } = useStore.getState();
  resizeStart ??= layout;
  const boxes = canvasBoxes(scenario, resizeStart);
  const before = boxes.get(id);
  if (!before) return;
  const dx = box.x - before.rel.x;
  const dy = box.y - before.rel.y;
  const children: LayoutPatch[] = [];
  if (dx !== 0 || dy !== 0) {
    for (const child of boxes.values()) {
      if (child.parentId !== id) continue;
      const y = ON_EDGE.has(child.kind) ? child.rel.y : child.rel.y - dy;
      children.push({ id: child.id, x: child.rel.x - dx, y });
    }
  }
  commitLayout(withPatches(resizeStart, [{ id, ...box }, ...children]), { undo: 'none' });
}

/** Ends a resize: from where it started to where it ended is one undo step. */
export function endResize(): void {
  if (resizeStart === null) return;
  const final = useStore.getState().layout;
  commitLayout(resizeStart, { undo: 'none' });
  resizeStart = null;
  commitLayout(final);
}

/**
 * Collapses a VPC to one box (its subnets and instances hidden, counts shown) or opens it again;
 * saved with the layout, and undoable like a move.
 */
export function toggleCollapsed(vpcId: string): void {
  const { scenario, layout } = useStore.getState();
  const box = canvasBoxes(scenario, layout).get(vpcId);
  const node = layout.nodes[vpcId] ?? (box ? { x: box.rel.x, y: box.rel.y } : { x: 0, y: 0 });
  const collapsed = !(node.collapsed ?? false);
  commitLayout({ ...layout, nodes: { ...layout.nodes, [vpcId]: { ...node, collapsed } } });
}
