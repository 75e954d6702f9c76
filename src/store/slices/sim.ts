import type { StateCreator } from 'zustand';
import type { Trace } from '../../engine/types.ts';
import type { Endpoint, FlowSpec, SavedFlow } from '../../model/types.ts';
import type { CheckReport, FlowOutcome } from '../../worker/client.ts';
import type { StoreState } from '../store.ts';

/** The key of the tester's unsaved flow in `sim.outcomes` and `sim.active.flowId`. */
export const DRAFT_FLOW_ID = '@draft';
/** The key of a flow shown without being saved (a matrix cell clicked, say). */
export const PREVIEW_FLOW_ID = '@preview';
/** Outcome keys of the instructor's key goals, evaluated on a submission in review. */
export const GRADE_PREFIX = '@grade:';

/** Playback speeds, as multiples of `HOP_DURATION_MS`. */
export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/** How long the packet takes from one hop to the next at speed 1 (the clock in simEffects.ts). */
export const HOP_DURATION_MS = 900;

export type PickTarget = 'source' | 'destination';

/**
 * The flow the tester's editor holds, not yet saved: a new flow (`editingId` null) or the changes
 * to a saved one. Its endpoints stay `null` until picked. It is evaluated like the saved flows
 * (under DRAFT_FLOW_ID) as soon as both endpoints are set.
 */
export interface FlowDraft {
  readonly editingId: string | null;
  readonly name: string;
  readonly source: Endpoint | null;
  readonly destination: Endpoint | null;
  readonly protocol: FlowSpec['protocol'];
  readonly port?: number;
  readonly sourcePort?: number;
  readonly icmpType?: number;
  readonly icmpCode?: number;
  readonly expected?: SavedFlow['expected'];
  readonly goal?: boolean;
  /** The source, an address on the internet, stands for every public address. */
  readonly anywhere?: boolean;
}

/**
 * The flow being shown and animated. The canvas animation reads this and drives it through the
 * actions of actions/sim.ts (play, pause, stepForward, stepBack, setStep, setSpeed, setStepMode).
 *
 * - `flowId`: a saved flow's ID, DRAFT_FLOW_ID, PREVIEW_FLOW_ID, or null (nothing shown).
 * - `trace`: that flow's latest trace (replaced whenever the scenario changes and the worker
 *   answers), or null while it is being evaluated or when it could not be (see `outcomes`).
 * - `step`: index in `trace.hops` of the hop the packet is at; -1 before the first hop (at the
 *   source). Every change of `step` is one hop, never one frame.
 * - `playing`: the clock (simEffects.ts) advances `step` every HOP_DURATION_MS / speed; it stops
 *   by itself at a denying hop (the packet stops in red there), at the last hop, and after each
 *   hop in `stepMode`.
 */
export interface ActiveFlow {
  readonly flowId: string | null;
  readonly trace: Trace | null;
  readonly step: number;
  readonly playing: boolean;
  readonly speed: Speed;
  readonly stepMode: boolean;
}

/**
 * Simulation state: outside undo (zundo's partialize leaves it out), never saved. Results come
 * from the engine worker only; nothing here decides a verdict.
 *
 * - `outcomes`: the latest result per flow key (saved flow IDs, DRAFT_FLOW_ID, PREVIEW_FLOW_ID).
 * - `evaluating`: a change is waiting for (or being evaluated by) the worker.
 * - `workerError`: why the last evaluation failed (results may be stale); cleared by the next
 *   answer.
 * - `picking`: which end of the draft the next canvas click (or selection) sets; see
 *   `pickEndpoint` in actions/sim.ts.
 */
export interface SimState {
  readonly outcomes: Readonly<Record<string, FlowOutcome>>;
  readonly evaluating: boolean;
  readonly workerError: string | null;
  readonly active: ActiveFlow;
  readonly draft: FlowDraft | null;
  readonly preview: SavedFlow | null;
  readonly picking: PickTarget | null;
  /** The last expectations file imported (spec/ci-check.md): its name, its text, its report. */
  readonly expectations?: ExpectationsView | null;
}

export interface ExpectationsView {
  readonly file: string;
  readonly text: string;
  readonly report: CheckReport;
}

export interface SimSlice {
  readonly sim: SimState;
}

export const IDLE: ActiveFlow = {
  flowId: null,
  trace: null,
  step: -1,
  playing: false,
  speed: 1,
  stepMode: false,
};

export const INITIAL_SIM: SimState = {
  outcomes: {},
  evaluating: false,
  workerError: null,
  active: IDLE,
  draft: null,
  preview: null,
  picking: null,
};

export const createSimSlice: StateCreator<StoreState, [], [], SimSlice> = () => ({
  sim: INITIAL_SIM,
});
