import {
  canvasBoxes,
  clearOnEdge,
  grow,
  NEW_SIZES,
  ON_EDGE,
  roomForEndpoint,
  siteAt,
  spotFor,
} from '../../layout/placement.ts';
import type { CanvasBox, LayoutPatch, PaletteKind, Point } from '../../layout/types.ts';
import type { Scenario } from '../../model/types.ts';
import { commitScenario } from '../door.ts';
import { useStore } from '../store.ts';
import { create, type Landing } from './canvasCreate.ts';
import { setCollapsedIn, vpcOf, withPatches } from './canvasShared.ts';
import { showMessage } from './ui.ts';

/**
 * Adding to the canvas: a palette item dropped, or added to the selection from the keyboard.
 * Each is one undo step through the door: the model edit and the layout it needs land together.
 * What each item creates is canvasCreate.ts; where things go is the layout room's geometry
 * (src/layout/placement.ts).
 */

/**
 * Creates `kind` where it lands and selects it, as one undo step; a place it cannot go is refused
 * with a message and changes nothing. `point` is an absolute flow position (a drop), or null to
 * use the first free spot of the site's container (the keyboard's way).
 */
function addAt(kind: PaletteKind, site: Landing, point: Point | null): string | null {
  const { scenario, layout, snapToGrid } = useStore.getState();
  const result = create(scenario, kind, site);
  if (!result.ok) {
    showMessage('error', result.error);
    return null;
  }
  const made = result.value;
  // A drop on a collapsed VPC opens it, so the new resource is seen.
  const vpcId = made.parent ? vpcOf(scenario, made.parent.id) : undefined;
  const opened = vpcId === undefined ? layout : setCollapsedIn(layout, vpcId, false);
  // The new node is not placed yet: leave out the spot auto layout gave it.
  const boxes = new Map(canvasBoxes(made.scenario, opened));
  boxes.delete(made.id);
  const parent = made.parent ? (boxes.get(made.parent.id) ?? null) : null;
  const size = NEW_SIZES[made.kind];
  // A transit gateway dropped on a VPC it attached goes below the VPCs, not over the VPC; an
  // interface dropped on an instance it attached goes to a free spot, not onto the instance.
  const elsewhere =
    (made.kind === 'transitGateway' && made.note !== undefined) ||
    (made.kind === 'networkInterface' && site.instance !== undefined);
  const spot = spotFor(boxes, made.kind, size, parent, elsewhere ? null : point, snapToGrid);
  const rel = parent && ON_EDGE.has(made.kind) ? clearOnEdge(boxes, size, parent, spot) : spot;
  const own: LayoutPatch =
    made.kind === 'vpc' || made.kind === 'subnet'
      ? { id: made.id, ...rel, ...size }
      : { id: made.id, ...rel };
  const growth = parent && !ON_EDGE.has(made.kind) ? grow(boxes, parent.id, rel, size) : [];
  // A gateway endpoint sits on the VPC's bottom edge: the VPC grows so it covers no subnet.
  const room = made.kind === 'vpcEndpoint' && parent ? roomForEndpoint(boxes, parent.id) : null;
  if (room) growth.push(room);
  const committed = commitScenario(result, {
    layout: withPatches(opened, [own, ...growth]),
    selection: [made.id],
  });
  if (!committed.ok) {
    showMessage('error', committed.error);
    return null;
  }
  if (made.note) showMessage('info', made.note);
  return made.id;
}

/** The instance whose box holds the point, if any (a network interface dropped on it attaches). */
function instanceAt(boxes: ReadonlyMap<string, CanvasBox>, point: Point): CanvasBox | undefined {
  for (const box of boxes.values()) {
    const inside =
      point.x >= box.x &&
      point.x <= box.x + box.width &&
      point.y >= box.y &&
      point.y <= box.y + box.height;
    if (box.kind === 'instance' && inside) return box;
  }
  return undefined;
}

/** A palette item dropped at `point` (absolute flow coordinates). Returns the new ID, or null. */
export function dropFromPalette(kind: PaletteKind, point: Point): string | null {
  const { scenario, layout } = useStore.getState();
  const boxes = canvasBoxes(scenario, layout);
  const instance = kind === 'networkInterface' ? instanceAt(boxes, point) : undefined;
  return addAt(kind, { ...siteAt(boxes, point), ...(instance ? { instance } : {}) }, point);
}

