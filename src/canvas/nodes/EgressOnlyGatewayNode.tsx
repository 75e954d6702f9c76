import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useStore } from '../../store/index.ts';
import { EgressOnlyGatewayIcon } from '../icons.tsx';
import { egressOnlyGatewayOn } from '../selectors.ts';
import type { EgressOnlyInternetGatewayFlowNode } from '../types.ts';
import FindingsBadge from './FindingsBadge.tsx';
import { AddressChip } from './TerraformAddress.tsx';
import LockBadge from './LockBadge.tsx';
import { SELECTED_CLASS } from './styles.ts';
import HiddenHandles from './HiddenHandles.tsx';

/**
 * An egress-only internet gateway, on its VPC's top edge beside the internet gateway: IPv6 goes
 * out, only replies come back in. Its arrow points out only; a detached one is dashed and says so.
 */
function EgressOnlyGatewayNode({ id, selected }: NodeProps<EgressOnlyInternetGatewayFlowNode>) {
  const eigw = useStore((s) => egressOnlyGatewayOn(s, id));
  if (!eigw) return null;
  const detached = eigw.vpcId === undefined;
  return (
    <div
      data-testid={`canvas.node.${id}`}
      className={`relative flex h-full w-full items-center gap-2 rounded-full border-2 bg-white px-2.5 shadow-sm dark:bg-slate-900 ${
        detached ? 'border-dashed border-slate-400' : 'border-violet-600 dark:border-violet-400'
      } ${selected ? SELECTED_CLASS : ''}`}
    >
      <HiddenHandles />
      <LockBadge id={id} />
      <span className="rounded-full bg-white p-1 text-violet-700 ring-2 ring-violet-600 ring-inset dark:bg-slate-900 dark:text-violet-300 dark:ring-violet-400">
        <EgressOnlyGatewayIcon width={18} height={18} />
      </span>
      <div className="min-w-0">
        <div className="text-xs leading-tight font-semibold whitespace-nowrap text-violet-800 dark:text-violet-200">
          Egress-only gateway
        </div>
        <div className="truncate text-xs text-slate-700 dark:text-slate-300">
          {eigw.name}
          {detached && <span className="text-slate-500"> · detached</span>}
        </div>
      </div>
      <AddressChip id={id} />
      <FindingsBadge id={id} className="absolute -top-2 -right-1" />
    </div>
  );
}

export default memo(EgressOnlyGatewayNode);
