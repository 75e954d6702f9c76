import { advance, cancelPicking, closeDraftOf, selectFlow } from '../actions/sim.ts';
import { DRAFT_FLOW_ID, HOP_DURATION_MS, PREVIEW_FLOW_ID } from '../slices/sim.ts';
import { useStore, type StoreState } from '../store.ts';

/**
 * Playback's clock: while playing, one hop every HOP_DURATION_MS / speed. It is re-armed at each
 * hop, so the canvas may animate the packet between two hops in exactly that time. Returns the
 * function that stops it.
 */
export function startPlaybackClock(): () => void {
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

/**
 * The shown flow follows the scenario: an undo or a delete that removes the flow shown (or the
 * one being edited) stops showing it. Returns the function that stops following.
 */
export function startShownFlowFollower(): () => void {
  return useStore.subscribe((s, prev) => {
    if (s.scenario.flows === prev.scenario.flows) return;
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
      closeDraftOf(editing);
    }
  });
}

/**
 * Pick mode follows the selection: while picking, a single selected resource becomes the
 * draft's end (an instance or a host; anything else leaves pick mode on). Returns the stop.
 */
export function startPickFollower(pick: (id: string) => void): () => void {
  return useStore.subscribe((s, prev) => {
    if (s.sim.picking === null || s.selection === prev.selection || s.selection.length !== 1) {
      return;
    }
    const [id] = s.selection;
    if (id !== undefined) pick(id);
  });
}
