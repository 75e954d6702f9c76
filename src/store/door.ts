import { challengeEditError, lockedEditError } from '../model/challenge.ts';
import type { EditResult } from '../model/edit.ts';
import type { Layout, Scenario } from '../model/types.ts';
import { useStore, type StoreState } from './store.ts';

/**
 * The one door for scenario writes. Every change of the scenario or its layout passes here:
 * refusals and the challenge's locks are checked BEFORE anything is written, the refusal goes
 * back to the caller (a panel shows it beside its control; nothing was written), and undo
 * history is paused and resumed here only. Opening another scenario (open.ts) replaces both
 * through `replaceScenario`, also here.
 */

/** How a write enters the undo history. */
export type UndoMode =
  /** One undo step (the default). */
  | 'step'
  /** A keystroke in a field: the keystrokes of one visit to the field make one step. */
  | { readonly typing: string }
  /** Outside the history: a frame of a resize in progress, whose end is one step. */
  | 'none';

export interface CommitOptions {
  readonly undo?: UndoMode;
  /** The layout to write with the scenario (in the same step), or how to change the current one. */
  readonly layout?: Layout | ((layout: Layout) => Layout);
  /** The selection after the change (the new node, say): not undoable, written with it. */
  readonly selection?: readonly string[];
  /** Ends a drag in progress (its positions are in `layout` now). */
  readonly endDrag?: boolean;
  /** The instructor's own edit of the challenge (goals, task, locks): refused to a student. */
  readonly authoring?: boolean;
}

export type Committed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** The field being typed in, and the scenario its last keystroke left. */
let typing: { readonly key: string; readonly after: Scenario } | null = null;

/**
 * Writes a model edit's result (and the layout it needs) as one undo step, unless it is refused:
 * by the model (`result.ok` false), by a lock of the challenge, or because it changes the
 * challenge's goals, task or locks while a student solves it. Returns the value (new IDs, say)
 * or the refusal, one sentence.
 */
export function commitScenario<T extends { readonly scenario: Scenario }>(
  result: EditResult<T>,
  options: CommitOptions = {},
): Committed<T> {
  if (!result.ok) return result;
  const state = useStore.getState();
  const before = state.scenario;
  const after = result.value.scenario;
  const refusal = lockRefusal(state, before, after, options.authoring === true);
  if (refusal !== null) return { ok: false, error: refusal };

  const layout =
    typeof options.layout === 'function' ? options.layout(state.layout) : options.layout;
  const patch: Partial<StoreState> = {};
  if (after !== before) Object.assign(patch, { scenario: after });
  if (layout !== undefined && layout !== state.layout) Object.assign(patch, { layout });
  if (options.selection !== undefined) Object.assign(patch, { selection: [...options.selection] });
  if (options.endDrag) Object.assign(patch, { dragging: {} });

  const undo = options.undo ?? 'step';
  const key = typeof undo === 'object' ? undo.typing : null;
  const continuing = key !== null && typing?.key === key && typing.after === before;
  write(patch, undo === 'none' || continuing);
  typing = key === null ? null : { key, after: useStore.getState().scenario };
  return result;
}

/** A change of the layout alone (a move, a resize, a collapse): the same door, the same rules. */
export function commitLayout(
  layout: Layout | ((layout: Layout) => Layout),
  options: Omit<CommitOptions, 'layout' | 'authoring'> = {},
): void {
  commitScenario(
    { ok: true, value: { scenario: useStore.getState().scenario } },
    { ...options, layout },
  );
}

/** Why the edit from `before` to `after` may not be written now, or null. */
function lockRefusal(
  state: StoreState,
  before: Scenario,
  after: Scenario,
  authoring: boolean,
): string | null {
  const role = state.teaching?.role ?? null;
  if (authoring && (role === 'student' || role === 'review')) {
    return role === 'student'
      ? 'This challenge is open to be solved: its goals, task and locks are the instructor’s.'
      : 'This is a student’s submission: its goals are graded against your key, not edited here.';
  }
  if (role !== 'student' || before === after) return null;
  return lockedEditError(before, after) ?? challengeEditError(before, after);
}

/** Ends the typing session of a field (on blur): the next keystroke starts a new undo step. */
export function endTyping(): void {
  typing = null;
}

/** Undo and redo over the scenario and its layout (zundo). */
export function undo(): void {
  typing = null;
  useStore.temporal.getState().undo();
}

export function redo(): void {
  typing = null;
  useStore.temporal.getState().redo();
}

/** Forgets the history (another scenario opened). */
export function clearHistory(): void {
  typing = null;
  useStore.temporal.getState().clear();
}

/**
 * Replaces the scenario and its layout, with `reset` (everything derived from the one before),
 * and forgets the history. For open.ts only: it is the one place that opens a scenario.
 */
export function replaceScenario(
  scenario: Scenario,
  layout: Layout,
  reset: Partial<StoreState>,
): void {
  write({ ...reset, scenario, layout }, true);
  clearHistory();
}

function write(patch: Partial<StoreState>, outsideHistory: boolean): void {
  if (Object.keys(patch).length === 0) return;
  const history = useStore.temporal.getState();
  if (!outsideHistory) {
    useStore.setState(patch);
    return;
  }
  history.pause();
  try {
    useStore.setState(patch);
  } finally {
    history.resume();
  }
}
