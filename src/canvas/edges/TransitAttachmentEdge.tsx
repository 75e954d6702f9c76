import { BaseEdge, EdgeLabelRenderer, useInternalNode, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useStore } from '../../store/index.ts';
import { TransitGatewayIcon } from '../icons.tsx';
import { attachmentSubnetsOn, transitAttachmentOn } from '../selectors.ts';
import type { TransitAttachmentFlowEdge } from '../types.ts';
import { SHIFT } from './labelShift.ts';
import { attachmentSegment } from './floating.ts';
import { rectOf } from './rectOf.ts';

/**
 * A transit gateway's VPC attachment: a line from the transit gateway to the VPC, solid when
 * available, dashed otherwise; its label says the attachment's subnets (one per zone: where the
 * transit gateway's interfaces sit) and its state when not available.
 */
function TransitAttachmentEdge({
  id,
  source,
  target,
  selected,
}: EdgeProps<TransitAttachmentFlowEdge>) {
  const attachment = useStore((s) => transitAttachmentOn(s, id));
  const subnets = useStore((s) => attachmentSubnetsOn(s, id));
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  if (!attachment || !from || !to) return null;
  const {
    from: a,
    to: b,
    label: at,
    anchor,
    maxWidth,
  } = attachmentSegment(rectOf(from), rectOf(to));
  const available = attachment.state === 'available';
  return (
    <>
      <BaseEdge
        id={id}
        path={`M ${a.x} ${a.y} L ${b.x} ${b.y}`}
        style={{
          stroke: available ? '#9810fa' : '#94a3b8',
          strokeWidth: selected ? 3.5 : 2.5,
          strokeDasharray: available ? undefined : '8 6',
        }}
      />
      <EdgeLabelRenderer>
        <div
          data-testid={`canvas.edge.${id}`}
          data-state={attachment.state}
          title={`${attachment.name} (${id}): subnets ${subnets}`}
          className={`nodrag nopan absolute flex items-center gap-1 rounded-full border bg-white px-2 py-0.5 text-xs shadow-sm dark:bg-slate-900 ${
            available
              ? 'border-purple-500 text-purple-900 dark:text-purple-100'
              : 'border-dashed border-slate-400 text-slate-700 dark:text-slate-300'
          } ${selected ? 'ring-2 ring-blue-500' : ''}`}
          style={{
            transform: `translate(${SHIFT[anchor]}, -50%) translate(${at.x}px, ${at.y}px)`,
            maxWidth,
          }}
        >
          <TransitGatewayIcon width={13} height={13} className="shrink-0" />
          <span className="truncate">{subnets}</span>
          {!available && <span className="shrink-0">· {attachment.state}</span>}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export default memo(TransitAttachmentEdge);
