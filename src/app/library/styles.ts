/** Button looks shared by the library and challenge dialogs (the shell's own, written once). */
export const BUTTON =
  'inline-flex items-center gap-1.5 rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 disabled:cursor-default disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';

export const PRIMARY =
  'inline-flex items-center gap-1.5 rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 disabled:cursor-default disabled:opacity-50 dark:bg-sky-700 dark:hover:bg-sky-800';

export const DANGER =
  'inline-flex items-center gap-1.5 rounded-md border border-red-300 px-2.5 py-1 text-sm font-medium text-red-800 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950';

export const INPUT =
  'w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm outline-none focus:border-sky-600 focus:ring-2 focus:ring-sky-600/30 dark:border-slate-600 dark:bg-slate-950';
