import { useStore as useStoreOf } from 'zustand';
import { useStore } from '../store/index.ts';

/** Whether the undo history has a step back and a step forward; re-renders only when that flips. */
export function useHistoryFlags(): { canUndo: boolean; canRedo: boolean } {
  const canUndo = useStoreOf(useStore.temporal, (h) => h.pastStates.length > 0);
  const canRedo = useStoreOf(useStore.temporal, (h) => h.futureStates.length > 0);
  return { canUndo, canRedo };
}
