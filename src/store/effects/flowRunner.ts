import type { FlowIntent } from '../../engine/index.ts';
import type { FlowSpec, Scenario } from '../../model/types.ts';
import { CancelledError, isAbortError, type FlowOutcome } from '../../worker/client.ts';

/** What the runner needs of the engine client (EngineClient, or a fake in tests). */
export interface FlowEvaluator {
  evaluateFlows(
    scenario: Scenario,
    flows: readonly (FlowSpec & FlowIntent)[],
    options?: { readonly signal?: AbortSignal },
  ): Promise<FlowOutcome[]>;
}

/** One evaluation: a scenario and its flows, each under the key its outcome is stored by. */
export interface FlowJob {
  readonly scenario: Scenario;
  readonly flows: readonly { readonly key: string; readonly flow: FlowSpec }[];
}

export interface FlowRunnerDeps {
  readonly client: () => FlowEvaluator;
  readonly delayMs: number;
  /** A change is pending: results are about to be replaced. */
  readonly onPending: () => void;
  readonly onOutcomes: (outcomes: Record<string, FlowOutcome>) => void;
  /** The engine failed on the latest job (it was restarted); the next change retries. */
  readonly onError: (reason: string) => void;
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
}

export interface FlowRunner {
  /** Evaluates `job` after `delayMs` of quiet; a newer job aborts a waiting or running one. */
  schedule(job: FlowJob): void;
  dispose(): void;
}

/**
 * Debounce and cancellation around the engine client: each job has its AbortController, and a
 * newer job aborts the older one, so only the newest job's answer is ever stored. A job whose
 * worker was ended under it by another call's crash (CancelledError) is retried once; an engine
 * error is reported and left for the next change to retry, so a scenario that always crashes
 * the engine cannot loop.
 */
export function createFlowRunner(deps: FlowRunnerDeps): FlowRunner {
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer =
    deps.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout> | undefined));
  let timer: unknown;
  let current: AbortController | null = null;
  let disposed = false;

  const run = async (job: FlowJob, signal: AbortSignal, retried: boolean): Promise<void> => {
    try {
      const results = await deps.client().evaluateFlows(
        job.scenario,
        job.flows.map((f) => f.flow),
        { signal },
      );
      if (signal.aborted) return;
      const outcomes: Record<string, FlowOutcome> = {};
      job.flows.forEach((f, k) => {
        const outcome = results[k];
        if (outcome) outcomes[f.key] = outcome;
      });
      deps.onOutcomes(outcomes);
    } catch (e) {
      if (signal.aborted || isAbortError(e)) return;
      if (e instanceof CancelledError && !retried) {
        await run(job, signal, true);
        return;
      }
      deps.onError(e instanceof Error ? e.message : String(e));
    }
  };

  return {
    schedule(job) {
      if (disposed) return;
      current?.abort();
      const controller = new AbortController();
      current = controller;
      if (timer !== undefined) clearTimer(timer);
      deps.onPending();
      timer = setTimer(() => {
        timer = undefined;
        void run(job, controller.signal, false);
      }, deps.delayMs);
    },
    dispose() {
      disposed = true;
      current?.abort();
      current = null;
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
    },
  };
}
