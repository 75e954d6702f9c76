import { memo, useState } from 'react';
import type { GoalStatus } from '../../model/challenge.ts';
import {
  openLibraryDialog,
  selectChallengeStatus,
  selectGrade,
  selectTeaching,
  useStore,
  type Teaching,
} from '../../store/index.ts';
import { LockIcon } from '../../ui/Icon.tsx';
import { FlagIcon } from '../library/icons.tsx';
import GoalChip from './GoalChip.tsx';
import { lockedNames } from './locked.ts';

const LINK =
  'rounded-md px-2 py-1 text-xs font-medium underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600';

/**
 * The challenge strip under the toolbar: who is at it (authoring, solving, reviewing a
 * submission), the task, each goal (✓ met, ✗ not yet, … being evaluated) and, when every goal
 * has its expected outcome, "Challenge solved!" (a polite live region). A student sees the goals
 * and locks as fixed, with a lock and the reason, and hands in; the author edits, shares and
 * grades; a submission in review shows its grade against the instructor's own key. Verdicts come
 * from the engine worker, read through the model's pure `challengeStatus` and `gradeWithKey`.
 */
function ChallengeBanner() {
  const status = useStore(selectChallengeStatus);
  const teaching = useStore(selectTeaching);
  const challenge = useStore((s) => s.scenario.challenge);
  const scenario = useStore((s) => s.scenario);
  const [folded, setFolded] = useState(false);
  if (!challenge && status.goals.length === 0 && teaching?.role !== 'review') return null;
  if (teaching?.role === 'review') return <ReviewBanner teaching={teaching} />;
  const { solved, goals, met } = status;
  const names = lockedNames(scenario, challenge?.locked ?? []);
  const student = teaching?.role === 'student';
  return (
    <section
      aria-label="Challenge"
      data-testid="challenge.banner"
      data-solved={solved}
      data-role={teaching?.role ?? 'author'}
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
            <span className="font-semibold">{student ? 'Challenge: ' : 'Your challenge: '}</span>
            {status.task || 'Make every goal below have its expected outcome.'}
          </p>
          <ul
            aria-label="Goals"
            id="challenge-goals"
            hidden={folded}
            className="mt-1.5 flex flex-wrap gap-1.5"
          >
            {goals.map((goal) => (
              <GoalChip key={goal.flowId} goal={goal} testId={`challenge.goal.${goal.flowId}`} />
            ))}
          </ul>
          {!folded && (names.length > 0 || student) ? (
            <p
              className="mt-1.5 flex flex-wrap items-center gap-1 text-xs"
              data-testid="challenge.locked"
            >
              <LockIcon width={13} height={13} />
              {student
                ? `The goals${names.length > 0 ? ` and ${names.join(', ')}` : ''} are set by your instructor and cannot be changed here.`
                : `Locked for students: ${names.join(', ')}.`}
            </p>
          ) : null}
        </div>
        <div className="flex shrink-0 flex-wrap items-center justify-end gap-2">
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
            className={LINK}
          >
            {folded ? 'Show goals' : 'Hide goals'}
          </button>
          {student ? (
            <button
              type="button"
              data-testid="challenge.hand-in"
              onClick={() => openLibraryDialog('hand-in')}
              className={LINK}
            >
              Hand in…
            </button>
          ) : (
            <>
              <button
                type="button"
                data-testid="challenge.edit"
                onClick={() => openLibraryDialog('author')}
                className={LINK}
              >
                Edit challenge
              </button>
              <button
                type="button"
                data-testid="challenge.share"
                onClick={() => openLibraryDialog('challenge-links')}
                className={LINK}
              >
                Share…
              </button>
            </>
          )}
        </div>
      </div>
    </section>
  );
}

/** A submission in review: its grade against the instructor's own key, goal by goal. */
function ReviewBanner({ teaching }: { readonly teaching: Teaching }) {
  const grade = useStore(selectGrade);
  return (
    <section
      aria-label="Submission"
      data-testid="challenge.banner"
      data-role="review"
      data-passed={grade?.passed ?? false}
      className="shrink-0 border-b border-sky-300 bg-sky-50 px-4 py-2 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950/60 dark:text-sky-50"
    >
      <div className="flex items-start gap-3">
        <FlagIcon className="mt-0.5 shrink-0" />
        <div className="min-w-0 flex-1">
          <p data-testid="challenge.task">
            <span className="font-semibold">Submission by {teaching.student}</span> for “
            {teaching.title}”, graded against your own key.
          </p>
          {grade ? (
            <ul aria-label="Goals of your key" className="mt-1.5 flex flex-wrap gap-1.5">
              {grade.goals.map((goal: GoalStatus) => (
                <GoalChip key={goal.flowId} goal={goal} testId={`challenge.grade.${goal.flowId}`} />
              ))}
            </ul>
          ) : (
            <p className="mt-1" data-testid="challenge.no-key">
              This browser has no grading key for this challenge: import its grading-key file in
              Grade submissions, and the grade shows here.
            </p>
          )}
        </div>
        <div className="flex shrink-0 items-center gap-2">
          <p
            role="status"
            aria-live="polite"
            data-testid="challenge.status"
            className="rounded-full bg-sky-200 px-2.5 py-0.5 text-xs font-semibold text-sky-950 dark:bg-sky-800 dark:text-sky-50"
          >
            {grade === null
              ? 'Not graded'
              : grade.pending
                ? 'Grading…'
                : `Grade: ${grade.met} of ${grade.total} goals met${grade.passed ? ' — passed' : ''}`}
          </p>
          <button
            type="button"
            data-testid="challenge.grading"
            onClick={() => openLibraryDialog('grading')}
            className={LINK}
          >
            Grade submissions…
          </button>
        </div>
      </div>
    </section>
  );
}

export default memo(ChallengeBanner);
