import { useId, type ReactNode } from 'react';
import { Icon, LockIcon } from './Icon.tsx';
import { Locked } from './Locked.tsx';

/**
 * A resource in an editor list: a button line (name, ID, markers, badges) that opens the
 * resource's details below it. A locked resource shows a padlock on its line, and its details
 * are disabled under the reason (ui/Locked.tsx). Knows nothing of what the resource is.
 */
export default function ResourceCard({
  testId,
  open,
  onToggle,
  title,
  id,
  badges,
  markers,
  ringClass = '',
  highlight = null,
  lock = null,
  lockHint = null,
  children,
}: {
  readonly testId: string;
  readonly open: boolean;
  readonly onToggle: () => void;
  readonly title: string;
  readonly id: string;
  readonly badges?: ReactNode;
  /** Status markers beside the name (findings, say). */
  readonly markers?: ReactNode;
  /** A ring around the card (the resource that decided the flow shown). */
  readonly ringClass?: string;
  readonly highlight?: string | null;
  /** Why the resource cannot be edited now: its details are disabled under this reason. */
  readonly lock?: string | null;
  /** A padlock without a lock: the resource is locked for others (students), not for this user. */
  readonly lockHint?: string | null;
  readonly children: ReactNode;
}) {
  const bodyId = useId();
  const padlock = lock ?? lockHint;
  return (
    <li
      data-testid={testId}
      data-highlight={highlight ?? undefined}
      data-locked={lock !== null ? 'true' : undefined}
      className={`rounded border bg-white dark:bg-slate-900 ${ringClass} ${
        open
          ? 'border-sky-400 shadow-sm dark:border-sky-700'
          : 'border-slate-200 dark:border-slate-700'
      }`}
    >
      <button
        type="button"
        aria-expanded={open}
        aria-controls={bodyId}
        data-testid={`${testId}.toggle`}
        onClick={onToggle}
        className="flex w-full items-center gap-1.5 rounded px-2 py-1.5 text-left hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500/60 dark:hover:bg-slate-800"
      >
        <Icon
          grid={16}
          className={`h-3.5 w-3.5 shrink-0 text-slate-500 transition-transform ${open ? 'rotate-90' : ''}`}
        >
          <path d="M6 3.5 10.5 8 6 12.5" />
        </Icon>
        {padlock !== null ? (
          <LockIcon
            width={14}
            height={14}
            title={padlock}
            data-testid={`${testId}.lock`}
            className="shrink-0 text-amber-700 dark:text-amber-300"
          />
        ) : null}
        <span className="min-w-0 flex-1">
          <span className="block truncate text-[13px] font-medium">{title || '(no name)'}</span>
          <span className="block truncate font-mono text-[11px] text-slate-500 dark:text-slate-400">
            {id}
          </span>
        </span>
        {markers}
        <span className="flex shrink-0 gap-1">{badges}</span>
      </button>
      {open && (
        <div
          id={bodyId}
          className="space-y-3 border-t border-slate-200 px-1.5 py-2 dark:border-slate-700"
        >
          <Locked reason={lock} testId={`${testId}.locked`}>
            {children}
          </Locked>
        </div>
      )}
    </li>
  );
}
