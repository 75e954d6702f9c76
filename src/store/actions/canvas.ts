import {
  addInstance,
  addInternetGateway,
  addNatGateway,
  addSubnet,
  attachInternetGateway,
  createVpc,
  detachInternetGateway,
  moveInstance,
  moveSubnet,
  type EditResult,
} from '../../model/edit.ts';
import { addInternetHost } from '../../model/internetHosts.ts';
import type { Layout, Scenario } from '../../model/types.ts';
import type { Point, Size } from '../slices/layout.ts';
import { useStore } from '../store.ts';
import { showMessage } from './ui.ts';

/**
 * The canvas's actions: drop from the palette, add to the selection from the keyboard, release a
 * drag (re-parenting what moved), nudge, resize, collapse, select. Each is one undo step (or none)
 * and one `setState`: the model edit and the layout it needs land together. Model rules live in
 * `model/edit`; where things sit on the canvas is the canvas's geometry, handed in through
 * `setCanvasGeometry` because the store may not import the canvas (DESIGN.md rooms).
 */

/** What the palette offers. */
export type PaletteKind =
  'vpc' | 'subnet' | 'instance' | 'internetGateway' | 'natGateway' | 'internetHost';

/** A node on the canvas, in absolute flow coordinates; `rel` is its position in its container. */
export interface CanvasBox extends Point, Size {
  readonly id: string;
  readonly kind: PaletteKind;
  readonly parentId?: string;
  readonly rel: Point;
}

/** The containers under a point: what a drop there would land in. */
export interface DropSite {
  readonly vpc?: CanvasBox;
  readonly subnet?: CanvasBox;
  /** The VPC an internet gateway dropped here attaches to (on it or close to its edge). */
  readonly nearVpc?: CanvasBox;
}

/** A layout entry to write: a node's position in its container, and its size when it has one. */
export interface LayoutPatch extends Point {
  readonly id: string;
  readonly width?: number;
  readonly height?: number;
}

/**
 * The smallest size a container can take, and how far its left and top edges may move in,
 * while its children stay inside.
 */
export interface ResizeLimits {
  readonly minWidth: number;
  readonly minHeight: number;
  readonly left: number;
  readonly top: number;
}

/** Where things sit on the canvas: implemented by `canvas/placement.ts`, pure. */
export interface CanvasGeometry {
  readonly grid: number;
  /** Every node the canvas shows (children of collapsed VPCs are left out). */
  boxes(scenario: Scenario, layout: Layout): ReadonlyMap<string, CanvasBox>;
  sizeOf(kind: PaletteKind): Size;
  /** The containers under `point`, ignoring `exclude` (a dragged node and what it holds). */
  siteAt(
    boxes: ReadonlyMap<string, CanvasBox>,
    point: Point,
    exclude?: ReadonlySet<string>,
  ): DropSite;
  /**
   * Where a node of `kind` and `size` goes in `parent` (null: the open canvas), relative to it:
   * centred on `point` when dropped, else the first free spot; kept inside the parent's left and
   * top edges, on the top edge for an internet gateway.
   */
  spotFor(
    boxes: ReadonlyMap<string, CanvasBox>,
    kind: PaletteKind,
    size: Size,
    parent: CanvasBox | null,
    point: Point | null,
    snap: boolean,
  ): Point;
  /** Size patches for the containers of `parentId` that must grow to hold a child at `rel`. */
  grow(
    boxes: ReadonlyMap<string, CanvasBox>,
    parentId: string,
    rel: Point,
    size: Size,
  ): LayoutPatch[];
  /** How a container may be resized and still hold its children. */
  resizeLimits(boxes: ReadonlyMap<string, CanvasBox>, id: string): ResizeLimits;
}

/** Until the canvas registers its geometry: boxes from the saved layout alone. */
const layoutOnly: CanvasGeometry = {
  grid: 16,
  boxes: () => new Map(),
  sizeOf: () => ({ width: 160, height: 64 }),
  siteAt: () => ({}),
  spotFor: (_b, _k, _s, _p, point) => point ?? { x: 0, y: 0 },
  grow: () => [],
  resizeLimits: () => ({ minWidth: 0, minHeight: 0, left: 0, top: 0 }),
};
let geometry: CanvasGeometry = layoutOnly;

export function setCanvasGeometry(next: CanvasGeometry): void {
  geometry = next;
}

function withPatches(layout: Layout, patches: readonly LayoutPatch[]): Layout {
  if (patches.length === 0) return layout;
  const nodes = { ...layout.nodes };
  for (const { id, ...box } of patches) nodes[id] = { ...nodes[id], ...box };
  return { ...layout, nodes };
}

