import type { Layout, Scenario } from '../../model/types.ts';
import { useStore } from '../store.ts';

/** Replaces the whole scenario and its layout, e.g. when a file, link or built-in is opened. */
export function loadScenario(scenario: Scenario, layout: Layout = { nodes: {} }): void {
  useStore.setState({ scenario, layout, measured: {} });
}
