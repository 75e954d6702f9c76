import type { Trace } from '../../engine/types.ts';
import { addFlow, removeFlow, updateFlow } from '../../model/edit.ts';
import { applyScenarioEdit, type ScenarioEdit } from '../../model/scenarioEdit.ts';
import type { FlowSpec, SavedFlow, Scenario } from '../../model/types.ts';
import type { FlowOutcome } from '../../worker/client.ts';
import { draftToFlow, EMPTY_DRAFT, endpointOf, flowToDraft } from '../simDraft.ts';
import {
  DRAFT_FLOW_ID,
  IDLE,
  PREVIEW_FLOW_ID,
  type ActiveFlow,
  type FlowDraft,
  type PickTarget,
  type SimState,
  type Speed,
} from '../slices/sim.ts';
import { commitScenario } from '../door.ts';
import { useStore } from '../store.ts';

/**
 * The simulation's actions. Playback, picking and results are never undoable (the sim slice is
 * outside zundo's partialize); saving, renaming and deleting a flow and applying a fix change the
 * scenario through the door (`commitScenario`), one undo step each. Those that can be refused
 * return the refusal (the model's, or a lock of the challenge: a sentence to show beside the
 * control) or null.
 */
export type SimRefusal = string | null;

/** Writes a new scenario through the door; the refusal, or null. */
function write(scenario: Scenario): SimRefusal {
  const committed = commitScenario({ ok: true, value: { scenario } });
  return committed.ok ? null : committed.error;
}

const sim = () => useStore.getState().sim;
const setSim = (patch: Partial<SimState>) =>
  useStore.setState((s) => ({ sim: { ...s.sim, ...patch } }));
const setActive = (patch: Partial<ActiveFlow>) =>
  useStore.setState((s) => ({ sim: { ...s.sim, active: { ...s.sim.active, ...patch } } }));

const traceOf = (outcome: FlowOutcome | undefined): Trace | null =>
  outcome?.ok ? outcome.trace : null;
const without = (key: string) =>
  Object.fromEntries(Object.entries(sim().outcomes).filter(([k]) => k !== key));
const lastStep = () => (sim().active.trace?.hops.length ?? 0) - 1;

// ---- The active flow and playback (read by the canvas animation) ----

/** Shows a flow (a saved flow's ID, DRAFT_FLOW_ID or PREVIEW_FLOW_ID), from its start; null hides. */
export function selectFlow(flowId: string | null): void {
  if (sim().active.flowId !== flowId) activate(flowId);
}

/** Shows a flow, or hides it when it is the one shown (a second click on it). */
export function toggleFlow(flowId: string): void {
  selectFlow(sim().active.flowId === flowId ? null : flowId);
}

/**
 * Whether a flow is shown that Escape or a click on the empty canvas may hide: a saved flow or a
 * preview (the tester's draft is shown while its editor is open, and goes with it).
 */
export function flowShown(s: { readonly sim: SimState }): boolean {
  const { flowId } = s.sim.active;
  return flowId !== null && flowId !== DRAFT_FLOW_ID;
}

/** Hides the flow shown, its explanation and its animation (Escape, a click on the empty canvas). */
export function hideFlow(): boolean {
  if (!flowShown(useStore.getState())) return false;
  selectFlow(null);
  return true;
}

/**
 * Shows a flow from its start with its current answer (even when it is already shown). With
 * `autoplay` it plays as soon as its trace is in (the clock waits for it).
 */
function activate(flowId: string | null, autoplay = false): void {
  const { active, outcomes } = sim();
  setSim({
    active: {
      ...IDLE,
      speed: active.speed,
      stepMode: active.stepMode,
      flowId,
      trace: flowId === null ? null : traceOf(outcomes[flowId]),
      playing: autoplay && flowId !== null,
    },
  });
}

/** Plays from the current hop (from the start when at the end). */
export function play(): void {
  const { trace, step } = sim().active;
  if (!trace || trace.hops.length === 0) return;
  setActive({ playing: true, step: step >= trace.hops.length - 1 ? -1 : step });
}

export function pause(): void {
  if (sim().active.playing) setActive({ playing: false });
}