function setCollapsedIn(layout: Layout, id: string, collapsed: boolean): Layout {
  const node = layout.nodes[id];
  if (!node || (node.collapsed ?? false) === collapsed) return layout;
  return { ...layout, nodes: { ...layout.nodes, [id]: { ...node, collapsed } } };
}

/** The VPC a resource sits in (itself for a VPC), for expanding a collapsed one. */
function vpcOf(scenario: Scenario, id: string): string | undefined {
  if (scenario.vpcs.some((v) => v.id === id)) return id;
  const subnetId =
    scenario.instances.find((i) => i.id === id)?.subnetId ??
    scenario.natGateways.find((n) => n.id === id)?.subnetId ??
    id;
  return (
    scenario.subnets.find((s) => s.id === subnetId)?.vpcId ??
    scenario.internetGateways.find((g) => g.id === id)?.vpcId
  );
}

interface Created {
  readonly scenario: Scenario;
  readonly id: string;
  readonly parent: CanvasBox | null;
}

const REFUSALS = {
  subnet: 'A subnet belongs to a VPC: drop it inside a VPC.',
  instance: 'An instance runs in a subnet: drop it inside a subnet.',
  natGateway: 'A NAT gateway lives in a subnet: drop it inside a (public) subnet.',
  internetHost: 'An internet host sits outside every VPC: drop it on the open canvas.',
} as const;

function created<T extends { scenario: Scenario }>(
  result: EditResult<T>,
  id: (value: T) => string,
  parent: CanvasBox | null,
): EditResult<Created> {
  return result.ok
    ? { ok: true, value: { scenario: result.value.scenario, id: id(result.value), parent } }
    : result;
}

/** The model edit that creates `kind` at `site`, or why it cannot go there. */
function create(scenario: Scenario, kind: PaletteKind, site: DropSite): EditResult<Created> {
  const refuse = (error: string) => ({ ok: false as const, error });
  const { vpc, subnet, nearVpc } = site;
  switch (kind) {
    case 'vpc':
      return created(createVpc(scenario), (v) => v.vpc.id, null);
    case 'subnet':
      if (!vpc) return refuse(REFUSALS.subnet);
      return created(addSubnet(scenario, { vpcId: vpc.id }), (v) => v.subnet.id, vpc);
    case 'instance':
      if (!subnet) return refuse(REFUSALS.instance);
      return created(addInstance(scenario, { subnetId: subnet.id }), (v) => v.instance.id, subnet);
    case 'natGateway':
      if (!subnet) return refuse(REFUSALS.natGateway);
      return created(
        addNatGateway(scenario, { subnetId: subnet.id }),
        (v) => v.natGateway.id,
        subnet,
      );
    case 'internetGateway':
      // Near a VPC it attaches there (refused if that VPC has one); elsewhere it stays detached.
      return created(
        addInternetGateway(scenario, nearVpc ? { vpcId: nearVpc.id } : {}),
        (v) => v.gateway.id,
        nearVpc ?? null,
      );
    case 'internetHost':
      if (vpc) return refuse(REFUSALS.internetHost);
      return created(addInternetHost(scenario), (v) => v.host.id, null);
  }
}

/**
 * Creates `kind` where it lands and selects it, as one undo step; a place it cannot go is refused
 * with a message and changes nothing. `point` is an absolute flow position (a drop), or null to
 * use the first free spot of the site's container (the keyboard's way).
 */
function addAt(kind: PaletteKind, site: DropSite, point: Point | null): string | null {
  const { scenario, layout, snapToGrid } = useStore.getState();
  const result = create(scenario, kind, site);
  if (!result.ok) {
    showMessage('error', result.error);
    return null;
  }
  // A drop on a collapsed VPC opens it, so the new resource is seen.
  const vpcId = result.value.parent ? vpcOf(scenario, result.value.parent.id) : undefined;
  const opened = vpcId === undefined ? layout : setCollapsedIn(layout, vpcId, false);
  // The new node is not placed yet: leave out the spot auto layout gave it.
  const boxes = new Map(geometry.boxes(result.value.scenario, opened));
  boxes.delete(result.value.id);
  const parent = result.value.parent ? (boxes.get(result.value.parent.id) ?? null) : null;
  const size = geometry.sizeOf(kind);
  const rel = geometry.spotFor(boxes, kind, size, parent, point, snapToGrid);
  const own: LayoutPatch =
    kind === 'vpc' || kind === 'subnet'
      ? { id: result.value.id, ...rel, ...size }
      : { id: result.value.id, ...rel };
  const growth = parent ? geometry.grow(boxes, parent.id, rel, size) : [];
  useStore.setState({
    scenario: result.value.scenario,
    layout: withPatches(opened, [own, ...growth]),
    selection: [result.value.id],
  });
  return result.value.id;
}

