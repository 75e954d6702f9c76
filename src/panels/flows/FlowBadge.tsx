import type { FlowBadgeInfo } from './badge.ts';

const TONES = {
  good: 'border-emerald-300 bg-emerald-50 text-emerald-800 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-200',
  bad: 'border-red-300 bg-red-50 text-red-800 dark:border-red-700 dark:bg-red-950 dark:text-red-200',
  warn: 'border-amber-300 bg-amber-50 text-amber-800 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200',
  neutral:
    'border-slate-300 bg-slate-100 text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200',
} as const;

/** A flow's live badge: an icon and a word (PASS, FAIL, Allowed…), tinted; the detail on hover. */
export default function FlowBadge({
  badge,
  testId,
}: {
  readonly badge: FlowBadgeInfo;
  readonly testId?: string;
}) {
  return (
    <span
      data-testid={testId}
      data-kind={badge.kind}
      title={badge.detail}
      className={`inline-flex min-w-[4.25rem] shrink-0 items-center justify-center gap-1 rounded border px-1.5 py-px text-[11px] leading-4 font-semibold ${TONES[badge.tone]}`}
    >
      <span aria-hidden="true">{badge.icon}</span>
      {badge.text}
    </span>
  );
}
