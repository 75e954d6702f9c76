import type { StateCreator } from 'zustand';
import type { StoreState } from '../store.ts';
import type { Teaching } from './teaching.ts';

/** Where a kept scenario came from, shown in My scenarios. */
export type KeptOrigin = 'autosave' | 'link' | 'import' | 'built-in' | 'copy';

/** One scenario kept in this browser (its file is stored apart, read when it opens). */
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

/** The open scenario was changed (or deleted) in another tab since this one opened it. */
export interface StorageConflict {
  readonly id: string;
  /** Its name as this tab shows it. */
  readonly name: string;
  readonly kind: 'changed' | 'removed';
}

/** A text kept aside as it was, because it could not be read (an old autosave, say). */
export interface AsideText {
  /** Where storage keeps it. */
  readonly key: string;
  readonly what: 'autosave' | 'library' | 'grading-keys';
}

/**
 * My scenarios, mirrored from the browser's storage (IndexedDB is the truth: another tab's
 * writes are read back as they are announced). Never undoable: outside zundo's partialize.
 *
 * - `kept`: the listing, most recently changed first.
 * - `currentId`: the kept scenario the canvas is editing (saved into it), or null before the
 *   library starts.
 * - `conflict`: the open scenario changed in another tab; nothing is saved into it until this
 *   tab takes theirs or keeps its own as a copy.
 * - `aside`: texts that could not be read, kept as they were; My scenarios offers them as files.
 */
export interface LibraryState {
  readonly kept: readonly KeptScenario[];
  readonly currentId: string | null;
  readonly dialog: LibraryDialog;
  readonly conflict: StorageConflict | null;
  readonly aside: readonly AsideText[];
}

export interface LibrarySlice {
  readonly library: LibraryState;
}

export const INITIAL_LIBRARY: LibraryState = {
  kept: [],
  currentId: null,
  dialog: null,
  conflict: null,
  aside: [],
};

export const createLibrarySlice: StateCreator<StoreState, [], [], LibrarySlice> = () => ({
  library: INITIAL_LIBRARY,
});