/** A palette item dropped at `point` (absolute flow coordinates). Returns the new ID, or null. */
export function dropFromPalette(kind: PaletteKind, point: Point): string | null {
  const { scenario, layout } = useStore.getState();
  const site = geometry.siteAt(geometry.boxes(scenario, layout), point);
  return addAt(kind, site, point);
}

const NEEDS_SELECTION = {
  subnet: 'Select a VPC (or something in it) to add a subnet to it.',
  instance: 'Select a subnet (or something in it) to add an instance to it.',
  natGateway: 'Select a subnet (or something in it) to add a NAT gateway to it.',
  internetGateway: 'Select a VPC (or something in it) to add an internet gateway to it.',
} as const;

/** The container the selection points at: the selected VPC or subnet, or the one holding it. */
function siteOfSelection(scenario: Scenario, boxes: ReadonlyMap<string, CanvasBox>): DropSite {
  const id = useStore.getState().selection.at(-1);
  if (id === undefined) return {};
  const subnetId =
    scenario.instances.find((i) => i.id === id)?.subnetId ??
    scenario.natGateways.find((n) => n.id === id)?.subnetId ??
    (scenario.subnets.some((s) => s.id === id) ? id : undefined);
  const vpcId = vpcOf(scenario, id);
  const subnet = subnetId === undefined ? undefined : boxes.get(subnetId);
  const vpc = vpcId === undefined ? undefined : boxes.get(vpcId);
  return { ...(subnet ? { subnet } : {}), ...(vpc ? { vpc, nearVpc: vpc } : {}) };
}

/**
 * Adds `kind` to what is selected, without a mouse: a VPC anywhere, a subnet or an internet
 * gateway to the selected VPC, an instance or a NAT gateway to the selected subnet, an internet
 * host on the open canvas. Returns the new ID, or null (with a message saying what to select).
 */
export function addToSelection(kind: PaletteKind): string | null {
  const { scenario, layout } = useStore.getState();
  if (kind === 'vpc' || kind === 'internetHost') return addAt(kind, {}, null);
  // Open a collapsed VPC first, so that its subnets can be found and the new node is seen.
  const vpcId = vpcOf(scenario, useStore.getState().selection.at(-1) ?? '');
  const opened = vpcId === undefined ? layout : setCollapsedIn(layout, vpcId, false);
  const site = siteOfSelection(scenario, geometry.boxes(scenario, opened));
  const needed = kind === 'subnet' || kind === 'internetGateway' ? site.vpc : site.subnet;
  if (!needed) {
    showMessage('error', NEEDS_SELECTION[kind]);
    return null;
  }
  return addAt(kind, site, null);
}

export const addSubnetToSelection = (): string | null => addToSelection('subnet');
export const addInstanceToSelection = (): string | null => addToSelection('instance');

function kindOf(scenario: Scenario, id: string): PaletteKind | undefined {
  if (scenario.instances.some((x) => x.id === id)) return 'instance';
  if (scenario.subnets.some((x) => x.id === id)) return 'subnet';
  if (scenario.vpcs.some((x) => x.id === id)) return 'vpc';
  if (scenario.natGateways.some((x) => x.id === id)) return 'natGateway';
  if (scenario.internetGateways.some((x) => x.id === id)) return 'internetGateway';
  if (scenario.internetHosts.some((x) => x.id === id)) return 'internetHost';
  return undefined;
}

/** A node and everything inside it, by ID. */
function withDescendants(boxes: ReadonlyMap<string, CanvasBox>, id: string): Set<string> {
  const ids = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const box of boxes.values()) {
      if (box.parentId !== undefined && ids.has(box.parentId) && !ids.has(box.id)) {
        ids.add(box.id);
        grew = true;
      }
    }
  }
  return ids;
}

interface Release {
  scenario: Scenario;
  patches: LayoutPatch[];
  notes: string[];
  errors: string[];
}

