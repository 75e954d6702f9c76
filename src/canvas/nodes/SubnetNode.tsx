import type { NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { useStore } from '../../store/index.ts';
import { SUBNET_LOOK } from '../awsLooks.ts';
import { PrivateIcon, PublicIcon } from '../icons.tsx';
import { subnetIsPublic, subnetOn } from '../selectors.ts';
import type { SubnetFlowNode } from '../types.ts';
import ContainerResizer from './ContainerResizer.tsx';
import FindingsBadge from './FindingsBadge.tsx';
import { AddressInline } from './TerraformAddress.tsx';
import LockBadge from './LockBadge.tsx';
import NaclChip from './NaclChip.tsx';
import HiddenHandles from './HiddenHandles.tsx';
import KindTile from './KindTile.tsx';

/**
 * A subnet: AWS's public-subnet green and marked "Public" when its route table sends 0.0.0.0/0
 * to an internet gateway, AWS's private-subnet teal and marked "Private" otherwise (the group
 * colours and corner padlock of AWS's diagrams, awsLooks.ts), with its block and AZ.
 * The words and the padlock say it too: status is never told by colour alone.
 */
function SubnetNode({ id, selected }: NodeProps<SubnetFlowNode>) {
  const subnet = useStore((s) => subnetOn(s, id));
  const isPublic = useStore((s) => subnetIsPublic(s, id));
  if (!subnet) return null;
  const look = SUBNET_LOOK[isPublic ? 'public' : 'private'];
  // The theme's colours as CSS variables, read by `bg-(--…)` and `dark:bg-(--…-dark)`: the hex
  // colours live in awsLooks.ts only, which the export reads too.
  const vars = {
    borderColor: look.colour,
    '--fill': look.fill.light,
    '--fill-dark': look.fill.dark,
    '--badge': look.badge.light,
    '--badge-dark': look.badge.dark,
    '--badge-ink': look.badgeInk.light,
    '--badge-ink-dark': look.badgeInk.dark,
  } as CSSProperties;
  return (
    <div
      data-testid={`canvas.node.${id}`}
      data-public={isPublic}
      className={`h-full w-full rounded-lg border bg-(--fill) dark:bg-(--fill-dark) ${
        selected ? 'shadow-[0_0_0_3px] shadow-blue-500/60' : ''
      }`}
      style={vars}
    >
      <HiddenHandles />
      <LockBadge id={id} />
      <NaclChip subnetId={id} />
      {selected && <ContainerResizer id={id} color={look.colour} />}
      <div className="flex items-start gap-1.5 px-2.5 pt-1.5">
        <KindTile kind="subnet" icon={look.icon} colour={look.colour} size={16} className="p-0.5" />
        <div className="min-w-0">
          <div className="truncate text-sm font-medium text-slate-900 dark:text-slate-50" data-name>
            {subnet.name}
            <AddressInline id={id} />
          </div>
          <div className="truncate font-mono text-xs text-slate-600 dark:text-slate-300" data-name>
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
            className="inline-flex items-center gap-1 rounded bg-(--badge) px-1.5 py-0.5 text-xs font-semibold text-(--badge-ink) dark:bg-(--badge-dark) dark:text-(--badge-ink-dark)"
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
