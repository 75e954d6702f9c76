import {
  gradeWithKey,
  gradingKeyFileText,
  parseGradingKeyFile,
  type Goal,
  type Grade,
  type GradingKey,
} from '../../model/gradingKey.ts';
import type { FlowOutcome } from '../../worker/client.ts';
import { isAbortError } from '../../worker/client.ts';
import { decodeScenarioLink, describeLinkProblem } from '../../share/codec.ts';
import { csvText } from '../../model/csv.ts';
import { readLinkFragment, readLinkParams } from '../../share/url.ts';
import type { FlowEvaluator } from '../effects/flowRunner.ts';
import { engineClient } from '../engine.ts';
import { gradingKeys } from '../gradingKeys.ts';
import { GRADE_PREFIX } from '../slices/sim.ts';
import { useStore, type StoreState } from '../store.ts';
import { applyTeaching } from '../teaching.ts';
import { teachingFromParams } from './teachingLinks.ts';

/**
 * Grading: a submission is graded against the instructor's own key for its challenge (this
 * browser's, or one imported from a grading-key file), with verdicts from the engine worker. One
 * submission in review shows its grade in the banner (`selectGrade`); several at once make a
 * gradebook, downloadable as CSV.
 */

let gradeMemo: { key: unknown; outcomes: unknown; grade: Grade | null } | null = null;

/**
 * The grade of the submission in review: each of the key's goals with the verdict the engine gave
 * on the submitted network. Null outside review, or without a key for its challenge.
 */
export function selectGrade(s: StoreState): Grade | null {
  const key = s.teaching?.role === 'review' ? s.gradingKey : null;
  if (gradeMemo && gradeMemo.key === key && gradeMemo.outcomes === s.sim.outcomes) {
    return gradeMemo.grade;
  }
  const grade = key ? gradeWithKey(key, (id) => s.sim.outcomes[`${GRADE_PREFIX}${id}`]) : null;
  gradeMemo = { key, outcomes: s.sim.outcomes, grade };
  return grade;
}

/** One line of the gradebook: a submission and its grade, or why it could not be graded. */
export interface GradebookRow {
  /** Its line in what was pasted (from 1). */
  readonly line: number;
  readonly student: string;
  readonly title: string;
  readonly challengeId: string | null;
  /** The key's goals, in order (the gradebook's columns). */
  readonly goals: readonly Goal[];
  readonly grade: Grade | null;
  readonly error: string | null;
}

export interface GradingOptions {
  readonly client?: () => FlowEvaluator;
  readonly signal?: AbortSignal;
}

/**
 * Grades every submission link in `text` (one per line; blank lines are skipped), one after the
 * other in the engine worker. A line that is not a submission, or whose challenge has no key in
 * this browser, gets a row that says so. Aborting the signal stops between submissions.
 */
export async function gradeSubmissions(
  text: string,
  options: GradingOptions = {},
): Promise<GradebookRow[]> {
  const client = options.client ?? engineClient;
  const rows: GradebookRow[] = [];
  const lines = text.split(/\r?\n/);
  for (const [k, raw] of lines.entries()) {
    if (options.signal?.aborted) break;
    const line = raw.trim();
    if (line === '') continue;
    rows.push(await gradeOne(line, k + 1, client, options.signal));
  }
  return rows;
}

