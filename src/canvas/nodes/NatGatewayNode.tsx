import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useStore } from '../../store/index.ts';
import { NatGatewayIcon } from '../icons.tsx';
import { natGatewayOn } from '../selectors.ts';
import type { NatGatewayFlowNode } from '../types.ts';
import FindingsBadge from './FindingsBadge.tsx';
import { AddressChip } from './TerraformAddress.tsx';
import LockBadge from './LockBadge.tsx';
import { LEAF_CLASS, SELECTED_CLASS } from './styles.ts';
import HiddenHandles from './HiddenHandles.tsx';

/** A NAT gateway in its subnet: its name, public address, and its state when not available. */
function NatGatewayNode({ id, selected }: NodeProps<NatGatewayFlowNode>) {
  const nat = useStore((s) => natGatewayOn(s, id));
  if (!nat) return null;
  return (
    <div
      data-testid={`canvas.node.${id}`}
      className={`${LEAF_CLASS} border-teal-600 dark:border-teal-400 ${selected ? SELECTED_CLASS : ''}`}
    >
      <HiddenHandles />
      <LockBadge id={id} />
      <span className="rounded bg-teal-600 p-1 text-white dark:bg-teal-400 dark:text-teal-950">
        <NatGatewayIcon width={18} height={18} />
      </span>
      <div className="min-w-0 flex-1">
        <div className="truncate text-sm font-medium text-slate-900 dark:text-slate-50">
          <span className="font-normal text-slate-500 dark:text-slate-400">NAT </span>
          {nat.name}
        </div>
        <div className="truncate font-mono text-xs text-slate-600 dark:text-slate-300">
          {nat.publicIp ?? 'no public IP'}
        </div>
        {nat.state !== 'available' && (
          <div className="text-xs font-semibold text-amber-700 dark:text-amber-300">
            {nat.state}
          </div>
        )}
      </div>
      <AddressChip id={id} />
      <FindingsBadge id={id} className="absolute -top-2 -right-2" />
    </div>
  );
}

export default memo(NatGatewayNode);
