import { canvasBoxes, grow, siteAt, spotFor } from '../../layout/placement.ts';
import { GRID } from '../../layout/geometry.ts';
import type { CanvasBox, LayoutPatch, Point } from '../../layout/types.ts';
import {
  addVpcAttachment,
  attachInternetGateway,
  defaultAttachmentSubnets,
  detachInternetGateway,
  moveInstance,
  moveSubnet,
  updateEgressOnlyInternetGateway,
  type EditResult,
} from '../../model/edit.ts';
import type { Scenario } from '../../model/types.ts';
import { commitLayout, commitScenario } from '../door.ts';
import { useStore } from '../store.ts';
import { REFUSALS, withDescendants, withPatches } from './canvasShared.ts';
import { showMessage } from './ui.ts';

/**
 * Moving on the canvas: drag frames (shown at once, outside undo), the release (re-parenting
 * what moved, one undo step through the door) and the arrow keys' nudge.
 */

interface Release {
  scenario: Scenario;
  patches: LayoutPatch[];
  notes: string[];
  errors: string[];
}

type Move = (s: Scenario, to: string) => EditResult<{ scenario: Scenario; note?: string }>;

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
  const site = siteAt(boxes, centre, withDescendants(boxes, box.id));
  const settle = (target: CanvasBox | null) => {
    const at = spotFor(boxes, box.kind, box, target, centre, false, { self: box.id });
    release.patches.push({ id: box.id, ...at });
    if (target) release.patches.push(...grow(boxes, target.id, at, box));
  };
  const move = (target: CanvasBox | undefined, edit: Move, refusal: string) => {
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
    case 'networkInterface':
      return void move(
        site.subnet,
        () => ({
          ok: false,
          error: `Network interface ${box.id} cannot move to another subnet: an interface stays in the subnet it was created in. Delete it and add a new one there.`,
        }),
        `${REFUSALS.networkInterface} It went back.`,
      );
    case 'vpcEndpoint':
      return void move(
        site.nearVpc,
        () => ({
          ok: false,
          error: `Gateway endpoint ${box.id} belongs to its VPC for good: it cannot move to another one.`,
        }),
        `A gateway endpoint sits on its VPC's edge. It went back.`,
      );
    case 'egressOnlyInternetGateway': {
      if (!parent && !site.nearVpc) return settle(null);
      return void move(
        site.nearVpc,
        (s, to) => {
          const r = updateEgressOnlyInternetGateway(s, box.id, { vpcId: to });
          return r.ok ? { ok: true, value: { scenario: r.value } } : r;
        },
        `An egress-only internet gateway sits on its VPC's edge: drop it on a VPC to attach it there. It went back.`,
      );
    }
    case 'transitGateway': {
      // Let go over a VPC, it attaches that VPC and goes back to where it was, outside.
      if (!site.vpc) return settle(null);
      const vpcId = site.vpc.id;
      const r = addVpcAttachment(release.scenario, {
        transitGatewayId: box.id,
        vpcId,
        subnetIds: defaultAttachmentSubnets(release.scenario, vpcId),
      });
      if (!r.ok) return void release.errors.push(`${r.error} It went back.`);
      release.scenario = r.value.scenario;
      const tgwName = release.scenario.transitGateways.find((t) => t.id === box.id)?.name;
      const vpcName = release.scenario.vpcs.find((v) => v.id === vpcId)?.name;
      release.notes.push(
        `${tgwName || box.id} attaches VPC ${vpcName || vpcId} (${r.value.attachment.id}).`,
      );
      return;
    }
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
 * it cannot go it snaps back, with a message. All of it is one undo step; a move the challenge's
 * locks refuse sends everything back.
 */
export function releaseDrag(): void {
  const { scenario, layout, dragging } = useStore.getState();
  const ids = Object.keys(dragging);
  if (ids.length === 0) return;
  const boxes = canvasBoxes(scenario, layout);
  const release: Release = { scenario, patches: [], notes: [], errors: [] };
  for (const id of ids) {
    const box = boxes.get(id);
    const rel = dragging[id];
    if (box && rel) releaseOne(release, boxes, box, rel);
  }
  const committed = commitScenario(
    { ok: true, value: { scenario: release.scenario } },
    { layout: withPatches(layout, release.patches), endDrag: true },
  );
  if (!committed.ok) {
    useStore.setState({ dragging: {} });
    showMessage('error', `${committed.error} It went back.`);
    return;
  }
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
    !snapToGrid || d === 0 ? d : Math.sign(d) * Math.max(1, Math.round(Math.abs(d) / GRID)) * GRID;
  const boxes = canvasBoxes(scenario, layout);
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
    const rel = spotFor(boxes, box.kind, box, parent, centre, false, null);
    if (rel.x === box.rel.x && rel.y === box.rel.y) continue;
    patches.push({ id, ...rel });
    if (parent) patches.push(...grow(boxes, parent.id, rel, box));
  }
  if (patches.length > 0) commitLayout(withPatches(layout, patches));
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
