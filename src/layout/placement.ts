import type { Layout, Scenario } from '../model/types.ts';
import type {
  CanvasBox,
  DropSite,
  LayoutPatch,
  NodeKind,
  Point,
  ResizeLimits,
  Size,
} from './types.ts';
import { autoLayout, type Box } from './autoLayout.ts';
import { drawnEndpoints, drawnInterfaces } from './drawn.ts';
import {
  ATTACH_MARGIN,
  ENDPOINT,
  endpointEdgeY,
  GAP,
  GATEWAY,
  GATEWAY_EDGE_Y,
  GRID,
  HEADER,
  HOST,
  LEAF,
  MIN_SUBNET,
  MIN_VPC,
  NEW_SUBNET,
  NEW_VPC,
  PAD,
  SUBNET_GAP,
  TRANSIT,
  TRANSIT_DROP,
  VPC_GAP,
  VPC_PAD,
} from './geometry.ts';
import { nearestFree } from './freeSlot.ts';

/**
 * Where things sit on the canvas, in absolute flow coordinates: the pure geometry the store's
 * canvas actions and the canvas's drop hint ask for (hit tests, free spots, growing containers).
 * No DOM, no React.
 */

/** The size a new node of each kind is drawn at. */
export const NEW_SIZES: Readonly<Record<NodeKind, Size>> = {
  vpc: NEW_VPC,
  subnet: NEW_SUBNET,
  instance: LEAF,
  natGateway: LEAF,
  networkInterface: LEAF,
  internetGateway: GATEWAY,
  egressOnlyInternetGateway: GATEWAY,
  vpcEndpoint: ENDPOINT,
  transitGateway: TRANSIT,
  internetHost: HOST,
};

/** Nodes that sit on their VPC's edge rather than inside it: they never hold a VPC open. */
export const ON_EDGE: ReadonlySet<NodeKind> = new Set([
  'internetGateway',
  'egressOnlyInternetGateway',
  'vpcEndpoint',
]);

/** Inner margins of a container: children stay right of `left` and below `top`. */
function inset(container: NodeKind) {
  return container === 'vpc'
    ? { left: PAD, top: HEADER - 8, pad: VPC_PAD, gap: SUBNET_GAP }
    : { left: 8, top: HEADER - 8, pad: PAD, gap: GAP };
}

let memo: { scenario: Scenario; layout: Layout; boxes: Map<string, CanvasBox> } | null = null;

/** Every node the canvas shows, absolute; children of a collapsed VPC are left out. */
export function canvasBoxes(scenario: Scenario, layout: Layout): ReadonlyMap<string, CanvasBox> {
  if (memo && memo.scenario === scenario && memo.layout === layout) return memo.boxes;
  const rel = autoLayout(scenario, layout);
  const boxes = new Map<string, CanvasBox>();
  const add = (id: string, kind: NodeKind, parentId?: string) => {
    const box = rel.get(id);
    const parent = parentId === undefined ? undefined : boxes.get(parentId);
    if (!box || (parentId !== undefined && !parent)) return;
    boxes.set(id, absolute(id, kind, box, parent));
  };
  const collapsed = (vpcId: string) => layout.nodes[vpcId]?.collapsed === true;
  for (const v of scenario.vpcs) add(v.id, 'vpc');
  for (const g of scenario.internetGateways) add(g.id, 'internetGateway', g.vpcId);
  for (const g of scenario.egressOnlyInternetGateways)
    add(g.id, 'egressOnlyInternetGateway', g.vpcId);
  for (const e of drawnEndpoints(scenario))
    if (!collapsed(e.vpcId)) add(e.id, 'vpcEndpoint', e.vpcId);
  for (const s of scenario.subnets) if (!collapsed(s.vpcId)) add(s.id, 'subnet', s.vpcId);
  for (const i of scenario.instances) add(i.id, 'instance', i.subnetId);
  for (const n of scenario.natGateways) add(n.id, 'natGateway', n.subnetId);
  for (const e of drawnInterfaces(scenario)) add(e.id, 'networkInterface', e.subnetId);
  for (const t of scenario.transitGateways) add(t.id, 'transitGateway');
  for (const h of scenario.internetHosts) add(h.id, 'internetHost');
  memo = { scenario, layout, boxes };
  return boxes;
}