export function togglePlay(): void {
  if (sim().active.playing) pause();
  else play();
}

/** One hop on (and pauses). */
export function stepForward(): void {
  setStep(sim().active.step + 1);
}

/** One hop back (and pauses); -1 is the source, before the first hop. */
export function stepBack(): void {
  setStep(sim().active.step - 1);
}

/** Goes to a hop (clamped to -1 … last) and pauses, e.g. when a hop of the explanation is clicked. */
export function setStep(step: number): void {
  const to = Math.max(-1, Math.min(lastStep(), Math.trunc(step)));
  const { active } = sim();
  if (to !== active.step || active.playing) setActive({ step: to, playing: false });
}

export function setSpeed(speed: Speed): void {
  setActive({ speed });
}

/** In step mode the packet stops after every hop until the next step is asked for (a class). */
export function setStepMode(stepMode: boolean): void {
  setActive({ stepMode });
}

/**
 * The clock's tick while playing (simEffects.ts): the packet moves one hop. It stops there when
 * that hop denies (the packet stops in red), when it is the last hop, and in step mode.
 */
export function advance(): void {
  const { trace, step, playing, stepMode } = sim().active;
  if (!playing || !trace) return;
  const next = step + 1;
  const hop = trace.hops[next];
  if (!hop) {
    setActive({ playing: false });
    return;
  }
  const stop = stepMode || hop.verdict === 'deny' || next === trace.hops.length - 1;
  setActive({ step: next, playing: !stop });
}

// ---- Results from the worker (simEffects.ts) ----

/** Stores the worker's answers; the active flow follows its new trace, keeping its hop. */
export function receiveOutcomes(outcomes: Readonly<Record<string, FlowOutcome>>): void {
  const { active } = sim();
  const trace = active.flowId === null ? null : traceOf(outcomes[active.flowId]);
  const last = (trace?.hops.length ?? 0) - 1;
  setSim({
    outcomes,
    evaluating: false,
    workerError: null,
    active:
      trace === active.trace
        ? active
        : {
            ...active,
            trace,
            step: Math.min(active.step, last),
            playing: active.playing && trace !== null,
          },
  });
}

export function setEvaluating(): void {
  if (!sim().evaluating) setSim({ evaluating: true });
}

export function reportEngineError(reason: string): void {
  setSim({ evaluating: false, workerError: reason });
}

// ---- Picking an endpoint ----

/** Puts the UI in pick mode: the next canvas click on an instance or host sets that end. */
export function startPicking(target: PickTarget): void {
  if (sim().draft === null) newDraft();
  setSim({ picking: target });
}

export function cancelPicking(): void {
  if (sim().picking !== null) setSim({ picking: null });
}

/**
 * For the canvas: in pick mode (`sim.picking` set), a click on a node calls this with the node's
 * resource ID. An instance or an internet host becomes the draft's end and pick mode ends;
 * anything else is refused (pick mode stays on). Out of pick mode it does nothing.
 */
export function pickEndpoint(resourceId: string): SimRefusal {
  const { picking, draft } = sim();
  if (picking === null) return null;
  const endpoint = endpointOf(useStore.getState().scenario, resourceId);
  if (endpoint === null) return `${resourceId} cannot be a flow's end: pick an instance or a host.`;
  setSim({ picking: null, draft: { ...(draft ?? EMPTY_DRAFT), [picking]: endpoint } });
  return null;
}

// ---- The tester's draft ----

/** Opens the editor on a new flow (optionally prefilled) and shows it as it is evaluated. */
export function newDraft(prefill: Partial<FlowDraft> = {}): void {
  setSim({
    draft: { ...EMPTY_DRAFT, ...prefill, editingId: null },
    picking: null,
    outcomes: without(DRAFT_FLOW_ID),
  });
  activate(DRAFT_FLOW_ID);
}

/** Opens the editor on a saved flow; its changes show live until saved or cancelled. */
export function editFlow(flowId: string): void {
  const flow = useStore.getState().scenario.flows.find((f) => f.id === flowId);
  if (!flow) return;
  // The draft's first answer is the saved flow's own, until the worker answers for the draft.
  const saved = sim().outcomes[flowId];
  setSim({
    draft: flowToDraft(flow),
    picking: null,
    outcomes: saved ? { ...sim().outcomes, [DRAFT_FLOW_ID]: saved } : without(DRAFT_FLOW_ID),
  });
  activate(DRAFT_FLOW_ID);
}

