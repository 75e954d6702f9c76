/**
 * Shared Tailwind class lists for the panels' controls, light and dark, so every field, select
 * and button looks and focuses the same way.
 */
export const inputClass =
  'h-7 w-full min-w-0 rounded border border-slate-300 bg-white px-2 text-[13px] text-slate-900 ' +
  'placeholder:text-slate-400 focus:border-sky-600 focus:outline-none focus:ring-2 focus:ring-sky-500/40 ' +
  'aria-invalid:border-red-600 aria-invalid:bg-red-50 disabled:bg-slate-100 disabled:text-slate-500 ' +
  'dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:placeholder:text-slate-500 ' +
  'dark:aria-invalid:border-red-400 dark:aria-invalid:bg-red-950/40 dark:disabled:bg-slate-800/50';

export const monoInputClass = `${inputClass} font-mono`;

export const selectClass =
  'h-7 w-full min-w-0 rounded border border-slate-300 bg-white px-1.5 text-[13px] text-slate-900 ' +
  'focus:border-sky-600 focus:outline-none focus:ring-2 focus:ring-sky-500/40 ' +
  'dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';

export const labelClass = 'text-xs font-medium text-slate-600 dark:text-slate-300';

export const buttonClass =
  'inline-flex h-7 items-center justify-center gap-1 rounded border border-slate-300 bg-white px-2 ' +
  'text-xs font-medium text-slate-700 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 ' +
  'focus-visible:ring-sky-500/60 disabled:cursor-not-allowed disabled:opacity-50 ' +
  'dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700';

export const primaryButtonClass =
  'inline-flex h-7 items-center justify-center gap-1 rounded bg-sky-700 px-2.5 text-xs font-medium ' +
  'text-white hover:bg-sky-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500/60 ' +
  'disabled:cursor-not-allowed disabled:opacity-50 dark:bg-sky-700 dark:hover:bg-sky-800';

export const iconButtonClass =
  'inline-flex h-7 w-7 shrink-0 items-center justify-center rounded text-slate-500 hover:bg-slate-200 ' +
  'hover:text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500/60 ' +
  'disabled:cursor-not-allowed disabled:opacity-40 disabled:hover:bg-transparent ' +
  'dark:text-slate-400 dark:hover:bg-slate-700 dark:hover:text-slate-100';

/** Controls inside a rule row, where space is tight: smaller text and padding. */
export const compactInputClass = inputClass.replace('px-2 text-[13px]', 'px-1.5 text-xs');
export const compactMonoInputClass = `${compactInputClass} font-mono`;
export const compactSelectClass = selectClass.replace('px-1.5 text-[13px]', 'px-1 text-xs');
