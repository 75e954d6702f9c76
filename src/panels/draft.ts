/**
 * A text field that edits the model as the person types, but commits valid values only. The
 * field keeps a draft while it differs from the model; each change is offered to the model, and a
 * refusal (a malformed CIDR, say) is shown beside the field while the model keeps its last valid
 * value. Leaving a field whose draft was accepted shows the model's value again (trimmed, say);
 * leaving one that was refused keeps the draft and its message until it is fixed or reverted.
 */
export interface DraftState {
  /** What the field shows while it differs from the model; `null` shows the model's value. */
  readonly text: string | null;
  /** Why the model refused the draft; `null` when it took it. */
  readonly error: string | null;
}

export type DraftEvent =
  | { readonly type: 'typed'; readonly text: string; readonly error: string | null }
  | { readonly type: 'blurred' }
  | { readonly type: 'reverted' };

export const CLEAN: DraftState = { text: null, error: null };

export function draftReducer(state: DraftState, event: DraftEvent): DraftState {
  switch (event.type) {
    case 'typed':
      return { text: event.text, error: event.error };
    case 'blurred':
      return state.error === null ? CLEAN : state;
    case 'reverted':
      return CLEAN;
  }
}

/** What the input shows: the draft while there is one, else the model's value. */
export function shownText(state: DraftState, modelValue: string): string {
  return state.text ?? modelValue;
}
