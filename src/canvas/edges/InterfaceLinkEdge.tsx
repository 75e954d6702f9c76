import { BaseEdge, useInternalNode, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { InterfaceLinkFlowEdge } from '../types.ts';
import { floatingSegment } from './floating.ts';
import { rectOf } from './rectOf.ts';

/** An instance's second (or later) interface, tied to its instance by a thin dotted line. */
function InterfaceLinkEdge({ id, source, target }: EdgeProps<InterfaceLinkFlowEdge>) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  if (!from || !to) return null;
  const { from: a, to: b } = floatingSegment(rectOf(from), rectOf(to));
  return (
    <BaseEdge
      id={id}
      path={`M ${a.x} ${a.y} L ${b.x} ${b.y}`}
      style={{ stroke: '#ff6900', strokeWidth: 1.5, strokeDasharray: '2 4' }}
    />
  );
}

export default memo(InterfaceLinkEdge);
