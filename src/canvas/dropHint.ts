import type { StoreState } from '../store/index.ts';
import { canvasBoxes, siteAt } from '../layout/placement.ts';

/*
 * While a node is dragged, the container it would land in is outlined, and the node itself is
 * marked when it would be sent back. This runs on every drag frame, so it writes a data attribute
 * on the two DOM elements concerned instead of going through React state (STYLE 3.7: nothing
 * re-renders the canvas per frame). The CSS is in index.css's canvas section.
 */

let marked: { target: Element | null; node: Element | null } = { target: null, node: null };

function element(id: string): Element | null {
  return document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
}

/** The container a dragged node would land in (null: nowhere it may go; undefined: none needed). */
export function landingOf(s: StoreState, id: string): string | null | undefined {
  const boxes = canvasBoxes(s.scenario, s.layout);
  const box = boxes.get(id);
  const rel = s.dragging[id];
  if (!box || !rel) return undefined;
  const parent = box.parentId === undefined ? undefined : boxes.get(box.parentId);
  const centre = {
    x: (parent?.x ?? 0) + rel.x + box.width / 2,
    y: (parent?.y ?? 0) + rel.y + box.height / 2,
  };
  const inside = new Set([id]);
  for (const b of boxes.values()) if (b.parentId === id) inside.add(b.id);
  const site = siteAt(boxes, centre, inside);
  switch (box.kind) {
    case 'instance':
    case 'natGateway':
    case 'networkInterface':
      return site.subnet?.id ?? null;
    case 'subnet':
      return site.vpc?.id ?? null;
    case 'internetGateway':
    case 'egressOnlyInternetGateway':
    case 'vpcEndpoint':
      return site.nearVpc?.id ?? (parent ? null : undefined);
    case 'transitGateway':
      // Over a VPC it attaches that VPC; elsewhere it just moves.
      return site.vpc?.id;
    case 'internetHost':
      return site.vpc ? null : undefined;
    default:
      return undefined;
  }
}

/** Marks where the dragged node would land (one node at a time; a group drag shows nothing). */
export function showLanding(s: StoreState, id: string | null): void {
  const landing = id === null ? undefined : landingOf(s, id);
  const target = typeof landing === 'string' ? element(landing) : null;
  const node = landing === null && id !== null ? element(id) : null;
  if (marked.target !== target) {
    marked.target?.removeAttribute('data-drop-target');
    target?.setAttribute('data-drop-target', '');
  }
  if (marked.node !== node) {
    marked.node?.removeAttribute('data-drop-refused');
    node?.setAttribute('data-drop-refused', '');
  }
  marked = { target, node };
}
