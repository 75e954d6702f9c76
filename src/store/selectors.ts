import { validate, type Finding } from '../model/validate.ts';
import type { StoreState } from './store.ts';

/*
 * Named selectors, one entity each. They return the stored object itself, so a component that
 * selects one entity re-renders only when that entity is replaced.
 *
 * Every node of the canvas runs its selector on every store update (a drag frame included), so a
 * lookup must not scan the list: `byId` indexes each list once per list object (the store never
 * mutates one; an edit makes a new array, which gets a new index).
 */
const indexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

/** The entity with this ID in a scenario list (the first, like `find`, if IDs repeat). */
export function byId<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
  let index = indexes.get(list);
  if (!index) {
    index = new Map();
    for (const item of list) if (!index.has(item.id)) index.set(item.id, item);
    indexes.set(list, index);
  }
  return index.get(id) as T | undefined;
}

export const selectScenarioName = (s: StoreState) => s.scenario.name;
export const selectVpc = (s: StoreState, id: string) => byId(s.scenario.vpcs, id);
export const selectSubnet = (s: StoreState, id: string) => byId(s.scenario.subnets, id);
export const selectInstance = (s: StoreState, id: string) => byId(s.scenario.instances, id);
export const selectInternetGateway = (s: StoreState, id: string) =>
  byId(s.scenario.internetGateways, id);
export const selectNatGateway = (s: StoreState, id: string) => byId(s.scenario.natGateways, id);
export const selectNetworkInterface = (s: StoreState, id: string) =>
  byId(s.scenario.networkInterfaces, id);
export const selectPrefixList = (s: StoreState, id: string) => byId(s.scenario.prefixLists, id);
export const selectVpcEndpoint = (s: StoreState, id: string) => byId(s.scenario.vpcEndpoints, id);
export const selectEgressOnlyInternetGateway = (s: StoreState, id: string) =>
  byId(s.scenario.egressOnlyInternetGateways, id);
export const selectTransitGateway = (s: StoreState, id: string) =>
  byId(s.scenario.transitGateways, id);
export const selectTransitGatewayAttachment = (s: StoreState, id: string) =>
  byId(s.scenario.transitGatewayAttachments, id);
export const selectTransitGatewayRouteTable = (s: StoreState, id: string) =>
  byId(s.scenario.transitGatewayRouteTables, id);

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