/** One dragged node let go at `rel` (in its old container): where it ends up, or why not. */
function releaseOne(
  release: Release,
  boxes: ReadonlyMap<string, CanvasBox>,
  box: CanvasBox,
  rel: Point,
): void {
  const parent = box.parentId === undefined ? null : (boxes.get(box.parentId) ?? null);
  const abs = { x: (parent?.x ?? 0) + rel.x, y: (parent?.y ?? 0) + rel.y };
  const centre = { x: abs.x + box.width / 2, y: abs.y + box.height / 2 };
  const site = geometry.siteAt(boxes, centre, withDescendants(boxes, box.id));
  const settle = (target: CanvasBox | null) => {
    const at = geometry.spotFor(boxes, box.kind, box, target, centre, false);
    release.patches.push({ id: box.id, ...at });
    if (target) release.patches.push(...geometry.grow(boxes, target.id, at, box));
  };
  const move = (
    target: CanvasBox | undefined,
    edit: (s: Scenario, to: string) => EditResult<{ scenario: Scenario; note?: string }>,
    refusal: string,
  ) => {
    if (!target) return release.errors.push(refusal);
    if (target.id === parent?.id) return settle(target);
    const r = edit(release.scenario, target.id);
    if (!r.ok) return release.errors.push(r.error);
    release.scenario = r.value.scenario;
    if (r.value.note) release.notes.push(r.value.note);
    settle(target);
  };
  switch (box.kind) {
    case 'vpc':
      return settle(null);
    case 'internetHost':
      if (site.vpc) return void release.errors.push(REFUSALS.internetHost);
      return settle(null);
    case 'subnet':
      return void move(
        site.vpc,
        (s, to) => moveSubnet(s, box.id, to),
        `${REFUSALS.subnet} It went back.`,
      );
    case 'instance':
      return void move(
        site.subnet,
        (s, to) => moveInstance(s, box.id, to),
        `${REFUSALS.instance} It went back.`,
      );
    case 'natGateway':
      return void move(
        site.subnet,
        () => ({
          ok: false,
          error: `NAT gateway ${box.id} cannot move to another subnet: AWS creates a NAT gateway in one subnet for good. Delete it and add a new one there.`,
        }),
        `${REFUSALS.natGateway} It went back.`,
      );
    case 'internetGateway': {
      if (!parent && !site.nearVpc) return settle(null);
      return void move(
        site.nearVpc,
        (s, to) => {
          const detached = parent
            ? detachInternetGateway(s, box.id)
            : { ok: true as const, value: s };
          if (!detached.ok) return detached;
          const r = attachInternetGateway(detached.value, box.id, to);
          return r.ok ? { ok: true, value: { scenario: r.value } } : r;
        },
        `An internet gateway sits on its VPC's edge: drop it on a VPC to attach it there. It went back.`,
      );
    }
  }
}

/**
 * Ends a drag: each dragged node lands where it was let go. Released over another container it
 * moves there in the model (an instance to another subnet, a subnet to another VPC, a gateway to
 * another VPC), and validation follows by itself; inside its own container it just moves; where
 * it cannot go it snaps back, with a message. All of it is one undo step.
 */
export function releaseDrag(): void {
  const { scenario, layout, dragging } = useStore.getState();
  const ids = Object.keys(dragging);
  if (ids.length === 0) return;
  const boxes = geometry.boxes(scenario, layout);
  const release: Release = { scenario, patches: [], notes: [], errors: [] };
  for (const id of ids) {
    const box = boxes.get(id);
    const rel = dragging[id];
    if (box && rel) releaseOne(release, boxes, box, rel);
  }
  useStore.setState({
    scenario: release.scenario,
    layout: withPatches(layout, release.patches),
    dragging: {},
  });
  for (const note of release.notes) showMessage('info', note);
  for (const error of release.errors) showMessage('error', error);
}

/**
 * Moves the selected nodes by `dx`, `dy` flow units (the arrow keys), as one undo step. With snap
 * to grid on, the move is rounded to whole grid steps, at least one. A child stays inside its
 * container's left and top edges, which grow to the right and below to hold it; an internet
 * gateway slides along its VPC's top edge.
 */
export function nudgeSelection(dx: number, dy: number): void {
  const { scenario, layout, selection, snapToGrid } = useStore.getState();
  const step = (d: number) =>
    !snapToGrid || d === 0
      ? d
      : Math.sign(d) * Math.max(1, Math.round(Math.abs(d) / geometry.grid)) * geometry.grid;
  const boxes = geometry.boxes(scenario, layout);
  const patches: LayoutPatch[] = [];
  const moving = new Set(selection);
  for (const id of selection) {
    const box = boxes.get(id);
    // A child moves with its selected container already.
    if (!box || (box.parentId !== undefined && moving.has(box.parentId))) continue;
    const parent = box.parentId === undefined ? null : (boxes.get(box.parentId) ?? null);
    const centre = {
      x: box.x + step(dx) + box.width / 2,
      y: box.y + step(dy) + box.height / 2,
    };
    const rel = geometry.spotFor(boxes, box.kind, box, parent, centre, false);
    if (rel.x === box.rel.x && rel.y === box.rel.y) continue;
    patches.push({ id, ...rel });
    if (parent) patches.push(...geometry.grow(boxes, parent.id, rel, box));
  }
  if (patches.length > 0) useStore.setState({ layout: withPatches(layout, patches) });
}

