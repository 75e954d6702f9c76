import type { InternalNode } from '@xyflow/react';
import type { Rect } from './floating.ts';

/** A node's box in absolute flow coordinates, as React Flow has placed and measured it. */
export function rectOf(node: InternalNode): Rect {
  return {
    ...node.internals.positionAbsolute,
    width: node.measured.width ?? node.width ?? 0,
    height: node.measured.height ?? node.height ?? 0,
  };
}
