import type { StateCreator } from 'zustand';
import type { StoreState } from '../store.ts';
import type { Teaching } from './teaching.ts';

/** Where a kept scenario came from, shown in My scenarios. */
export type KeptOrigin = 'autosave' | 'link' | 'import' | 'built-in' | 'copy';

/** One scenario kept in this browser (its file lives under its own storage key). */
export interface KeptScenario {
  readonly id: string;
  readonly name: string;
  readonly origin: KeptOrigin;
  /** Milliseconds since the epoch. */
  readonly created: number;
  readonly updated: number;
  /** Its place in a class (a challenge authored, solved or handed in), when it has one. */
  readonly teaching?: Teaching;
}

/** The library's dialogs; the shell's own dialogs (`ui.dialog`) are separate. */
export type LibraryDialog =
  'gallery' | 'kept' | 'author' | 'challenge-links' | 'hand-in' | 'grading' | null;

/**
 * My scenarios, mirrored from the browser's storage (storage is the truth: every action reads it
 * afresh, so another tab's additions are not lost). Never undoable: outside zundo's partialize.
 *
 * - `kept`: the index, most recently changed first.
 * - `currentId`: the kept scenario the canvas is editing (autosaved into it), or null before the
 *   library starts.
 * - `unreadableAutosave`: an autosave that could not be read is kept aside; My scenarios offers it
 *   as a file to download.
 */
export interface LibraryState {
  readonly kept: readonly KeptScenario[];
  readonly currentId: string | null;
  readonly dialog: LibraryDialog;
  readonly unreadableAutosave: boolean;
}

export interface LibrarySlice {
  readonly library: LibraryState;
}

export const INITIAL_LIBRARY: LibraryState = {
  kept: [],
  currentId: null,
  dialog: null,
  unreadableAutosave: false,
};

export const createLibrarySlice: StateCreator<StoreState, [], [], LibrarySlice> = () => ({
  library: INITIAL_LIBRARY,
});
