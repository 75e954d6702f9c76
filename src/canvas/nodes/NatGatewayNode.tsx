import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { selectNatGateway, useStore } from '../../store/index.ts';
import type { NatGatewayFlowNode } from '../types.ts';

function NatGatewayNode({ id }: NodeProps<NatGatewayFlowNode>) {
  const nat = useStore((s) => selectNatGateway(s, id));
  if (!nat) return null;
  return (
    <div
      data-testid={`canvas.node.${id}`}
      className="flex h-full w-full flex-col justify-center rounded-md border border-emerald-500 border-l-4 bg-white px-3 shadow-sm"
    >
      <div className="truncate text-sm font-medium text-slate-900">NAT · {nat.name}</div>
      <div className="font-mono text-xs text-slate-600">{nat.publicIp ?? 'no public IP'}</div>
    </div>
  );
}

export default memo(NatGatewayNode);
