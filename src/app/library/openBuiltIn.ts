import { toScenarioFile } from '../../model/envelope.ts';
import { gradingKeyOf, type GradingKey } from '../../model/gradingKey.ts';
import {
  builtInChallenges,
  type BuiltInChallenge,
  type BuiltInScenario,
} from '../../scenarios/index.ts';
import { openLibraryDialog, openScenario, showMessage } from '../../store/index.ts';

/** The stable ID of a built-in challenge: its submissions are graded against its own goals. */
export const builtInChallengeId = (id: string): string => `ch-builtin-${id}`;

/** The built-in challenges' grading keys (the app's own; every browser has them). */
export function builtInKeys(): GradingKey[] {
  return builtInChallenges.map((c) =>
    gradingKeyOf(c.scenario, builtInChallengeId(c.id), c.title, 0),
  );
}

/**
 * Opens a built-in as a new kept scenario: the one open now stays in My scenarios as it is, so
 * nothing is ever replaced. A challenge opens to be solved. (The store may not import the
 * scenarios; the shell hands them over.)
 */
export function openBuiltIn(builtIn: BuiltInScenario | BuiltInChallenge): boolean {
  const file = toScenarioFile(builtIn.scenario, builtIn.layout);
  const challenge = 'level' in builtIn;
  const opened = openScenario({
    kind: 'file',
    file,
    origin: 'built-in',
    teaching: challenge
      ? { role: 'student', challengeId: builtInChallengeId(builtIn.id), title: builtIn.title }
      : null,
  });
  if (opened === null) return false;
  openLibraryDialog(null);
  showMessage('info', `“${builtIn.title}” opened. Your previous scenario is kept in My scenarios.`);
  return true;
}
