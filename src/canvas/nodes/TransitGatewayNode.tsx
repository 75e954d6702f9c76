import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useStore } from '../../store/index.ts';
import { lookColour } from '../awsLooks.ts';
import { transitGatewayOn, transitGatewayCountsOn } from '../selectors.ts';
import type { TransitGatewayFlowNode } from '../types.ts';
import FindingsBadge from './FindingsBadge.tsx';
import { AddressChip } from './TerraformAddress.tsx';
import HiddenHandles from './HiddenHandles.tsx';
import KindTile from './KindTile.tsx';
import LockBadge from './LockBadge.tsx';
import { SELECTED_CLASS } from './styles.ts';

/**
 * A transit gateway: a regional hub outside every VPC (AWS's networking purple), its name, its
 * attachments and route tables counted, its state when not available. Each VPC attachment is an
 * edge from here to its VPC.
 */
function TransitGatewayNode({ id, selected }: NodeProps<TransitGatewayFlowNode>) {
  const tgw = useStore((s) => transitGatewayOn(s, id));
  const counts = useStore((s) => transitGatewayCountsOn(s, id));
  if (!tgw) return null;
  return (
    <div
      data-testid={`canvas.node.${id}`}
      className={`relative flex h-full w-full items-center gap-2 rounded-xl border-2 bg-white px-2.5 shadow-sm dark:bg-slate-900 ${selected ? SELECTED_CLASS : ''}`}
      style={{ borderColor: lookColour('transitGateway') }}
    >
      <HiddenHandles />
      <LockBadge id={id} />
      <KindTile kind="transitGateway" size={22} className="rounded-lg p-1" />
      <div className="min-w-0 flex-1">
        <div
          data-node-kind
          className="text-xs leading-tight font-semibold whitespace-nowrap text-purple-800 dark:text-purple-200"
        >
          Transit gateway
        </div>
        <div
          data-node-name
          className="truncate text-sm font-medium text-slate-900 dark:text-slate-50"
        >
          {tgw.name}
        </div>
        <div className="truncate text-xs text-slate-600 dark:text-slate-300">
          {tgw.state === 'available' ? (
            counts
          ) : (
            <span className="font-semibold text-amber-700 dark:text-amber-300">{tgw.state}</span>
          )}
        </div>
      </div>
      <AddressChip id={id} />
      <FindingsBadge id={id} className="absolute -top-2 -right-2" />
    </div>
  );
}

export default memo(TransitGatewayNode);
