import type { Service } from '../../engine/index.ts';
import type { FlowSpec } from '../../model/types.ts';
import { CancelledError, isAbortError } from '../../worker/client.ts';
import { engineClient } from '../engine.ts';
import type { MatrixFilter, MatrixState } from '../slices/matrix.ts';
import { useStore } from '../store.ts';
import { previewFlow } from './sim.ts';

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

/** Gathers the grid's endpoints by VPC, subnet, security group or tag (`none`: one by one). */
export function setMatrixGroupBy(groupBy: string): void {
  patch({ groupBy, drill: null });
}

/** Shows the endpoints of two groups pair by pair (a cell of the grouped grid was opened). */
export function drillIntoMatrix(source: string, destination: string): void {
  patch({ drill: { source, destination } });
}

/** Back from a pair of groups to the grouped grid. */
export function drillOutOfMatrix(): void {
  patch({ drill: null });
}

/** Shows one service of the result (a tab per service). */
export function showMatrixService(tab: number): void {
  patch({ tab });
}

const PROGRESS_EVERY_MS = 100;

/** The Compute in progress; aborting it ends its worker (a newer Compute, Cancel, another scenario). */
let job: AbortController | null = null;

/**
 * Computes the matrix of the current scenario for the picked services in the matrix worker. A
 * newer Compute aborts an older one.
 */
export async function computeMatrix(): Promise<void> {
  const { scenario, matrix } = useStore.getState();
  const services = matrix.services;
  if (services.length === 0) return;
  job?.abort();
  const controller = new AbortController();
  job = controller;
  const { signal } = controller;
  const started = performance.now();
  patch({ status: 'computing', progress: 0, error: null });
  // A progress update re-runs every store selector on the page (a 1,000-node canvas has many):
  // at most one every PROGRESS_EVERY_MS, so a long Compute costs the page a few small tasks.
  let last = performance.now();
  const onProgress = (done: number, total: number) => {
    const now = performance.now();
    if (signal.aborted || now - last < PROGRESS_EVERY_MS || total === 0) return;
    last = now;
    patch({ progress: done / total });
  };
  try {
    const result = await engineClient().reachability(
      scenario,
      services,
      { includeInternet: true },
      { signal, onProgress },
    );
    if (signal.aborted) return;
    patch({
      status: 'done',
      progress: 1,
      result,
      basis: scenario,
      tab: 0,
      drill: null,
      elapsedMs: performance.now() - started,
    });
  } catch (e) {
    if (signal.aborted || isAbortError(e)) return;
    const error =
      e instanceof CancelledError
        ? // Not aborted here: its worker was ended under it, which the client reports as a restart.
          'the engine stopped while computing; press Compute to try again'
        : e instanceof Error
          ? e.message
          : String(e);
    patch({ status: 'error', progress: 0, error });
  } finally {
    if (job === controller) job = null;
  }
}

/** Stops a Compute in progress (its worker is ended); the previous result, if any, stays. */
export function cancelMatrix(): void {
  if (useStore.getState().matrix.status !== 'computing') return;
  stopMatrixJob();
  patch({ status: 'cancelled', progress: 0 });
}

/** Aborts the Compute in progress, if any (another scenario opens: its grid would be wrong). */
export function stopMatrixJob(): void {
  job?.abort();
  job = null;
}

/**
 * Makes a flow picked in the grid the active flow of the simulation (unsaved: the sim slice's
 * preview), shrinks the overlay so the canvas shows it, and plays it as soon as the flows'
 * worker has answered with its trace.
 */
export function animateMatrixFlow(spec: FlowSpec, name: string): void {
  minimiseMatrix();
  previewFlow({ ...spec, name }, true);
}
