import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { selectInternetGateway, useStore } from '../../store/index.ts';
import type { InternetGatewayFlowNode } from '../types.ts';

function InternetGatewayNode({ id }: NodeProps<InternetGatewayFlowNode>) {
  const igw = useStore((s) => selectInternetGateway(s, id));
  if (!igw) return null;
  return (
    <div
      data-testid={`canvas.node.${id}`}
      className="flex h-full w-full flex-col justify-center rounded-full border-2 border-fuchsia-500 bg-white px-4 text-center shadow-sm"
    >
      <div className="text-xs font-semibold tracking-wide text-fuchsia-800 uppercase">
        Internet gateway
      </div>
      <div className="truncate text-xs text-slate-600">
        {igw.name}
        {igw.vpcId ? '' : ' (detached)'}
      </div>
    </div>
  );
}

export default memo(InternetGatewayNode);
