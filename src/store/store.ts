import { temporal } from 'zundo';
import { create } from 'zustand';
import { createLayoutSlice, type LayoutSlice } from './slices/layout.ts';
import { createLibrarySlice, type LibrarySlice } from './slices/library.ts';
import { createMatrixSlice, type MatrixSlice } from './slices/matrix.ts';
import { createScenarioSlice, type ScenarioSlice } from './slices/scenario.ts';
import { createSelectionSlice, type SelectionSlice } from './slices/selection.ts';
import { createSimSlice, type SimSlice } from './slices/sim.ts';
import { createTeachingSlice, type TeachingSlice } from './slices/teaching.ts';
import { createUiSlice, type UiSlice } from './slices/ui.ts';

export type StoreState = ScenarioSlice &
  LayoutSlice &
  SelectionSlice &
  UiSlice &
  MatrixSlice &
  SimSlice &
  LibrarySlice &
  TeachingSlice;

/** What undo and redo travel over: the network and where it is drawn; never selection or UI. */
export interface Undoable {
  readonly scenario: StoreState['scenario'];
  readonly layout: StoreState['layout'];
}

/**
 * The one bound store (zustand's slices pattern). Undo (zundo) wraps this combined store only,
 * never a slice. The scenario and its layout are written only through the door (door.ts:
 * `commitScenario`, and `openScenario` in open.ts, which replaces them); everything else through
 * the module-level actions in `actions/`.
 *
 * History records a step only when the scenario or the layout object changes: selection, hover,
 * messages and a drag in progress (kept in `dragging`, outside the partialized state) never do.
 */
export const useStore = create<StoreState>()(
  temporal(
    (...a) => ({
      ...createScenarioSlice(...a),
      ...createLayoutSlice(...a),
      ...createSelectionSlice(...a),
      ...createUiSlice(...a),
      // Simulation results and playback: never undoable, so not in `partialize` below.
      ...createSimSlice(...a),
      ...createMatrixSlice(...a),
      // My scenarios: mirrors the browser's storage; never undoable.
      ...createLibrarySlice(...a),
      // Teaching role of the open challenge: set when a scenario opens; never undoable.
      ...createTeachingSlice(...a),
    }),
    {
      partialize: (s): Undoable => ({ scenario: s.scenario, layout: s.layout }),
      equality: (a, b) => a.scenario === b.scenario && a.layout === b.layout,
      limit: 200,
    },
  ),
);
