import { lockedEditError } from '../../model/challenge.ts';
import type { Layout, Scenario } from '../../model/types.ts';
import { useStore } from '../store.ts';
import { clearHistory } from './history.ts';
import { showMessage } from './ui.ts';

/** Replaces the whole scenario and its layout, e.g. when a file, link or built-in is opened. */
export function loadScenario(scenario: Scenario, layout: Layout = { nodes: {} }): void {
  useStore.setState((s) => ({
    scenario,
    layout,
    measured: {},
    dragging: {},
    selection: [],
    loads: s.loads + 1,
  }));
  clearHistory();
}

/** The result of a model edit: a new scenario, or a refusal that names what is wrong. */
export type EditOutcome<T extends { scenario: Scenario }> =
  { ok: true; value: T } | { ok: false; error: string };

/**
 * Applies a pure model edit to the scenario as one undoable step. A refusal leaves the model as it
 * was and is said to the user; the caller gets the value (new IDs, say) or null.
 */
export function applyEdit<T extends { scenario: Scenario }>(
  edit: (scenario: Scenario) => EditOutcome<T>,
): T | null {
  const before = useStore.getState().scenario;
  const result = edit(before);
  if (!result.ok) {
    showMessage('error', result.error);
    return null;
  }
  // A challenge's locked resources (and goals) refuse every edit, whichever panel asked.
  const locked = lockedEditError(before, result.value.scenario);
  if (locked !== null) {
    showMessage('error', locked);
    return null;
  }
  if (result.value.scenario !== before) {
    useStore.setState({ scenario: result.value.scenario });
  }
  return result.value;
}

/** Applies an edit that cannot be refused. */
export function updateScenario(edit: (scenario: Scenario) => Scenario): void {
  const before = useStore.getState().scenario;
  const next = edit(before);
  const locked = lockedEditError(before, next);
  if (locked !== null) showMessage('error', locked);
  else if (next !== before) useStore.setState({ scenario: next });
}
