import type { NewFlow } from '../../model/edit/flows.ts';
import { addFlow } from '../../model/edit/flows.ts';
import type { EditResult } from '../../model/edit/result.ts';
import type { Scenario } from '../../model/types.ts';
import { commitScenario } from '../door.ts';
import type { ExpectationsView } from '../slices/sim.ts';
import { engineClient } from '../engine.ts';
import { useStore } from '../store.ts';
import { showMessage } from './ui.ts';

/**
 * Expectations files in the app (spec/ci-check.md, "`check --expect`"): the Flows tab exports the
 * saved flows and goals as one, and imports one. Both go through the worker (the checks room is
 * the engine's side); an import's flows become saved flows with their expected outcome (one undo
 * step, through the one door), and its invariants show as goals with their counterexamples.
 */

function setExpectations(view: ExpectationsView): void {
  useStore.setState((s) => ({ sim: { ...s.sim, expectations: view } }));
}

/** The saved flows with an expected outcome, as the text of an expectations file. */
export function expectationsText(): Promise<string> {
  return engineClient().exportExpectations(useStore.getState().scenario);
}

/**
 * Imports an expectations file: checks it against the scenario, adds its flows as saved flows,
 * keeps its invariants' results. Returns the one line that says what is wrong with it, or null.
 */
export async function importExpectations(text: string, file: string): Promise<string | null> {
  const scenario = useStore.getState().scenario;
  const answer = await engineClient().checkExpectations(scenario, text, file);
  if (!answer.ok) {
    showMessage('error', answer.error);
    return answer.error;
  }
  const { report } = answer;
  const known = new Set(scenario.flows.map((f) => f.name));
  let result: EditResult<{ scenario: Scenario }> = { ok: true, value: { scenario } };
  let added = 0;
  for (const f of report.flows) {
    if (!result.ok || f.flow === undefined || known.has(f.name)) continue;
    const flow: NewFlow = { ...f.flow, name: f.name, expected: f.expected };
    result = addFlow(result.value.scenario, flow);
    added++;
  }
  if (added > 0) {
    const committed = commitScenario(result);
    if (!committed.ok) {
      showMessage('error', committed.error);
      return committed.error;
    }
  }
  setExpectations({ file, text, report });
  const goals = report.invariants.length;
  showMessage(
    'info',
    `${file}: ${added} flow${added === 1 ? '' : 's'} added, ${goals} invariant${goals === 1 ? '' : 's'} checked.`,
  );
  return null;
}

/** Checks the imported invariants again against the scenario as it is now. */
export async function recheckExpectations(): Promise<void> {
  const view = useStore.getState().sim.expectations;
  if (!view) return;
  const answer = await engineClient().checkExpectations(
    useStore.getState().scenario,
    view.text,
    view.file,
  );
  if (answer.ok) setExpectations({ ...view, report: answer.report });
  else showMessage('error', answer.error);
}

export function closeExpectations(): void {
  useStore.setState((s) => ({ sim: { ...s.sim, expectations: null } }));
}
