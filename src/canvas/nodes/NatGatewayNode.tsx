import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useStore } from '../../store/index.ts';
import { lookColour } from '../awsLooks.ts';
import { natGatewayOn } from '../selectors.ts';
import type { NatGatewayFlowNode } from '../types.ts';
import FindingsBadge from './FindingsBadge.tsx';
import { AddressChip } from './TerraformAddress.tsx';
import LockBadge from './LockBadge.tsx';
import { LEAF_CLASS, SELECTED_CLASS } from './styles.ts';
import HiddenHandles from './HiddenHandles.tsx';
import KindTile from './KindTile.tsx';

/** A NAT gateway in its subnet, in AWS's Networking purple: its name, public address, and its state when not available. */
function NatGatewayNode({ id, selected }: NodeProps<NatGatewayFlowNode>) {
  const nat = useStore((s) => natGatewayOn(s, id));
  if (!nat) return null;
  return (
    <div
      data-testid={`canvas.node.${id}`}
      className={`${LEAF_CLASS} ${selected ? SELECTED_CLASS : ''}`}
      style={{ borderColor: lookColour('natGateway') }}
    >
      <HiddenHandles />
      <LockBadge id={id} />
      <KindTile kind="natGateway" />
      <div className="min-w-0 flex-1">
        <div className="truncate text-sm font-medium text-slate-900 dark:text-slate-50">
          <span data-node-kind className="font-normal text-slate-500 dark:text-slate-400">
            NAT{' '}
          </span>
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
