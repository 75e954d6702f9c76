import {
  challengeStatus,
  setChallenge,
  type ChallengeDraft,
  type ChallengeStatus,
} from '../../model/challenge.ts';
import { gradingKeyOf, newChallengeId } from '../../model/gradingKey.ts';
import { commitScenario } from '../door.ts';
import { gradingKeys } from '../gradingKeys.ts';
import { keeper } from '../keeper.ts';
import type { Teaching } from '../slices/teaching.ts';
import type { StoreState } from '../store.ts';
import { useStore } from '../store.ts';
import { applyTeaching } from '../teaching.ts';
import { showMessage } from './ui.ts';

/**
 * Challenges in the store: the solved check reads the simulation's outcomes (which only the
 * engine worker writes) through the model's pure `challengeStatus`; authoring writes the
 * scenario's goals, task and locks through the door as the instructor's own edit (refused to a
 * student), keeps the instructor's grading key, and makes the scenario the author's.
 */

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

/** A challenge as the instructor saves it: its own title (the scenario takes it as its name). */
export interface AuthoredChallenge extends ChallengeDraft {
  readonly title?: string;
}

/**
 * Writes the instructor's challenge (title, goals, task, locks) into the scenario as one undo
 * step, keeps its grading key in this browser (by the challenge's stable ID) and marks the
 * scenario as authored here. A goal without an expected outcome takes the verdict it has now.
 * Refused to a student (and in review): returns the refusal, or null.
 */
export function authorChallenge(draft: AuthoredChallenge): string | null {
  const state = useStore.getState();
  const withGoals = setChallenge(state.scenario, draft, currentVerdicts(state));
  const title = (draft.title ?? '').trim().slice(0, 256);
  const next =
    withGoals.challenge && title !== '' && title !== withGoals.name
      ? { ...withGoals, name: title }
      : withGoals;
  const committed = commitScenario({ ok: true, value: { scenario: next } }, { authoring: true });
  if (!committed.ok) return committed.error;

  const library = keeper();
  const id = library?.currentId() ?? null;
  if (!next.challenge) {
    applyTeaching(null);
    if (library && id !== null) library.shelf.setTeaching(id, null);
    showMessage('info', 'The challenge was removed.');
    return null;
  }
  const teaching: Teaching = {
    role: 'author',
    challengeId: state.teaching?.challengeId ?? newChallengeId(),
    title: next.name,
  };
  gradingKeys().put(gradingKeyOf(next, teaching.challengeId ?? '', teaching.title, Date.now()));
  applyTeaching(teaching);
  if (library && id !== null) {
    library.shelf.setTeaching(id, teaching);
    library.flush();
  }
  showMessage('info', 'Challenge saved: the banner shows the task and its goals.');
  return null;
}

/** Removes the challenge: no task, no goals, no locks. Refused to a student. */
export function removeChallenge(): string | null {
  return authorChallenge({ task: '', goalIds: [], locked: [] });
}
