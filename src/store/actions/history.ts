import { useStore } from '../store.ts';

/** Undo and redo over the scenario and its layout (zundo). */
export function undo(): void {
  useStore.temporal.getState().undo();
}

export function redo(): void {
  useStore.temporal.getState().redo();
}

/** Forgets the history, e.g. when another scenario is opened. */
export function clearHistory(): void {
  useStore.temporal.getState().clear();
}