function absolute(id: string, kind: NodeKind, box: Box, parent?: CanvasBox): CanvasBox {
  return {
    id,
    kind,
    x: (parent?.x ?? 0) + box.x,
    y: (parent?.y ?? 0) + box.y,
    width: box.width,
    height: box.height,
    rel: { x: box.x, y: box.y },
    ...(parent ? { parentId: parent.id } : {}),
  };
}

function contains(box: CanvasBox, p: Point, margin = 0): boolean {
  return (
    p.x >= box.x - margin &&
    p.x <= box.x + box.width + margin &&
    p.y >= box.y - margin &&
    p.y <= box.y + box.height + margin
  );
}

function distance(box: CanvasBox, p: Point): number {
  const dx = Math.max(box.x - p.x, 0, p.x - box.x - box.width);
  const dy = Math.max(box.y - p.y, 0, p.y - box.y - box.height);
  return Math.hypot(dx, dy);
}

/** The smallest box of `kind` that holds the point: the innermost container under it. */
function innermost(
  boxes: ReadonlyMap<string, CanvasBox>,
  kind: NodeKind,
  p: Point,
  exclude: ReadonlySet<string>,
): CanvasBox | undefined {
  let best: CanvasBox | undefined;
  for (const box of boxes.values()) {
    if (box.kind !== kind || exclude.has(box.id) || !contains(box, p)) continue;
    if (!best || box.width * box.height < best.width * best.height) best = box;
  }
  return best;
}

/** The containers under `point`, ignoring `exclude` (a dragged node and what it holds). */
export function siteAt(
  boxes: ReadonlyMap<string, CanvasBox>,
  point: Point,
  exclude: ReadonlySet<string> = new Set(),
): DropSite {
  const subnet = innermost(boxes, 'subnet', point, exclude);
  const vpc =
    (subnet?.parentId === undefined ? undefined : boxes.get(subnet.parentId)) ??
    innermost(boxes, 'vpc', point, exclude);
  let nearVpc = vpc;
  if (!nearVpc) {
    let nearest = ATTACH_MARGIN;
    for (const box of boxes.values()) {
      if (box.kind !== 'vpc' || exclude.has(box.id)) continue;
      const d = distance(box, point);
      if (d <= nearest) {
        nearest = d;
        nearVpc = box;
      }
    }
  }
  return {
    ...(vpc ? { vpc } : {}),
    ...(subnet ? { subnet } : {}),
    ...(nearVpc ? { nearVpc } : {}),
  };
}

const snapTo = (n: number) => Math.round(n / GRID) * GRID;

