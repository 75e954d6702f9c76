import type { StoreState } from '../store/index.ts';
import { reuseUnchanged, toFlowNodes } from './toFlow.ts';
import type { FlowNode } from './types.ts';

let lastInputs: readonly unknown[] = [];
let lastNodes: FlowNode[] = [];

/**
 * The canvas's nodes as a store selector. It re-derives only when the scenario, layout or
 * measurements change, and returns the same array otherwise, as zustand requires of a selector.
 * One canvas per page, so a module-level memo is enough.
 */
export function selectFlowNodes(s: StoreState): FlowNode[] {
  const inputs = [s.scenario, s.layout, s.measured];
  if (inputs.every((input, k) => input === lastInputs[k])) return lastNodes;
  lastInputs = inputs;
  lastNodes = reuseUnchanged(lastNodes, toFlowNodes(s.scenario, s.layout, s.measured));
  return lastNodes;
}
