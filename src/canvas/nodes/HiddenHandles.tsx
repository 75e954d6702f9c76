import { Handle, Position } from '@xyflow/react';

/** Edges float between node boxes; React Flow still needs a handle at each end. */
const HIDDEN_HANDLE = '!pointer-events-none !h-px !w-px !min-h-0 !min-w-0 !border-0 !opacity-0';

/** The invisible source and target handles of a node that edges float from. */
export default function HiddenHandles() {
  return (
    <>
      <Handle
        type="source"
        position={Position.Right}
        isConnectable={false}
        className={HIDDEN_HANDLE}
      />
      <Handle
        type="target"
        position={Position.Left}
        isConnectable={false}
        className={HIDDEN_HANDLE}
      />
    </>
  );
}
