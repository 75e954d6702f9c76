import { useId, useRef, useState } from 'react';
import { BUTTON, INPUT } from '../library/styles.ts';
import { copyText } from '../share/clipboard.ts';

/**
 * A link to pass on: read-only, selected on focus, with a Copy button that says whether the
 * browser allowed it (else the text is selected, for Ctrl+C).
 */
export default function CopyField({
  label,
  value,
  testId,
  hint,
}: {
  readonly label: string;
  readonly value: string;
  readonly testId: string;
  readonly hint?: string;
}) {
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<'' | 'copied' | 'refused'>('');
  const copy = async () => {
    const done = await copyText(value);
    setStatus(done ? 'copied' : 'refused');
    if (!done) field.current?.select();
  };
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium">
        {label}
      </label>
      {hint ? <p className="mb-1 text-xs text-slate-600 dark:text-slate-400">{hint}</p> : null}
      <div className="flex gap-2">
        <input
          id={id}
          ref={field}
          readOnly
          value={value}
          data-testid={testId}
          onFocus={(e) => e.currentTarget.select()}
          className={`${INPUT} font-mono text-xs`}
        />
        <button
          type="button"
          data-testid={`${testId}.copy`}
          onClick={() => void copy()}
          className={`${BUTTON} shrink-0`}
        >
          Copy
        </button>
      </div>
      <p role="status" className="min-h-4 text-xs" data-testid={`${testId}.status`}>
        {status === 'copied'
          ? '✓ Copied to the clipboard.'
          : status === 'refused'
            ? 'This browser did not allow copying: the link is selected, press Ctrl+C (⌘C on a Mac).'
            : ''}
      </p>
    </div>
  );
}
