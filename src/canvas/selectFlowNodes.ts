import type { StoreState } from '../store/index.ts';
import { reuseUnchanged, reuseUnchangedEdges, toFlowEdges, toFlowNodes } from './toFlow.ts';
import type { FlowEdge, FlowNode } from './types.ts';

/*
 * The canvas's nodes and edges as store selectors, in two stages. The base derivation (model +
 * layout + measurements) runs only when one of those changes. The overlay (a drag in progress,
 * the selection) runs on every update but touches only the nodes it concerns: during a drag one
 * node object changes per frame and the others keep their identity, so React Flow re-renders one
 * node. Each selector returns the same array when nothing changed, as zustand requires. One
 * canvas per page, so module-level memos are enough.
 */

let baseInputs: readonly unknown[] = [];
let baseNodes: FlowNode[] = [];

function base(s: StoreState): FlowNode[] {
  const inputs = [s.scenario, s.layout, s.measured];
  if (inputs.some((input, k) => input !== baseInputs[k])) {
    baseInputs = inputs;
    baseNodes = reuseUnchanged(baseNodes, toFlowNodes(s.scenario, s.layout, s.measured));
  }
  return baseNodes;
}

interface Overlaid {
  readonly from: FlowNode;
  readonly at: StoreState['dragging'][string] | undefined;
  readonly selected: boolean;
  readonly node: FlowNode;
}
const overlaid = new Map<string, Overlaid>();
let lastNodes: FlowNode[] = [];
let lastOverlayInputs: readonly unknown[] = [];

export function selectFlowNodes(s: StoreState): FlowNode[] {
  const nodes = base(s);
  const inputs = [nodes, s.dragging, s.selection];
  if (inputs.every((input, k) => input === lastOverlayInputs[k])) return lastNodes;
  lastOverlayInputs = inputs;
  const selected = new Set(s.selection);
  let changed = nodes.length !== lastNodes.length;
  const next = nodes.map((n, k) => {
    const at = s.dragging[n.id];
    const isSelected = selected.has(n.id);
    let out = n;
    if (at || isSelected) {
      const cached = overlaid.get(n.id);
      if (cached && cached.from === n && cached.at === at && cached.selected === isSelected) {
        out = cached.node;
      } else {
        out = { ...n, ...(at ? { position: at } : {}), selected: isSelected } as FlowNode;
        overlaid.set(n.id, { from: n, at, selected: isSelected, node: out });
      }
    }
    if (out !== lastNodes[k]) changed = true;
    return out;
  });
  if (overlaid.size > 2 * nodes.length + 64) overlaid.clear();
  if (changed) lastNodes = next;
  return lastNodes;
}

let edgeInputs: readonly unknown[] = [];
let lastEdges: FlowEdge[] = [];
let baseEdges: FlowEdge[] = [];
let edgesFor: readonly unknown[] = [];

export function selectFlowEdges(s: StoreState): FlowEdge[] {
  const inputsOfBase = [s.scenario, s.layout.view];
  if (inputsOfBase.some((input, k) => input !== edgesFor[k])) {
    edgesFor = inputsOfBase;
    baseEdges = reuseUnchangedEdges(baseEdges, toFlowEdges(s.scenario, s.layout));
  }
  const inputs = [baseEdges, s.selection];
  if (inputs.every((input, k) => input === edgeInputs[k])) return lastEdges;
  edgeInputs = inputs;
  const selected = new Set(s.selection);
  lastEdges = baseEdges.map((e) => (selected.has(e.id) ? { ...e, selected: true } : e));
  return lastEdges;
}
