import { BaseEdge, EdgeLabelRenderer, useInternalNode, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useStore } from '../../store/index.ts';
import { lookColour } from '../awsLooks.ts';
import { PeeringIcon } from '../icons.tsx';
import { peeringOn } from '../selectors.ts';
import type { PeeringFlowEdge } from '../types.ts';
import { floatingSegment } from './floating.ts';
import { rectOf } from './rectOf.ts';

/**
 * A VPC peering connection: a line between the two VPCs, solid when active, dashed otherwise,
 * labelled with its name and status in words (never colour alone).
 */
function PeeringEdge({ id, source, target, selected }: EdgeProps<PeeringFlowEdge>) {
  const peering = useStore((s) => peeringOn(s, id));
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  if (!peering || !from || !to) return null;
  const { from: a, to: b, mid } = floatingSegment(rectOf(from), rectOf(to));
  const active = peering.status === 'active';
  return (
    <>
      <BaseEdge
        id={id}
        path={`M ${a.x} ${a.y} L ${b.x} ${b.y}`}
        style={{
          stroke: active ? lookColour('peering') : '#94a3b8',
          strokeWidth: selected ? 3.5 : 2.5,
          strokeDasharray: active ? undefined : '8 6',
        }}
      />
      <EdgeLabelRenderer>
        <div
          data-testid={`canvas.edge.${id}`}
          data-status={peering.status}
          className={`nodrag nopan absolute flex items-center gap-1 rounded-full border bg-white px-2 py-0.5 text-xs shadow-sm dark:bg-slate-900 ${
            active
              ? 'border-violet-500 text-violet-900 dark:text-violet-100'
              : 'border-dashed border-slate-400 text-slate-700 dark:text-slate-300'
          } ${selected ? 'ring-2 ring-blue-500' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${mid.x}px, ${mid.y}px)` }}
        >
          <PeeringIcon width={13} height={13} />
          <span className="font-medium">{peering.name}</span>
          <span>· {peering.status}</span>
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export default memo(PeeringEdge);
