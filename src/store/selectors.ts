import { validate, type Finding } from '../model/validate.ts';
import type { StoreState } from './store.ts';

/*
 * Named selectors, one entity each. `find` returns the stored object itself, so a component that
 * selects one entity re-renders only when that entity is replaced.
 */

export const selectScenarioName = (s: StoreState) => s.scenario.name;
export const selectVpc = (s: StoreState, id: string) => s.scenario.vpcs.find((v) => v.id === id);
export const selectSubnet = (s: StoreState, id: string) =>
  s.scenario.subnets.find((n) => n.id === id);
export const selectInstance = (s: StoreState, id: string) =>
  s.scenario.instances.find((i) => i.id === id);
export const selectInternetGateway = (s: StoreState, id: string) =>
  s.scenario.internetGateways.find((g) => g.id === id);
export const selectNatGateway = (s: StoreState, id: string) =>
  s.scenario.natGateways.find((g) => g.id === id);

export const selectSelection = (s: StoreState) => s.selection;

let findingsFor: StoreState['scenario'] | undefined;
let findings: readonly Finding[] = [];

/** validate()'s findings for the current scenario, computed once per scenario object. */
export const selectFindings = (s: StoreState): readonly Finding[] => {
  if (s.scenario !== findingsFor) {
    findingsFor = s.scenario;
    findings = validate(s.scenario);
  }
  return findings;
};
