import type { SavedFlow } from '../model/types.ts';
import {
  advance,
  cancelPicking,
  pickEndpoint,
  receiveOutcomes,
  reportEngineError,
  selectFlow,
  setEvaluating,
} from './actions/sim.ts';
import { engineClient } from './engine.ts';
import { draftFlow } from './simSelectors.ts';
import { createFlowRunner, type FlowEvaluator, type FlowJob } from './simRunner.ts';
import { DRAFT_FLOW_ID, HOP_DURATION_MS, PREVIEW_FLOW_ID } from './slices/sim.ts';
import { useStore, type StoreState } from './store.ts';

export interface SimEffectsOptions {
  readonly client?: () => FlowEvaluator;
  /** Quiet time after a change before the flows are evaluated. */
  readonly delayMs?: number;
}

/** The saved flows, the tester's draft and the preview, each under its outcome key. */
export function flowJob(s: StoreState): FlowJob {
  const extra = [draftFlow(s), s.sim.preview].filter((f): f is SavedFlow => f != null);
  return {
    scenario: s.scenario,
    flows: [...s.scenario.flows, ...extra].map((flow) => ({ key: flow.id, flow })),
  };
}

/**
 * The simulation's subscriptions: every change of the scenario (or of the draft or preview flow)
 * re-evaluates the flows in the engine worker, debounced, newest wins; the playback clock; pick
 * mode following the selection. Returns the function that stops them.
 */
export function startSimEffects(options: SimEffectsOptions = {}): () => void {
  const runner = createFlowRunner({
    client: options.client ?? engineClient,
    delayMs: options.delayMs ?? 150,
    onPending: setEvaluating,
    onOutcomes: receiveOutcomes,
    onError: reportEngineError,
  });
  runner.schedule(flowJob(useStore.getState()));

  const stopEvaluation = useStore.subscribe((s, prev) => {
    if (
      s.scenario !== prev.scenario ||
      draftFlow(s) !== draftFlow(prev) ||
      s.sim.preview !== prev.sim.preview
    ) {
      forgetRemoved(s);
      runner.schedule(flowJob(useStore.getState()));
    }
  });
  const stopPicking = useStore.subscribe((s, prev) => {
    if (s.sim.picking === null || s.selection === prev.selection || s.selection.length !== 1) {
      return;
    }
    const [id] = s.selection;
    if (id !== undefined) pickEndpoint(id);
  });
  const stopClock = startClock();

  return () => {
    stopEvaluation();
    stopPicking();
    stopClock();
    runner.dispose();
  };
}

/** An undo or a delete may remove the shown flow or the one being edited: stop showing it. */
function forgetRemoved(s: StoreState): void {
  const exists = (id: string) => s.scenario.flows.some((f) => f.id === id);
  const active = s.sim.active.flowId;
  if (
    active !== null &&
    active !== DRAFT_FLOW_ID &&
    active !== PREVIEW_FLOW_ID &&
    !exists(active)
  ) {
    selectFlow(null);
  }
  const editing = s.sim.draft?.editingId;
  if (editing != null && !exists(editing)) {
    cancelPicking();
    useStore.setState((st) => ({ sim: { ...st.sim, draft: null } }));
    if (useStore.getState().sim.active.flowId === DRAFT_FLOW_ID) selectFlow(null);
  }
}

/**
 * Playback's clock: while playing, one hop every HOP_DURATION_MS / speed. It is re-armed at each
 * hop, so the canvas may animate the packet between two hops in exactly that time.
 */
function startClock(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (s: StoreState) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const { playing, speed } = s.sim.active;
    if (playing) timer = setTimeout(advance, HOP_DURATION_MS / speed);
  };
  const stop = useStore.subscribe((s, prev) => {
    const a = s.sim.active;
    const b = prev.sim.active;
    if (
      a.playing !== b.playing ||
      a.step !== b.step ||
      a.speed !== b.speed ||
      a.trace !== b.trace
    ) {
      arm(s);
    }
  });
  return () => {
    stop();
    if (timer !== undefined) clearTimeout(timer);
  };
}
