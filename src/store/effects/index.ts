import { pickEndpoint } from '../actions/sim.ts';
import type { KeyValueStorage } from '../libraryStorage.ts';
import { startAutosave } from './autosave.ts';
import { startFlowEvaluation, type FlowEvaluationOptions } from './flowEvaluation.ts';
import { startLibrary, type LibraryStart } from './library.ts';
import { startPickFollower, startPlaybackClock, startShownFlowFollower } from './playback.ts';

export interface StoreEffectsOptions {
  /** The browser's storage, or null where it refuses (the work then stays in this tab). */
  readonly storage: (Storage & KeyValueStorage) | null;
  readonly library: LibraryStart;
  readonly flows?: FlowEvaluationOptions;
}

/**
 * Starts the store's effects, each a module with `start() → stop`: the autosave, My scenarios'
 * saving, the flows' evaluation in the engine worker, playback's clock, the shown flow following
 * the scenario, and pick mode following the selection. Returns the function that stops them all
 * (the last saves included), in reverse order.
 */
export function startStoreEffects(options: StoreEffectsOptions): () => void {
  const stops = [
    options.storage ? startAutosave(options.storage) : () => {},
    startLibrary(options.storage, options.library),
    startFlowEvaluation(options.flows),
    startPlaybackClock(),
    startShownFlowFollower(),
    startPickFollower((id) => void pickEndpoint(id)),
  ];
  return () => {
    for (const stop of stops.reverse()) stop();
  };
}

export { startAutosave, readAutosave, AUTOSAVE_KEY, UNREADABLE_KEY } from './autosave.ts';
export type { Restored } from './autosave.ts';
export { startFlowEvaluation, flowJob } from './flowEvaluation.ts';
export { startLibrary, type LibraryStart } from './library.ts';
export { startPickFollower, startPlaybackClock, startShownFlowFollower } from './playback.ts';