/** Drag frames of one or more nodes, in one update: shown at once, kept out of undo. */
export function dragNodes(positions: ReadonlyArray<{ id: string } & Point>): void {
  if (positions.length === 0) return;
  useStore.setState((s) => {
    const dragging = { ...s.dragging };
    for (const { id, x, y } of positions) dragging[id] = { x, y };
    return { dragging };
  });
}

/** Selection changes from the canvas (click, Shift/Ctrl+click, box select, pane click). */
export function applyCanvasSelection(changes: ReadonlyArray<{ id: string; selected: boolean }>) {
  const { selection, scenario } = useStore.getState();
  // Rows picked in a panel (a group, a table) give way to what is picked on the canvas.
  const onCanvas = (id: string) =>
    kindOf(scenario, id) !== undefined || scenario.peeringConnections.some((p) => p.id === id);
  const next = selection.filter(onCanvas);
  for (const { id, selected } of changes) {
    const at = next.indexOf(id);
    if (selected && at < 0) next.push(id);
    if (!selected && at >= 0) next.splice(at, 1);
  }
  if (next.length !== selection.length || next.some((id, k) => id !== selection[k])) {
    useStore.setState({ selection: next });
  }
}

/** React Flow's DOM measurements, in one update however many nodes were measured. */
export function recordMeasurements(sizes: ReadonlyArray<{ id: string } & Size>): void {
  const measured = useStore.getState().measured;
  const changed = sizes.filter(({ id, width, height }) => {
    const old = measured[id];
    return !old || old.width !== width || old.height !== height;
  });
  if (changed.length === 0) return;
  const next = { ...measured };
  for (const { id, width, height } of changed) next[id] = { width, height };
  useStore.setState({ measured: next });
}

/** How the container may be resized and still hold its children (asked as a resize starts). */
export function containerResizeLimits(id: string): ResizeLimits {
  const { scenario, layout } = useStore.getState();
  return geometry.resizeLimits(geometry.boxes(scenario, layout), id);
}

let resizeStart: Layout | null = null;

/**
 * A container resize: frames show at once but stay out of undo; the end is one undo step. When
 * the left or top edge moves, the children keep their place on the canvas.
 */
export function resizeFrame(id: string, box: Point & Size): void {
  const { layout, scenario } = useStore.getState();
  if (resizeStart === null) {
    resizeStart = layout;
    useStore.temporal.getState().pause();
  }
  const boxes = geometry.boxes(scenario, resizeStart);
  const before = boxes.get(id);
  if (!before) return;
  const dx = box.x - before.rel.x;
  const dy = box.y - before.rel.y;
  const children: LayoutPatch[] = [];
  if (dx !== 0 || dy !== 0) {
    for (const child of boxes.values()) {
      if (child.parentId !== id) continue;
      const y = child.kind === 'internetGateway' ? child.rel.y : child.rel.y - dy;
      children.push({ id: child.id, x: child.rel.x - dx, y });
    }
  }
  useStore.setState({ layout: withPatches(resizeStart, [{ id, ...box }, ...children]) });
}

export function endResize(): void {
  if (resizeStart === null) return;
  const final = useStore.getState().layout;
  useStore.setState({ layout: resizeStart });
  resizeStart = null;
  useStore.temporal.getState().resume();
  if (final !== useStore.getState().layout) useStore.setState({ layout: final });
}

/**
 * Collapses a VPC to one box (its subnets and instances hidden, counts shown) or opens it again;
 * saved with the layout, and undoable like a move.
 */
export function toggleCollapsed(vpcId: string): void {
  const { scenario, layout } = useStore.getState();
  const box = geometry.boxes(scenario, layout).get(vpcId);
  const node = layout.nodes[vpcId] ?? (box ? { x: box.rel.x, y: box.rel.y } : { x: 0, y: 0 });
  const collapsed = !(node.collapsed ?? false);
  useStore.setState({
    layout: { ...layout, nodes: { ...layout.nodes, [vpcId]: { ...node, collapsed } } },
  });
}
