import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { selectInstance, useStore } from '../../store/index.ts';
import type { InstanceFlowNode } from '../types.ts';

function InstanceNode({ id }: NodeProps<InstanceFlowNode>) {
  const instance = useStore((s) => selectInstance(s, id));
  if (!instance) return null;
  return (
    <div
      data-testid={`canvas.node.${id}`}
      className="flex h-full w-full flex-col justify-center rounded-md border border-orange-400 border-l-4 bg-white px-3 shadow-sm"
    >
      <div className="truncate text-sm font-medium text-slate-900">{instance.name}</div>
      <div className="font-mono text-xs text-slate-600">{instance.privateIp}</div>
      {instance.publicIp && (
        <div className="font-mono text-xs text-slate-400" title="public IPv4 address">
          {instance.publicIp}
        </div>
      )}
    </div>
  );
}

export default memo(InstanceNode);
