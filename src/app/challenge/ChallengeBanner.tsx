import { memo, useState } from 'react';
import type { GoalStatus } from '../../model/challenge.ts';
import { openLibraryDialog, selectChallengeStatus, useStore } from '../../store/index.ts';
import { CheckIcon, CrossIcon, DotsIcon, FlagIcon, LockIcon } from '../library/icons.tsx';
import LockMarks from './LockMarks.tsx';
import { lockedNames } from './locked.ts';

/**
 * The challenge strip under the toolbar: the task, each goal (✓ met, ✗ not yet, … being
 * evaluated) and, when every goal has its expected outcome, "Challenge solved!" (announced by a
 * polite live region). Verdicts come from the simulation's outcomes (the engine worker), read
 * through the model's pure `challengeStatus`.
 */
function ChallengeBanner() {
  const status = useStore(selectChallengeStatus);
  const challenge = useStore((s) => s.scenario.challenge);
  const locked = useStore((s) => s.scenario.challenge?.locked);
  const scenario = useStore((s) => s.scenario);
  const [folded, setFolded] = useState(false);
  if (!challenge && status.goals.length === 0) return null;
  const { solved, goals, met } = status;
  const names = lockedNames(scenario, locked ?? []);
  return (
    <section
      aria-label="Challenge"
      data-testid="challenge.banner"
      data-solved={solved}
      className={`shrink-0 border-b px-4 py-2 text-sm ${
        solved
          ? 'border-green-300 bg-green-50 text-green-950 dark:border-green-800 dark:bg-green-950 dark:text-green-50'
          : 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-50'
      }`}
    >
      <div className="flex items-start gap-3">
        <FlagIcon className="mt-0.5 shrink-0" />
        <div className="min-w-0 flex-1">
          <p data-testid="challenge.task" className={folded ? 'truncate' : undefined}>
            <span className="font-semibold">Challenge: </span>
            {status.task || 'Make every goal below have its expected outcome.'}
          </p>
          <ul
            aria-label="Goals"
            id="challenge-goals"
            hidden={folded}
            className="mt-1.5 flex flex-wrap gap-1.5"
          >
            {goals.map((goal) => (
              <Goal key={goal.flowId} goal={goal} />
            ))}
          </ul>
          {names.length > 0 && !folded ? (
            <p
              className="mt-1.5 flex flex-wrap items-center gap-1 text-xs"
              data-testid="challenge.locked"
            >
              <LockIcon width={13} height={13} />
              <span className="font-medium">Locked:</span> {names.join(', ')}
            </p>
          ) : null}
        </div>
        <div className="flex shrink-0 items-center gap-2">
          <p
            role="status"
            aria-live="polite"
            data-testid="challenge.status"
            className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${
              solved
                ? 'bg-green-700 text-white dark:bg-green-600'
                : 'bg-amber-200 text-amber-950 dark:bg-amber-800 dark:text-amber-50'
            }`}
          >
            {solved ? 'Challenge solved!' : `${met} of ${goals.length} goals met`}
          </p>
          <button
            type="button"
            data-testid="challenge.fold"
            aria-expanded={!folded}
            aria-controls="challenge-goals"
            onClick={() => setFolded(!folded)}
            className="rounded-md px-2 py-1 text-xs font-medium underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600"
          >
            {folded ? 'Show goals' : 'Hide goals'}
          </button>
          <button
            type="button"
            data-testid="challenge.edit"
            onClick={() => openLibraryDialog('author')}
            className="rounded-md px-2 py-1 text-xs font-medium underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600"
          >
            Edit challenge
          </button>
        </div>
      </div>
      <LockMarks ids={locked ?? []} />
    </section>
  );
}

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

function Goal({ goal }: { readonly goal: GoalStatus }) {
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
      data-testid={`challenge.goal.${goal.flowId}`}
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

export default memo(ChallengeBanner);