async function gradeOne(
  link: string,
  line: number,
  client: () => FlowEvaluator,
  signal: AbortSignal | undefined,
): Promise<GradebookRow> {
  const failed = (error: string, more: Partial<GradebookRow> = {}): GradebookRow => ({
    line,
    student: '',
    title: '',
    challengeId: null,
    goals: [],
    grade: null,
    error,
    ...more,
  });
  const hash = link.includes('#') ? link.slice(link.indexOf('#')) : link;
  const fragment = readLinkFragment(hash);
  if (fragment === null) return failed('This line holds no VPC Flow Lab link (no "#s=").');
  const decoded = decodeScenarioLink(fragment);
  if (!decoded.ok) return failed(describeLinkProblem(decoded.errors));
  const { teaching, problem } = teachingFromParams(
    readLinkParams(hash),
    decoded.value.scenario.name,
  );
  if (problem) return failed(problem);
  if (teaching?.role !== 'review' || teaching.challengeId === null) {
    return failed('This is not a submission link (a student hands one in from a challenge).');
  }
  const who = {
    student: teaching.student ?? '',
    title: teaching.title,
    challengeId: teaching.challengeId,
  };
  const key = gradingKeys().get(teaching.challengeId);
  if (key === null) {
    return failed(
      `No grading key for “${teaching.title}” (${teaching.challengeId}) in this browser: import its grading-key file.`,
      who,
    );
  }
  try {
    const outcomes = await client().evaluateFlows(decoded.value.scenario, key.goals, {
      ...(signal ? { signal } : {}),
    });
    const byId = new Map<string, FlowOutcome>();
    key.goals.forEach((goal, k) => {
      const outcome = outcomes[k];
      if (outcome) byId.set(goal.id, outcome);
    });
    return {
      ...who,
      line,
      goals: key.goals,
      grade: gradeWithKey(key, (id) => byId.get(id)),
      error: null,
    };
  } catch (e) {
    if (isAbortError(e)) return failed('Grading was stopped.', who);
    return failed(
      `The engine could not grade it: ${e instanceof Error ? e.message : String(e)}.`,
      who,
    );
  }
}

/**
 * The gradebook as CSV, one row per submission: student, challenge, goals met, result, then one
 * column per goal of the key (its verdict in words). Names come from students: every cell is
 * escaped against formula injection (model/csv.ts).
 */
export function gradebookCsv(rows: readonly GradebookRow[]): string {
  const widest = Math.max(0, ...rows.map((r) => r.goals.length));
  const oneChallenge = new Set(rows.filter((r) => r.grade).map((r) => r.challengeId)).size === 1;
  const goalHeads = Array.from({ length: widest }, (_, k) => {
    const name = oneChallenge ? rows.find((r) => r.goals[k])?.goals[k]?.name : undefined;
    return name ? `Goal ${k + 1}: ${name}` : `Goal ${k + 1}`;
  });
  const head = [
    'Student',
    'Challenge',
    'Challenge ID',
    'Goals met',
    'Goals',
    'Result',
    ...goalHeads,
  ];
  const body = rows.map((r) => {
    const goals = r.grade?.goals ?? [];
    const result = r.error ?? (r.grade?.passed ? 'passed' : 'not passed');
    const verdicts = Array.from({ length: widest }, (_, k) => {
      const g = goals[k];
      if (!g) return '';
      const detail = g.error ? `cannot be evaluated: ${g.error}` : (g.verdict ?? 'pending');
      return `${g.state === 'met' ? 'met' : 'not met'} (${detail}; must be ${g.expected})`;
    });
    return [
      r.student,
      r.title,
      r.challengeId ?? '',
      r.grade ? String(r.grade.met) : '',
      r.grade ? String(r.grade.total) : '',
      result,
      ...verdicts,
    ];
  });
  return csvText([head, ...body]);
}

/** Every grading key of this browser, as a grading-key file's text. */
export function gradingKeysFileText(): string {
  return gradingKeyFileText(gradingKeys().list());
}

/** The keys of this browser (for the grading dialog). */
export function listGradingKeys(): readonly GradingKey[] {
  return gradingKeys().list();
}

/**
 * Keeps the keys of a grading-key file in this browser (a key with the same challenge ID is
 * replaced: the file is the instructor's). Returns how many, or what is wrong with the file.
 */
export function importGradingKeys(
  text: string,
): { readonly ok: true; readonly count: number } | { readonly ok: false; readonly error: string } {
  const parsed = parseGradingKeyFile(text);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    return {
      ok: false,
      error: `This is not a grading-key file: ${first ? `${first.path || 'file'}: ${first.message}` : 'unreadable'}.`,
    };
  }
  const keys = gradingKeys();
  for (const key of parsed.value) keys.put(key);
  // A submission in review is graded against the key now kept.
  const { teaching } = useStore.getState();
  if (teaching?.role === 'review') applyTeaching(teaching);
  return { ok: true, count: parsed.value.length };
}