export function updateDraft(patch: Partial<Omit<FlowDraft, 'editingId'>>): void {
  const { draft } = sim();
  if (draft) setSim({ draft: { ...draft, ...patch } });
}

/** Closes the editor on `flowId` (it was deleted or undone away), hiding the draft it showed. */
export function closeDraftOf(flowId: string): void {
  if (sim().draft?.editingId !== flowId) return;
  setSim({ draft: null, picking: null });
  if (sim().active.flowId === DRAFT_FLOW_ID) selectFlow(null);
}

/** Closes the editor without saving; the flow it edited (if any) is shown again. */
export function closeDraft(): void {
  const { draft } = sim();
  if (!draft) return;
  setSim({ draft: null, picking: null });
  if (sim().active.flowId === DRAFT_FLOW_ID) selectFlow(draft.editingId);
}

/**
 * Saves the draft as a new flow or over the one it edits (one undo step) and shows it. An empty
 * name becomes `fallbackName`. Returns the model's refusal, if any (the draft stays open).
 */
export function saveDraft(fallbackName?: string): SimRefusal {
  const { draft, outcomes } = sim();
  if (!draft) return null;
  const flow = draftToFlow(draft, fallbackName);
  if (!flow) return 'Pick the source and the destination first.';
  const scenario = useStore.getState().scenario;
  let id = draft.editingId;
  if (id === null) {
    const result = commitScenario(addFlow(scenario, flow));
    if (!result.ok) return result.error;
    id = result.value.flow.id;
  } else {
    // Fields the draft no longer has (an expectation cleared, a port of a flow made ICMP) go.
    const patch: Partial<Omit<SavedFlow, 'id'>> = {
      port: undefined,
      sourcePort: undefined,
      icmpType: undefined,
      icmpCode: undefined,
      expected: undefined,
      goal: undefined,
      anywhere: undefined,
      ...flow,
    };
    const result = updateFlow(scenario, id, patch);
    if (!result.ok) return result.error;
    const refusal = write(result.value);
    if (refusal !== null) return refusal;
  }
  // Until the worker answers for the saved flow, it shows the draft's answer (the same flow).
  const answer = outcomes[DRAFT_FLOW_ID];
  setSim({
    draft: null,
    picking: null,
    ...(answer ? { outcomes: { ...sim().outcomes, [id]: answer } } : {}),
  });
  selectFlow(id);
  return null;
}

export function renameFlow(flowId: string, name: string): SimRefusal {
  const result = updateFlow(useStore.getState().scenario, flowId, { name });
  return result.ok ? write(result.value) : result.error;
}

export function deleteFlow(flowId: string): SimRefusal {
  const result = removeFlow(useStore.getState().scenario, flowId);
  if (!result.ok) return result.error;
  const refusal = write(result.value);
  if (refusal !== null) return refusal;
  if (sim().active.flowId === flowId) selectFlow(null);
  if (sim().draft?.editingId === flowId) setSim({ draft: null, picking: null });
  return null;
}

/**
 * Shows a flow without saving it (a matrix cell, say), under PREVIEW_FLOW_ID; with `autoplay`
 * the packet sets off as soon as the worker has traced it.
 */
export function previewFlow(flow: FlowSpec & { readonly name?: string }, autoplay = false): void {
  const { name = 'Preview', ...spec } = flow;
  setSim({ preview: { ...spec, name, id: PREVIEW_FLOW_ID }, outcomes: without(PREVIEW_FLOW_ID) });
  activate(PREVIEW_FLOW_ID, autoplay);
}

// ---- Fixes ----

/**
 * Applies a fix the engine proposed (Trace.fixes[].edit) as one undo step, checked by the model
 * like any edit. Returns the refusal when the model will not take it (the scenario has moved on).
 */
export function applyFix(edit: ScenarioEdit): SimRefusal {
  const result = applyScenarioEdit(useStore.getState().scenario, edit);
  return result.ok ? write(result.value) : result.error;
}
