import { useShallow } from 'zustand/react/shallow';
import type { Finding } from '../../model/validate.ts';
import { selectFindings, useStore } from '../../store/index.ts';
import { findingsFor } from '../findings.ts';
import { ErrorIcon, WarningIcon } from './icons.tsx';

const TONE = {
  error: 'text-red-700 dark:text-red-400',
  warning: 'text-amber-700 dark:text-amber-300',
} as const;

/** One line of a message: an icon and the words (errors red, warnings amber, never colour alone). */
export function Note({
  severity,
  text,
  alert = false,
  id,
}: {
  readonly severity: Finding['severity'];
  readonly text: string;
  readonly alert?: boolean;
  readonly id?: string;
}) {
  const Icon = severity === 'error' ? ErrorIcon : WarningIcon;
  return (
    <p
      id={id}
      role={alert ? 'alert' : undefined}
      className={`flex items-start gap-1 text-xs leading-snug ${TONE[severity]}`}
    >
      <Icon className="mt-px" />
      <span>
        <span className="sr-only">{severity === 'error' ? 'Error: ' : 'Warning: '}</span>
        {text}
      </span>
    </p>
  );
}

/**
 * validate()'s findings on one resource's field (and what lies under it), as the person types:
 * the scenario changes with each accepted keystroke and the findings follow.
 */
export function FindingNotes({
  resourceId,
  field,
  id,
  testId,
}: {
  readonly resourceId: string;
  readonly field?: string;
  readonly id?: string;
  readonly testId?: string;
}) {
  // Plain strings, so that an unchanged list of findings keeps the component from re-rendering.
  const lines = useStore(
    useShallow((s) =>
      findingsFor(selectFindings(s), resourceId, field).map((f) => `${f.severity}|${f.message}`),
    ),
  );
  if (lines.length === 0) return null;
  return (
    <div id={id} data-testid={testId} className="mt-1 space-y-0.5">
      {lines.map((line, k) => {
        const bar = line.indexOf('|');
        const severity = line.slice(0, bar) === 'error' ? 'error' : 'warning';
        return <Note key={k} severity={severity} text={line.slice(bar + 1)} />;
      })}
    </div>
  );
}
