import type { CanvasBox, LayoutPatch, PaletteKind } from '../../layout/types.ts';
import type { Layout, Scenario } from '../../model/types.ts';

/**
 * What the canvas's actions share: layout patches, the containers of a resource, and the
 * refusals a drop or a release says. Geometry itself is the layout room's (src/layout/).
 */

export function withPatches(layout: Layout, patches: readonly LayoutPatch[]): Layout {
  if (patches.length === 0) return layout;
  const nodes = { ...layout.nodes };
  for (const { id, ...box } of patches) nodes[id] = { ...nodes[id], ...box };
  return { ...layout, nodes };
}

export function setCollapsedIn(layout: Layout, id: string, collapsed: boolean): Layout {
  const node = layout.nodes[id];
  if (!node || (node.collapsed ?? false) === collapsed) return layout;
  return { ...layout, nodes: { ...layout.nodes, [id]: { ...node, collapsed } } };
}

/** The VPC a resource sits in (itself for a VPC), for expanding a collapsed one. */
export function vpcOf(scenario: Scenario, id: string): string | undefined {
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

export function kindOf(scenario: Scenario, id: string): PaletteKind | undefined {
  if (scenario.instances.some((x) => x.id === id)) return 'instance';
  if (scenario.subnets.some((x) => x.id === id)) return 'subnet';
  if (scenario.vpcs.some((x) => x.id === id)) return 'vpc';
  if (scenario.natGateways.some((x) => x.id === id)) return 'natGateway';
  if (scenario.internetGateways.some((x) => x.id === id)) return 'internetGateway';
  if (scenario.internetHosts.some((x) => x.id === id)) return 'internetHost';
  return undefined;
}

/** A node and everything inside it, by ID. */
export function withDescendants(boxes: ReadonlyMap<string, CanvasBox>, id: string): Set<string> {
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

export const REFUSALS = {
  subnet: 'A subnet belongs to a VPC: drop it inside a VPC.',
  instance: 'An instance runs in a subnet: drop it inside a subnet.',
  natGateway: 'A NAT gateway lives in a subnet: drop it inside a (public) subnet.',
  internetHost: 'An internet host sits outside every VPC: drop it on the open canvas.',
} as const;
