import type { ReactNode } from 'react';
import { labelClass } from './styles.ts';

/** A value shown but not edited here (an ID, the subnet an instance lives in). */
export default function ReadOnly({
  label,
  children,
  testId,
  title,
}: {
  readonly label: string;
  readonly children: ReactNode;
  readonly testId?: string;
  /** The full text, shown on hover when the value is cut short. */
  readonly title?: string;
}) {
  return (
    <div className="min-w-0">
      <div className={`${labelClass} mb-0.5`}>{label}</div>
      <div
        data-testid={testId}
        title={title}
        className="truncate text-[13px] text-slate-800 dark:text-slate-200"
      >
        {children}
      </div>
    </div>
  );
}
