import { proxy } from 'comlink';
import type { ReachabilityMatrix, ReachabilityOptions, Service } from '../engine/index.ts';
import type { FlowSpec, Scenario } from '../model/types.ts';
import { CancelledError, WorkerLane, type LaneStatus } from './lane.ts';
import type { FlowOutcome, Progress } from './protocol.ts';

export type { FlowOutcome, Progress } from './protocol.ts';
export { CancelledError, type LaneStatus } from './lane.ts';

const spawnEngineWorker = () =>
  new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' });

/**
 * The page's way to the engine. Flows and the matrix run on two workers, so a long matrix never
 * delays the saved flows' badges. A newer request supersedes an older one of the same kind: the
 * older resolves to `null` (flows) or is terminated with its worker (matrix).
 */
export class EngineClient {
  private readonly flows: WorkerLane;
  private readonly matrix: WorkerLane;
  private flowSeq = 0;

  constructor(onStatus: (status: LaneStatus) => void, spawn: () => Worker = spawnEngineWorker) {
    this.flows = new WorkerLane(spawn, onStatus);
    this.matrix = new WorkerLane(spawn, onStatus);
  }

  /** Evaluates flows; resolves to null when a newer call has been made meanwhile. */
  async evaluateFlows(
    scenario: Scenario,
    flows: readonly FlowSpec[],
  ): Promise<FlowOutcome[] | null> {
    const seq = ++this.flowSeq;
    const result = await this.flows.call((api) => api.evaluateFlows(scenario, flows));
    return seq === this.flowSeq ? result : null;
  }

  /** Computes a reachability matrix; a newer call or `cancelMatrix` ends this one. */
  async reachability(
    scenario: Scenario,
    services: readonly Service[],
    options: Omit<ReachabilityOptions, 'onProgress'> = {},
    onProgress?: Progress,
  ): Promise<ReachabilityMatrix | null> {
    this.matrix.terminate('superseded by a newer matrix');
    try {
      return await this.matrix.call((api) =>
        api.reachability(scenario, services, options, onProgress ? proxy(onProgress) : undefined),
      );
    } catch (e) {
      if (e instanceof CancelledError) return null;
      throw e;
    }
  }

  cancelMatrix(): void {
    this.matrix.terminate();
  }

  /** Test hook for the crash-recovery journey: the e2e test build only, a no-op in the real one. */
  async crashForTest(): Promise<void> {
    if (import.meta.env.MODE !== 'e2e') return;
    await this.flows.call((api) => api.crash());
  }

  dispose(): void {
    this.flows.terminate('disposed');
    this.matrix.terminate('disposed');
  }
}
