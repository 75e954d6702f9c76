import { useId, type ReactNode } from 'react';
import type { Finding } from '../../model/validate.ts';
import { HIGHLIGHT_RING } from '../explain/highlight.ts';
import { ChevronIcon, ErrorIcon, WarningIcon } from './icons.tsx';

/**
 * A resource in an editor list: a button line (name, ID, badges, a findings marker) that opens
 * the resource's details below it.
 */
export default function Card({
  testId,
  open,
  onToggle,
  title,
  id,
  badges,
  worst,
  children,
  highlight = null,
}: {
  readonly testId: string;
  readonly open: boolean;
  readonly onToggle: () => void;
  readonly title: string;
  readonly id: string;
  readonly badges?: ReactNode;
  readonly worst: Finding['severity'] | null;
  readonly children: ReactNode;
  /** Set when this resource decided the active flow's hop in focus (explain/highlight.ts). */
  readonly highlight?: 'allow' | 'deny' | null;
}) {
  const bodyId = useId();
  return (
    <li
      data-testid={testId}
      data-highlight={highlight ?? undefined}
      className={`rounded border bg-white dark:bg-slate-900 ${highlight ? HIGHLIGHT_RING[highlight] : ''} ${
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
        <ChevronIcon className={`text-slate-500 transition-transform ${open ? 'rotate-90' : ''}`} />
        <span className="min-w-0 flex-1">
          <span className="block truncate text-[13px] font-medium">{title || '(no name)'}</span>
          <span className="block truncate font-mono text-[11px] text-slate-500 dark:text-slate-400">
            {id}
          </span>
        </span>
        {worst === 'error' && (
          <span className="flex items-center gap-0.5 text-[11px] text-red-700 dark:text-red-400">
            <ErrorIcon /> errors
          </span>
        )}
        {worst === 'warning' && (
          <span className="flex items-center gap-0.5 text-[11px] text-amber-700 dark:text-amber-300">
            <WarningIcon /> warnings
          </span>
        )}
        <span className="flex shrink-0 gap-1">{badges}</span>
      </button>
      {open && (
        <div
          id={bodyId}
          className="space-y-3 border-t border-slate-200 px-1.5 py-2 dark:border-slate-700"
        >
          {children}
        </div>
      )}
    </li>
  );
}
