import { proxy } from 'comlink';
import type {
  FlowIntent,
  ReachabilityMatrix,
  ReachabilityOptions,
  Service,
} from '../engine/index.ts';
import type { FlowSpec, Scenario } from '../model/types.ts';
import { WorkerLane, type LaneStatus } from './lane.ts';
import type { ExpectationsAnswer } from '../checks/index.ts';
import type { FlowOutcome, Progress } from './protocol.ts';

export type { FlowOutcome, Progress } from './protocol.ts';
export type {
  CheckReport,
  Counterexample,
  ExpectationsAnswer,
  FlowResult,
  InvariantResult,
} from '../checks/index.ts';
export { abortError, CancelledError, isAbortError, type LaneStatus } from './lane.ts';

const spawnEngineWorker = () =>
  new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' });

/** How a job may be cancelled and followed. */
export interface JobOptions {
  /** Aborting it cancels the job: its promise rejects with an `AbortError`. */
  readonly signal?: AbortSignal;
  readonly onProgress?: Progress;
}

/**
 * The page's way to the engine. Flows and the matrix run on two workers, so a long matrix never
 * delays the saved flows' badges. Every job takes an AbortSignal (as squoosh's WorkerBridge
 * does): the caller aborts a job it no longer wants, and a newer job of the same kind is the
 * caller's reason to abort the older. An aborted matrix ends its worker at once; an aborted
 * flow evaluation (milliseconds long) only has its answer dropped.
 */
export class EngineClient {
  private readonly flows: WorkerLane;
  private readonly matrix: WorkerLane;

  constructor(onStatus: (status: LaneStatus) => void, spawn: () => Worker = spawnEngineWorker) {
    this.flows = new WorkerLane(spawn, onStatus);
    this.matrix = new WorkerLane(spawn, onStatus);
  }

  /** Evaluates flows as they mean it (evaluateSavedFlow), each to its trace or why it could not be. */
  evaluateFlows(
    scenario: Scenario,
    flows: readonly (FlowSpec & FlowIntent)[],
    options: JobOptions = {},
  ): Promise<FlowOutcome[]> {
    return this.flows.call((api) => api.evaluateFlows(scenario, flows), {
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }

  /**
   * Computes a reachability matrix; aborting ends its worker (the next job starts a fresh one).
   * A matrix too large to hold is refused before it starts: the promise rejects with the reason.
   */
  async reachability(
    scenario: Scenario,
    services: readonly Service[],
    options: Omit<ReachabilityOptions, 'onProgress'> = {},
    job: JobOptions = {},
  ): Promise<ReachabilityMatrix> {
    const { signal, onProgress } = job;
    type Answer = ReachabilityMatrix | { readonly refused: string };
    const answer = await this.matrix.call<Answer>(
      (api) =>
        api.reachability(
          scenario,
          services,
          options,
          onProgress ? proxy(onProgress) : undefined,
        ) as Promise<Answer>,
      { ...(signal ? { signal } : {}), endOnAbort: true },
    );
    if ('refused' in answer) throw new Error(answer.refused);
    return answer;
  }

  /** Checks an expectations file against the scenario (on the flows' worker: it is quick). */
  checkExpectations(scenario: Scenario, text: string, file: string): Promise<ExpectationsAnswer> {
    return this.flows.call<ExpectationsAnswer>(
      (api) => api.checkExpectations(scenario, text, file) as Promise<ExpectationsAnswer>,
    );
  }

  /** The scenario's saved flows as an expectations file. */
  exportExpectations(scenario: Scenario): Promise<string> {
    return this.flows.call((api) => api.exportExpectations(scenario));
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
