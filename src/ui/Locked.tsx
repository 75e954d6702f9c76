import type { ReactNode } from 'react';
import { LockIcon } from './Icon.tsx';

/** The padlock and the reason a control is locked, in words (never an icon alone). */
export function LockNote({
  reason,
  testId,
}: {
  readonly reason: string;
  readonly testId?: string;
}) {
  return (
    <p
      data-testid={testId}
      className="flex items-start gap-1.5 rounded border border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-50"
    >
      <LockIcon width={14} height={14} className="mt-px shrink-0" />
      <span>{reason}</span>
    </p>
  );
}

/**
 * Controls that are locked look locked: with a reason they are all disabled (a disabled
 * fieldset disables every field and button inside it) under the padlock and the reason, so
 * nothing is refused after the fact. Without one they are as they are.
 */
export function Locked({
  reason,
  testId,
  noteClassName = '',
  children,
}: {
  readonly reason: string | null;
  readonly testId?: string;
  /** Room around the note where the locked content has its own (an inspector's padding). */
  readonly noteClassName?: string;
  readonly children: ReactNode;
}) {
  if (reason === null) return <>{children}</>;
  return (
    <fieldset disabled className="min-w-0 space-y-3">
      <div className={noteClassName}>
        <LockNote reason={reason} {...(testId ? { testId } : {})} />
      </div>
      <div className="space-y-3 opacity-70">{children}</div>
    </fieldset>
  );
}
