import type { StateCreator } from 'zustand';
import type { Layout } from '../../model/types.ts';
import type { StoreState } from '../store.ts';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * Where things sit on the canvas. `layout` is saved with the scenario (positions are relative to
 * the parent container). `measured` is what React Flow measured in the DOM: not saved, but kept
 * here so that re-derived nodes carry it and React Flow does not hide them to measure again.
 */
export interface LayoutSlice {
  readonly layout: Layout;
  readonly measured: Readonly<Record<string, Size>>;
}

export const createLayoutSlice: StateCreator<StoreState, [], [], LayoutSlice> = () => ({
  layout: { nodes: {} },
  measured: {},
});
