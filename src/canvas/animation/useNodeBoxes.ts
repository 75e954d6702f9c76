import { useStore as useFlowStore, type ReactFlowState } from '@xyflow/react';
import type { Rect } from './scene.ts';

type Boxes = ReadonlyMap<string, Rect>;

let lastNodes: ReactFlowState['nodes'] | null = null;
let lastBoxes: Boxes = new Map();

/**
 * Absolute boxes of the drawn nodes, from React Flow's internal lookup (it has already resolved
 * `parentId` into `positionAbsolute`). Recomputed only when React Flow's nodes change, never on a
 * pan or zoom.
 */
function selectBoxes(s: ReactFlowState): Boxes {
  if (s.nodes === lastNodes) return lastBoxes;
  const boxes = new Map<string, Rect>();
  for (const [id, node] of s.nodeLookup) {
    if (node.hidden) continue;
    const { x, y } = node.internals.positionAbsolute;
    const width = node.measured.width ?? node.width ?? 0;
    const height = node.measured.height ?? node.height ?? 0;
    boxes.set(id, { x, y, width, height });
  }
  lastNodes = s.nodes;
  lastBoxes = boxes;
  return boxes;
}

function sameBoxes(a: Boxes, b: Boxes): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [id, p] of a) {
    const q = b.get(id);
    if (!q || q.x !== p.x || q.y !== p.y || q.width !== p.width || q.height !== p.height) {
      return false;
    }
  }
  return true;
}

/** The nodes' boxes; the component re-renders only when one of them moves or resizes. */
export function useNodeBoxes(): Boxes {
  return useFlowStore(selectBoxes, sameBoxes);
}
