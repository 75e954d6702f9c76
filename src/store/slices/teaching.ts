import type { StateCreator } from 'zustand';
import type { GradingKey } from '../../model/gradingKey.ts';
import type { StoreState } from '../store.ts';

/**
 * Who is at the keyboard for the open challenge:
 * - `author`: the instructor who wrote it (in this browser, or from an instructor link): edits
 *   the goals, task and locks, shares student links, grades submissions;
 * - `student`: solving it (a student link, a built-in challenge, a challenge file): the locks
 *   hold and the goals cannot be changed; hands in a submission link;
 * - `review`: the instructor looking at a submission, graded against their own key.
 */
export type TeachingRole = 'author' | 'student' | 'review';

/** The open scenario's place in a class; kept with it in My scenarios. */
export interface Teaching {
  readonly role: TeachingRole;
  /**
   * The challenge's stable ID (`ch-…`), shared by its links, its submissions and the
   * instructor's grading key; null when the challenge came without one (a plain file).
   */
  readonly challengeId: string | null;
  readonly title: string;
  /** In review: who handed the submission in. */
  readonly student?: string;
}

/**
 * The teaching state of the open scenario (null: an ordinary scenario). Never undoable, and set
 * only when a scenario opens (store/open.ts) or a challenge is authored (actions/challenge.ts).
 * `gradingKey` is the instructor's key for a submission in review (null when this browser has
 * none for its challenge).
 */
export interface TeachingSlice {
  readonly teaching: Teaching | null;
  readonly gradingKey: GradingKey | null;
}

export const createTeachingSlice: StateCreator<StoreState, [], [], TeachingSlice> = () => ({
  teaching: null,
  gradingKey: null,
});
