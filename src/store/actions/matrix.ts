import type { Service } from '../../engine/index.ts';
import type { FlowSpec } from '../../model/types.ts';
import { engineClient } from '../engine.ts';
import type { MatrixFilter, MatrixState } from '../slices/matrix.ts';
import { useStore } from '../store.ts';
import { PREVIEW_FLOW_ID } from '../slices/sim.ts';
import { play, previewFlow } from './sim.ts';

const patch = (change: Partial<MatrixState>) =>
  useStore.setState((s) => ({ matrix: { ...s.matrix, ...change } }));

export function openMatrix(): void {
  patch({ view: 'open' });
}

export function closeMatrix(): void {
  patch({ view: 'closed' });
}

/** Shrinks the overlay to a chip, so the canvas shows a flow picked from the grid. */
export function minimiseMatrix(): void {
  patch({ view: 'minimised' });
}

export function toggleMatrix(): void {
  patch({ view: useStore.getState().matrix.view === 'open' ? 'closed' : 'open' });
}

/** The services the next Compute runs (at least one; the panel refuses an empty pick). */
export function setMatrixServices(services: readonly Service[]): void {
  patch({ services: [...services] });
}

export function setMatrixFilter(change: Partial<MatrixFilter>): void {
  useStore.setState((s) => ({
    matrix: { ...s.matrix, filter: { ...s.matrix.filter, ...change } },
  }));
}

/** Shows one service of the result (a tab per service). */
export function showMatrixService(tab: number): void {
  patch({ tab });
}

const PROGRESS_EVERY_MS = 100;

/** Each Compute gets a number; an answer for an older one (superseded, cancelled) is dropped. */
let run = 0;

/**
 * Computes the matrix of the current scenario for the picked services, in the matrix worker
 * (a newer Compute supersedes an older one there).
 */
export async function computeMatrix(): Promise<void> {
  const { scenario, matrix } = useStore.getState();
  const services = matrix.services;
  if (services.length === 0) return;
  const mine = ++run;
  const started = performance.now();
  patch({ status: 'computing', progress: 0, error: null });
  // A progress update re-runs every store selector on the page (a 1,000-node canvas has many):
  // at most one every PROGRESS_EVERY_MS, so a long Compute costs the page a few small tasks.
  let last = performance.now();
  const onProgress = (done: number, total: number) => {
    const now = performance.now();
    if (mine !== run || now - last < PROGRESS_EVERY_MS || total === 0) return;
    last = now;
    patch({ progress: done / total });
  };
  try {
    const result = await engineClient().reachability(
      scenario,
      services,
      { internetAddress: matrix.internetAddress, includeInternet: true },
      onProgress,
    );
    if (mine !== run) return;
    if (result === null) {
      // Not cancelled here (cancelMatrix moves `run` on) nor superseded: its worker was ended
      // under it, which the engine client reports as a restart.
      patch({
        status: 'error',
        progress: 0,
        error: 'the engine stopped while computing; press Compute to try again',
      });
      return;
    }
    patch({
      status: 'done',
      progress: 1,
      result,
      basis: scenario,
      tab: 0,
      elapsedMs: performance.now() - started,
    });
  } catch (e) {
    if (mine !== run) return;
    patch({ status: 'error', progress: 0, error: e instanceof Error ? e.message : String(e) });
  }
}

/** Stops a Compute in progress (its worker is ended); the previous result, if any, stays. */
export function cancelMatrix(): void {
  if (useStore.getState().matrix.status !== 'computing') return;
  run++;
  engineClient().cancelMatrix();
  patch({ status: 'cancelled', progress: 0 });
}

/**
 * Makes a flow picked in the grid the active flow of the simulation (unsaved: the sim slice's
 * preview), shrinks the overlay so the canvas shows it, and plays it as soon as the flows'
 * worker has answered with its trace.
 */
export function animateMatrixFlow(spec: FlowSpec, name: string): void {
  minimiseMatrix();
  previewFlow({ ...spec, name });
  playWhenTraced();
}

let stopWaiting: (() => void) | null = null;

/** Plays the preview once its trace arrives; gives up if another flow is shown meanwhile. */
function playWhenTraced(): void {
  stopWaiting?.();
  stopWaiting = null;
  /** 'play' when the trace is in, 'wait' while it is not, 'gone' when another flow shows. */
  const state = (): 'play' | 'wait' | 'gone' => {
    const { flowId, trace } = useStore.getState().sim.active;
    if (flowId !== PREVIEW_FLOW_ID) return 'gone';
    return trace === null ? 'wait' : 'play';
  };
  const now = state();
  if (now === 'play') play();
  if (now !== 'wait') return;
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (s.sim.active === prev.sim.active) return;
    const next = state();
    if (next === 'wait') return;
    // Unsubscribe first: play() changes the active flow, which would call this again.
    unsubscribe();
    stopWaiting = null;
    if (next === 'play') play();
  });
  stopWaiting = unsubscribe;
}
