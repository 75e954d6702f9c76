import { useId, type ReactNode } from 'react';
import { FindingNotes } from './Notes.tsx';
import { compactSelectClass, labelClass, selectClass } from './styles.ts';

/** A labelled select; `onChange` gets the chosen value. */
export default function SelectField({
  label,
  value,
  onChange,
  testId,
  children,
  compact,
  findingsOf,
  disabled,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly testId: string;
  readonly children: ReactNode;
  readonly compact?: boolean;
  readonly findingsOf?: { readonly resourceId: string; readonly field: string };
  readonly disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="min-w-0">
      <label htmlFor={id} className={compact ? 'sr-only' : `${labelClass} mb-0.5 block`}>
        {label}
      </label>
      <select
        id={id}
        data-testid={testId}
        className={compact ? compactSelectClass : selectClass}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
      >
        {children}
      </select>
      {findingsOf && <FindingNotes resourceId={findingsOf.resourceId} field={findingsOf.field} />}
    </div>
  );
}