const INTO_SUBNET = 'Select a subnet (or something in it) to add';
const ON_VPC = 'Select a VPC (or something in it) to add';
const NEEDS_SELECTION: Readonly<
  Record<Exclude<PaletteKind, 'vpc' | 'internetHost' | 'transitGateway'>, string>
> = {
  subnet: `${ON_VPC} a subnet to it.`,
  instance: `${INTO_SUBNET} an instance to it.`,
  natGateway: `${INTO_SUBNET} a NAT gateway to it.`,
  internetGateway: `${ON_VPC} an internet gateway to it.`,
  egressOnlyInternetGateway: `${ON_VPC} an egress-only internet gateway to it.`,
  gatewayEndpoint: `${ON_VPC} a gateway endpoint to it.`,
  interfaceEndpoint: `${INTO_SUBNET} an interface endpoint to it.`,
  networkInterface: `${INTO_SUBNET} a network interface to it (an instance, to attach one).`,
  rds: `${INTO_SUBNET} an RDS database to it.`,
  lambda: `${INTO_SUBNET} a Lambda function to it.`,
  loadBalancer: `${INTO_SUBNET} a load balancer to it.`,
};

/** What needs a VPC rather than a subnet. */
const ON_A_VPC = new Set<PaletteKind>([
  'subnet',
  'internetGateway',
  'egressOnlyInternetGateway',
  'gatewayEndpoint',
]);

/** The container the selection points at: the selected VPC or subnet, or the one holding it. */
function siteOfSelection(scenario: Scenario, boxes: ReadonlyMap<string, CanvasBox>): Landing {
  const id = useStore.getState().selection.at(-1);
  if (id === undefined) return {};
  const subnetId =
    scenario.instances.find((i) => i.id === id)?.subnetId ??
    scenario.natGateways.find((n) => n.id === id)?.subnetId ??
    scenario.networkInterfaces.find((n) => n.id === id)?.subnetId ??
    (scenario.subnets.some((s) => s.id === id) ? id : undefined);
  const vpcId = vpcOf(scenario, id);
  const subnet = subnetId === undefined ? undefined : boxes.get(subnetId);
  const vpc = vpcId === undefined ? undefined : boxes.get(vpcId);
  const instance = scenario.instances.some((i) => i.id === id) ? boxes.get(id) : undefined;
  return {
    ...(subnet ? { subnet } : {}),
    ...(vpc ? { vpc, nearVpc: vpc } : {}),
    ...(instance ? { instance } : {}),
  };
}

/**
 * Adds `kind` to what is selected, without a mouse: a VPC or an internet host on the open canvas,
 * a transit gateway below the VPCs (attached to the selected VPC, if one is), a subnet, gateway
 * or gateway endpoint to the selected VPC, an instance, NAT gateway or interface to the selected
 * subnet (a network interface to the selected instance). Returns the new ID, or null (with a
 * message saying what to select).
 */
export function addToSelection(kind: PaletteKind): string | null {
  const { scenario, layout } = useStore.getState();
  if (kind === 'vpc' || kind === 'internetHost') return addAt(kind, {}, null);
  // Open a collapsed VPC first, so that its subnets can be found and the new node is seen.
  const vpcId = vpcOf(scenario, useStore.getState().selection.at(-1) ?? '');
  const opened = vpcId === undefined ? layout : setCollapsedIn(layout, vpcId, false);
  const site = siteOfSelection(scenario, canvasBoxes(scenario, opened));
  if (kind === 'transitGateway') return addAt(kind, site.vpc ? { vpc: site.vpc } : {}, null);
  const needed = ON_A_VPC.has(kind) ? site.vpc : site.subnet;
  if (!needed) {
    showMessage('error', NEEDS_SELECTION[kind]);
    return null;
  }
  return addAt(kind, site, null);
}

export const addSubnetToSelection = (): string | null => addToSelection('subnet');
export const addInstanceToSelection = (): string | null => addToSelection('instance');
