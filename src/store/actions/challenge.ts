import {
  challengeStatus,
  lockedEditError,
  setChallenge,
  type ChallengeDraft,
  type ChallengeStatus,
} from '../../model/challenge.ts';
import type { StoreState } from '../store.ts';
import { useStore } from '../store.ts';
import { showMessage } from './ui.ts';

/**
 * Challenges in the store: the solved check reads the simulation's outcomes (which only the
 * engine worker writes) through the model's pure `challengeStatus`; authoring writes the
 * scenario's goals, task and locks as one undo step.
 */

/** Set while the instructor's own edit is applied: the locks are theirs to change. */
let authoring = false;

let memo: { scenario: unknown; outcomes: unknown; status: ChallengeStatus } | null = null;

/**
 * The challenge's status now, memoized on the scenario and outcomes objects so that a component
 * may select it directly (a new object only when either changed).
 */
export function selectChallengeStatus(s: StoreState): ChallengeStatus {
  if (memo && memo.scenario === s.scenario && memo.outcomes === s.sim.outcomes) return memo.status;
  const status = challengeStatus(s.scenario, s.sim.outcomes);
  memo = { scenario: s.scenario, outcomes: s.sim.outcomes, status };
  return status;
}

/** The verdict each saved flow has now, where it is a plain allowed or blocked. */
export function currentVerdicts(s: StoreState): Record<string, 'allowed' | 'blocked'> {
  const verdicts: Record<string, 'allowed' | 'blocked'> = {};
  for (const flow of s.scenario.flows) {
    const outcome = s.sim.outcomes[flow.id];
    if (!outcome?.ok) continue;
    const v = outcome.trace.verdict;
    if (v === 'allowed' || v === 'blocked') verdicts[flow.id] = v;
  }
  return verdicts;
}

/**
 * Writes the instructor's challenge (goals, task, locks) into the scenario as one undo step. It
 * is the instructor's own edit, so the locks do not apply to it. A goal without an expected
 * outcome takes the verdict it has now.
 */
export function authorChallenge(draft: ChallengeDraft): void {
  const state = useStore.getState();
  const next = setChallenge(state.scenario, draft, currentVerdicts(state));
  authoring = true;
  try {
    if (next !== state.scenario) useStore.setState({ scenario: next });
  } finally {
    authoring = false;
  }
  showMessage(
    'info',
    next.challenge
      ? 'Challenge saved: the banner shows the task and its goals.'
      : 'The challenge was removed.',
  );
}

/** Removes the challenge: no task, no goals, no locks. */
export function removeChallenge(): void {
  authorChallenge({ task: '', goalIds: [], locked: [] });
}

/**
 * The locks' safety net. Panel edits are refused before they apply (`applyEdit`); an edit made
 * another way (a delete or a drag on the canvas, a paste) that changes a locked resource is
 * undone at once, said, and left out of the undo history. It runs after the change has been
 * recorded (zundo records after the store's listeners), hence the microtask.
 */
export function startLockGuard(): () => void {
  let reverting = false;
  return useStore.subscribe((s, prev) => {
    if (reverting || authoring || s.scenario === prev.scenario || s.loads !== prev.loads) return;
    const refusal = lockedEditError(prev.scenario, s.scenario);
    if (refusal === null) return;
    const { scenario, layout } = prev;
    queueMicrotask(() => {
      if (useStore.getState().scenario !== s.scenario) return; // something else came after
      const history = useStore.temporal.getState();
      reverting = true;
      history.pause();
      try {
        useStore.setState({ scenario, layout, selection: [] });
      } finally {
        history.resume();
        reverting = false;
      }
      const past = useStore.temporal.getState().pastStates;
      if (past.at(-1)?.scenario === scenario) {
        useStore.temporal.setState({ pastStates: past.slice(0, -1) });
      }
      showMessage('error', refusal);
    });
  });
}
