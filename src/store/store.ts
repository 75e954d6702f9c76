import { create } from 'zustand';
import { createLayoutSlice, type LayoutSlice } from './slices/layout.ts';
import { createScenarioSlice, type ScenarioSlice } from './slices/scenario.ts';

export type StoreState = ScenarioSlice & LayoutSlice;

/**
 * The one bound store (zustand's slices pattern). Middleware such as undo (zundo) wraps this
 * combined store only, never a slice. Writes go through the module-level actions in `actions/`.
 */
export const useStore = create<StoreState>()((...a) => ({
  ...createScenarioSlice(...a),
  ...createLayoutSlice(...a),
}));
