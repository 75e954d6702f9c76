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
  const result = edit(useStore.getState().scenario);
  if (!result.ok) {
    showMessage('error', result.error);
    return null;
  }
  if (result.value.scenario !== useStore.getState().scenario) {
    useStore.setState({ scenario: result.value.scenario });
  }
  return result.value;
}

/** Applies an edit that cannot be refused. */
export function updateScenario(edit: (scenario: Scenario) => Scenario): void {
  const next = edit(useStore.getState().scenario);
  if (next !== useStore.getState().scenario) useStore.setState({ scenario: next });
}
