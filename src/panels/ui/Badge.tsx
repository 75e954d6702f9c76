import type { ReactNode } from 'react';

const TONES = {
  neutral:
    'border-slate-300 bg-slate-100 text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200',
  info: 'border-sky-300 bg-sky-50 text-sky-800 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-200',
  good: 'border-emerald-300 bg-emerald-50 text-emerald-800 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-200',
  bad: 'border-red-300 bg-red-50 text-red-800 dark:border-red-700 dark:bg-red-950 dark:text-red-200',
  warn: 'border-amber-300 bg-amber-50 text-amber-800 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200',
} as const;

/** A small word in a pill ("default", "main", "blackhole"): the word carries the meaning, the tint helps. */
export default function Badge({
  tone = 'neutral',
  children,
  testId,
  title,
}: {
  readonly tone?: keyof typeof TONES;
  readonly children: ReactNode;
  readonly testId?: string;
  readonly title?: string;
}) {
  return (
    <span
      data-testid={testId}
      title={title}
      className={`inline-flex items-center rounded border px-1.5 py-px text-[11px] leading-4 font-medium ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}
