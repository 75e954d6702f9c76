import type { StateCreator } from 'zustand';
import { emptyScenario } from '../../model/defaults.ts';
import type { Scenario } from '../../model/types.ts';
import type { StoreState } from '../store.ts';

/** The canonical network. Everything the canvas and panels show is derived from it. */
export interface ScenarioSlice {
  readonly scenario: Scenario;
}

export const createScenarioSlice: StateCreator<StoreState, [], [], ScenarioSlice> = () => ({
  scenario: emptyScenario(),
});
