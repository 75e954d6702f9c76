import { openDialog, select, setCollapsed, useStore } from '../store/index.ts';
import { containersOf } from './find.ts';
import { centerOn } from '../canvas/viewport.ts';

/**
 * Shows a resource: opens any collapsed container around it, selects it and brings it to the
 * middle of the canvas. Centring waits two frames, for React Flow to lay out what was opened.
 */
export function jumpTo(id: string): void {
  const { scenario, layout } = useStore.getState();
  for (const container of containersOf(scenario, id)) {
    if (layout.nodes[container]?.collapsed) setCollapsed(container, false);
  }
  select([id]);
  openDialog(null);
  requestAnimationFrame(() => requestAnimationFrame(() => centerOn(id)));
}
