import { useId, type ReactNode } from 'react';

/** A labelled checkbox; `onChange` gets the new state. The label says what "on" means. */
export default function CheckboxField({
  label,
  checked,
  onChange,
  testId,
  hint,
  disabled,
}: {
  readonly label: ReactNode;
  readonly checked: boolean;
  readonly onChange: (on: boolean) => void;
  readonly testId: string;
  readonly hint?: string;
  readonly disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="min-w-0">
      <div className="flex items-start gap-1.5">
        <input
          id={id}
          type="checkbox"
          data-testid={testId}
          className="mt-0.5 h-3.5 w-3.5 shrink-0 accent-sky-700"
          checked={checked}
          disabled={disabled}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label htmlFor={id} className="text-[13px] text-slate-800 dark:text-slate-200">
          {label}
        </label>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="mt-0.5 pl-5 text-[11px] text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      )}
    </div>
  );
}
