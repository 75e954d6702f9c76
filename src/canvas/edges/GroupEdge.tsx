import { BaseEdge, EdgeLabelRenderer, useInternalNode, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { groupEdgeLabel } from '../security/groupLook.ts';
import { chipColour } from '../security/chipColour.ts';
import type { GroupFlowEdge } from '../types.ts';
import { floatingSegment } from './floating.ts';
import { rectOf } from './rectOf.ts';

/**
 * The security view: one arrow per pair of groups, from a member of the group admitted to a
 * member of the group that admits it, in the admitted group's colour, its label the ports.
 */
function GroupEdge({ id, source, target, data }: EdgeProps<GroupFlowEdge>) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  const link = data?.link;
  if (!link || !from || !to) return null;
  const { from: a, to: b, mid } = floatingSegment(rectOf(from), rectOf(to));
  const colour = chipColour(link.from);
  const angle = Math.atan2(b.y - a.y, b.x - a.x);
  const head = (turn: number) =>
    `${b.x - 9 * Math.cos(angle + turn)} ${b.y - 9 * Math.sin(angle + turn)}`;
  return (
    <>
      <BaseEdge
        id={id}
        path={`M ${a.x} ${a.y} L ${b.x} ${b.y} M ${head(0.45)} L ${b.x} ${b.y} L ${head(-0.45)}`}
        style={{ stroke: colour, strokeWidth: 2, strokeDasharray: '2 4', strokeLinecap: 'round' }}
      />
      <EdgeLabelRenderer>
        <div
          data-testid={`canvas.group-edge.${id}`}
          title={`${link.toName} admits ${link.fromName}: ${link.ports.join(', ')}`}
          className="group-label nodrag nopan pointer-events-none absolute max-w-[240px] truncate rounded-full border-2 bg-white px-2 text-[11px] leading-4 text-slate-800 shadow-sm dark:bg-slate-900 dark:text-slate-100"
          style={{
            borderColor: colour,
            transform: `translate(-50%, -50%) translate(${mid.x}px, ${mid.y}px)`,
          }}
        >
          {groupEdgeLabel(link)}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export default memo(GroupEdge);
