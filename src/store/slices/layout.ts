import type { StateCreator } from 'zustand';
import type { Point, Size } from '../../layout/types.ts';
import type { Layout } from '../../model/types.ts';
import type { StoreState } from '../store.ts';

export type { Point, Size };

/**
 * Where things sit on the canvas. `layout` is saved with the scenario (positions are relative to
 * the parent container). `measured` is what React Flow measured in the DOM: not saved, but kept
 * here so that re-derived nodes carry it and React Flow does not hide them to measure again.
 * `dragging` holds positions of a drag in progress: outside undo, committed to `layout` as one step
 * when the drag ends.
 */
export interface LayoutSlice {
  readonly layout: Layout;
  readonly measured: Readonly<Record<string, Size>>;
  readonly dragging: Readonly<Record<string, Point>>;
  /** How many scenarios have been opened since the page loaded (the canvas fits the view on each). */
  readonly loads: number;
}

export const createLayoutSlice: StateCreator<StoreState, [], [], LayoutSlice> = () => ({
  layout: { nodes: {} },
  measured: {},
  dragging: {},
  loads: 0,
});
