import type { SavedFlow } from '../../model/types.ts';
import { receiveOutcomes, reportEngineError, setEvaluating } from '../actions/sim.ts';
import { engineClient } from '../engine.ts';
import { draftFlow } from '../simSelectors.ts';
import { GRADE_PREFIX } from '../slices/sim.ts';
import { useStore, type StoreState } from '../store.ts';
import { createFlowRunner, type FlowEvaluator, type FlowJob } from './flowRunner.ts';

export interface FlowEvaluationOptions {
  readonly client?: () => FlowEvaluator;
  /** Quiet time after a change before the flows are evaluated. */
  readonly delayMs?: number;
}

/**
 * Everything evaluated for the open scenario, each under its outcome key: the saved flows, the
 * tester's draft and the preview, and, for a submission in review, the instructor's key goals
 * (under GRADE_PREFIX + their ID: the grade never reads the goals the submission carries).
 */
export function flowJob(s: StoreState): FlowJob {
  const extra = [draftFlow(s), s.sim.preview].filter((f): f is SavedFlow => f != null);
  const graded =
    s.teaching?.role === 'review' && s.gradingKey
      ? s.gradingKey.goals.map((flow) => ({ key: `${GRADE_PREFIX}${flow.id}`, flow }))
      : [];
  return {
    scenario: s.scenario,
    flows: [...[...s.scenario.flows, ...extra].map((flow) => ({ key: flow.id, flow })), ...graded],
  };
}

/**
 * The flow evaluation effect: every change of the scenario (or of the draft, the preview or the
 * grading key) re-evaluates the flows in the engine worker, debounced; a newer job aborts the
 * older. Returns the function that stops it.
 */
export function startFlowEvaluation(options: FlowEvaluationOptions = {}): () => void {
  const runner = createFlowRunner({
    client: options.client ?? engineClient,
    delayMs: options.delayMs ?? 150,
    onPending: setEvaluating,
    onOutcomes: receiveOutcomes,
    onError: reportEngineError,
  });
  runner.schedule(flowJob(useStore.getState()));
  const stop = useStore.subscribe((s, prev) => {
    if (
      s.scenario !== prev.scenario ||
      // Opening resets the outcomes, even when it opens the very scenario object shown (the
      // built-in shown at start, opened again from the gallery): evaluate again.
      s.loads !== prev.loads ||
      draftFlow(s) !== draftFlow(prev) ||
      s.sim.preview !== prev.sim.preview ||
      s.gradingKey !== prev.gradingKey ||
      s.teaching !== prev.teaching
    ) {
      runner.schedule(flowJob(s));
    }
  });
  return () => {
    stop();
    runner.dispose();
  };
}