/** Relative top-left for a node centred on `point` in `parent`, kept inside its left/top edges. */
function centredIn(
  kind: NodeKind,
  size: Size,
  parent: CanvasBox | null,
  point: Point,
  snap: boolean,
) {
  let x = point.x - size.width / 2 - (parent?.x ?? 0);
  let y = point.y - size.height / 2 - (parent?.y ?? 0);
  if (snap) {
    x = snapTo(x);
    y = snapTo(y);
  }
  if (!parent) return { x, y };
  if (ON_EDGE.has(kind))
    return { x: Math.max(0, Math.min(x, parent.width - size.width)), y: edgeY(kind, parent) };
  const { left, top } = inset(parent.kind);
  return { x: Math.max(left, x), y: Math.max(top, y) };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The y of a node on its VPC's edge: gateways on the top edge, gateway endpoints on the bottom. */
function edgeY(kind: NodeKind, parent: Size): number {
  return kind === 'vpcEndpoint' ? endpointEdgeY(parent.height) : GATEWAY_EDGE_Y;
}

/** The first spot, row by row, where a node of `size` overlaps none of its future siblings. */
function freeSpotIn(
  boxes: ReadonlyMap<string, CanvasBox>,
  kind: NodeKind,
  size: Size,
  parent: CanvasBox,
): Point {
  const siblings = [...boxes.values()].filter(
    (b) => b.parentId === parent.id && !ON_EDGE.has(b.kind),
  );
  if (ON_EDGE.has(kind)) {
    const y = edgeY(kind, parent);
    // Beside the nodes already on that edge, from its middle to the right.
    const onEdge = [...boxes.values()].filter(
      (b) => b.parentId === parent.id && ON_EDGE.has(b.kind) && b.rel.y === y,
    );
    const x = parent.width / 2 - size.width / 2 + onEdge.length * (size.width + GAP);
    return { x: Math.max(0, Math.min(x, parent.width - size.width)), y };
  }
  const { pad, gap } = inset(parent.kind);
  const rels = siblings.map((b) => ({ ...b.rel, width: b.width, height: b.height }));
  // Slots on a lattice of the new node's size, so that added nodes line up in rows.
  const perRow = Math.max(1, Math.floor((parent.width - 2 * pad + gap) / (size.width + gap)));
  for (let row = 0; ; row++) {
    for (let k = 0; k < perRow; k++) {
      const slot = {
        x: pad + k * (size.width + gap),
        y: HEADER + row * (size.height + gap),
        ...size,
      };
      if (!rels.some((r) => overlaps(slot, r))) return { x: slot.x, y: slot.y };
    }
  }
}

/** Right of everything on the open canvas, top-aligned with the first VPC. */
function freeSpotOutside(boxes: ReadonlyMap<string, CanvasBox>, kind: NodeKind): Point {
  const top = [...boxes.values()].filter((b) => b.parentId === undefined);
  if (top.length === 0) return { x: 0, y: 0 };
  if (kind === 'transitGateway') return belowVpcs(top);
  const right = Math.max(...top.map((b) => b.x + b.width));
  const y = Math.min(...top.map((b) => b.y));
  if (kind === 'vpc') return { x: snapTo(right + VPC_GAP), y };
  // Internet hosts and detached gateways stack in the column right of the VPCs.
  const vpcsRight = Math.max(0, ...top.filter((b) => b.kind === 'vpc').map((b) => b.x + b.width));
  const column = top.filter((b) => b.kind !== 'vpc' && b.x >= vpcsRight);
  const below = Math.max(y, ...column.map((b) => b.y + b.height + GAP));
  return { x: snapTo(vpcsRight + VPC_GAP), y: below };
}

/** Below the VPCs, right of the transit gateways already there: a hub the VPCs hang above. */
function belowVpcs(top: readonly CanvasBox[]): Point {
  const vpcs = top.filter((b) => b.kind === 'vpc');
  if (vpcs.length === 0) return { x: 0, y: 0 };
  const left = Math.min(...vpcs.map((b) => b.x));
  const right = Math.max(...vpcs.map((b) => b.x + b.width));
  const y = snapTo(Math.max(...vpcs.map((b) => b.y + b.height)) + TRANSIT_DROP);
  const hubs = top.filter((b) => b.kind === 'transitGateway' && b.y + b.height > y - TRANSIT_DROP);
  const x =
    hubs.length === 0
      ? (left + right) / 2 - TRANSIT.width / 2
      : Math.max(...hubs.map((b) => b.x + b.width)) + VPC_GAP;
  return { x: snapTo(x), y };
}

/**
 * Where a node of `kind` and `size` goes in `parent` (null: the open canvas), relative to it:
 * centred on `point` when dropped (or, for a drop, the free spot nearest to it, so that nothing
 * stacks on a sibling; `drop.self` is the node moved, null for a nudge that honours the point
 * exactly), else the first free spot; kept inside the parent's left and top edges, on the top
 * edge for an internet gateway.
 */
export function spotFor(
  boxes: ReadonlyMap<string, CanvasBox>,
  kind: NodeKind,
  size: Size,
  parent: CanvasBox | null,
  point: Point | null,
  snap: boolean,
  drop: { readonly self?: string } | null = {},
): Point {
  if (!point) return parent ? freeSpotIn(boxes, kind, size, parent) : freeSpotOutside(boxes, kind);
  const spot = centredIn(kind, size, parent, point, snap);
  if (ON_EDGE.has(kind) || drop === null) return spot;
  // The drop point, or the free spot nearest to it: never stacked on a sibling.
  const siblings = [...boxes.values()].filter(
    (b) => b.parentId === (parent?.id ?? undefined) && !ON_EDGE.has(b.kind) && b.id !== drop.self,
  );
  const min = parent ? { x: inset(parent.kind).left, y: inset(parent.kind).top } : undefined;
  return (
    nearestFree(spot, size, siblings, min) ??
    (parent ? freeSpotIn(boxes, kind, size, parent) : freeSpotOutside(boxes, kind))
  );
}

/** Containers that must grow (right and down) to hold a child at `rel`, innermost first. */
export function grow(
  boxes: ReadonlyMap<string, CanvasBox>,
  parentId: string,
  rel: Point,
  size: Size,
): LayoutPatch[] {
  const patches: LayoutPatch[] = [];
  let parent = boxes.get(parentId);
  let child = { ...rel, ...size };
  while (parent && !ON_EDGE.has(parent.kind)) {
    const { pad } = inset(parent.kind);
    const width = Math.max(parent.width, child.x + child.width + pad);
    const height = Math.max(parent.height, child.y + child.height + pad);
    if (width === parent.width && height === parent.height) break;
    patches.push({ id: parent.id, ...parent.rel, width, height });
    child = { ...parent.rel, width, height };
    parent = parent.parentId === undefined ? undefined : boxes.get(parent.parentId);
  }
  return patches;
}

/**
 * A spot on a VPC's edge slid clear of the nodes already on that edge (a second gateway dropped
 * onto the first goes beside it): right of them while there is room, else left.
 */
export function clearOnEdge(
  boxes: ReadonlyMap<string, CanvasBox>,
  size: Size,
  parent: CanvasBox,
  rel: Point,
): Point {
  const onEdge = [...boxes.values()]
    .filter((b) => b.parentId === parent.id && ON_EDGE.has(b.kind) && b.rel.y === rel.y)
    .sort((a, b) => a.rel.x - b.rel.x);
  const free = (x: number) =>
    onEdge.every((b) => x + size.width + GAP <= b.rel.x || b.rel.x + b.width + GAP <= x);
  if (free(rel.x)) return rel;
  const candidates = onEdge
    .flatMap((b) => [b.rel.x + b.width + GAP, b.rel.x - GAP - size.width])
    .filter((x) => x >= 0 && x <= parent.width - size.width && free(x))
    .sort((a, b) => Math.abs(a - rel.x) - Math.abs(b - rel.x));
  return { x: candidates[0] ?? rel.x, y: rel.y };
}

/**
 * The VPC grown downwards, when a gateway endpoint on its bottom edge would cover its subnets:
 * their lowest edge stays a gap above the endpoint's top.
 */
export function roomForEndpoint(
  boxes: ReadonlyMap<string, CanvasBox>,
  vpcId: string,
): LayoutPatch | null {
  const vpc = boxes.get(vpcId);
  if (!vpc) return null;
  let lowest = 0;
  for (const child of boxes.values()) {
    if (child.parentId === vpcId && !ON_EDGE.has(child.kind))
      lowest = Math.max(lowest, child.rel.y + child.height);
  }
  const height = lowest + GAP + ENDPOINT.height / 2;
  return height > vpc.height ? { id: vpcId, ...vpc.rel, width: vpc.width, height } : null;
}

/** How a container may be resized and still hold its children. */
export function resizeLimits(boxes: ReadonlyMap<string, CanvasBox>, id: string): ResizeLimits {
  const box = boxes.get(id);
  const floor = box?.kind === 'vpc' ? MIN_VPC : MIN_SUBNET;
  if (!box) return { minWidth: floor.width, minHeight: floor.height, left: 0, top: 0 };
  const { pad, left, top } = inset(box.kind);
  const limits = { minWidth: floor.width, minHeight: floor.height, left: Infinity, top: Infinity };
  for (const child of boxes.values()) {
    if (child.parentId !== id || ON_EDGE.has(child.kind)) continue;
    limits.minWidth = Math.max(limits.minWidth, child.rel.x + child.width + pad);
    limits.minHeight = Math.max(limits.minHeight, child.rel.y + child.height + pad);
    limits.left = Math.min(limits.left, child.rel.x - left);
    limits.top = Math.min(limits.top, child.rel.y - top);
  }
  // With no children the edges may move in until the floor size.
  if (limits.left === Infinity) limits.left = box.width - floor.width;
  if (limits.top === Infinity) limits.top = box.height - floor.height;
  return limits;
}
