import type { StateCreator } from 'zustand';
import type { StoreState } from '../store.ts';

/** What the user has selected, by resource ID (canvas nodes and panel rows alike). Never undoable. */
export interface SelectionSlice {
  readonly selection: readonly string[];
}

export const createSelectionSlice: StateCreator<StoreState, [], [], SelectionSlice> = () => ({
  selection: [],
});
