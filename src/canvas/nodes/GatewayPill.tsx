import type { ReactNode } from 'react';
import type { LookKind } from '../awsLooks.ts';
import FindingsBadge from './FindingsBadge.tsx';
import HiddenHandles from './HiddenHandles.tsx';
import KindTile from './KindTile.tsx';
import LockBadge from './LockBadge.tsx';
import { SELECTED_CLASS } from './styles.ts';
import { AddressChip } from './TerraformAddress.tsx';

/**
 * A gateway on its VPC's top edge, the internet gateway or the egress-only one: a pill with its
 * round tile in AWS's Networking purple, its kind and its name; a detached one is dashed and says
 * so. At the names zoom level its kind line gives way to its name (`data-node-kind`,
 * `data-node-name`: canvas.css).
 */
export default function GatewayPill({
  id,
  kind,
  label,
  name,
  detached,
  selected,
}: {
  readonly id: string;
  readonly kind: Extract<LookKind, 'internetGateway' | 'egressOnlyGateway'>;
  readonly label: string;
  readonly name: ReactNode;
  readonly detached: boolean;
  readonly selected: boolean;
}) {
  return (
    <div
      data-testid={`canvas.node.${id}`}
      className={`relative flex h-full w-full items-center gap-2 rounded-full border-2 bg-white px-2.5 shadow-sm dark:bg-slate-900 ${
        detached ? 'border-dashed border-slate-400' : 'border-violet-600 dark:border-violet-400'
      } ${selected ? SELECTED_CLASS : ''}`}
    >
      <HiddenHandles />
      <LockBadge id={id} />
      <KindTile kind={kind} round />
      <div className="min-w-0">
        <div
          data-node-kind
          className="text-xs leading-tight font-semibold whitespace-nowrap text-violet-800 dark:text-violet-200"
        >
          {label}
        </div>
        <div data-node-name className="truncate text-xs text-slate-700 dark:text-slate-300">
          {name}
          {detached && <span className="text-slate-500"> · detached</span>}
        </div>
      </div>
      <AddressChip id={id} />
      <FindingsBadge id={id} className="absolute -top-2 -right-1" />
    </div>
  );
}
