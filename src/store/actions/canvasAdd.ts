import { canvasBoxes, grow, NEW_SIZES, siteAt, spotFor } from '../../layout/placement.ts';
import type { CanvasBox, DropSite, LayoutPatch, PaletteKind, Point } from '../../layout/types.ts';
import {
  addInstance,
  addInternetGateway,
  addNatGateway,
  addSubnet,
  createVpc,
  type EditResult,
} from '../../model/edit.ts';
import { addInternetHost } from '../../model/internetHosts.ts';
import type { Scenario } from '../../model/types.ts';
import { commitScenario } from '../door.ts';
import { useStore } from '../store.ts';
import { REFUSALS, setCollapsedIn, vpcOf, withPatches } from './canvasShared.ts';
import { showMessage } from './ui.ts';

/**
 * Adding to the canvas: a palette item dropped, or added to the selection from the keyboard.
 * Each is one undo step through the door: the model edit and the layout it needs land together.
 * Where things go is the layout room's geometry (src/layout/placement.ts).
 */

interface Created {
  readonly scenario: Scenario;
  readonly id: string;
  readonly parent: CanvasBox | null;
}

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
  const boxes = new Map(canvasBoxes(result.value.scenario, opened));
  boxes.delete(result.value.id);
  const parent = result.value.parent ? (boxes.get(result.value.parent.id) ?? null) : null;
  const size = NEW_SIZES[kind];
  const rel = spotFor(boxes, kind, size, parent, point, snapToGrid);
  const own: LayoutPatch =
    kind === 'vpc' || kind === 'subnet'
      ? { id: result.value.id, ...rel, ...size }
      : { id: result.value.id, ...rel };
  const growth = parent ? grow(boxes, parent.id, rel, size) : [];
  const committed = commitScenario(result, {
    layout: withPatches(opened, [own, ...growth]),
    selection: [result.value.id],
  });
  if (!committed.ok) {
    showMessage('error', committed.error);
    return null;
  }
  return result.value.id;
}

/** A palette item dropped at `point` (absolute flow coordinates). Returns the new ID, or null. */
export function dropFromPalette(kind: PaletteKind, point: Point): string | null {
  const { scenario, layout } = useStore.getState();
  const site = siteAt(canvasBoxes(scenario, layout), point);
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
  const site = siteOfSelection(scenario, canvasBoxes(scenario, opened));
  const needed = kind === 'subnet' || kind === 'internetGateway' ? site.vpc : site.subnet;
  if (!needed) {
    showMessage('error', NEEDS_SELECTION[kind]);
    return null;
  }
  return addAt(kind, site, null);
}

export const addSubnetToSelection = (): string | null => addToSelection('subnet');
export const addInstanceToSelection = (): string | null => addToSelection('instance');
