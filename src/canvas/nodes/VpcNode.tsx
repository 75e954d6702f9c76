import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { toggleCollapsed, useStore } from '../../store/index.ts';
import { GROUP_COLOUR } from '../awsLooks.ts';
import { ChevronIcon } from '../icons.tsx';
import { vpcContents, vpcOn } from '../selectors.ts';
import type { VpcFlowNode } from '../types.ts';
import ContainerResizer from './ContainerResizer.tsx';
import FindingsBadge from './FindingsBadge.tsx';
import KindTile from './KindTile.tsx';
import { AddressInline, ModuleLabel } from './TerraformAddress.tsx';
import LockBadge from './LockBadge.tsx';
import SubnetBars from './SubnetBars.tsx';
import ZoneBands from './ZoneBands.tsx';

/** Peering edges float between VPC boxes; React Flow still needs a handle at each end. */
const HIDDEN_HANDLE = '!pointer-events-none !h-px !w-px !min-h-0 !min-w-0 !border-0 !opacity-0';

/**
 * A VPC: a container outlined in AWS's VPC purple, its cloud-and-padlock tile in the corner (as
 * AWS's VPC group draws it, awsLooks.ts), its name and blocks. Its
 * header toggle collapses it to one box that says what it holds.
 */
function VpcNode({ id, selected, data }: NodeProps<VpcFlowNode>) {
  const vpc = useStore((s) => vpcOn(s, id));
  const collapsed = useStore((s) => s.layout.nodes[id]?.collapsed === true);
  const contents = useStore((s) => (collapsed ? vpcContents(s, id) : ''));
  if (!vpc) return null;
  return (
    <div
      data-testid={`canvas.node.${id}`}
      data-collapsed={collapsed}
      className={`h-full w-full rounded-xl border-2 ${
        collapsed ? 'bg-violet-100 dark:bg-violet-950' : 'bg-violet-50/50 dark:bg-violet-950/25'
      } ${selected ? 'shadow-[0_0_0_3px] shadow-blue-500/60' : ''}`}
      style={{ borderColor: GROUP_COLOUR.vpc }}
    >
      <LockBadge id={id} />
      <ModuleLabel id={id} />
      {!collapsed && data.bands && <ZoneBands bands={data.bands} />}
      {selected && !collapsed && <ContainerResizer id={id} color={GROUP_COLOUR.vpc} />}
      <Handle
        type="source"
        position={Position.Right}
        isConnectable={false}
        className={HIDDEN_HANDLE}
      />
      <Handle
        type="target"
        position={Position.Left}
        isConnectable={false}
        className={HIDDEN_HANDLE}
      />
      <div className="flex items-start gap-1.5 px-2 pt-1.5">
        <button
          type="button"
          className="nodrag nopan mt-0.5 rounded p-0.5 text-violet-800 hover:bg-violet-200 focus-visible:outline-2 focus-visible:outline-blue-600 dark:text-violet-200 dark:hover:bg-violet-800"
          aria-label={`${collapsed ? 'Expand' : 'Collapse'} VPC ${vpc.name}`}
          aria-expanded={!collapsed}
          title={collapsed ? 'Expand: show its subnets' : 'Collapse to one box'}
          data-testid={`canvas.collapse.${id}`}
          onClick={() => toggleCollapsed(id)}
        >
          <ChevronIcon open={!collapsed} />
        </button>
        <KindTile kind="vpc" size={16} className="mt-0.5 p-0.5" />
        <div className="min-w-0">
          <div
            className="truncate text-sm font-semibold text-violet-950 dark:text-violet-100"
            data-name
          >
            <span className="font-normal text-violet-700 dark:text-violet-300">VPC </span>
            {vpc.name}
            <AddressInline id={id} />
          </div>
          <div
            className="truncate font-mono text-xs text-violet-800 dark:text-violet-300"
            data-name
          >
            {vpc.cidrBlocks.join(', ')}
            {vpc.ipv6CidrBlock ? `, ${vpc.ipv6CidrBlock}` : ''}
          </div>
        </div>
        <FindingsBadge id={id} className="mt-0.5 ml-auto" />
      </div>
      {collapsed && (
        <div
          className="truncate px-3 pt-1 text-xs text-violet-900 dark:text-violet-200"
          data-testid={`canvas.contents.${id}`}
        >
          {contents}
        </div>
      )}
      {collapsed && <SubnetBars vpcId={id} />}
    </div>
  );
}

export default memo(VpcNode);
