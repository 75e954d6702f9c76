import type { GoalStatus } from '../../model/challenge.ts';
import { CheckIcon, CrossIcon, DotsIcon } from '../library/icons.tsx';

const STATE = {
  met: {
    icon: CheckIcon,
    word: 'met',
    className:
      'border-green-400 bg-white text-green-900 dark:border-green-700 dark:bg-green-950 dark:text-green-100',
  },
  unmet: {
    icon: CrossIcon,
    word: 'not yet',
    className:
      'border-red-300 bg-white text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100',
  },
  pending: {
    icon: DotsIcon,
    word: 'being checked',
    className:
      'border-slate-300 bg-white text-slate-700 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200',
  },
} as const;

/** One goal and its verdict from the engine: ✓ met, ✗ not yet (with what it is now), … pending. */
export default function GoalChip({
  goal,
  testId,
}: {
  readonly goal: GoalStatus;
  readonly testId: string;
}) {
  const look = STATE[goal.state];
  const Icon = look.icon;
  const now =
    goal.error !== undefined
      ? ` (cannot be evaluated: ${goal.error})`
      : goal.state === 'unmet' && goal.verdict !== undefined
        ? ` (now ${goal.verdict})`
        : '';
  return (
    <li
      data-testid={testId}
      data-state={goal.state}
      className={`inline-flex max-w-full items-center gap-1 rounded-full border px-2 py-0.5 text-xs ${look.className}`}
    >
      <Icon width={13} height={13} className="shrink-0" />
      <span className="sr-only">{look.word}: </span>
      <span className="truncate">
        {goal.name} must be <strong>{goal.expected}</strong>
        {now}
      </span>
    </li>
  );
}
