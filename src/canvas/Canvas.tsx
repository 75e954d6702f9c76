import { Background, Controls, ReactFlow, type OnNodesChange } from '@xyflow/react';
import { moveNode, recordMeasured, useStore } from '../store/index.ts';
import { nodeTypes } from './nodeTypes.ts';
import { selectFlowNodes } from './selectFlowNodes.ts';
import type { FlowNode } from './types.ts';

/**
 * Nodes are controlled and derived from the store; React Flow's changes are written back to the
 * layout slice (positions, measured sizes) and the next derivation picks them up. Selection comes
 * with the selection slice.
 */
const onNodesChange: OnNodesChange<FlowNode> = (changes) => {
  for (const change of changes) {
    if (change.type === 'position' && change.position) moveNode(change.id, change.position);
    else if (change.type === 'dimensions' && change.dimensions)
      recordMeasured(change.id, change.dimensions);
  }
};

export default function Canvas() {
  const nodes = useStore(selectFlowNodes);
  return (
    <div className="h-full w-full" data-testid="canvas">
      <ReactFlow<FlowNode>
        nodes={nodes}
        onNodesChange={onNodesChange}
        nodeTypes={nodeTypes}
        fitView
        minZoom={0.2}
      >
        <Background />
        <Controls />
      </ReactFlow>
    </div>
  );
}
