import { toScenarioFile } from '../../model/envelope.ts';
import type { BuiltInScenario } from '../../scenarios/index.ts';
import { addKept, openKept, openLibraryDialog, showMessage } from '../../store/index.ts';

/**
 * Opens a built-in as a new kept scenario: the one open now stays in My scenarios as it is, so
 * nothing is ever replaced. (The store may not import the scenarios; the shell hands them over.)
 */
export function openBuiltIn(builtIn: BuiltInScenario): boolean {
  const file = toScenarioFile(builtIn.scenario, builtIn.layout);
  const opened = openKept(addKept(file, builtIn.scenario.name, 'built-in'));
  if (!opened) return false;
  openLibraryDialog(null);
  showMessage('info', `“${builtIn.title}” opened. Your previous scenario is kept in My scenarios.`);
  return true;
}
