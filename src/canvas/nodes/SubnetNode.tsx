import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { selectSubnet, useStore } from '../../store/index.ts';
import type { SubnetFlowNode } from '../types.ts';

function SubnetNode({ id }: NodeProps<SubnetFlowNode>) {
  const subnet = useStore((s) => selectSubnet(s, id));
  if (!subnet) return null;
  return (
    <div
      data-testid={`canvas.node.${id}`}
      className="h-full w-full rounded-lg border border-sky-500 bg-sky-50/80 px-3 py-2"
    >
      <div className="text-sm font-medium text-sky-900">{subnet.name}</div>
      <div className="font-mono text-xs text-sky-700">
        {subnet.cidrBlock} · {subnet.availabilityZone}
      </div>
    </div>
  );
}

export default memo(SubnetNode);
