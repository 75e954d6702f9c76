import { useId, useReducer } from 'react';
import { endFieldSession } from '../../store/index.ts';
import { CLEAN, draftReducer, shownText } from '../draft.ts';
import { FindingNotes, Note } from './Notes.tsx';
import {
  compactInputClass,
  compactMonoInputClass,
  inputClass,
  labelClass,
  monoInputClass,
} from './styles.ts';

export interface TextFieldProps {
  readonly label: string;
  /** The model's value. */
  readonly value: string;
  /** Offers the text to the model: `null` when it was taken, else the refusal to show. */
  readonly commit: (text: string) => string | null;
  readonly testId: string;
  /** Shows validate()'s findings on this resource's field beside the input. */
  readonly findingsOf?: { readonly resourceId: string; readonly field: string };
  readonly mono?: boolean;
  readonly placeholder?: string;
  readonly hint?: string;
  /** Hides the label visually (kept for screen readers), for fields inside a table row. */
  readonly compact?: boolean;
  readonly disabled?: boolean;
  readonly inputMode?: 'numeric' | 'text';
  /**
   * `change` (the default) offers each keystroke to the model; `enter` offers the text on Enter
   * or when leaving the field, for a value whose every change moves the row (a rule number).
   */
  readonly commitOn?: 'change' | 'enter';
  readonly className?: string;
}

/**
 * A text input that edits the model on each change but commits valid values only (see draft.ts):
 * a refusal shows beside the field (role=alert, aria-invalid) and the model keeps its last valid
 * value; Escape reverts to it.
 */
export default function TextField(props: TextFieldProps) {
  const { label, value, commit, testId, findingsOf, mono, placeholder, hint, compact } = props;
  const onEnter = props.commitOn === 'enter';
  const [draft, dispatch] = useReducer(draftReducer, CLEAN);
  const id = useId();
  const errorId = `${id}-error`;
  const notesId = `${id}-notes`;
  const hintId = `${id}-hint`;
  const describedBy = [
    draft.error === null ? null : errorId,
    findingsOf ? notesId : null,
    hint ? hintId : null,
  ]
    .filter((x) => x !== null)
    .join(' ');
  return (
    <div className={`min-w-0 ${props.className ?? ''}`}>
      <label htmlFor={id} className={compact ? 'sr-only' : `${labelClass} mb-0.5 block`}>
        {label}
      </label>
      <input
        id={id}
        data-testid={testId}
        className={
          compact
            ? mono
              ? compactMonoInputClass
              : compactInputClass
            : mono
              ? monoInputClass
              : inputClass
        }
        value={shownText(draft, value)}
        placeholder={placeholder}
        disabled={props.disabled}
        inputMode={props.inputMode}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={draft.error !== null}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        onChange={(e) => {
          const text = e.target.value;
          dispatch({ type: 'typed', text, error: onEnter ? null : commit(text) });
        }}
        onBlur={() => {
          if (onEnter && draft.text !== null) {
            dispatch({ type: 'typed', text: draft.text, error: commit(draft.text) });
          }
          endFieldSession();
          dispatch({ type: 'blurred' });
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && draft.text !== null) {
            e.stopPropagation();
            dispatch({ type: 'reverted' });
          } else if (e.key === 'Enter' && onEnter && draft.text !== null) {
            dispatch({ type: 'typed', text: draft.text, error: commit(draft.text) });
          }
        }}
      />
      {hint && (
        <p id={hintId} className="mt-0.5 text-[11px] text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      )}
      {draft.error !== null && (
        <div className="mt-1">
          <Note id={errorId} severity="error" text={draft.error} alert />
        </div>
      )}
      {findingsOf && (
        <FindingNotes id={notesId} resourceId={findingsOf.resourceId} field={findingsOf.field} />
      )}
    </div>
  );
}
