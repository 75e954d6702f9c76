import { z } from 'zod';
import { challengeGoals, goalStatuses, type GoalOutcome, type GoalStatus } from './challenge.ts';
import { formatPath, type ParseIssue, type Result } from './issues.ts';
import { SavedFlowSchema } from './schema.ts';
import type { SavedFlow, Scenario } from './types.ts';

/**
 * The instructor's grading key: a challenge's identity and its goals as the instructor wrote
 * them, kept in the instructor's browser (and in a grading-key file). A submission is graded
 * against the key, never against the goals it carries itself, so a student who edits the goals in
 * a link gains nothing.
 *
 * Pure: the verdicts come in from outside (the engine worker's outcomes).
 */

/** `ch-` and letters, digits or dashes: a challenge's stable identity across links and keys. */
export const ChallengeIdSchema = z
  .string()
  .regex(/^ch-[0-9a-z-]{4,64}$/, { message: 'expected a challenge ID like "ch-k3x9q2a7"' });

const GoalSchema = SavedFlowSchema.extend({ expected: z.enum(['allowed', 'blocked']) });

export const GradingKeySchema = z.object({
  id: ChallengeIdSchema,
  title: z.string().min(1).max(256),
  task: z.string().max(4000),
  goals: z.array(GoalSchema).max(500),
  locked: z.array(z.string().min(1).max(64)).max(1000),
  /** Milliseconds since the epoch. */
  updated: z.number().finite(),
});

export type GradingKey = z.infer<typeof GradingKeySchema>;
export type Goal = SavedFlow & { readonly expected: 'allowed' | 'blocked' };

// WIRE FORMAT: the grading-key file's format and version must never change meaning.
export const GRADING_KEY_FORMAT = 'vpc-flow-lab-grading-key';
export const GRADING_KEY_VERSION = 1;

export const GradingKeyFileSchema = z.object({
  format: z.literal(GRADING_KEY_FORMAT),
  version: z.literal(GRADING_KEY_VERSION),
  keys: z.array(GradingKeySchema).max(1000),
});

/** A new challenge ID: `ch-` + base-36 time + random. */
export function newChallengeId(now: number = Date.now(), random: () => number = Math.random) {
  const tail = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `ch-${now.toString(36)}${tail}`;
}

/** The key of a challenge as the scenario holds it now (its goals, task and locks). */
export function gradingKeyOf(
  scenario: Scenario,
  id: string,
  title: string,
  now: number,
): GradingKey {
  return {
    id,
    title: title.trim().slice(0, 256) || scenario.name || 'Untitled challenge',
    task: scenario.challenge?.task ?? '',
    goals: challengeGoals(scenario),
    locked: [...(scenario.challenge?.locked ?? [])],
    updated: now,
  };
}

/** The grading-key file's text (pretty-printed: instructors may read it). */
export function gradingKeyFileText(keys: readonly GradingKey[]): string {
  return `${JSON.stringify({ format: GRADING_KEY_FORMAT, version: GRADING_KEY_VERSION, keys }, null, 2)}\n`;
}

/** Reads a grading-key file; every problem names its JSON path. */
export function parseGradingKeyFile(text: string): Result<GradingKey[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ path: '', message: 'this is not valid JSON' }] };
  }
  const parsed = GradingKeyFileSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data.keys };
  const errors: ParseIssue[] = parsed.error.issues
    .slice(0, 5)
    .map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  return { ok: false, errors };
}

/** A submission's grade: each goal of the key with the verdict the engine gave. */
export interface Grade {
  readonly goals: readonly GoalStatus[];
  readonly met: number;
  readonly total: number;
  /** Every goal is met (and there is at least one). */
  readonly passed: boolean;
  /** Some goal is still being evaluated. */
  readonly pending: boolean;
}

/**
 * Grades against the key: `outcomeOf(flowId)` is the engine's outcome for the key's goal of
 * that ID, evaluated on the submitted network.
 */
export function gradeWithKey(
  key: Pick<GradingKey, 'goals'>,
  outcomeOf: (flowId: string) => GoalOutcome | undefined,
): Grade {
  const goals = goalStatuses(key.goals, outcomeOf);
  const met = goals.filter((g) => g.state === 'met').length;
  return {
    goals,
    met,
    total: goals.length,
    passed: goals.length > 0 && met === goals.length,
    pending: goals.some((g) => g.state === 'pending'),
  };
}
