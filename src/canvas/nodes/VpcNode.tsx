import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { selectVpc, useStore } from '../../store/index.ts';
import type { VpcFlowNode } from '../types.ts';

function VpcNode({ id }: NodeProps<VpcFlowNode>) {
  const vpc = useStore((s) => selectVpc(s, id));
  if (!vpc) return null;
  return (
    <div
      data-testid={`canvas.node.${id}`}
      className="h-full w-full rounded-xl border-2 border-violet-500 bg-violet-50/60 px-4 py-2"
    >
      <div className="text-sm font-semibold text-violet-900">VPC · {vpc.name}</div>
      <div className="font-mono text-xs text-violet-700">{vpc.cidrBlocks.join(', ')}</div>
    </div>
  );
}

export default memo(VpcNode);
