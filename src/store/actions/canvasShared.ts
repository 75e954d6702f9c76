import { drawnEndpoints } from '../../layout/drawn.ts';
import type { CanvasBox, LayoutPatch, NodeKind } from '../../layout/types.ts';
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
    scenario.networkInterfaces.find((n) => n.id === id)?.subnetId ??
    id;
  return (
    scenario.subnets.find((s) => s.id === subnetId)?.vpcId ??
    scenario.internetGateways.find((g) => g.id === id)?.vpcId ??
    scenario.egressOnlyInternetGateways.find((g) => g.id === id)?.vpcId ??
    scenario.vpcEndpoints.find((e) => e.id === id)?.vpcId
  );
}

/** The kind of node a resource is drawn as, or undefined when it is not a node. */
export function kindOf(scenario: Scenario, id: string): NodeKind | undefined {
  if (scenario.instances.some((x) => x.id === id)) return 'instance';
  if (scenario.subnets.some((x) => x.id === id)) return 'subnet';
  if (scenario.vpcs.some((x) => x.id === id)) return 'vpc';
  if (scenario.natGateways.some((x) => x.id === id)) return 'natGateway';
  if (scenario.internetGateways.some((x) => x.id === id)) return 'internetGateway';
  if (scenario.internetHosts.some((x) => x.id === id)) return 'internetHost';
  if (scenario.networkInterfaces.some((x) => x.id === id)) return 'networkInterface';
  if (scenario.egressOnlyInternetGateways.some((x) => x.id === id))
    return 'egressOnlyInternetGateway';
  if (drawnEndpoints(scenario).some((x) => x.id === id)) return 'vpcEndpoint';
  if (scenario.transitGateways.some((x) => x.id === id)) return 'transitGateway';
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
  networkInterface:
    'A network interface lives in a subnet: drop it inside a subnet (on an instance to attach it).',
  rds: 'An RDS database’s interface lives in a subnet: drop it inside a (private) subnet.',
  lambda:
    'A Lambda function reaches a VPC through an interface in a subnet: drop it inside a subnet.',
  loadBalancer: 'A load balancer has an interface in each of its subnets: drop it inside a subnet.',
  interfaceEndpoint:
    'An interface endpoint puts an interface in a subnet: drop it inside a subnet.',
  gatewayEndpoint:
    'A gateway endpoint belongs to a VPC and its route tables: drop it on a VPC (or one of its subnets).',
  egressOnlyInternetGateway:
    'An egress-only internet gateway is made for a VPC: drop it on the VPC’s edge.',
} as const;
