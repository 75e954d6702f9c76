import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useStore } from '../../store/index.ts';
import { lookColour } from '../awsLooks.ts';
import { GlobeIcon } from '../icons.tsx';
import { extraInterfaceCount, instanceOn } from '../selectors.ts';
import type { InstanceFlowNode } from '../types.ts';
import FindingsBadge from './FindingsBadge.tsx';
import { AddressChip } from './TerraformAddress.tsx';
import HiddenHandles from './HiddenHandles.tsx';
import KindTile from './KindTile.tsx';
import LockBadge from './LockBadge.tsx';
import SecurityChips from './SecurityChips.tsx';
import { LEAF_CLASS, SELECTED_CLASS } from './styles.ts';

/**
 * An EC2 instance: AWS's Compute orange and its chip, its name, private address (and how many secondary ones) and
 * public address if it has one; with more than one interface, a chip says how many (the others
 * are drawn in their subnets, linked to it).
 */
function InstanceNode({ id, selected }: NodeProps<InstanceFlowNode>) {
  const instance = useStore((s) => instanceOn(s, id));
  const extra = useStore((s) => extraInterfaceCount(s, id));
  if (!instance) return null;
  const secondaries = instance.secondaryPrivateIps?.length ?? 0;
  return (
    <div
      data-testid={`canvas.node.${id}`}
      className={`${LEAF_CLASS} ${selected ? SELECTED_CLASS : ''}`}
      style={{ borderColor: lookColour('instance') }}
    >
      <HiddenHandles />
      <LockBadge id={id} />
      <KindTile kind="instance" />
      <div className="min-w-0 flex-1">
        <div className="truncate text-sm font-medium text-slate-900 dark:text-slate-50">
          {instance.name}
        </div>
        <div className="truncate font-mono text-xs text-slate-600 dark:text-slate-300">
          {instance.privateIp}
          {secondaries > 0 && (
            <span
              className="font-sans text-slate-500 dark:text-slate-400"
              data-testid={`canvas.secondaries.${id}`}
            >
              {' '}
              +{secondaries}
            </span>
          )}
        </div>
        {instance.publicIp && (
          <div
            className="flex items-center gap-1 truncate font-mono text-xs text-slate-500 dark:text-slate-400"
            title="Public IPv4 address"
          >
            <GlobeIcon width={11} height={11} aria-hidden />
            {instance.publicIp}
          </div>
        )}
      </div>
      {extra > 0 && (
        <span
          className="absolute right-1.5 -bottom-2 rounded-full border border-orange-500 bg-white px-1.5 text-[11px] leading-4 font-medium text-orange-800 dark:border-orange-400 dark:bg-slate-900 dark:text-orange-200"
          data-testid={`canvas.interfaces.${id}`}
          title={`${extra + 1} network interfaces: eth0 here, the others linked in their subnets`}
        >
          {extra + 1} ENIs
        </span>
      )}
      <AddressChip id={id} narrow={extra > 0} />
      <SecurityChips nodeId={id} groupIds={instance.securityGroupIds} />
      <FindingsBadge id={id} className="absolute -top-2 -right-2" />
    </div>
  );
}

export default memo(InstanceNode);
