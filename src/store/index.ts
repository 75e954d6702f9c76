export { useStore, type StoreState } from './store.ts';
export type { Size } from './slices/layout.ts';
export * from './selectors.ts';
export { loadScenario } from './actions/scenario.ts';
export { moveNode, recordMeasured } from './actions/layout.ts';
