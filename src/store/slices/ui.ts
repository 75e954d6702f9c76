import type { StateCreator } from 'zustand';
import type { StoreState } from '../store.ts';

export type Theme = 'light' | 'dark';

/** A message for the user: a refusal, a storage error, a note after an edit. */
export interface Message {
  readonly id: number;
  readonly kind: 'info' | 'error';
  readonly text: string;
  /** What the user can do about it at once: download a file (the shell saves it). */
  readonly action?: MessageAction;
}

/** A button in a message that downloads a file made when it is pressed. */
export interface MessageAction {
  readonly label: string;
  /** The file: `name` is the scenario's name (the shell makes a file name of it). */
  readonly file: () => { readonly name: string; readonly text: string };
}

/** A question before a destructive action ("Deleting vpc-… also deletes 3 subnets…"). */
export interface Confirmation {
  readonly title: string;
  readonly text: string;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
}

/** The shell's dialogs; `copy-link`, `import` and `export` are sharing's (src/app/share/). */
export type Dialog = 'shortcuts' | 'find' | 'copy-link' | 'import' | 'export' | null;

export interface UiSlice {
  readonly theme: Theme;
  readonly messages: readonly Message[];
  readonly confirmation: Confirmation | null;
  readonly dialog: Dialog;
  readonly snapToGrid: boolean;
}

export const createUiSlice: StateCreator<StoreState, [], [], UiSlice> = () => ({
  theme: 'light',
  messages: [],
  confirmation: null,
  dialog: null,
  snapToGrid: true,
});
