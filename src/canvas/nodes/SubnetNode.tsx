import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useStore } from '../../store/index.ts';
import { PrivateIcon, PublicIcon, SubnetIcon } from '../icons.tsx';
import { subnetIsPublic, subnetOn } from '../selectors.ts';
import type { SubnetFlowNode } from '../types.ts';
import ContainerResizer from './ContainerResizer.tsx';
import FindingsBadge from './FindingsBadge.tsx';
import { AddressInline } from './TerraformAddress.tsx';
import LockBadge from './LockBadge.tsx';
import NaclChip from './NaclChip.tsx';
import HiddenHandles from './HiddenHandles.tsx';

/**
 * A subnet: green and marked "Public" when its route table sends 0.0.0.0/0 to an internet
 * gateway, blue and marked "Private" otherwise (AWS's console colours), with its block and AZ.
 * The words and the padlock say it too: status is never told by colour alone.
 */
function SubnetNode({ id, selected }: NodeProps<SubnetFlowNode>) {
  const subnet = useStore((s) => subnetOn(s, id));
  const isPublic = useStore((s) => subnetIsPublic(s, id));
  if (!subnet) return null;
  const tone = isPublic
    ? 'border-emerald-600 bg-emerald-50/85 dark:border-emerald-400 dark:bg-emerald-950/50'
    : 'border-sky-600 bg-sky-50/85 dark:border-sky-400 dark:bg-sky-950/50';
  const text = isPublic
    ? 'text-emerald-950 dark:text-emerald-100'
    : 'text-sky-950 dark:text-sky-100';
  const muted = isPublic
    ? 'text-emerald-800 dark:text-emerald-300'
    : 'text-sky-800 dark:text-sky-300';
  return (
    <div
      data-testid={`canvas.node.${id}`}
      data-public={isPublic}
      className={`h-full w-full rounded-lg border ${tone} ${
        selected ? 'shadow-[0_0_0_3px] shadow-blue-500/60' : ''
      }`}
    >
      <HiddenHandles />
      <LockBadge id={id} />
      <NaclChip subnetId={id} />
      {selected && <ContainerResizer id={id} color={isPublic ? '#059669' : '#0284c7'} />}
      <div className="flex items-start gap-1.5 px-2.5 pt-1.5">
        <SubnetIcon className={`mt-0.5 shrink-0 ${muted}`} />
        <div className="min-w-0">
          <div className={`truncate text-sm font-medium ${text}`}>
            {subnet.name}
            <AddressInline id={id} />
          </div>
          <div className={`truncate font-mono text-xs ${muted}`}>
            {subnet.cidrBlock}
            <span className="font-sans"> · </span>
            <span title="Availability Zone" data-testid={`canvas.az.${id}`}>
              {subnet.availabilityZone}
            </span>
          </div>
        </div>
        <div className="ml-auto flex shrink-0 items-center gap-1">
          <FindingsBadge id={id} />
          <span
            data-testid={`canvas.subnet-kind.${id}`}
            title={
              isPublic
                ? 'Public: its route table sends 0.0.0.0/0 to an internet gateway'
                : 'Private: no route to an internet gateway'
            }
            className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-semibold ${
              isPublic
                ? 'bg-emerald-700 text-white dark:bg-emerald-500 dark:text-emerald-950'
                : 'bg-sky-700 text-white dark:bg-sky-500 dark:text-sky-950'
            }`}
          >
            {isPublic ? (
              <PublicIcon width={12} height={12} />
            ) : (
              <PrivateIcon width={12} height={12} />
            )}
            {isPublic ? 'Public' : 'Private'}
          </span>
        </div>
      </div>
    </div>
  );
}

export default memo(SubnetNode);
