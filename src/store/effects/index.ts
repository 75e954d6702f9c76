import { pickEndpoint } from '../actions/sim.ts';
import { startFlowEvaluation, type FlowEvaluationOptions } from './flowEvaluation.ts';
import { startLibrary, type LibraryStart, type Persistence } from './library.ts';
import { startPickFollower, startPlaybackClock, startShownFlowFollower } from './playback.ts';

export interface StoreEffectsOptions {
  /** What the browser gives to keep scenarios (each part null where it refuses). */
  readonly persistence: Persistence;
  readonly library: LibraryStart;
  readonly flows?: FlowEvaluationOptions;
}

export interface StoreEffects {
  /** Stops them all (the last saves included), in reverse order. */
  readonly stop: () => void;
  /** The fresh scenario kept only because nothing was (a link opened at start replaces it). */
  readonly fresh: string | null;
}

/**
 * Starts the store's effects, each a module with `start() → stop`: My scenarios (opening what
 * was kept, then saving each change: effects/library.ts, effects/journal.ts), the flows'
 * evaluation in the engine worker, playback's clock, the shown flow following the scenario, and
 * pick mode following the selection. Resolves once the canvas holds its first scenario.
 */
export async function startStoreEffects(options: StoreEffectsOptions): Promise<StoreEffects> {
  const library = await startLibrary(options.persistence, options.library);
  const stops = [
    library.stop,
    startFlowEvaluation(options.flows),
    startPlaybackClock(),
    startShownFlowFollower(),
    startPickFollower((id) => void pickEndpoint(id)),
  ];
  return {
    fresh: library.fresh,
    stop: () => {
      for (const stop of stops.reverse()) stop();
    },
  };
}

export { startFlowEvaluation, flowJob } from './flowEvaluation.ts';
export { startLibrary, type LibraryStart, type Persistence } from './library.ts';
export { startPickFollower, startPlaybackClock, startShownFlowFollower } from './playback.ts';
