import { useSyncExternalStore } from 'react';
import { dismissWelcome, shouldWelcome } from './firstRun.ts';

/**
 * The welcome and the tour: shown or not, and the tour's step. Kept here, in the shell, because
 * nothing else reads it (the scenario store knows nothing of first runs).
 */
export interface WelcomeState {
  readonly welcome: boolean;
  /** The tour's step, or null when no tour runs. */
  readonly tour: number | null;
}

let state: WelcomeState = { welcome: false, tour: null };
const listeners = new Set<() => void>();

function set(next: WelcomeState): void {
  state = next;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useWelcome(): WelcomeState {
  return useSyncExternalStore(subscribe, () => state);
}

/** At start, before the address loses its link: greet a first run. */
export function noteStart(page: Window): void {
  if (shouldWelcome(page)) set({ ...state, welcome: true });
}

/** The welcome closes for good, whichever choice closed it. */
export function closeWelcome(): void {
  dismissWelcome(window);
  set({ ...state, welcome: false });
}

export function startTour(): void {
  dismissWelcome(window);
  set({ welcome: false, tour: 0 });
}

export function goToTourStep(step: number): void {
  set({ ...state, tour: step });
}

export function endTour(): void {
  set({ ...state, tour: null });
}
