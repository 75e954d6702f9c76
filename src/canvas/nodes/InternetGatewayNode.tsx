import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useStore } from '../../store/index.ts';
import { InternetGatewayIcon } from '../icons.tsx';
import { internetGatewayOn } from '../selectors.ts';
import type { InternetGatewayFlowNode } from '../types.ts';
import FindingsBadge from './FindingsBadge.tsx';
import { AddressChip } from './TerraformAddress.tsx';
import LockBadge from './LockBadge.tsx';
import { SELECTED_CLASS } from './styles.ts';
import HiddenHandles from './HiddenHandles.tsx';

/**
 * An internet gateway, sitting on its VPC's top edge (it is the VPC's door to the internet); a
 * detached one stands alone, dashed, and says so.
 */
function InternetGatewayNode({ id, selected }: NodeProps<InternetGatewayFlowNode>) {
  const igw = useStore((s) => internetGatewayOn(s, id));
  if (!igw) return null;
  const detached = igw.vpcId === undefined;
  return (
    <div
      data-testid={`canvas.node.${id}`}
      className={`relative flex h-full w-full items-center gap-2 rounded-full border-2 bg-white px-2.5 shadow-sm dark:bg-slate-900 ${
        detached ? 'border-dashed border-slate-400' : 'border-violet-600 dark:border-violet-400'
      } ${selected ? SELECTED_CLASS : ''}`}
    >
      <HiddenHandles />
      <LockBadge id={id} />
      <span className="rounded-full bg-violet-600 p-1 text-white dark:bg-violet-500">
        <InternetGatewayIcon width={18} height={18} />
      </span>
      <div className="min-w-0">
        <div className="text-xs leading-tight font-semibold whitespace-nowrap text-violet-800 dark:text-violet-200">
          Internet gateway
        </div>
        <div className="truncate text-xs text-slate-700 dark:text-slate-300">
          {igw.name}
          {detached && <span className="text-slate-500"> · detached</span>}
        </div>
      </div>
      <AddressChip id={id} />
      <FindingsBadge id={id} className="absolute -top-2 -right-1" />
    </div>
  );
}

export default memo(InternetGatewayNode);
