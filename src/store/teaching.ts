import { isChallenge, lockedIds, lockedReason } from '../model/challenge.ts';
import type { Scenario } from '../model/types.ts';
import { gradingKeys } from './gradingKeys.ts';
import type { Teaching } from './slices/teaching.ts';
import { useStore, type StoreState } from './store.ts';

/**
 * The open scenario's place in a class, and what it allows. Locks hold for a student only: the
 * instructor who authored the challenge, or reviews a submission, edits freely.
 */

/** The teaching role to set, with the key a review is graded against (this browser's own). */
export function teachingPatch(
  teaching: Teaching | null,
): Pick<StoreState, 'teaching' | 'gradingKey'> {
  const gradingKey =
    teaching?.role === 'review' && teaching.challengeId !== null
      ? gradingKeys().get(teaching.challengeId)
      : null;
  return { teaching, gradingKey };
}

/** Sets the teaching role of the scenario on the canvas (it was authored, or restored at start). */
export function applyTeaching(teaching: Teaching | null): void {
  useStore.setState(teachingPatch(teaching));
}

/**
 * The role a scenario opens in when nothing says (a file, an old link, a restored autosave of
 * an older version): a challenge opens to be solved, unless this browser holds its author's key.
 */
export function inferTeaching(scenario: Scenario): Teaching | null {
  if (!isChallenge(scenario)) return null;
  return { role: 'student', challengeId: null, title: scenario.name };
}

export const selectTeaching = (s: StoreState): Teaching | null => s.teaching;
export const selectIsStudent = (s: StoreState): boolean => s.teaching?.role === 'student';

const lockedMemo = new WeakMap<Scenario, ReadonlySet<string>>();

/** The IDs a student may not change (the locked resources and the goal flows), per scenario. */
function lockedOf(scenario: Scenario): ReadonlySet<string> {
  let locked = lockedMemo.get(scenario);
  if (!locked) {
    locked = lockedIds(scenario);
    lockedMemo.set(scenario, locked);
  }
  return locked;
}

/**
 * Why the resource (or saved flow) `id` cannot be edited now, in words, or null: locked controls
 * show it beside a padlock and are disabled, so a refusal never comes after the fact.
 */
export function selectLockReason(s: StoreState, id: string): string | null {
  if (s.teaching?.role !== 'student') return null;
  const locked = lockedOf(s.scenario);
  if (!locked.has(id)) return null;
  // Every node asks on every store update (a drag frame included): each sentence once.
  let reasons = reasonMemo.get(s.scenario);
  if (!reasons) {
    reasons = new Map();
    reasonMemo.set(s.scenario, reasons);
  }
  let reason = reasons.get(id);
  if (reason === undefined) {
    reason = lockedReason(s.scenario, id, locked);
    reasons.set(id, reason);
  }
  return reason;
}

const reasonMemo = new WeakMap<Scenario, Map<string, string | null>>();

/** Whether `id` is locked for students (the author sees the padlock, without the lock). */
export function selectLockedForStudents(s: StoreState, id: string): boolean {
  return s.scenario.challenge !== undefined && lockedOf(s.scenario).has(id);
}

/** Why the challenge (task, goals, locks) cannot be authored now, or null when it can. */
export function selectAuthoringRefusal(s: StoreState): string | null {
  switch (s.teaching?.role) {
    case 'student':
      return 'You are solving this challenge: its task, goals and locks are the instructor’s.';
    case 'review':
      return 'This is a student’s submission: it is graded against your key, not edited here.';
    default:
      return null;
  }
}
