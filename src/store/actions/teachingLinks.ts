import { z } from 'zod';
import { toScenarioFile } from '../../model/envelope.ts';
import { ChallengeIdSchema, gradingKeyOf } from '../../model/gradingKey.ts';
import { encodeScenarioLink } from '../../share/codec.ts';
import { shareUrl } from '../../share/url.ts';
import { gradingKeys } from '../gradingKeys.ts';
import type { Teaching } from '../slices/teaching.ts';
import { useStore } from '../store.ts';

/**
 * A challenge's links. The scenario travels as any link does (`#s=…`); the challenge's identity
 * and the reader's role follow as parameters of the hash:
 *
 * - student link: `&role=student&ch=<id>&title=<title>`: opens to be solved;
 * - instructor link: `&role=author&ch=…&title=…`: opens to be edited (and, in a browser without
 *   the key, keeps it);
 * - submission link: `&role=submission&ch=…&title=…&by=<student>`: the student's network, opened
 *   by the instructor in review and graded against the instructor's OWN key for `ch`, never
 *   against the goals the link carries, so editing them in a link gains nothing.
 *
 * WIRE FORMAT: these parameter names and roles must never change meaning (links already shared).
 */
export const TEACHING_PARAMS = { role: 'role', challenge: 'ch', title: 'title', student: 'by' };

const LinkTeachingSchema = z.object({
  role: z.enum(['student', 'author', 'submission']),
  ch: ChallengeIdSchema,
  title: z.string().max(256).default(''),
  by: z.string().max(256).optional(),
});

/**
 * The teaching role a link's parameters give, `undefined` when it names none (the scenario's
 * own content decides then), and a problem to say when they are damaged.
 */
export function teachingFromParams(
  params: Readonly<Record<string, string>>,
  scenarioName: string,
): { readonly teaching: Teaching | undefined; readonly problem?: string } {
  if (params[TEACHING_PARAMS.role] === undefined) return { teaching: undefined };
  const parsed = LinkTeachingSchema.safeParse(params);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? 'role';
    return {
      teaching: undefined,
      problem: `The link’s challenge details are damaged (${where}: ${issue?.message ?? 'unreadable'}); it opened as a plain scenario.`,
    };
  }
  const { role, ch, by } = parsed.data;
  const title = parsed.data.title.trim() || scenarioName;
  if (role === 'submission') {
    return {
      teaching: {
        role: 'review',
        challengeId: ch,
        title,
        student: by?.trim() || 'a student',
      },
    };
  }
  return { teaching: { role, challengeId: ch, title } };
}

/** The link of the open scenario with its teaching parameters. */
function linkOf(pageUrl: string, params: Readonly<Record<string, string>>): string {
  const { scenario, layout } = useStore.getState();
  return shareUrl(pageUrl, encodeScenarioLink(toScenarioFile(scenario, layout)), params);
}

export interface ChallengeLinks {
  /** Opens the challenge to be solved. */
  readonly student: string;
  /** Opens it to be edited (for another instructor, or this one elsewhere). */
  readonly instructor: string;
}

/**
 * The student and instructor links of the challenge being authored; the grading key is brought
 * up to date first, so that what is shared and what is graded against agree. Refused unless the
 * open scenario is a challenge this user authors.
 */
export function planChallengeLinks(pageUrl: string): ChallengeLinks | { readonly error: string } {
  const { teaching, scenario } = useStore.getState();
  if (teaching?.role !== 'author' || teaching.challengeId === null || !scenario.challenge) {
    return { error: 'Save the challenge first: its links carry its identity.' };
  }
  gradingKeys().put(gradingKeyOf(scenario, teaching.challengeId, teaching.title, Date.now()));
  const params = { [TEACHING_PARAMS.challenge]: teaching.challengeId, title: teaching.title };
  return {
    student: linkOf(pageUrl, { [TEACHING_PARAMS.role]: 'student', ...params }),
    instructor: linkOf(pageUrl, { [TEACHING_PARAMS.role]: 'author', ...params }),
  };
}

/**
 * The submission link a student hands back: their network and the challenge's identity, with
 * their name. Refused outside student mode, for a challenge without an identity, or without a
 * name.
 */
export function planSubmission(
  pageUrl: string,
  student: string,
): string | { readonly error: string } {
  const { teaching } = useStore.getState();
  if (teaching?.role !== 'student') return { error: 'Only a challenge being solved is handed in.' };
  if (teaching.challengeId === null) {
    return {
      error:
        'This challenge came without its identity (a file, not a challenge link): ask your instructor for the challenge link, and hand in from there.',
    };
  }
  const name = student.trim();
  if (name === '') return { error: 'Write your name: the instructor grades by it.' };
  if (name.length > 256) return { error: 'A name can be at most 256 characters.' };
  return linkOf(pageUrl, {
    [TEACHING_PARAMS.role]: 'submission',
    [TEACHING_PARAMS.challenge]: teaching.challengeId,
    title: teaching.title,
    [TEACHING_PARAMS.student]: name,
  });
}
