import { useStore as useFlowStore, type ReactFlowState } from '@xyflow/react';
import type { FlowNodeType } from '../types.ts';
import type { NodeBox } from './obstacles.ts';
import type { Rect } from './scene.ts';

type Boxes = ReadonlyMap<string, Rect>;

/** The drawn nodes read once: their boxes by id (the scene) and, with kinds, as a list (obstacles). */
interface Drawn {
  readonly boxes: Boxes;
  readonly layout: NodeBox[];
}

let lastNodes: ReactFlowState['nodes'] | null = null;
let last: Drawn = { boxes: new Map(), layout: [] };

/**
 * Absolute boxes of the drawn nodes, from React Flow's internal lookup (it has already resolved
 * `parentId` into `positionAbsolute`). Recomputed only when React Flow's nodes change, never on a
 * pan or zoom; the packet's scene and the badge's obstacles share this one pass.
 */
function selectDrawn(s: ReactFlowState): Drawn {
  if (s.nodes === lastNodes) return last;
  const boxes = new Map<string, Rect>();
  const layout: NodeBox[] = [];
  for (const [id, node] of s.nodeLookup) {
    if (node.hidden) continue;
    const { x, y } = node.internals.positionAbsolute;
    const width = node.measured.width ?? node.width ?? 0;
    const height = node.measured.height ?? node.height ?? 0;
    const box = { x, y, width, height };
    boxes.set(id, box);
    if (node.type === undefined) continue;
    const bands = (node.data as { bands?: readonly { box: Rect }[] }).bands?.map((b) => ({
      ...b.box,
      x: b.box.x + x,
      y: b.box.y + y,
    }));
    layout.push({ id, kind: node.type as FlowNodeType, box, ...(bands ? { bands } : {}) });
  }
  lastNodes = s.nodes;
  last = { boxes, layout };
  return last;
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
  return useFlowStore((s) => selectDrawn(s).boxes, sameBoxes);
}

/** The drawn nodes with their kinds; changes only when React Flow's nodes do. */
export function useNodeLayout(): NodeBox[] {
  return useFlowStore((s) => selectDrawn(s).layout);
}
